#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL server of the test suite: loopback only, a free port of
# its own, a data folder under /tmp. `start DIR` writes the server's URL to DIR/url for the tests.
set -euo pipefail

action=${1:?usage: test-postgres.sh start|stop DIR}
state_dir=${2:?usage: test-postgres.sh start|stop DIR}
mkdir -p "$state_dir"

bin_dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
run_as_postgres=()
if [ "$(id -u)" -eq 0 ]; then
  # initdb refuses to run as root.
  run_as_postgres=(runuser -u postgres --)
fi

stop_server() {
  if [ -f "$state_dir/datadir" ]; then
    data=$(cat "$state_dir/datadir")
    if [ -d "$data" ]; then
      (cd / && "${run_as_postgres[@]}" "$bin_dir/pg_ctl" -D "$data/data" -m fast -w stop >/dev/null 2>&1) || true
      rm -rf "$data"
    fi
    rm -f "$state_dir/datadir" "$state_dir/url"
  fi
}

free_port() {
  local port
  for port in $(shuf -i 20000-40000 -n 50); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

case "$action" in
  start)
    stop_server
    data=$(mktemp -d /tmp/strata-pg.XXXXXX)
    chmod 755 "$data"
    echo "$data" > "$state_dir/datadir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$data"; fi
    port=$(free_port)
    cd /
    "${run_as_postgres[@]}" "$bin_dir/initdb" -D "$data/data" -U postgres -A trust -E UTF8 \
      --locale=C.UTF-8 --no-sync >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log"; exit 1; }
    "${run_as_postgres[@]}" "$bin_dir/pg_ctl" -D "$data/data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start \
      >/dev/null || { cat "$data/server.log"; exit 1; }
    "$bin_dir/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30
    echo "postgresql://postgres@127.0.0.1:$port/postgres" > "$state_dir/url"
    echo "PostgreSQL test server on 127.0.0.1:$port"
    ;;
  stop)
    stop_server
    echo "PostgreSQL test server stopped"
    ;;
  *)
    echo "usage: test-postgres.sh start|stop DIR" >&2
    exit 2
    ;;
esac
