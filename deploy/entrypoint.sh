#!/bin/sh
# The container's command. Pending migrations are applied when the server starts (instrumentation.ts,
# under a lock, so several instances starting together apply them once), then it serves.
# exec: the server itself receives SIGTERM and finishes the streams in flight before it exits.
set -eu
exec node node_modules/next/dist/bin/next start -p "${PORT:-3000}" -H "${HOSTNAME:-0.0.0.0}"
