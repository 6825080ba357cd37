#!/usr/bin/env bash
# The HTML documentation of the headline project (issue #12): `bash bench/docs.sh [BUILD_DIR]`.
#
# Generates the project (1,000 packages, 10,000 tables, 10,000 migrations), then runs
# strata-docs-bench on it: one package ER diagram (Graphviz) and one neighbourhood (hand layout)
# alone, the package graph, buildDocs as a whole (every page and diagram in memory; median of 3 runs,
# wall and CPU of all threads), and writeDocsSite into a fresh folder, then again (nothing changed).
# The goal: buildDocs under 10 s on 2 cores. Figures go to docs/performance.md, "Documentation".
#
# Environment:
#   STRATA_BENCH_PACKAGES=N   packages of the generated project (default 1000)
#   STRATA_BENCH_RUNS=N       buildDocs runs (default 3)
set -euo pipefail

BUILD_DIR=${1:-build}
GENERATE="$BUILD_DIR/bench/strata-generate"
DOCS_BENCH="$BUILD_DIR/bench/strata-docs-bench"
for tool in "$GENERATE" "$DOCS_BENCH"; do
    if [[ ! -x "$tool" ]]; then
        echo "bench: $tool is missing: build first" >&2
        exit 2
    fi
done
PACKAGES=${STRATA_BENCH_PACKAGES:-1000}
RUNS=${STRATA_BENCH_RUNS:-3}
WORK=$(mktemp -d "${TMPDIR:-/tmp}/strata-docs-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

echo "## strata docs (HTML), $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$GENERATE" --packages "$PACKAGES" --tables-per-package 10 --columns-per-table 10 \
    --migrations-per-package 10 --seed 1 "$WORK/project" > /dev/null
"$DOCS_BENCH" "$WORK/project" "$WORK/site" --runs "$RUNS"
echo "site: $(du -sh "$WORK/site" | cut -f1) in $(find "$WORK/site" -type f | wc -l) files"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
