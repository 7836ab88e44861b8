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
for proj in tests/*/*.csproj; do
  echo "== $(basename "$proj" .csproj)"
  set +e
  dotnet test "$proj" -c Release --no-build --nologo 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  set -e
  [ "$rc" -eq 0 ] || status=1
  line=$(grep -E '(Passed|Failed)! +- Failed: ' "$log" | tail -1 || true)
  if [ -z "$line" ]; then status=1; failed=$((failed + 1)); continue; fi
  f=$(sed -E 's/.*Failed: +([0-9]+).*/\1/' <<<"$line")
  p=$(sed -E 's/.*Passed: +([0-9]+).*/\1/' <<<"$line")
  s=$(sed -E 's/.*Skipped: +([0-9]+).*/\1/' <<<"$line")
  passed=$((passed + p)); failed=$((failed + f)); skipped=$((skipped + s))
done
rm -f "$log"
echo "$passed passed, $failed failed, $skipped skipped"
exit $status
