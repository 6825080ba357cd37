#!/usr/bin/env bash
# Rewrites translations/*.ts from the sources: run it after adding or changing user-visible strings,
# then translate what it marks unfinished (Qt Linguist, or by hand). tests/ui/tst_translations fails
# while a German message is missing. The build compiles the .ts files (lrelease) by itself.
#
# strata_de.ts holds every message of core/ (diagnostics, run reports), ui/ + app/gui/, app/cli/ (the
# command line, which loads the same catalogues) and testing/ (Strata::Testing's messages).
# strata_en.ts holds only the plural forms ("1 package" / "2 packages"): English is the source.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
SOURCES=(core ui app/gui app/cli testing)
# Strata's library headers are included as <strata/...> (the build makes those names with forwarding
# headers): lupdate follows the includes to find the classes that messages belong to, so it is given
# the same names, here as links to core/'s and testing/'s headers.
INCLUDE=$(mktemp -d)
trap 'rm -rf "$INCLUDE"' EXIT
for folder in core/*/; do
    mkdir -p "$INCLUDE/strata/$(basename "$folder")"
    ln -s "$PWD/$folder"*.h "$INCLUDE/strata/$(basename "$folder")/"
done
mkdir -p "$INCLUDE/strata/testing"
ln -s "$PWD"/testing/*.h "$INCLUDE/strata/testing/"
"$LUPDATE" -I "$INCLUDE" -locations relative -no-obsolete -extensions cpp,h "${SOURCES[@]}" -ts translations/strata_de.ts
"$LUPDATE" -I "$INCLUDE" -locations relative -no-obsolete -pluralonly -extensions cpp,h "${SOURCES[@]}" -ts translations/strata_en.ts
# English plural forms follow from the "(s)" of the source ("%n table(s)" -> "%n table" / "%n tables").
python3 scripts/english-plurals.py translations/strata_en.ts
