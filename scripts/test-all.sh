#!/usr/bin/env bash
# `npm test`: lint, types, unit and integration tests, a production build, then end-to-end tests in
# Chromium. Database tests also run on real Postgres when TEST_DATABASE_URL points at a server whose
# user may create databases (each test makes its own and drops it), and rate-limit tests on Redis
# when TEST_REDIS_URL is set (both are found on 127.0.0.1 when they answer there).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1

if [ -z "${TEST_DATABASE_URL:-}" ] && command -v pg_isready >/dev/null && pg_isready -q -h 127.0.0.1 -p 5432; then
  export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:5432/postgres"
fi
if [ -z "${TEST_REDIS_URL:-}" ] && command -v redis-cli >/dev/null && redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  export TEST_REDIS_URL="redis://127.0.0.1:6379"
fi
if [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Debian's Chromium for the browser tests…"
  apt-get update -qq && apt-get install -y -qq chromium fonts-dejavu-core
fi

step() { printf '\n=== %s\n' "$1"; }

step "lint"
npm run --silent lint
step "typecheck"
npm run --silent typecheck
step "unit and integration tests${TEST_DATABASE_URL:+ (PGlite and Postgres)}${TEST_REDIS_URL:+ (Redis)}"
npx vitest run
step "production build"
npm run --silent build
step "end-to-end tests (embedded PGlite)"
rm -f .data/e2e-made-secrets.txt
npx playwright test
step "server log holds no passwords, secrets or document text"
# Values the browser tests type into the app (see e2e/support and playwright.config.ts), in the log
# of each app server the tests ran.
for log in .data/e2e-server-*.log; do
  node scripts/scan-logs.mjs "$log" --also .data/e2e-made-secrets.txt \
    matrix-password-1 e2e-github-secret-5c9d1e correct-horse-42 a-new-password-7 not-my-password-1 not-the-password-1 wrong-password-0 \
    e2e-secret-not-used-anywhere-else-0123456789 e2e-groq-key \
    "Design the event pipeline that feeds our pricing models" "Audit the quarterly flamingo census" "Model flood risk for the Vistula basin"
done

step "benchmarks still run (one small round each; the figures are not judged here)"
BENCH_LEVELS=1 node scripts/bench-stream.mjs --rounds 1 | tail -n 1
if [ -n "${TEST_DATABASE_URL:-}" ]; then BENCH_ROWS=2000 npm run --silent bench:history | tail -n 1; fi
npm run --silent bench:parse | tail -n 1
npm run --silent bench:tailor | tail -n 1
npm run --silent bench:adversarial | tail -n 1
npm run --silent bench:jobs | tail -n 1
npm run --silent bench:fit | tail -n 1
BENCH_LEVELS=1,10 npm run --silent bench:chat -- --rounds 1 | tail -n 1
npm run --silent bench:exit | tail -n 1
npm run --silent bench:upload -- --rounds 1 | tail -n 1

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  db="hr_e2e_$$"
  psql "$TEST_DATABASE_URL" -qc "CREATE DATABASE $db"
  trap 'psql "$TEST_DATABASE_URL" -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null' EXIT
  step "end-to-end: the main story, a chat and a document across two instances, shutdown, and an exit interview (pg-boss), on Postgres"
  E2E_DATABASE_URL="${TEST_DATABASE_URL%/*}/$db" npx playwright test e2e/job-description.spec.ts e2e/chat-restart.spec.ts e2e/exit-interview.spec.ts e2e/document-instances.spec.ts
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  step "the container's runtime directory starts on production packages and stops on SIGTERM"
  bash scripts/check-runtime.sh
fi

step "Node 24 LTS: unit and integration tests, and the production build"
node_lts="$(bash scripts/node-lts.sh)"
PATH="$node_lts:$PATH" node --version
PATH="$node_lts:$PATH" npx vitest run
PATH="$node_lts:$PATH" npm run --silent build
