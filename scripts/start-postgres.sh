#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the store tests and print its URL.
# PostgreSQL refuses to run as root, so the cluster belongs to `postgres`.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
DATA=${ONGUARD_PG_DATA:-/tmp/onguard-pg}
PORT=${ONGUARD_PG_PORT:-55432}
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
if [ ! -s "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$DATA"
  as_pg "$PGBIN/initdb -D $DATA -A trust -U postgres >/dev/null"
fi
if ! as_pg "$PGBIN/pg_ctl -D $DATA status" >/dev/null 2>&1; then
  as_pg "$PGBIN/pg_ctl -D $DATA -o '-p $PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/log -w start" >/dev/null
fi
as_pg "$PGBIN/psql -h 127.0.0.1 -p $PORT -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='onguard_test'\"" | grep -q 1 \
  || as_pg "$PGBIN/createdb -h 127.0.0.1 -p $PORT -U postgres onguard_test"
echo "postgresql+psycopg://postgres@127.0.0.1:$PORT/onguard_test"
