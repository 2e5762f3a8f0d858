#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and AddressSanitizer and runs each for SECONDS
# (default 60) on a corpus seeded from the tests and the sessions/ files. The corpus grows in
# .build-fuzz/corpus between runs; a crash leaves its input in .build-fuzz/artifacts and fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
swift build -c release --package-path Fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol" | tail -1
corpus=.build-fuzz/corpus
artifacts=.build-fuzz/artifacts
mkdir -p "$artifacts"
python3 Fuzz/seed_corpus.py "$corpus"
status=0
for target in FuzzCommands FuzzDates FuzzSessionFile FuzzMSPDI; do
  log=.build-fuzz/$target.log
  if ASAN_OPTIONS=detect_leaks=0 .build-fuzz/release/$target -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts/$target-" "$corpus/$target" >"$log" 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$')
    echo "$target: $runs inputs in ${seconds}s, no crash ($(ls "$corpus/$target" | wc -l) in corpus)"
  else
    status=1
    echo "$target: FAILED; the input is in $artifacts, the log in $log:"
    grep -E "Fatal error|ERROR|SUMMARY|Test unit written" "$log" | head -5
  fi
done
exit $status
