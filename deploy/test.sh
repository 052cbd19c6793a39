#!/usr/bin/env bash
# deploy/test.sh: the README's second command. Installs what is missing
# (deploy/bootstrap.sh), then runs the "default" workflow preset: configure (build/,
# RelWithDebInfo, tests on), build everything, run every test (all labels) with output
# on failure. Uses every core for the build and for ctest. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./deploy/bootstrap.sh

# Presets can only hold a fixed job count; these variables take the machine's.
jobs="$(nproc)"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$jobs}"
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-$jobs}"

cmake --workflow --preset default
