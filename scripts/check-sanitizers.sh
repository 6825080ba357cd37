#!/usr/bin/env bash
# `make check-sanitizers`: the whole test suite (the PostgreSQL fixture included) built with gcc's
# AddressSanitizer and UndefinedBehaviorSanitizer, Debug (so Qt's and Strata's Q_ASSERTs are on too),
# in a build folder of its own.
#
#   scripts/check-sanitizers.sh [BUILD_DIR]     (JOBS=N for the parallelism, default nproc)
#
# Every finding is fatal to the process that makes it: ASan stops at the first error (its default),
# UBSan too (-fno-sanitize-recover), LeakSanitizer at exit. Reports also go to files under
# BUILD_DIR/sanitizer-reports, so that a finding in a child process (the `strata` program that the
# CLI tests run) fails the check even where its test only looked at the output; the script exits
# non-zero when ctest fails or when any report was written, and prints the reports.
# tests/sanitizers/ holds the suppressions: third-party code only, each entry with its reason.
set -euo pipefail

source_dir=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-build-sanitizers}
jobs=${JOBS:-$(nproc)}
suppressions=$source_dir/tests/sanitizers

flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
# CMake passes CMAKE_CXX_FLAGS to the link step too, so every program gets the runtimes.
cmake -S "$source_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="$flags" \
    -DSTRATA_BENCHMARKS=OFF
cmake --build "$build_dir" -j "$jobs"

build_dir=$(cd "$build_dir" && pwd)
reports=$build_dir/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"
# log_path: one file per process that reports (report.<pid>); stderr keeps the usual summary line.
export ASAN_OPTIONS="suppressions=$suppressions/asan.supp:log_path=$reports/report:detect_leaks=1:check_initialization_order=1:strict_init_order=1"
export LSAN_OPTIONS="suppressions=$suppressions/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="suppressions=$suppressions/ubsan.supp:log_path=$reports/report:print_stacktrace=1:halt_on_error=1"

# The soaks' 5,000 file events take ten times as long under the sanitizers (each period runs `strata
# validate`, an instrumented process); 1,000 go through every kind of event and keep the run short.
# `make test` runs the full 5,000.
export STRATA_SOAK_EVENTS=${STRATA_SOAK_EVENTS:-1000}

status=0
(cd "$build_dir" && ctest --output-on-failure -j "$jobs" --timeout 900) || status=$?

if compgen -G "$reports/report.*" > /dev/null; then
    echo "Sanitizer findings (reports in $reports):" >&2
    for report in "$reports"/report.*; do
        echo "==== $report" >&2
        cat "$report" >&2
    done
    status=1
fi
exit $status
