#!/usr/bin/env bash
# Installs the Debian 12 packages Strata needs to build, test and run, skipping those already present.
set -euo pipefail

PACKAGES=(
  cmake ninja-build g++ pkg-config make
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6sql6-sqlite libqt6sql6-psql libqscintilla2-qt6-dev qt6-translations-l10n
  libgraphviz-dev libpg-query-dev libsqlite3-dev postgresql
  xvfb xauth x11-apps imagemagick fonts-dejavu-core
  chromium
)
# The documentation's browser and Mermaid checks (tests/web) run on Node.js; Debian's when the
# machine has none of its own.
if ! command -v npm >/dev/null 2>&1; then
  PACKAGES+=(nodejs npm)
fi
# `install-deps.sh fuzz` (make fuzz) adds clang 16 and its runtime libraries, libFuzzer among them
# (libclang_rt.fuzzer is in libclang-rt-16-dev, only a recommendation of clang-16), and llvm-16 for
# llvm-symbolizer (stack traces with file and line). clang 14 cannot compile libstdc++ 12's
# std::source_location.
if [ "${1:-}" = fuzz ]; then
  PACKAGES+=(clang-16 libclang-rt-16-dev llvm-16)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
  fi
  echo "Installing missing packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# tests/web's npm packages (playwright-core, mermaid-cli), exactly as package-lock.json says, again
# only when the lock changed. They drive Debian's /usr/bin/chromium: no browser is downloaded.
web="$(cd "$(dirname "$0")/../tests/web" && pwd)"
if [ "${1:-}" != fuzz ] && ! cmp -s "$web/package-lock.json" "$web/node_modules/.strata-installed-lock.json"; then
  echo "Installing the npm packages of tests/web"
  (cd "$web" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error \
     && cp package-lock.json node_modules/.strata-installed-lock.json)
fi
