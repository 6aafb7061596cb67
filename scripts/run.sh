#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build Dewey, and launch it.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh run
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDEWEY_BUILD_TESTS=OFF -DDEWEY_BUILD_BENCHMARKS=OFF
cmake --build build --parallel
exec build/app/dewey/dewey "$@"
