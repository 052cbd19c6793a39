#!/usr/bin/env bash
# deploy/bench.sh: runs the benchmark of docs/benchmarks.md. Installs what is missing
# (deploy/bootstrap.sh), configures the "default" preset (build/, RelWithDebInfo), builds
# dienhong-server and dienhong-bench only, then runs the load generator with its defaults
# (2,000 tablets, 8,000 observers, 3 rounds) against a fresh database and writes the
# results to var/bench.json. Any argument is passed to dienhong-bench, e.g.
#   ./deploy/bench.sh --tablets 500 --observers 2000
# Run it on an otherwise idle machine: the figures are only comparable within one run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./deploy/bootstrap.sh

cmake --preset default >/dev/null
cmake --build build --target dienhong-server dienhong-bench -- -j"$(nproc)"
mkdir -p var
exec build/tests/bench/dienhong-bench --json var/bench.json "$@"
