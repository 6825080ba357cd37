#!/usr/bin/env bash
# The workbench benchmark: `bash bench/workbench.sh BUILD_DIR [extra strata-workbench-bench options]`.
#
# Generates the headline project (1,000 packages x 10 tables x 10 columns x 10 migrations, seed 1)
# into a temporary folder, then runs strata-workbench-bench on it offscreen: first paint, load with
# the longest GUI stall, hot reload of one package (median of the runs), package graph layout.
# STRATA_BENCH_KEEP=1 keeps the project (its folder is printed).
set -euo pipefail

BUILD_DIR=${1:-build}
shift || true
GENERATE="$BUILD_DIR/bench/strata-generate"
BENCH="$BUILD_DIR/bench/strata-workbench-bench"
for tool in "$GENERATE" "$BENCH"; do
    if [[ ! -x "$tool" ]]; then
        echo "bench: $tool is missing: build first" >&2
        exit 2
    fi
done

WORK=$(mktemp -d)
if [[ "${STRATA_BENCH_KEEP:-0}" == 1 ]]; then
    echo "bench: keeping $WORK" >&2
else
    trap 'rm -rf "$WORK"' EXIT
fi
"$GENERATE" --packages 1000 --tables-per-package 10 --columns-per-table 10 --migrations-per-package 10 \
    --seed "${STRATA_BENCH_SEED:-1}" "$WORK/project" > /dev/null
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$WORK" "$BENCH" "$@" "$WORK/project" 2>/dev/null
