#!/usr/bin/env bash
# Installs, builds and runs the whole test suite (the README's second command; .ci/run calls it).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
cd build
ctest --output-on-failure -j"$(nproc)"
