#!/bin/sh
# Run once by the minio-init service (minio/mc image): buckets, their lifecycle and versioning, and the app's user.
# Every step is idempotent, so `docker-compose up` can run it on each start.
set -eu

until mc alias set local http://minio:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD" >/dev/null 2>&1; do
  echo "minio-init: waiting for minio"
  sleep 1
done

mc mb --ignore-existing local/equalifypdf-temp local/equalifypdf-results
# Temp objects (uploads, intermediate files) expire after a day, like the temp bucket on AWS.
mc ilm import local/equalifypdf-temp < /etc/equalifypdf/temp-lifecycle.json
mc version enable local/equalifypdf-results
mc encrypt set sse-s3 local/equalifypdf-temp
mc encrypt set sse-s3 local/equalifypdf-results

# The silos and the API sign in as their own user, allowed on these two buckets and nothing else.
mc admin user add local "$AWS_ACCESS_KEY_ID" "$AWS_SECRET_ACCESS_KEY"
mc admin policy create local equalifypdf-app /etc/equalifypdf/app-policy.json
mc admin policy attach local equalifypdf-app --user "$AWS_ACCESS_KEY_ID" 2>/dev/null \
  || mc admin policy entities local --user "$AWS_ACCESS_KEY_ID" | grep -q equalifypdf-app
echo "minio-init: buckets equalifypdf-temp and equalifypdf-results ready"
