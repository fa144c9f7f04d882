#!/usr/bin/env bash
# Regenerates the golden reports: reports/<case>.md from questionnaires/cases/<case>.yaml, and the
# checklists reports/checklist-<jurisdiction>.md.
#
# Run it after changing questionnaires, cases or the report renderer, then read
# `git diff reports/` before committing: every changed line is a change in what a data
# protection officer reads. GoldenReportTests fails until the reports match the tool's output.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

swift build
dpia=.build/debug/dpia

shopt -s nullglob
cases=(questionnaires/cases/*.yaml)
if ((${#cases[@]} == 0)); then
    echo "error: no cases in questionnaires/cases" >&2
    exit 1
fi

mkdir -p reports
for case_file in "${cases[@]}"; do
    name="$(basename "$case_file" .yaml)"
    status=0
    # Relative paths, run from the repository root: the report records the answers file's path.
    "$dpia" report "$case_file" -o "reports/$name.md" --force || status=$?
    # Exit 2 is a report written with the verdict DO NOT DEPLOY: a success here.
    if ((status != 0 && status != 2)); then
        echo "error: dpia report $case_file exited with status $status" >&2
        exit 1
    fi
done

# The reports in the languages of each case's jurisdiction, reports/<lang>/<case>.md: Belgian
# cases in Dutch and French, Swedish cases in Swedish (GoldenReportTests checks them too).
for case_file in "${cases[@]}"; do
    name="$(basename "$case_file" .yaml)"
    case "$name" in
    be-*) languages=(nl fr) ;;
    se-*) languages=(sv) ;;
    *) languages=(nl fr sv) ;;
    esac
    for language in "${languages[@]}"; do
        mkdir -p "reports/$language"
        status=0
        "$dpia" report "$case_file" --lang "$language" -o "reports/$language/$name.md" --force || status=$?
        if ((status != 0 && status != 2)); then
            echo "error: dpia report $case_file --lang $language exited with status $status" >&2
            exit 1
        fi
    done
done

# The layers' source notes, in full, in docs/legal-sources.md (LegalSourcesDocTests checks them).
python3 scripts/source-notes.py

# The printable checklists, one per jurisdiction (ChecklistGoldenTests checks them).
for jurisdiction in eu be se; do
    "$dpia" checklist --jurisdiction "$jurisdiction" -o "reports/checklist-$jurisdiction.md" --force
done
# And in the languages of each jurisdiction: reports/<lang>/checklist-<jurisdiction>.md.
for pair in nl/eu fr/eu sv/eu nl/be fr/be sv/se; do
    language="${pair%/*}"
    jurisdiction="${pair#*/}"
    "$dpia" checklist --jurisdiction "$jurisdiction" --lang "$language" \
        -o "reports/$language/checklist-$jurisdiction.md" --force
done

for report in reports/*.md; do
    name="$(basename "$report" .md)"
    [[ "$name" == checklist-* ]] && continue
    if [[ ! -f "questionnaires/cases/$name.yaml" ]]; then
        echo "warning: $report has no case questionnaires/cases/$name.yaml; remove it" >&2
    fi
done
