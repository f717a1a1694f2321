#!/usr/bin/env bash
# Starts the built app the way a newcomer does (`npm start`, no DATABASE_URL), checks that
# /api/health and /login answer, stops it with SIGTERM and checks that nothing is left running.
set -euo pipefail
cd "$(dirname "$0")/.."
port="${SMOKE_PORT:-3210}"
log_file="$(mktemp)"
unset DATABASE_URL
PORT="$port" DEMO_PASSWORD="smoke-test-password" setsid npm start >"$log_file" 2>&1 &
pid=$!
cleanup() { kill -TERM -- "-$pid" 2>/dev/null || true; }
trap cleanup EXIT

ok=""
for _ in $(seq 1 300); do
  if curl -fsS "http://localhost:$port/api/health" 2>/dev/null | grep -q '"up"'; then ok=1; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 1
done
if [ -z "$ok" ]; then echo "smoke: the app did not become healthy"; cat "$log_file"; exit 1; fi
echo "smoke: /api/health answers with the database up"
status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login")
[ "$status" = "200" ] || { echo "smoke: /login answered $status"; exit 1; }
echo "smoke: /login answers 200"

kill -TERM -- "-$pid"
for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
if kill -0 "$pid" 2>/dev/null; then echo "smoke: npm start did not stop on SIGTERM"; exit 1; fi
trap - EXIT
# (The embedded PostgreSQL finishes its shutdown checkpoint after npm start has exited; on a slow
# machine that takes a few seconds. Give it 20.)
left=1
for _ in $(seq 1 20); do
  if ! pgrep -f "$PWD/.data/postgres" >/dev/null && ! curl -s -o /dev/null "http://localhost:$port/login"; then left=""; break; fi
  sleep 1
done
if [ -n "$left" ]; then
  echo "smoke: something is still running after the stop"; pgrep -af "$PWD/.data/postgres" || true; exit 1
fi
echo "smoke: stopped cleanly (app and embedded PostgreSQL)"
