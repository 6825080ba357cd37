#!/usr/bin/env bash
# `strata diff` on the headline project (issue #11): `bash bench/diff.sh [BUILD_DIR]`.
#
# Generates the project (1,000 packages, 10,000 tables, 10,000 migrations) in each dialect, then:
#   1. strata-diff-bench: the schema every migration produces (SQLite: the segmented replay;
#      PostgreSQL: the DDL interpreter) and the per-package comparison, median wall and CPU time;
#   2. `strata diff` as a user runs it, after 10 packages had a column added to database.json
#      without a migration (exit 1, 10 differences), through strata-measure: median of 5 runs.
#
# Environment:
#   STRATA_BENCH_PACKAGES=N   packages of the generated project (default 1000)
set -euo pipefail

BUILD_DIR=${1:-build}
STRATA="$BUILD_DIR/app/cli/strata"
GENERATE="$BUILD_DIR/bench/strata-generate"
DIFF_BENCH="$BUILD_DIR/bench/strata-diff-bench"
MEASURE="$BUILD_DIR/bench/strata-measure"
for tool in "$STRATA" "$GENERATE" "$DIFF_BENCH" "$MEASURE"; do
    if [[ ! -x "$tool" ]]; then
        echo "bench: $tool is missing: build first" >&2
        exit 2
    fi
done
PACKAGES=${STRATA_BENCH_PACKAGES:-1000}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/strata-diff-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "## strata diff, $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for dialect in sqlite postgresql; do
    project="$WORK/$dialect"
    "$GENERATE" --packages "$PACKAGES" --tables-per-package 10 --columns-per-table 10 \
        --migrations-per-package 10 --seed 1 --dialect "$dialect" "$project" > /dev/null
    echo "### $dialect"
    "$DIFF_BENCH" "$project" --runs 5
    # Ten packages gain a column that no migration adds.
    for package in $(ls "$project/packages" | head -10); do
        python3 - "$project/packages/$package/database.json" <<'PY'
import json, sys
path = sys.argv[1]
schema = json.load(open(path))
schema["tables"][0]["columns"].append({"name": "added_without_migration", "type": "text"})
json.dump(schema, open(path, "w"), indent=2)
PY
    done
    set +e
    "$STRATA" -C "$project" diff > "$WORK/diff.txt"
    code=$?
    set -e
    if [[ $code -ne 1 ]] || ! grep -q "10 with differences (10 differences)" "$WORK/diff.txt"; then
        echo "bench: strata diff did not find the 10 changes (exit $code):" >&2
        tail -3 "$WORK/diff.txt" >&2
        exit 1
    fi
    echo "strata diff, 10 changed packages: $("$MEASURE" --runs 5 --warmup 1 -- "$STRATA" -C "$project" diff)"
done
