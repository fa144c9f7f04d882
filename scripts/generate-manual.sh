#!/usr/bin/env bash
# Writes the man page dpia.1 from the command tree with swift-argument-parser's GenerateManual
# plugin, into FOLDER (default docs/man). The date is fixed so the page changes only with the
# commands: bump MANUAL_DATE when a release changes them. CI regenerates it into a temporary
# folder and fails when docs/man/dpia.1 differs (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
folder=${1:-docs/man}
MANUAL_DATE=2026-12-01
log=$(mktemp)
if ! swift package generate-manual --configuration debug --date "$MANUAL_DATE" >"$log" 2>&1; then
    cat "$log" >&2
    exit 1
fi
rm -f "$log"
mkdir -p "$folder"
# An empty line is not valid mdoc (man warns about each one): make it a paragraph break.
sed 's/^$/.Pp/' .build/plugins/GenerateManual/outputs/dpia/dpia.1 >"$folder/dpia.1"
echo "wrote $folder/dpia.1"
