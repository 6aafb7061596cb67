#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build Dewey, and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh test

# Node tools for the tests: the official stripe package signs test events, playwright-core drives
# Debian's Chromium, ws is used by the benchmarks' reference pipeline.
if [ ! -d tests/node/node_modules ] || [ tests/node/package-lock.json -nt tests/node/node_modules ]; then
    npm ci --prefix tests/node --no-audit --no-fund --loglevel=error
fi

build_dir=${DEWEY_BUILD_DIR:-build}
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DDEWEY_BUILD_TESTS=ON
cmake --build "$build_dir" --parallel

echo "== clang-format"
cmake --build "$build_dir" --target format-check

echo "== tests"
ctest --test-dir "$build_dir" --output-on-failure --parallel 2 --timeout 600
