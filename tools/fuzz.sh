#!/usr/bin/env bash
# Coverage-guided fuzzing of the core's parsers with libFuzzer + ASan + UBSan
# (clang). Configures build/fuzz with -DMLT_FUZZ=ON, builds the targets, and
# runs each for the given time on its corpus, one after the other.
# Usage: tools/fuzz.sh [seconds=60] [target...]
#   targets: fuzz_workspace fuzz_csv fuzz_plan fuzz_share (default: all four)
# The committed seed corpus (tests/fuzz/corpus/<target>) is copied into
# build/fuzz/corpus/<target>, where the inputs the fuzzer finds accumulate
# over runs (rm -rf build/fuzz/corpus to start again from the seeds); the repo
# is never written to. A crash is saved under build/fuzz/crashes/<target>/
# and the script prints how to reproduce and minimise it; it exits non-zero
# when any target crashed. MLT_FUZZ_ARGS adds libFuzzer flags (e.g. -jobs=2).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cd "$here"
all=(fuzz_workspace fuzz_csv fuzz_plan fuzz_share)
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: tools/fuzz.sh [seconds=60] [target...]" >&2; exit 2; }
for t in "${targets[@]}"; do
  [ -d "tests/fuzz/corpus/$t" ] || { echo "fuzz: unknown target $t (one of ${all[*]})" >&2; exit 2; }
done
command -v clang++ >/dev/null || { echo "fuzz: clang++ not found; run tools/setup.sh" >&2; exit 1; }

out="$here/build/fuzz"
if [ ! -f "$out/build.ninja" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMLT_FUZZ=ON >/dev/null
fi
cmake --build "$out" -j2 --target "${targets[@]}"

# Inputs up to this size: the seed workspaces are a few KB; plans and CSVs smaller.
max_len() { case "$1" in fuzz_workspace) echo 16384 ;; *) echo 8192 ;; esac; }

status=0
summary=()
for t in "${targets[@]}"; do
  corpus="$out/corpus/$t"
  crashes="$out/crashes/$t"
  log="$out/$t.log"
  mkdir -p "$corpus" "$crashes"
  cp -n "tests/fuzz/corpus/$t"/* "$corpus/" 2>/dev/null || true
  printf '\n\033[1m== %s: %ss ==\033[0m\n' "$t" "$seconds"
  dict=()
  [ -f "tests/fuzz/$t.dict" ] && dict=(-dict="tests/fuzz/$t.dict")
  rc=0
  start=$(date +%s)
  # shellcheck disable=SC2086
  "$out/$t" "$corpus" "${dict[@]}" -max_total_time="$seconds" -max_len="$(max_len "$t")" \
      -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$crashes/" \
      ${MLT_FUZZ_ARGS:-} >"$log" 2>&1 || rc=$?
  # (greps that find nothing, e.g. after a crash, must not end the script)
  runs=$( (grep -Eo 'stat::number_of_executed_units: [0-9]+' "$log" || true) | awk '{s += $2} END {print s + 0}')
  secs=$( (grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$log" || true) | awk '{print $5}' | tail -1)
  [ -n "$secs" ] || secs=$(( $(date +%s) - start ))  # it stopped early
  cov=$( (grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" || true) | tail -1)
  files=$(find "$corpus" -type f | wc -l)
  rate=$(awk -v r="$runs" -v s="$secs" 'BEGIN { printf "%d", (s > 0 ? r / s : r) }')
  if [ "$rc" = 0 ]; then
    result="clean"
  else
    status=1
    artifact=$( (grep -Eo "Test unit written to [^ ]+" "$log" || true) | tail -1 | awk '{print $5}')
    result="FAILED (exit $rc; see $log)"
    grep -E '^(==[0-9]+==ERROR|SUMMARY|fuzz_[a-z]+:)|runtime error' "$log" | head -5 || true
    if [ -n "$artifact" ]; then
      echo "input: $artifact"
      echo "reproduce: $out/$t $artifact"
      echo "minimise:  $out/$t -minimize_crash=1 -max_total_time=60 -exact_artifact_path=$artifact.min $artifact"
    fi
  fi
  line=$(printf '%-15s %6ss %10s execs %8s/s  %-22s corpus %5s  %s' "$t" "$secs" "$runs" "$rate" "$cov" "$files" "$result")
  echo "$line"
  summary+=("$line")
done
echo
printf '%s\n' "${summary[@]}"
exit $status
