#!/usr/bin/env bash
# Benchmark of the schedule simulation (prints numbers; never pass/fail):
# task-samples per second on random 200- and 1,000-task plans, natively and as
# WebAssembly under node, each next to a bare sampling loop, then the
# wasm/native ratios. Builds only the bench_sim targets (configuring the build
# directories the way tools/test.sh and tools/build_web.sh do when missing).
# Usage: tools/bench_sim.sh [scale=1]   (scale multiplies the trial counts)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source emsdk.env
scale="${1:-1}"

build_type() { grep -m1 '^CMAKE_BUILD_TYPE' "$1/CMakeCache.txt" | cut -d= -f2; }

[ -f build/native/build.ninja ] ||
  cmake -S . -B build/native -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# (Quiet unless a build fails: then its output, and the script stops.)
build() { local log; log="$(cmake --build "$1" --target bench_sim 2>&1)" || { echo "$log" >&2; exit 1; }; }
build build/native
command -v em++ >/dev/null || { echo "bench_sim: em++ not found; run tools/setup.sh" >&2; exit 1; }
[ -f build/wasm/build.ninja ] ||
  emcmake cmake -S . -B build/wasm -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
build build/wasm

echo "== native ($(build_type build/native)) =="
native="$(build/native/bench_sim "$scale")"
echo "$native" | grep -v '^RESULT'
echo
echo "== wasm (node $(node --version), $(build_type build/wasm)) =="
wasm="$(node --no-experimental-fetch build/wasm/bench_sim.js "$scale")"
echo "$wasm" | grep -v '^RESULT'
echo
echo "== wasm / native =="
# RESULT lines: tasks=N trial_loop=R end_to_end=R bare=R (task-samples per second).
paste <(echo "$native" | grep '^RESULT') <(echo "$wasm" | grep '^RESULT') | awk '{
  for (i = 2; i <= NF; ++i) { split($i, kv, "="); if (i <= 5) n[kv[1]] = kv[2]; else w[kv[1]] = kv[2] }
  printf "%5d tasks: trial loop %.2f, end to end %.2f, bare loop %.2f\n", n["tasks"],
         w["trial_loop"] / n["trial_loop"], w["end_to_end"] / n["end_to_end"], w["bare"] / n["bare"]
}'
