#!/usr/bin/env bash
# Benchmark of the org-chart layout (prints numbers; never pass/fail): best of
# several runs in ms for random org-like trees of 1,000 / 10,000 / 100,000
# nodes, top-down, compact and left-to-right, natively. Builds only the
# bench_org target (configuring build/native the way tools/test.sh does when
# missing). Target: 10,000 nodes under 10 ms.
# Usage: tools/bench_org.sh [scale=1]   (scale multiplies the number of runs)
#        MLT_BUILD_DIR=build/x tools/bench_org.sh   (another build directory)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
scale="${1:-1}"
dir="${MLT_BUILD_DIR:-build/native}"

build_type() { grep -m1 '^CMAKE_BUILD_TYPE' "$1/CMakeCache.txt" | cut -d= -f2; }

[ -f "$dir/build.ninja" ] ||
  cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$dir" --target bench_org >/dev/null

echo "== native ($(build_type "$dir")) =="
"$dir/bench_org" "$scale" | grep -v '^RESULT'
