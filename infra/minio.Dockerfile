# MinIO as the S3 endpoint of docker-compose, running as a non-root user. The official image runs as root and has no
# shell to chown with, so the data folder is made in a busybox stage and copied in with its owner.
FROM busybox:1.37 AS folders
RUN mkdir -p /var/lib/minio

FROM minio/minio:RELEASE.2025-04-22T22-12-26Z
COPY --from=folders --chown=1000:1000 /var/lib/minio /var/lib/minio
USER 1000:1000
