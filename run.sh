#!/usr/bin/env bash
# Starts EqualifyPdf on this machine: one silo (embedded Garnet, data under ./data/) and the HTTP API on
# http://127.0.0.1:${PORT:-8080}. Needs only the .NET SDK. Ctrl-C stops both cleanly.
#
# Environment (all optional): PORT, SILO_HTTP_PORT (8081: dashboard, /health, /metrics), SILO_PORT (11111),
# GATEWAY_PORT (30000), GARNET_PORT (6390), EQUALIFY_DATA_DIR (./data), PUBLIC_BASE_URL (review links),
# Redis__ConnectionString (use that Redis instead of the embedded Garnet), EQUALIFY_SKIP_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")"

PORT=${PORT:-8080}
SILO_HTTP_PORT=${SILO_HTTP_PORT:-8081}
SILO_PORT=${SILO_PORT:-11111}
GATEWAY_PORT=${GATEWAY_PORT:-30000}
GARNET_PORT=${GARNET_PORT:-6390}
DATA_DIR=$(realpath -m "${EQUALIFY_DATA_DIR:-./data}")
SILO_BIN=$PWD/silo/EqualifyPdf.Silo/bin/Release/net10.0
API_BIN=$PWD/client-api/EqualifyPdf.ClientApi/bin/Release/net10.0

if [ "${EQUALIFY_SKIP_BUILD:-0}" != 1 ]; then
  echo "run.sh: building (Release)"
  dotnet build silo/EqualifyPdf.Silo/EqualifyPdf.Silo.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
  dotnet build client-api/EqualifyPdf.ClientApi/EqualifyPdf.ClientApi.csproj -c Release -nologo -v quiet -clp:ErrorsOnly
fi

mkdir -p "$DATA_DIR"
export DOTNET_ENVIRONMENT=Production ASPNETCORE_ENVIRONMENT=Production
export Redis__EmbeddedPort="$GARNET_PORT" Redis__EmbeddedDataPath="$DATA_DIR/garnet"
export BlobStorage__LocalRoot="$DATA_DIR/blobs" Workflow__OutboxFolder="$DATA_DIR/outbox"
export Workflow__PublicBaseUrl="${PUBLIC_BASE_URL:-http://127.0.0.1:$PORT}"

silo_pid=""; api_pid=""
stop() {
  trap - INT TERM EXIT
  # The API first, then the silo, which flushes its state and stops Garnet last.
  for pid in $api_pid $silo_pid; do
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
    fi
  done
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

# GET /health over bash's /dev/tcp, so no curl is needed.
healthy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1" && printf 'GET /health HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3 \
    && head -n 1 <&3 | grep -q ' 200 ') 2>/dev/null
}

wait_healthy() { # name port pid
  for _ in $(seq 1 240); do
    healthy "$2" && return 0
    kill -0 "$3" 2>/dev/null || { echo "run.sh: $1 exited during start-up" >&2; return 1; }
    sleep 0.5
  done
  echo "run.sh: $1 did not become healthy on port $2" >&2
  return 1
}

Urls="http://127.0.0.1:$SILO_HTTP_PORT" Orleans__SiloPort="$SILO_PORT" Orleans__GatewayPort="$GATEWAY_PORT" \
  dotnet "$SILO_BIN/EqualifyPdf.Silo.dll" --contentRoot "$SILO_BIN" &
silo_pid=$!
wait_healthy silo "$SILO_HTTP_PORT" "$silo_pid"

Urls="http://127.0.0.1:$PORT" dotnet "$API_BIN/EqualifyPdf.ClientApi.dll" --contentRoot "$API_BIN" &
api_pid=$!
wait_healthy client-api "$PORT" "$api_pid"

echo "run.sh: EqualifyPdf is up on http://127.0.0.1:$PORT (dashboard http://127.0.0.1:$SILO_HTTP_PORT/dashboard, data in $DATA_DIR)"
# Whichever process ends first ends the service.
set +e
wait -n "$silo_pid" "$api_pid"
status=$?
exit "$status"
