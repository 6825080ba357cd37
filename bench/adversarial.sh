#!/usr/bin/env bash
# Adversarial inputs: `bash bench/adversarial.sh BUILD_DIR` (build first; a Release build for figures).
#
# Writes each project of bench/AdversarialProjects.h (about 1 MB of input each, made to hit code
# that once did work per item growing with the items before it) into a temporary folder with
# strata-adversarial, then measures `strata validate -C PROJECT --format json` with strata-measure:
# median wall time and CPU time of 3 runs. Prints a Markdown table; exits 1 when a project takes
# 0.5 s or more (median wall time), or when validate fails other than by reporting findings.
#
# Environment:
#   STRATA_ADVERSARIAL_SCALE=F   multiplies every count (default 1)
#   STRATA_ADVERSARIAL_RUNS=N    measured runs per project (default 3)
#   STRATA_BENCH_KEEP=1          keep the projects (their folder is printed)
set -euo pipefail

BUILD_DIR=${1:-build}
STRATA="$BUILD_DIR/app/cli/strata"
GENERATE="$BUILD_DIR/bench/strata-adversarial"
MEASURE="$BUILD_DIR/bench/strata-measure"
for tool in "$STRATA" "$GENERATE" "$MEASURE"; do
    if [[ ! -x "$tool" ]]; then
        echo "adversarial: $tool is missing: build first" >&2
        exit 2
    fi
done
SCALE=${STRATA_ADVERSARIAL_SCALE:-1}
RUNS=${STRATA_ADVERSARIAL_RUNS:-3}
LIMIT_MS=500

WORK=$(mktemp -d "${TMPDIR:-/tmp}/strata-adversarial.XXXXXX")
if [[ "${STRATA_BENCH_KEEP:-0}" == 1 ]]; then
    echo "adversarial: projects kept in $WORK" >&2
else
    trap 'rm -rf "$WORK"' EXIT
fi

"$GENERATE" --scale "$SCALE" "$WORK/projects" > "$WORK/list.tsv"

echo "| Project | Shape | n | Input | Findings | Median wall | CPU | Peak memory | < 0.5 s |"
echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
status=0
while IFS=$'\t' read -r name bytes count shape; do
    project="$WORK/projects/$name"
    # One unmeasured run: warms the file cache and checks that validate reports (exit 0 or 1).
    set +e
    "$STRATA" validate -C "$project" --format json > "$WORK/out.json" 2> "$WORK/err.txt"
    code=$?
    set -e
    if [[ $code -gt 1 ]]; then
        echo "adversarial: strata validate exited with $code on $name:" >&2
        head -20 "$WORK/err.txt" >&2
        status=1
        continue
    fi
    findings=$(python3 -c 'import json,sys; r=json.load(sys.stdin); print(len(r["diagnostics"]))' < "$WORK/out.json")
    result=$("$MEASURE" --runs "$RUNS" --warmup 0 -- "$STRATA" validate -C "$project" --format json)
    median=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$result")
    cpu=$(sed -E 's/.*median_cpu_ms=([0-9.]+).*/\1/' <<< "$result")
    rss=$(sed -E 's/.*max_rss_mb=([0-9.]+).*/\1/' <<< "$result")
    verdict=$(awk -v v="$median" -v t="$LIMIT_MS" 'BEGIN { print (v < t) ? "yes" : "NO" }')
    [[ $verdict == yes ]] || status=1
    kb=$(awk -v b="$bytes" 'BEGIN { printf "%.0f KB", b / 1024 }')
    printf '| %s | %s | %s | %s | %s | %s ms | %s ms | %s MB | %s |\n' \
        "$name" "$shape" "$count" "$kb" "$findings" "$median" "$cpu" "$rss" "$verdict"
done < "$WORK/list.tsv"
echo
echo "Load average when done: $(cut -d' ' -f1-3 /proc/loadavg)"
exit $status
