#!/usr/bin/env bash
# Runs one Qt Test executable (optionally one test function) again and again under CPU load, and
# stops at the first failure: how a test that fails now and then is caught before CI meets it.
#
#   bash scripts/stress-test.sh BUILD_DIR TEST [FUNCTION] [RUNS] [BURNERS]
#   bash scripts/stress-test.sh build tst_cli_watch editInPlace 200 2
#
# BURNERS (default 2) processes spin beside it for the whole run. The PostgreSQL tests need
# STRATA_TEST_PG_URL (or a running ctest fixture's url file); the others need nothing.
set -euo pipefail

build=${1:?usage: stress-test.sh BUILD_DIR TEST [FUNCTION] [RUNS] [BURNERS]}
test=${2:?usage: stress-test.sh BUILD_DIR TEST [FUNCTION] [RUNS] [BURNERS]}
function=${3:-}
runs=${4:-200}
burners=${5:-2}

binary=$(find "$build/tests" -maxdepth 1 -type f -name "$test" -perm -u+x | head -n 1)
if [[ -z "$binary" ]]; then
  echo "stress-test: $build/tests/$test not found: build it first" >&2
  exit 2
fi

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT
for _ in $(seq 1 "$burners"); do
  (while :; do :; done) &
  pids+=($!)
done

log=$(mktemp "${TMPDIR:-/tmp}/stress-test.XXXXXX")
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8
start=$(date +%s)
for i in $(seq 1 "$runs"); do
  if ! "$binary" ${function:+"$function"} >"$log" 2>&1; then
    echo "stress-test: $test ${function} failed in run $i of $runs (log: $log)" >&2
    tail -n 40 "$log" >&2
    exit 1
  fi
done
echo "stress-test: $test ${function} passed $runs runs in a row beside $burners CPU burners ($(( $(date +%s) - start )) s)"
rm -f "$log"
