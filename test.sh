#!/usr/bin/env bash
# Installs what the tests need (Debian and npm packages), builds once and runs every test project.
# Ends with one line over all projects: "N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")"

need_apt=()
for pkg in poppler-utils chromium tesseract-ocr tesseract-ocr-eng libtesseract5 redis-server libaio1 fonts-dejavu-core python3; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
# docker-compose validates docker-compose.yml; curl lets the tests run the images' entrypoint (ECS metadata lookup).
for pkg in docker-compose curl; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "test.sh: installing ${need_apt[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need_apt[@]}" >/dev/null
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "test.sh: installing nodejs and npm"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi

if [ -f tests/tools/package.json ] && [ ! -d tests/tools/node_modules ]; then
  echo "test.sh: installing npm packages for tests/tools"
  (cd tests/tools && npm ci --no-audit --no-fund --silent)
fi
# An older node_modules may predate s3rver (the S3 store's tests run against it).
if [ -f tests/tools/package.json ] && [ ! -f tests/tools/node_modules/s3rver/package.json ]; then
  echo "test.sh: installing npm packages for tests/tools (s3rver)"
  (cd tests/tools && npm ci --no-audit --no-fund --silent)
fi

# ... or smtp-server (the e-mail notifier's tests run against it).
if [ -f tests/tools/package.json ] && [ ! -f tests/tools/node_modules/smtp-server/package.json ]; then
  echo "test.sh: installing npm packages for tests/tools (smtp-server)"
  (cd tests/tools && npm ci --no-audit --no-fund --silent)
fi

if [ -f infra/cdk/package.json ] && [ ! -d infra/cdk/node_modules ]; then
  echo "test.sh: installing npm packages for infra/cdk (AWS CDK, cdk-nag, TypeScript)"
  (cd infra/cdk && npm ci --no-audit --no-fund --silent)
fi

export OMP_THREAD_LIMIT=1
dotnet build EqualifyPdf.sln -c Release -nologo -clp:ErrorsOnly

passed=0; failed=0; skipped=0; status=0
log=$(mktemp)
# run_project <title> <project>: runs one test project (in the current environment) and adds up its counts.
run_project() {
  echo "== $1"
  set +e
  dotnet test "$2" -c Release --no-build --nologo 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" -eq 0 ] || status=1
  local line
  line=$(grep -E '(Passed|Failed)! +- Failed: ' "$log" | tail -1 || true)
  if [ -z "$line" ]; then status=1; failed=$((failed + 1)); return; fi
  passed=$((passed + $(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")))
  failed=$((failed + $(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line")))
  skipped=$((skipped + $(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")))
}

for proj in tests/*/*.csproj; do
  run_project "$(basename "$proj" .csproj)" "$proj"
done

# The grain tests again on the stores production uses: the embedded Garnet, and a password-protected redis-server.
workflow_tests=tests/EqualifyPdf.Workflow.Tests/EqualifyPdf.Workflow.Tests.csproj
EQUALIFY_TEST_REDIS=garnet run_project "EqualifyPdf.Workflow.Tests on embedded Garnet" "$workflow_tests"
redis_dir=$(mktemp -d)
redis_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
redis-server --port "$redis_port" --bind 127.0.0.1 --dir "$redis_dir" --appendonly yes --appendfsync everysec --save "" \
  --requirepass grain-tests --daemonize yes --pidfile "$redis_dir/redis.pid" >/dev/null
for _ in $(seq 50); do redis-cli -p "$redis_port" -a grain-tests --no-auth-warning ping >/dev/null 2>&1 && break; sleep 0.1; done
EQUALIFY_TEST_REDIS="127.0.0.1:$redis_port,password=grain-tests" run_project "EqualifyPdf.Workflow.Tests on redis-server" "$workflow_tests"
kill "$(cat "$redis_dir/redis.pid")" 2>/dev/null || true
sleep 0.5; rm -rf "$redis_dir"
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
