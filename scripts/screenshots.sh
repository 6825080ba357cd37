#!/usr/bin/env bash
# Renders the workbench's main views into docs/screenshots/*.png (`make screenshots`).
# Usage: scripts/screenshots.sh BUILD_DIR
# The project shown is a copy of examples/ with two problems added (an unknown reference table and
# an unknown key), so that the problems list and the state icons have something to show.
set -euo pipefail

BUILD_DIR=${1:?usage: scripts/screenshots.sh BUILD_DIR}
SOURCE_DIR=$(cd "$(dirname "$0")/.." && pwd)
OUT="$SOURCE_DIR/docs/screenshots"
TOOL="$BUILD_DIR/app/gui/strata-workbench-screenshots"

cmake --build "$BUILD_DIR" --target strata-workbench-screenshots >/dev/null

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/runtime" "$WORK/config" "$OUT"
chmod 700 "$WORK/runtime"
cp -r "$SOURCE_DIR/examples" "$WORK/examples"
rm -rf "$WORK/examples/.strata"
# A reference to a table that does not exist, and a misspelt key.
sed -i '0,/"references": { "table": "users", "onDelete": "set null" }, "comment": "The account owner/s//"references": { "table": "user", "onDelete": "set null" }, "comment": "The account owner/' \
    "$WORK/examples/packages/crm/database.json"
sed -i '0,/{ "name": "industry", "type": "varchar(80)" }/s//{ "name": "industry", "type": "varchar(80)", "nullable": true }/' \
    "$WORK/examples/packages/crm/database.json"

# Schema changes without a migration, for "Generate Migration..." and the drift: a column added
# to projects (written as it is) and one dropped from billing's plans (refused until allowed).
sed -i '0,/{ "name": "due_on", "type": "date" },/s//{ "name": "due_on", "type": "date" },\n        { "name": "budget", "type": "numeric(12,2)", "comment": "Agreed with the client." },/' \
    "$WORK/examples/packages/projects/database.json"
sed -i '/{ "name": "seat_limit", "type": "integer", "comment": "Empty for unlimited seats." },/d' \
    "$WORK/examples/packages/billing/database.json"

export XDG_RUNTIME_DIR="$WORK/runtime" XDG_CONFIG_HOME="$WORK/config"
run() {
    if command -v xvfb-run >/dev/null; then
        xvfb-run -a -s "-screen 0 1440x900x24 -nolisten tcp" "$@"
    else
        QT_QPA_PLATFORM=offscreen "$@"
    fi
}
# English and light (with the welcome page), dark, and German.
unset LC_ALL LC_MESSAGES LANGUAGE
run env LANG=C.UTF-8 STRATA_THEME=light "$TOOL" "$WORK/examples" "$OUT"
run env LANG=C.UTF-8 STRATA_THEME=dark "$TOOL" "$WORK/examples" "$OUT" -dark
run env LANG=de_DE.UTF-8 STRATA_THEME=light "$TOOL" "$WORK/examples" "$OUT" -de
ls -1 "$OUT"/*.png
