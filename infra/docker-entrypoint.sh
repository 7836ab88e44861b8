#!/bin/sh
# Entrypoint of the EqualifyPdf images (POSIX sh: the base image's /bin/sh is dash). It fills in the two settings
# that only exist at run time on ECS, then runs the host:
# - Orleans__AdvertisedIP, when empty, from the ECS task metadata endpoint (the task's own ENI address; awsvpc mode);
#   outside ECS it stays empty and the silo advertises the host's own IPv4.
# - Redis__ConnectionString, when empty, from REDIS_ENDPOINT (host:port of ElastiCache, TLS) and the REDIS_AUTH_TOKEN
#   secret, so the token lives only in the process environment, never in the task definition.
set -eu

if [ -z "${Orleans__AdvertisedIP:-}" ] && [ -n "${ECS_CONTAINER_METADATA_URI_V4:-}" ]; then
  metadata=$(curl -fsS --max-time 5 --retry 5 --retry-connrefused "$ECS_CONTAINER_METADATA_URI_V4" | tr -d ' \t\r\n')
  address=$(printf '%s' "$metadata" | sed -n 's/.*"IPv4Addresses":\["\([0-9.]*\)".*/\1/p')
  if [ -z "$address" ]; then
    echo "entrypoint: no IPv4 address in the task metadata at $ECS_CONTAINER_METADATA_URI_V4" >&2
    exit 1
  fi
  export Orleans__AdvertisedIP="$address"
fi

if [ -z "${Redis__ConnectionString:-}" ] && [ -n "${REDIS_ENDPOINT:-}" ]; then
  connection="$REDIS_ENDPOINT,ssl=true,abortConnect=false"
  if [ -n "${REDIS_AUTH_TOKEN:-}" ]; then
    connection="$connection,password=$REDIS_AUTH_TOKEN"
  fi
  export Redis__ConnectionString="$connection"
fi
unset REDIS_AUTH_TOKEN

exec "$@"
