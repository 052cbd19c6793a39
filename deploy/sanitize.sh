#!/usr/bin/env bash
# deploy/sanitize.sh: runs a sanitizer workflow preset and fails on any finding.
#
#   ./deploy/sanitize.sh asan   # every test but the Qt client's, ASan + UBSan (build-asan/)
#   ./deploy/sanitize.sh tsan   # the server's concurrent tests under TSan (build-tsan/)
#
# The test presets send every sanitizer report to build-<preset>/sanitizer-reports/
# (ASAN/UBSAN/TSAN_OPTIONS log_path): the integration tests start dienhong-server as a
# child process whose stderr is deleted with the test's temporary directory, so a finding
# in the server would otherwise be seen only when it also failed the test. After ctest
# this script prints every report and exits non-zero when there is one, even if every
# test passed. A finding in a test process also aborts that process (UBSan without
# recovery, TSan halt_on_error), so ctest names the test.
#
# TSan runs with address-space randomisation off (setarch -R): GCC 12's TSan runtime
# aborts with "unexpected memory mapping" on kernels that randomise mmap with more bits
# than it expects; turning it off for these processes only is the documented workaround.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

preset="${1:-}"
case "$preset" in
  asan | tsan) ;;
  *) echo "sanitize: dùng: $0 asan|tsan" >&2; exit 2 ;;
esac

./deploy/bootstrap.sh

jobs="$(nproc)"
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$jobs}"
export CTEST_PARALLEL_LEVEL="${CTEST_PARALLEL_LEVEL:-$jobs}"

reports="build-$preset/sanitizer-reports"
mkdir -p "$reports"
find "$reports" -mindepth 1 -delete

wrap=()
# Only where it is allowed: a container's seccomp profile may refuse the personality
# call, and then TSan runs as is (it works on kernels with the usual mmap randomisation).
if [[ "$preset" == tsan ]] && setarch "$(uname -m)" -R true >/dev/null 2>&1; then
  wrap=(setarch "$(uname -m)" -R)
fi

status=0
"${wrap[@]}" cmake --workflow --preset "$preset" || status=$?

found=("$reports"/*)
if [[ -e "${found[0]}" ]]; then
  echo "sanitize: ${#found[@]} báo cáo của sanitizer trong $reports:" >&2
  for f in "${found[@]}"; do
    echo "===== $f =====" >&2
    head -c 200000 "$f" >&2
  done
  status=1
fi
if ((status == 0)); then
  echo "sanitize: $preset: mọi kiểm thử đạt, không có báo cáo nào."
else
  echo "sanitize: $preset: THẤT BẠI (xem ctest và các báo cáo ở trên)." >&2
fi
exit "$status"
