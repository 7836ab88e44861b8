# Builds and runs the EqualifyPdf HTTP API. Build context: the repository root (see .dockerignore).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish client-api/EqualifyPdf.ClientApi/EqualifyPdf.ClientApi.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# curl for the health check and the task-metadata lookup of the entrypoint.
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
COPY infra/docker-entrypoint.sh /usr/local/bin/equalifypdf-entrypoint
RUN chmod 0755 /usr/local/bin/equalifypdf-entrypoint
ENV Urls=http://0.0.0.0:8080
EXPOSE 8080
# The non-root 'app' user (uid 1654) the .NET base images ship.
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=6 \
    CMD ["curl", "-fsS", "-o", "/dev/null", "http://127.0.0.1:8080/health"]
ENTRYPOINT ["/usr/local/bin/equalifypdf-entrypoint", "dotnet", "EqualifyPdf.ClientApi.dll"]
