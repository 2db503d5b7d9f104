#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the broker's store tests and prints the SIGNET_TEST_DATABASE_URL.
# Installs nothing: expects the distribution's postgresql package (see .ci/run). Idempotent: reuses the data
# directory and the running server. Usage: eval "$(scripts/start-test-postgres.sh)"  (prints an export line)
# Environment: SIGNET_TEST_PG_DIR (default /tmp/signet-test-pg), SIGNET_TEST_PG_PORT (default 54329).
set -euo pipefail

dir=${SIGNET_TEST_PG_DIR:-/tmp/signet-test-pg}
port=${SIGNET_TEST_PG_PORT:-54329}
db=signet_test
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bin" ]; then
  echo "start-test-postgres: no PostgreSQL under /usr/lib/postgresql (apt-get install -y postgresql)" >&2
  exit 1
fi

# PostgreSQL refuses to run as root; run it as the postgres user when we are root.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
user=$(if [ "$(id -u)" = 0 ]; then echo postgres; else id -un; fi)

if [ ! -f "$dir/PG_VERSION" ]; then
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
  as_pg "$bin/initdb" -D "$dir" -U "$user" --auth=trust --no-sync >"$dir.initdb.log" 2>&1 ||
    { cat "$dir.initdb.log" >&2; exit 1; }
fi

if ! as_pg "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  as_pg "$bin/pg_ctl" -D "$dir" -l "$dir.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >&2
fi

if ! as_pg "$bin/psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc "select 1 from pg_database where datname='$db'" | grep -q 1; then
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$user" "$db"
fi

echo "export SIGNET_TEST_DATABASE_URL=postgres://$user@127.0.0.1:$port/$db"
