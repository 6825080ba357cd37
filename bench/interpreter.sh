#!/usr/bin/env bash
# The schema the migrations of a PostgreSQL project produce, computed by the DDL interpreter
# (core/diff/PostgresDdlInterpreter) without a server: `bash bench/interpreter.sh [BUILD_DIR]`.
#
# Generates the headline project with PostgreSQL migrations (1,000 packages, 10,000 tables,
# 10,000 migration files: strata-generate --dialect postgresql), checks that it validates without
# errors, and runs strata-interpreter-bench on it: the median wall and CPU time of interpreting every
# migration in the migration graph's order (applyAll: parsed on the thread pool, applied in order),
# the same sequentially, and libpg_query's parse alone.
#
# Environment:
#   STRATA_BENCH_PACKAGES=N   packages of the generated project (default 1000)
#   STRATA_BENCH_SEED=N       generator seed (default 1)
set -euo pipefail

BUILD_DIR=${1:-build}
STRATA="$BUILD_DIR/app/cli/strata"
GENERATE="$BUILD_DIR/bench/strata-generate"
INTERPRET="$BUILD_DIR/bench/strata-interpreter-bench"
for tool in "$STRATA" "$GENERATE" "$INTERPRET"; do
    if [[ ! -x "$tool" ]]; then
        echo "bench: $tool is missing: build first" >&2
        exit 2
    fi
done
PACKAGES=${STRATA_BENCH_PACKAGES:-1000}
SEED=${STRATA_BENCH_SEED:-1}
TARGET_MS=1000

WORK=$(mktemp -d "${TMPDIR:-/tmp}/strata-interpreter-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
"$GENERATE" --packages "$PACKAGES" --tables-per-package 10 --columns-per-table 10 \
    --migrations-per-package 10 --seed "$SEED" --dialect postgresql "$WORK/project"
set +e
"$STRATA" validate -C "$WORK/project" --quiet > /dev/null 2>&1
code=$?
set -e
if [[ $code -ne 0 ]]; then
    echo "bench: the generated PostgreSQL project does not validate (exit $code)" >&2
    exit 1
fi

echo "## PostgreSQL DDL interpreter, $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
result=$("$INTERPRET" "$WORK/project" 5)
echo "$result"
median=$(sed -E 's/.* median_ms=([0-9.]+).*/\1/' <<< "$result")
awk -v v="$median" -v t="$TARGET_MS" \
    'BEGIN { printf "every migration interpreted in %s ms (target < %s ms: %s)\n", v, t, (v < t) ? "met" : "MISSED" }'
