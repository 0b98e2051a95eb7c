#!/bin/sh
# The backend's seed writes the publishable key to a shared volume (PUBLISHABLE_KEY_FILE);
# an explicit MEDUSA_PUBLISHABLE_KEY wins.
set -eu
if [ -z "${MEDUSA_PUBLISHABLE_KEY:-}" ] && [ -n "${PUBLISHABLE_KEY_FILE:-}" ]; then
  for _ in $(seq 1 60); do
    [ -s "$PUBLISHABLE_KEY_FILE" ] && break
    sleep 1
  done
  MEDUSA_PUBLISHABLE_KEY=$(cat "$PUBLISHABLE_KEY_FILE")
  export MEDUSA_PUBLISHABLE_KEY
fi
exec node /app/node_modules/next/dist/bin/next start -p "${PORT:-8000}"
