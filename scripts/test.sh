#!/usr/bin/env bash
# Installs, builds and runs the whole test suite (the README's second command; .ci/run calls it):
#   1. the suite on the normal build (gcc, build/);
#   2. the same suite again under AddressSanitizer + UndefinedBehaviorSanitizer (clang, build-asan/), which also
#      runs the libFuzzer targets of fuzz/ for a fixed number of inputs.
# CITYKG_SKIP_SANITIZE=1 runs only the first part (quicker, for local work).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
(cd build && ctest --output-on-failure -j"$(nproc)")
if [ "${CITYKG_SKIP_SANITIZE:-}" = 1 ]; then exit 0; fi
echo "== the suite again under AddressSanitizer and UndefinedBehaviorSanitizer (build-asan/)"
scripts/setup.sh --test --sanitize
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0
cd build-asan
ctest --output-on-failure -j"$(nproc)"
