#!/usr/bin/env bash
# Runs a libFuzzer target for a fixed number of inputs (deterministic seed) over a corpus seeded from the samples
# and fuzz/seeds/. Usage: run_fuzzer.sh TARGET SOURCE_DIR RUNS [extra libFuzzer flags, e.g. -max_total_time=600]
# On a failure it prints the fault's summary and the crashing input's frames of citykg's own code last, so a log cut
# in the middle (CI keeps its head and tail) still says where the fault was; the input is kept as crash-<hash>.
set -eu
target=$1 src=$2 runs=$3
shift 3
corpus=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$corpus" "$log"' EXIT
cp "$src"/samples/*.txt "$corpus/"
[ -d "$src/fuzz/seeds" ] && cp "$src"/fuzz/seeds/* "$corpus/"
status=0
"$target" -runs="$runs" -seed=1 -max_len=65536 -timeout=30 -rss_limit_mb=4096 "$@" "$corpus" > "$log" 2>&1 || status=$?
cat "$log"
if [ "$status" != 0 ]; then
  echo "== fuzz failure summary ($(basename "$target"), exit $status)"
  grep -E "ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY:|Test unit written" "$log" | head -20 || true
  grep -E "^ +#[0-9]+ 0x[0-9a-f]+ in .*(citykg|/extract/|/graph/|/export/|char_traits|basic_string)" "$log" | head -30 |
    sed -E 's/ \(BuildId: [0-9a-f]+\)//' || true
fi
exit "$status"
