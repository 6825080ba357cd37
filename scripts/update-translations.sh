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
"$LUPDATE" -locations relative -no-obsolete -extensions cpp,h "${SOURCES[@]}" -ts translations/strata_de.ts
"$LUPDATE" -locations relative -no-obsolete -pluralonly -extensions cpp,h "${SOURCES[@]}" -ts translations/strata_en.ts
# English plural forms follow from the "(s)" of the source ("%n table(s)" -> "%n table" / "%n tables").
python3 scripts/english-plurals.py translations/strata_en.ts
