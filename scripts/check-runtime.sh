#!/usr/bin/env bash
# Starts the app the way its container does: the runtime directory the Dockerfile copies
# (scripts/assemble-runtime.sh), its entry script, production packages only, on a fresh Postgres
# database. Passes when /api/health/live and /api/health/ready answer 200, and the server exits
# cleanly on SIGTERM. Needs a build (`npm run build`) and TEST_DATABASE_URL.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TEST_DATABASE_URL:?TEST_DATABASE_URL must point at a Postgres server that may create databases}"
port="${RUNTIME_PORT:-3700}"
runtime=".data/runtime"
db="hr_runtime_$$"

bash scripts/assemble-runtime.sh "$runtime"
psql "$TEST_DATABASE_URL" -qc "CREATE DATABASE $db"
cleanup() {
  [ -n "${server:-}" ] && kill "$server" 2>/dev/null || true
  psql "$TEST_DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null
  rm -rf "$runtime"
}
trap cleanup EXIT

(cd "$runtime" && exec env -i PATH="$PATH" HOME="$HOME" NODE_ENV=production PORT="$port" HOSTNAME=127.0.0.1 \
  DATABASE_URL="${TEST_DATABASE_URL%/*}/$db" AUTH_SECRET="runtime-check-secret-0123456789abcdef0123" \
  LOG_LEVEL=warn ./deploy/entrypoint.sh) > .data/runtime-server.log 2>&1 &
server=$!

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/health/live" >/dev/null 2>&1; then break; fi
  kill -0 "$server" 2>/dev/null || { cat .data/runtime-server.log; echo "the server exited before it answered" >&2; exit 1; }
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/api/health/live" >/dev/null
ready=$(curl -sS -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/api/health/ready")
[ "$ready" = 200 ] || { echo "/api/health/ready answered $ready" >&2; cat .data/runtime-server.log; exit 1; }
kill -TERM "$server"
for _ in $(seq 1 120); do kill -0 "$server" 2>/dev/null || break; sleep 0.5; done
if kill -0 "$server" 2>/dev/null; then echo "the server did not exit on SIGTERM" >&2; exit 1; fi
server=""
echo "runtime directory: live and ready answered 200 on production packages only; SIGTERM exited cleanly"
