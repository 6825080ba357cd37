#!/usr/bin/env bash
# Strata's benchmarks: `make bench` (which builds first), or `bash bench/run.sh BUILD_DIR`.
#
# Generates synthetic projects (bench/generate_project.cpp) into a temporary folder and measures
# `strata validate -C PROJECT --format json > /dev/null`: median wall time and peak resident memory
# (bench/measure.cpp, from wait4's rusage), with a warm file cache. Before measuring, it checks that
# the output is JSON and that the generated project has no errors: a project that fails validation
# would time the wrong thing.
#
# Environment:
#   STRATA_BENCH_SIZES="100 300"  table counts of the growth series (default 100 300 1000 3000 10000)
#   STRATA_BENCH_KEEP=1           keep the generated projects (their folder is printed)
#   STRATA_BENCH_SEED=N           generator seed (default 1)
set -euo pipefail

BUILD_DIR=${1:-build}
STRATA="$BUILD_DIR/app/cli/strata"
GENERATE="$BUILD_DIR/bench/strata-generate"
MEASURE="$BUILD_DIR/bench/strata-measure"
for tool in "$STRATA" "$GENERATE" "$MEASURE"; do
    if [[ ! -x "$tool" ]]; then
        echo "bench: $tool is missing: build first (make bench does)" >&2
        exit 2
    fi
done

SIZES=${STRATA_BENCH_SIZES:-"100 300 1000 3000 10000"}
SEED=${STRATA_BENCH_SEED:-1}
TABLES_PER_PACKAGE=10
COLUMNS_PER_TABLE=10
MIGRATIONS_PER_PACKAGE=10
# The headline case and its targets: 1,000 packages, 10,000 tables, 100,000 columns, 10,000 files.
HEADLINE_TABLES=10000
TARGET_MS=1000
TARGET_MB=300

WORK=$(mktemp -d "${TMPDIR:-/tmp}/strata-bench.XXXXXX")
if [[ "${STRATA_BENCH_KEEP:-0}" == 1 ]]; then
    echo "bench: projects kept in $WORK" >&2
else
    trap 'rm -rf "$WORK"' EXIT
fi

# Reads `strata validate --format json` output on stdin; prints "ERRORS WARNINGS", then the first
# errors, one per line. Fails when the output is not the expected JSON.
summarise() {
    python3 -c '
import json, sys
report = json.load(sys.stdin)
errors = [d for d in report["diagnostics"] if d["severity"] == "error"]
print(report["errors"], report["warnings"])
for d in errors[:5]:
    print("  %s:%s: [%s] %s" % (d["file"], d["line"], d["code"], d["message"]))
'
}

cpu=$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)
echo "## strata validate, $(nproc) cores, ${cpu:-unknown CPU}"
echo
echo "Median of 5 runs (3 for the largest), after one unmeasured run; peak RSS is the largest of the runs."
echo
echo "Load average before: $(cut -d' ' -f1-3 /proc/loadavg) (wall time counts other processes too; CPU time does not)."
echo
echo "| Packages | Tables | Columns | Migration files | Median wall (ms) | Min–max wall (ms) | Median CPU (ms) | Peak RSS (MB) | Findings |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---|"

status=0
headline=""
largest=$(echo "$SIZES" | tr ' ' '\n' | sort -n | tail -1)
for tables in $SIZES; do
    packages=$(( (tables + TABLES_PER_PACKAGE - 1) / TABLES_PER_PACKAGE ))
    project="$WORK/p$tables"
    "$GENERATE" --packages "$packages" --tables-per-package "$TABLES_PER_PACKAGE" \
        --columns-per-table "$COLUMNS_PER_TABLE" --migrations-per-package "$MIGRATIONS_PER_PACKAGE" \
        --seed "$SEED" "$project"
    columns=$((packages * TABLES_PER_PACKAGE * COLUMNS_PER_TABLE))
    files=$(find "$project/packages" -name '*.sql' | wc -l)

    # The unmeasured run: warms the cache and checks the result.
    set +e
    "$STRATA" validate -C "$project" --format json > "$WORK/out.json" 2> "$WORK/err.txt"
    code=$?
    set -e
    if [[ $code -gt 1 ]]; then
        echo "bench: strata validate exited with $code on $project:" >&2
        head -20 "$WORK/err.txt" >&2
        status=1
        continue
    fi
    if ! summary=$(summarise < "$WORK/out.json" 2> "$WORK/parse.txt"); then
        echo "bench: the output of strata validate is not the expected JSON ($project):" >&2
        head -c 2000 "$WORK/out.json" >&2
        cat "$WORK/parse.txt" >&2
        status=1
        continue
    fi
    read -r errors warnings <<< "$(head -1 <<< "$summary")"
    if [[ $errors -gt 0 ]]; then
        echo "bench: the generated project of $tables tables has $errors errors (first ones below)." >&2
        tail -n +2 <<< "$summary" >&2
        status=1
    fi

    runs=5
    [[ $tables == "$largest" ]] && runs=3
    result=$("$MEASURE" --runs "$runs" --warmup 0 -- "$STRATA" validate -C "$project" --format json)
    median=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$result")
    min=$(sed -E 's/.*min_ms=([0-9.]+).*/\1/' <<< "$result")
    max=$(sed -E 's/.*max_ms=([0-9.]+).*/\1/' <<< "$result")
    cpu_ms=$(sed -E 's/.*median_cpu_ms=([0-9.]+).*/\1/' <<< "$result")
    rss=$(sed -E 's/.*max_rss_mb=([0-9.]+).*/\1/' <<< "$result")
    findings="$errors errors, $warnings warnings"
    printf '| %s | %s | %s | %s | %s | %s–%s | %s | %s | %s |\n' \
        "$packages" "$tables" "$columns" "$files" "$median" "$min" "$max" "$cpu_ms" "$rss" "$findings"
    if [[ $tables == "$HEADLINE_TABLES" ]]; then
        headline="$median $rss $cpu_ms"
    fi
    [[ "${STRATA_BENCH_KEEP:-0}" == 1 ]] || rm -rf "$project"
done

if [[ -n "$headline" ]]; then
    read -r ms mb cpu_ms <<< "$headline"
    verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v < t) ? "met" : "MISSED" }'; }
    echo
    echo "Headline (1,000 packages, 10,000 tables, 100,000 columns, 10,000 migration files):" \
        "${ms} ms wall (target < ${TARGET_MS} ms: $(verdict "$ms" "$TARGET_MS")), ${cpu_ms} ms CPU," \
        "${mb} MB (target < ${TARGET_MB} MB: $(verdict "$mb" "$TARGET_MB"))."
fi
exit $status
