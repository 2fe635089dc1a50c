#!/usr/bin/env bash
# Services the test suite needs on a CI machine: PostgreSQL (and nothing else for now).
#
#   export WIRECODER_TEST_PG="$(scripts/ci_services.sh)"
#
# Installs Debian's postgresql package when its binaries are missing, starts a private cluster on a
# free loopback port in a temporary directory (as the `postgres` user when run as root: PostgreSQL
# refuses root), and prints its URL on stdout; everything else goes to stderr. Stop it with
#   pg_ctl -D "$WIRECODER_PG_DIR/data" stop   (the directory is printed on stderr, and written to the file
#   $WIRECODER_PG_DIR_FILE names when it is set: .ci/run stops the cluster on exit that way)
# Without this script the tests start and stop such a cluster themselves (tests/pg.py).
set -euo pipefail

log() { echo "ci_services: $*" >&2; }

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(bindir)" ] || [ ! -x "$(bindir)/initdb" ]; then
    log "installing postgresql from Debian packages"
    export DEBIAN_FRONTEND=noninteractive
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq >&2
    $SUDO apt-get install -y -qq --no-install-recommends postgresql >&2
fi
BIN="$(bindir)"
log "using $BIN"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
DIR="$(mktemp -d /tmp/wirecoder-ci-pg.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then
    USER_NAME=postgres
    chown postgres: "$DIR"
    run() { runuser -u postgres -- "$@"; }
else
    USER_NAME="$(id -un)"
    run() { "$@"; }
fi

run "$BIN/initdb" -D "$DIR/data" -A trust -U "$USER_NAME" -E UTF8 --no-sync >&2
run "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 \
    -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >&2
log "PostgreSQL listening on 127.0.0.1:$PORT (data in $DIR, log $DIR/log)"
if [ -n "${WIRECODER_PG_DIR_FILE:-}" ]; then echo "$DIR" > "$WIRECODER_PG_DIR_FILE"; fi  # for the caller to stop it
echo "postgresql://$USER_NAME@127.0.0.1:$PORT/postgres"
