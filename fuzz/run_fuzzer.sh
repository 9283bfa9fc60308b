#!/usr/bin/env bash
# Runs a libFuzzer target for a fixed number of inputs (deterministic seed) over a corpus seeded from the samples
# and fuzz/seeds/. Usage: run_fuzzer.sh TARGET SOURCE_DIR RUNS [extra libFuzzer flags, e.g. -max_total_time=600]
set -eu
target=$1 src=$2 runs=$3
shift 3
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
cp "$src"/samples/*.txt "$corpus/"
[ -d "$src/fuzz/seeds" ] && cp "$src"/fuzz/seeds/* "$corpus/"
exec "$target" -runs="$runs" -seed=1 -max_len=65536 -timeout=30 -rss_limit_mb=4096 "$@" "$corpus"
