#!/usr/bin/env bash
# with-postgres.sh CMD [ARGS...]: start a throwaway PostgreSQL server on
# loopback in a temporary directory, run CMD with DATABASE_URL pointing at
# it, then stop the server and delete its files, whatever CMD does.
#
#   scripts/with-postgres.sh go test ./internal/store
#
# Needs PostgreSQL's server binaries (Debian: apt-get install -y postgresql).
# initdb refuses to run as root, so as root the server runs as the
# "postgres" user. PGPORT overrides the port (default: a free one from 55432).
set -euo pipefail

if [ $# -eq 0 ]; then
	echo "usage: $0 CMD [ARGS...]" >&2
	exit 2
fi

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PGBIN" ] && command -v pg_ctl >/dev/null; then
	PGBIN=$(dirname "$(command -v pg_ctl)")
fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
	echo "$0: PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql)" >&2
	exit 1
fi

as_owner() { "$@"; }
PGDIR=$(mktemp -d /tmp/pgtest.XXXXXX)
if [ "$(id -u)" = 0 ]; then
	chown postgres:postgres "$PGDIR"
	as_owner() { runuser -u postgres -- "$@"; }
fi

port=${PGPORT:-55432}
if [ -z "${PGPORT:-}" ]; then
	# The first port nobody listens on, so parallel runs don't collide.
	while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
fi

cleanup() {
	as_owner "$PGBIN/pg_ctl" -D "$PGDIR/data" -m immediate -w stop >/dev/null 2>&1 || true
	rm -rf "$PGDIR"
}
trap cleanup EXIT INT TERM

as_owner "$PGBIN/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$PGDIR/initdb.log" 2>&1 ||
	{ cat "$PGDIR/initdb.log" >&2; exit 1; }
# fsync off: the data is thrown away afterwards, so speed matters, not
# durability.
as_owner "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 30 \
	-o "-p $port -k $PGDIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
	start >/dev/null || { cat "$PGDIR/server.log" >&2; exit 1; }

export DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres?sslmode=disable"
status=0
"$@" || status=$?
exit $status
