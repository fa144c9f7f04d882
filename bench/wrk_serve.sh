#!/usr/bin/env bash
# Loopback load test of `dpia serve` with wrk: 50 connections on one question page for 10 s, the
# release build, 127.0.0.1 only. Usage: bench/wrk_serve.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-10}
dir=$(mktemp -d)
cp questionnaires/cases/se-lawful-mugshot-comparison.yaml "$dir/case.yaml"
.build/release/dpia serve "$dir" --port 0 >"$dir/out" 2>/dev/null &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 1 50); do [ -s "$dir/out" ] && break; sleep 0.1; done
url=$(head -n 1 "$dir/out")
port=$(echo "$url" | sed -E 's|^http://127\.0\.0\.1:([0-9]+)/.*|\1|')
token=${url##*token=}
timeout $((seconds + 20)) wrk -t1 -c50 -d"${seconds}s" --latency -H "Cookie: dpia_session=$token" \
    "http://127.0.0.1:$port/a/case.yaml/q/biometrics.human_verification"
