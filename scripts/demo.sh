#!/usr/bin/env bash
# README command 1: install what is missing, build, and code the bundled example articles.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)" --target dyad
echo "== build/dyad code examples/  (one JSON event per line; see docs/cli.md) =="
build/dyad code examples/
