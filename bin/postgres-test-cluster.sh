#!/usr/bin/env bash
#
# A throwaway PostgreSQL server for the test run.
#
#   eval "$(bin/postgres-test-cluster.sh start)"   # prints export lines
#   bin/postgres-test-cluster.sh stop [DIR]         # DIR defaults to $SCRIPTORIUM_TEST_POSTGRES_DIR
#
# start initialises a cluster in a fresh temp folder, listens on 127.0.0.1 only
# (first free port from 55432 up), trusts local TCP connections, creates the
# database scriptorium_test and prints:
#   export SCRIPTORIUM_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:PORT/scriptorium_test
#   export SCRIPTORIUM_TEST_POSTGRES_USER=postgres
#   export SCRIPTORIUM_TEST_POSTGRES_DIR=...        (for stop)
# With no PostgreSQL server installed it prints a note to stderr, nothing to
# stdout, and exits 0: the PostgreSQL tests then report themselves skipped.
#
# SCRIPTORIUM_PG_SEARCH_PATH (colon-separated folders or globs of bin folders)
# replaces the default places to look for the server binaries.
set -euo pipefail

DB=scriptorium_test
PG_USER=postgres
FIRST_PORT=55432
LAST_PORT=55532
DIR_PREFIX=scriptorium-pg.

log() { echo "postgres-test-cluster: $*" >&2; }

# A bin folder is usable when it holds the server, initdb and pg_ctl.
is_pg_bin() { [ -x "$1/postgres" ] && [ -x "$1/initdb" ] && [ -x "$1/pg_ctl" ]; }

# Prints the bin folder of the newest installed server, or fails.
find_pg_bin() {
  local pattern dir found="" IFS=
  if [ -z "${SCRIPTORIUM_PG_SEARCH_PATH:-}" ] && command -v pg_ctl >/dev/null 2>&1; then
    dir=$(dirname "$(command -v pg_ctl)")
    if is_pg_bin "$dir"; then printf '%s\n' "$dir"; return 0; fi
  fi
  # Debian/Ubuntu, RHEL/Fedora (PGDG) and keg-only Homebrew formulae are not on PATH.
  # The list is sorted by version (9.6 before 16) and the last usable folder wins.
  while read -r pattern; do
    [ -n "$pattern" ] || continue
    # IFS is empty: the glob expands without splitting on spaces.
    for dir in $pattern; do
      if is_pg_bin "$dir"; then found=$dir; fi
    done
  done < <(
    if [ -n "${SCRIPTORIUM_PG_SEARCH_PATH:-}" ]; then
      printf '%s\n' "$SCRIPTORIUM_PG_SEARCH_PATH" | tr ':' '\n'
    else
      for dir in /usr/lib/postgresql/* /usr/pgsql-* /opt/homebrew/opt/postgresql@* /usr/local/opt/postgresql@*; do
        [ -d "$dir" ] && printf '%s/bin\n' "$dir"
      done | sort -V
    fi
  )
  [ -n "$found" ] || return 1
  printf '%s\n' "$found"
}

# PostgreSQL refuses to run as root, so root runs it as the postgres user.
as_pg() {
  if [ "$(id -u)" -ne 0 ]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u "$PG_USER" -- "$@"
  else
    # shellcheck disable=SC2016 # $0/$@ are for the inner shell
    su "$PG_USER" -s /bin/sh -c 'exec "$0" "$@"' -- "$@"
  fi
}

port_in_use() {
  # bash opens a TCP connection; success means someone listens there.
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

stop_cluster() {
  local dir=${1:-${SCRIPTORIUM_TEST_POSTGRES_DIR:-}} bin
  [ -n "$dir" ] || { log "stop: no folder given and SCRIPTORIUM_TEST_POSTGRES_DIR is not set"; return 1; }
  # Only ever delete a folder this script made.
  case ${dir##*/} in "$DIR_PREFIX"*) ;; *) log "stop: $dir is not a test cluster folder"; return 1 ;; esac
  [ -d "$dir" ] || return 0
  cd /  # the postgres user may not be allowed into the caller's folder
  if [ -f "$dir/data/postmaster.pid" ]; then
    bin=$(cat "$dir/bindir" 2>/dev/null || true)
    # Immediate mode: no checkpoint, the data is about to be deleted anyway.
    as_pg "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 ||
      kill -INT "$(head -n 1 "$dir/data/postmaster.pid")" 2>/dev/null || true
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
}

# Global, not local: the EXIT trap that cleans up a failed start runs after start_cluster returns.
CLUSTER_DIR=""

start_cluster() {
  local bin dir port started="" pg_log

  if ! bin=$(find_pg_bin); then
    log "no PostgreSQL server binaries found (Debian: apt-get install postgresql); PostgreSQL tests will be skipped."
    return 0
  fi
  if [ "$(id -u)" -eq 0 ] && ! id "$PG_USER" >/dev/null 2>&1; then
    log "running as root needs a '$PG_USER' system user to run PostgreSQL; PostgreSQL tests will be skipped."
    return 0
  fi

  # As root use /tmp: the postgres user may not be able to reach root's TMPDIR.
  if [ "$(id -u)" -eq 0 ]; then
    dir=$(mktemp -d "/tmp/${DIR_PREFIX}XXXXXX")
    chown "$PG_USER" "$dir"
  else
    dir=$(mktemp -d "${TMPDIR:-/tmp}/${DIR_PREFIX}XXXXXX")
  fi
  # The postgres user may not be allowed into the caller's folder.
  cd "$dir"
  # Clean up after ourselves if anything below fails.
  CLUSTER_DIR=$dir
  trap 'stop_cluster "$CLUSTER_DIR" >/dev/null 2>&1' EXIT
  printf '%s\n' "$bin" >"$dir/bindir"

  log "initialising a cluster with $bin"
  # --no-sync and the settings below trade durability for speed: the data is thrown away.
  if ! as_pg "$bin/initdb" -D "$dir/data" -U "$PG_USER" --auth=trust -E UTF8 --no-locale --no-sync \
    >"$dir/initdb.log" 2>&1; then
    log "initdb failed:"; cat "$dir/initdb.log" >&2
    return 1
  fi
  # No Unix socket: TCP on 127.0.0.1 only, and no clash with a system server's socket.
  # (Appending keeps the file's owner, so this works as root too.)
  cat >>"$dir/data/postgresql.conf" <<'EOF'
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  # Create the database in single-user mode: needs only the server binary
  # (createdb/psql are not always next to pg_ctl, e.g. with symlinks on PATH).
  if ! echo "CREATE DATABASE $DB;" |
    as_pg "$bin/postgres" --single -D "$dir/data" postgres >"$dir/createdb.log" 2>&1 ||
    grep -q 'ERROR:' "$dir/createdb.log"; then
    log "creating the database failed:"; cat "$dir/createdb.log" >&2
    return 1
  fi

  pg_log=$dir/postgres.log
  for ((port = FIRST_PORT; port <= LAST_PORT; port++)); do
    port_in_use "$port" && continue
    rm -f "$pg_log"
    if as_pg "$bin/pg_ctl" -D "$dir/data" -l "$pg_log" -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      started=yes
      break
    fi
    # Someone took the port between our check and the start: try the next one.
    grep -q 'could not bind\|Address already in use' "$pg_log" 2>/dev/null || break
  done
  if [ -z "$started" ]; then
    log "the server did not start; its log:"
    cat "$pg_log" >&2 2>/dev/null || true
    return 1
  fi

  log "PostgreSQL $("$bin/postgres" --version | sed 's/^[^0-9]*\([0-9.]*\).*/\1/') on 127.0.0.1:$port, database $DB (in $dir)"

  trap - EXIT
  printf 'export SCRIPTORIUM_TEST_POSTGRES_URL=%q\n' "jdbc:postgresql://127.0.0.1:$port/$DB"
  printf 'export SCRIPTORIUM_TEST_POSTGRES_USER=%q\n' "$PG_USER"
  printf 'export SCRIPTORIUM_TEST_POSTGRES_DIR=%q\n' "$dir"
}

case ${1:-} in
  start) start_cluster ;;
  stop) stop_cluster "${2:-}" ;;
  *)
    echo "usage: $0 start | stop [DIR]" >&2
    exit 2
    ;;
esac
