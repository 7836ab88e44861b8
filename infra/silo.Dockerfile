# Builds and runs the EqualifyPdf silo. Build context: the repository root (see .dockerignore).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish silo/EqualifyPdf.Silo/EqualifyPdf.Silo.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# OCR and PDF tools for the converter; curl for the health check and the task-metadata lookup of the entrypoint.
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-eng poppler-utils curl \
    && rm -rf /var/lib/apt/lists/* \
    && mkdir -p /data && chown "$APP_UID:$APP_UID" /data
WORKDIR /app
COPY --from=build /app .
COPY infra/docker-entrypoint.sh /usr/local/bin/equalifypdf-entrypoint
RUN chmod 0755 /usr/local/bin/equalifypdf-entrypoint
ENV Urls=http://0.0.0.0:8081 \
    Orleans__AdvertisedIP="" \
    Workflow__OutboxFolder=/data/outbox
EXPOSE 8081 11111 30000
# The non-root 'app' user (uid 1654) the .NET base images ship; /data (the outbox volume) belongs to it.
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
    CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8081/health"]
ENTRYPOINT ["/usr/local/bin/equalifypdf-entrypoint", "dotnet", "EqualifyPdf.Silo.dll"]
