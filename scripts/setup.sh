#!/usr/bin/env bash
# Installs what citykg needs on Debian 12 (as root, or with sudo), then configures and builds.
# Usage: scripts/setup.sh [--test] [--sanitize]
#   (no flag)   install build dependencies, build build/citykg
#   --test      also install the test readers (rdflib, networkx, rapper) and build the tests
#   --sanitize  build with clang, AddressSanitizer + UndefinedBehaviorSanitizer and the libFuzzer targets, in build-asan
set -euo pipefail
cd "$(dirname "$0")/.."

want_tests=0
sanitize=0
for a in "$@"; do
  case "$a" in
    --test) want_tests=1 ;;
    --sanitize) sanitize=1 ;;
    *) echo "setup.sh: unknown option $a (use --test, --sanitize)" >&2; exit 1 ;;
  esac
done

packages=(g++ cmake make pkg-config librdf0-dev libraptor2-dev librasqal3-dev libboost-graph-dev libpugixml-dev
          libicu-dev libcli11-dev libpoppler-cpp-dev libzip-dev libcurl4-gnutls-dev)
if [ "$want_tests" = 1 ]; then
  packages+=(libgtest-dev libbenchmark-dev icu-devtools raptor2-utils rasqal-utils python3-rdflib python3-networkx python3-cairo fonts-wqy-microhei poppler-utils
             virtuoso-opensource-7)
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi
if [ "$sanitize" = 1 ]; then packages+=(clang libclang-rt-14-dev); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup.sh: installing ${missing[*]}" >&2
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  export DEBIAN_FRONTEND=noninteractive
  # Virtuoso asks for a dba password at install time; the tests run their own throw-away instance.
  printf '%s\n' "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" \
    "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | $SUDO debconf-set-selections
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ "$want_tests" = 1 ] && [ ! -d tests/js/node_modules/graphology-gexf ]; then
  echo "setup.sh: installing the graphology readers (npm) for the tests" >&2
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi

build_dir=build
flags=(-DCMAKE_BUILD_TYPE=RelWithDebInfo -DCITYKG_BUILD_TESTS=$([ "$want_tests" = 1 ] && echo ON || echo OFF))
if [ "${CI:-}" = true ]; then flags+=(-DCITYKG_WERROR=ON); fi
if [ "$sanitize" = 1 ]; then
  build_dir=build-asan
  flags+=(-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang -DCITYKG_SANITIZE=ON -DCITYKG_FUZZ=ON)
fi
cmake -S . -B "$build_dir" "${flags[@]}" >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
