#!/usr/bin/env bash
# Benchmark of storage (prints numbers; never pass/fail): for a generated
# workspace of 10,000 people with reporting lines and a 1,000-task plan, the
# document's size, WorkspaceToText, ParseWorkspace, and a WorkspaceStore save
# and reopen on a MemoryStorage (median of several runs, ms), natively and,
# when the wasm build directory exists, as WebAssembly under node, then the
# wasm/native ratios. Builds only the bench_store targets.
# Usage: tools/bench_store.sh [people=10000] [tasks=1000] [runs=7]
#        MLT_BUILD_DIR=build/x MLT_WASM_BUILD_DIR=build/y tools/bench_store.sh
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
source emsdk.env
args=("${1:-10000}" "${2:-1000}" "${3:-7}")
dir="${MLT_BUILD_DIR:-build/native}"
wasm_dir="${MLT_WASM_BUILD_DIR:-build/wasm}"

build_type() { grep -m1 '^CMAKE_BUILD_TYPE' "$1/CMakeCache.txt" | cut -d= -f2; }

[ -f "$dir/build.ninja" ] ||
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$dir" --target bench_store >/dev/null

echo "== native ($(build_type "$dir")) =="
native="$("$dir/bench_store" "${args[@]}")"
echo "$native" | grep -v '^RESULT'

if [ ! -f "$wasm_dir/build.ninja" ]; then
  echo
  echo "(no wasm build in $wasm_dir: run tools/build_web.sh, or set MLT_WASM_BUILD_DIR, for the wasm numbers)"
  exit 0
fi
command -v em++ >/dev/null || { echo "bench_store: em++ not found; run tools/setup.sh" >&2; exit 1; }
cmake --build "$wasm_dir" --target bench_store >/dev/null
echo
echo "== wasm (node $(node --version), $(build_type "$wasm_dir")) =="
wasm="$(node --no-experimental-fetch "$wasm_dir/bench_store.js" "${args[@]}")"
echo "$wasm" | grep -v '^RESULT'
echo
echo "== wasm / native (time ratios) =="
# RESULT people=N tasks=N bytes=N to_text=MS parse=MS save=MS reopen=MS
paste <(echo "$native" | grep '^RESULT') <(echo "$wasm" | grep '^RESULT') | awk '{
  for (i = 2; i <= NF; ++i) { split($i, kv, "="); if (i <= 8) n[kv[1]] = kv[2]; else w[kv[1]] = kv[2] }
  printf "to text %.2f, parse %.2f, save %.2f, reopen %.2f\n", w["to_text"] / n["to_text"],
         w["parse"] / n["parse"], w["save"] / n["save"], w["reopen"] / n["reopen"]
}'
