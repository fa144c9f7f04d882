#!/usr/bin/env bash
# Builds one libFuzzer target and runs it on its seed corpus.
# Usage: fuzz/run.sh FuzzQuestionnaire|FuzzLayer|FuzzCondition|FuzzAnswers [SECONDS]   (default 60)
# Crashes are written to fuzz/artifacts/ (kept out of git); turn each into a regression test.
set -euo pipefail
target=${1:?usage: fuzz/run.sh FuzzQuestionnaire|FuzzLayer|FuzzCondition|FuzzAnswers [SECONDS]}
seconds=${2:-60}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# 1. The library as the product builds it, with the questionnaires embedded by the normal plugin tool.
swift build --product QuestionnaireEmbedder >/dev/null
rm -rf fuzz/.generated && mkdir -p fuzz/.generated
cp -R Sources/DPIAKit fuzz/.generated/DPIAKit
cp -R Sources/BundledQuestionnaires fuzz/.generated/BundledQuestionnaires
mapfile -t files < <(find questionnaires -name '*.yaml' | sort)
SWIFT_DETERMINISTIC_HASHING=1 .build/debug/QuestionnaireEmbedder "$root/questionnaires" \
    "$root/fuzz/.generated/BundledQuestionnaires/EmbeddedQuestionnaires.swift" "${files[@]/#/$root/}"

# 2. The seed corpus: the bundled files, and every condition written in them.
corpus="fuzz/corpus/$target"
mkdir -p "$corpus" fuzz/artifacts
case "$target" in
    FuzzQuestionnaire | FuzzLayer) cp questionnaires/*.yaml "$corpus/" ;;
    FuzzAnswers) cp questionnaires/cases/*.yaml "$corpus/" ;;
    FuzzCondition)
        grep -h '^ *when: ' questionnaires/*.yaml | sed 's/^ *when: //; s/^"//; s/"$//' \
            | grep -v '^>-$' | sort -u | while IFS= read -r line; do
                printf '%s' "$line" > "$corpus/$(printf '%s' "$line" | cksum | cut -d' ' -f1)"
            done ;;
    *) echo "unknown target $target" >&2; exit 64 ;;
esac

# 3. Build with coverage and libFuzzer, then run. Without SWIFT_BACKTRACE=enable=no Swift's own
# backtracer takes the crash and libFuzzer writes no artifact (toolchain-notes §5).
swift build -c release --sanitize=fuzzer --package-path fuzz --product "$target" \
    --scratch-path "$root/.build-fuzz"
SWIFT_BACKTRACE=enable=no "$root/.build-fuzz/release/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -artifact_prefix="$root/fuzz/artifacts/" "$corpus"
