# The two commands of README.md: `make run` and `make test`. Each installs what is missing,
# configures and builds first, so a fresh Debian 12 machine needs nothing else.

BUILD_DIR ?= build
SANITIZERS_BUILD_DIR ?= build-sanitizers
BUILD_TYPE ?= RelWithDebInfo
JOBS ?= $(shell nproc)
PROJECT ?= examples

.PHONY: all deps configure build run test check-sanitizers bench screenshots clean fuzz fuzz-smoke

all: build

deps:
	@bash scripts/install-deps.sh

# ccache, when the machine has it, makes a second build folder (a helper's, a worktree's) cheap.
CCACHE_LAUNCHER := $(if $(shell command -v ccache),-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CCACHE_LAUNCHER)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/gui/strata-workbench $(PROJECT)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS) --timeout 900

# The whole suite again under AddressSanitizer and UBSan (gcc, Debug), in a build folder of its own;
# fails on any finding (scripts/check-sanitizers.sh, suppressions in tests/sanitizers/).
check-sanitizers: deps
	JOBS=$(JOBS) bash scripts/check-sanitizers.sh $(SANITIZERS_BUILD_DIR)

bench: build
	bash bench/run.sh $(BUILD_DIR)

screenshots: build
	bash scripts/screenshots.sh $(BUILD_DIR)

# Fuzzing (docs/fuzzing.md): clang 16 + libFuzzer in build-fuzz, FUZZ_SECONDS per target.
# fuzz-smoke is CI's short run: 10 s per target, about 4.5 minutes from scratch with the clang build.
FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_JOBS=$(JOBS) bash scripts/fuzz.sh build-fuzz

fuzz-smoke:
	FUZZ_SECONDS=10 FUZZ_JOBS=$(JOBS) bash scripts/fuzz.sh build-fuzz

clean:
	rm -rf $(BUILD_DIR)
