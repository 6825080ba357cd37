#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang 16 in their own folder and runs each one for
# FUZZ_SECONDS (see docs/fuzzing.md). Usage: scripts/fuzz.sh [BUILD_DIR] [TARGET...]
#   FUZZ_SECONDS  seconds per target (default 60)
#   FUZZ_JOBS     build jobs (default: nproc)
# Each target starts from its committed corpus (tests/fuzz/corpus/<target>) and keeps what it finds in
# BUILD_DIR/corpus/<target>, so the committed corpus changes only when someone copies inputs back.
# A crash, sanitizer finding, timeout (10 s) or memory blow-up (2 GB) stops that target, leaves the
# input in BUILD_DIR/artifacts/<target>/, and makes this script fail after the others have run.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD_DIR=${1:-build-fuzz}
shift || true
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_JOBS=${FUZZ_JOBS:-$(nproc)}
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
  TARGETS=(json package project_config migration_file sqlite_splitter postgres_splitter semver pg_interpreter)
fi

bash scripts/install-deps.sh fuzz
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  # -O1 and line tables only, as OSS-Fuzz builds: compiles in much less time than -O2 -g, and stack
  # traces still name file and line.
  CXX=clang++-16 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" -DSTRATA_FUZZ=ON
fi
cmake --build "$BUILD_DIR" -j "$FUZZ_JOBS" --target $(printf 'fuzz_%s ' "${TARGETS[@]}")

# Halt on the first UBSan finding (libFuzzer then saves the input); leaks are findings too.
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LC_ALL=C.UTF-8
# clang 16's runtime looks for llvm-symbolizer-16 on PATH; llvm-16 installs it only below its own folder.
if [ -z "${ASAN_SYMBOLIZER_PATH:-}" ] && [ -x /usr/lib/llvm-16/bin/llvm-symbolizer ]; then
  export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-16/bin/llvm-symbolizer
fi

failed=()
for target in "${TARGETS[@]}"; do
  corpus="$BUILD_DIR/corpus/$target"
  artifacts="$BUILD_DIR/artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  dict=()
  if [ -f "tests/fuzz/dictionaries/$target.dict" ]; then
    dict=(-dict="tests/fuzz/dictionaries/$target.dict")
  fi
  echo "== fuzz_$target: $FUZZ_SECONDS s"
  if ! "$BUILD_DIR/tests/fuzz/fuzz_$target" "$corpus" "tests/fuzz/corpus/$target" "${dict[@]}" \
      -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
      -artifact_prefix="$artifacts/" > "$BUILD_DIR/fuzz_$target.log" 2>&1; then
    failed+=("$target")
    tail -n 60 "$BUILD_DIR/fuzz_$target.log"
    echo "== fuzz_$target FAILED: input in $artifacts/ (log $BUILD_DIR/fuzz_$target.log)"
  else
    grep -E '^stat::(number_of_executed_units|new_units_added)' "$BUILD_DIR/fuzz_$target.log" || true
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "Fuzzing found problems in: ${failed[*]}"
  echo "Minimise each input (fuzz_TARGET -minimize_crash=1 -runs=10000 INPUT), add it to"
  echo "tests/fuzz/regressions/TARGET/ and fix the cause (docs/fuzzing.md)."
  exit 1
fi
echo "Fuzzing found nothing in ${#TARGETS[@]} targets, $FUZZ_SECONDS s each."
