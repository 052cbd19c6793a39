#!/usr/bin/env bash
# tests/fuzz/run.sh: builds the libFuzzer targets (preset "fuzz", build-fuzz/) and runs
# each for a bounded time, starting from the committed seed corpus.
#
#   tests/fuzz/run.sh                    # every target, 60 s each (what .ci/run does)
#   tests/fuzz/run.sh --minutes 30       # the developer's longer run, 30 min per target
#   tests/fuzz/run.sh --seconds 10 decide_fuzz csv_fuzz   # some targets only
#   tests/fuzz/run.sh --jobs 2 --minutes 30   # libFuzzer workers per target
#
# Needs clang-14 and libclang-rt-14-dev (./deploy/bootstrap.sh --with-fuzz). Inputs the
# fuzzer finds go to build-fuzz/corpus/<target>/ (the committed tests/fuzz/corpus/ is
# read, never written: regenerate it with make_seeds, see docs/testing.md). A crash, a
# sanitizer report or a broken invariant leaves its input in build-fuzz/artifacts/ and
# makes this script exit non-zero after every target has run; reproduce it with
#   build-fuzz/tests/fuzz/<target> build-fuzz/artifacts/<target>-crash-...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds=60
jobs=1
targets=()
while (($#)); do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --minutes) seconds=$(($2 * 60)); shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "fuzz: tùy chọn không hợp lệ: $1 (xem --help)" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
if ((${#targets[@]} == 0)); then
  targets=(decide_fuzz apply_fuzz validation_fuzz csv_fuzz session_file_fuzz)
fi

./deploy/bootstrap.sh --with-fuzz
export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
cmake --workflow --preset fuzz

# UBSan reports abort (the targets are built with -fno-sanitize-recover); ASan's leak
# check stays on: a parser that leaks per input is a finding too.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

mkdir -p build-fuzz/artifacts
failed=()
for t in "${targets[@]}"; do
  bin="build-fuzz/tests/fuzz/$t"
  seeds="tests/fuzz/corpus/$t"
  work="build-fuzz/corpus/$t"
  if [[ ! -x "$bin" || ! -d "$seeds" ]]; then
    echo "fuzz: không có $bin hoặc $seeds" >&2
    failed+=("$t")
    continue
  fi
  mkdir -p "$work"
  echo "=== $t: ${seconds} s, $jobs worker(s), seeds from $seeds"
  # -timeout: one input taking 10 s is a finding (unbounded work per request);
  # -rss_limit_mb: so is memory that grows without bound.
  args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
        -artifact_prefix="build-fuzz/artifacts/$t-")
  if ((jobs > 1)); then
    args+=(-workers="$jobs" -jobs="$jobs")
  fi
  if "$bin" "${args[@]}" "$work" "$seeds"; then
    echo "=== $t: OK ($(find "$work" -type f | wc -l) inputs in the working corpus)"
  else
    echo "=== $t: FAILED (artifacts: build-fuzz/artifacts/$t-*)" >&2
    failed+=("$t")
  fi
done

if ((${#failed[@]} > 0)); then
  echo "fuzz: thất bại: ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: ${#targets[@]} target(s), ${seconds} s mỗi target: không phát hiện lỗi."
