#!/usr/bin/env bash
# deploy/bootstrap.sh: installs every Debian 12 package Diên Hồng needs to build, test and
# run the server and dienhongctl. Idempotent: when everything is already installed it
# only says so (no apt-get at all); otherwise it runs apt-get update once and installs
# exactly the missing packages.
#
#   ./deploy/bootstrap.sh                # server, CLI, QML client and tests
#   ./deploy/bootstrap.sh --with-client  # the same (kept for old scripts; the client is
#                                        # now part of the default build)
#   ./deploy/bootstrap.sh --no-test-tools  # without the tools only tests use
#                                        # (LibreOffice, poppler-utils)
#   ./deploy/bootstrap.sh --with-fuzz    # also clang-14 and libFuzzer, for the fuzz
#                                        # targets (tests/fuzz/run.sh, .ci/run)
#   ./deploy/bootstrap.sh --check        # report what is missing, install nothing
#                                        # (exit 1 when something is missing)
#
# Runs as root, or through sudo when not root. Keep the lists in step with the
# find_package() calls in the top-level CMakeLists.txt.
set -euo pipefail

# Server, CLI and tests (top-level CMakeLists.txt: Threads, Protobuf, gRPC, SQLite3,
# PkgConfig + libsodium, spdlog, CLI11, nlohmann_json, yaml-cpp, GTest; libzip, pango and
# cairo for the minutes as DOCX and PDF, server/records/CMakeLists.txt; ICU for NFC and
# Unicode properties of typed text, common/CMakeLists.txt).
# libgrpc++-dev pulls in what gRPCConfig.cmake looks for (absl, re2, c-ares, OpenSSL, zlib);
# protobuf-compiler-grpc provides grpc_cpp_plugin; sqlite3 is the shell used for backups
# and inspection (docs/operations.md).
PACKAGES=(
  build-essential
  cmake
  ninja-build
  pkg-config
  libgrpc++-dev
  protobuf-compiler-grpc
  libprotobuf-dev
  protobuf-compiler
  libsqlite3-dev
  sqlite3
  libgtest-dev
  libgmock-dev
  libsodium-dev
  libspdlog-dev
  libcli11-dev
  nlohmann-json3-dev
  libyaml-cpp-dev
  libzip-dev
  libpango1.0-dev
  libcairo2-dev
  libicu-dev
)

# Tests only: the record tests convert the DOCX minutes with LibreOffice (headless) and
# read the PDF's text back with pdftotext (tests/server/records). A server-only machine
# can skip them with --no-test-tools.
TEST_PACKAGES=(
  libreoffice-writer-nogui
  poppler-utils
)

# Qt 6.4 for the QML client (client-qml/, DIENHONG_BUILD_CLIENT, on by default) and its
# tests (Qt Quick Test on the offscreen platform); Noto Sans covers every Vietnamese
# letter the pages show.
CLIENT_PACKAGES=(
  qt6-base-dev
  qt6-declarative-dev
  qt6-declarative-dev-tools
  qt6-tools-dev
  qt6-tools-dev-tools
  qt6-l10n-tools
  libgl-dev
  qml6-module-qtqml
  qml6-module-qtqml-models
  qml6-module-qtqml-workerscript
  qml6-module-qtquick
  qml6-module-qtquick-controls
  qml6-module-qtquick-layouts
  qml6-module-qtquick-templates
  qml6-module-qtquick-window
  qml6-module-qttest
  # Session documents: the PDF reader (import QtQuick.Pdf; Qt PDF for C++) and the
  # secretary's file dialog (import QtQuick.Dialogs).
  qt6-pdf-dev
  qml6-module-qtquick-pdf
  qml6-module-qtquick-dialogs
  # Kiosk mode on hall tablets without a hardware keyboard (import QtQuick.VirtualKeyboard,
  # the input method plugin that QT_IM_MODULE=qtvirtualkeyboard loads).
  qml6-module-qtquick-virtualkeyboard
  qt6-virtualkeyboard-plugin
  qml6-module-qt-labs-folderlistmodel  # the keyboard's layouts, not pulled in by Debian
  fonts-noto-core
)
PACKAGES+=("${CLIENT_PACKAGES[@]}")

# Only with --with-fuzz: clang 14 and its runtime (libFuzzer, ASan/UBSan for clang) for the
# fuzz targets (tests/fuzz/, preset "fuzz"). The sanitizer presets "asan" and "tsan" use
# GCC's runtimes, which build-essential already brings.
FUZZ_PACKAGES=(
  clang-14
  libclang-rt-14-dev
)

usage() {
  sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'
}

check_only=0
test_tools=1
fuzz=0
for arg in "$@"; do
  case "$arg" in
    --with-client) ;;  # no-op: the client's packages are in the default list
    --no-test-tools) test_tools=0 ;;
    --with-fuzz) fuzz=1 ;;
    --check) check_only=1 ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bootstrap: tùy chọn không hợp lệ: $arg (xem --help)" >&2; exit 2 ;;
  esac
done
if ((test_tools)); then
  PACKAGES+=("${TEST_PACKAGES[@]}")
fi
if ((fuzz)); then
  PACKAGES+=("${FUZZ_PACKAGES[@]}")
fi

if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
  echo "bootstrap: cần Debian 12 (dpkg-query và apt-get); máy này không có." >&2
  exit 1
fi

missing=()
for pkg in "${PACKAGES[@]}"; do
  # "ii " = wanted install, installed. Anything else (absent, half-installed, removed with
  # configuration left behind) counts as missing.
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != ii* ]]; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} == 0)); then
  echo "bootstrap: đủ cả ${#PACKAGES[@]} gói Debian cần thiết; không cần cài gì."
  exit 0
fi

echo "bootstrap: thiếu ${#missing[@]} gói: ${missing[*]}"
if ((check_only)); then
  exit 1
fi

if [[ -f /etc/os-release ]]; then
  # shellcheck disable=SC1091
  . /etc/os-release
  if [[ "${ID:-}" != debian || "${VERSION_ID:-}" != 12 ]]; then
    echo "bootstrap: lưu ý: dự án nhắm tới Debian 12; máy này là ${PRETTY_NAME:-không rõ}." >&2
  fi
fi

if ((EUID == 0)); then
  as_root=()
elif command -v sudo >/dev/null 2>&1; then
  as_root=(sudo)
else
  echo "bootstrap: cần quyền root để cài gói; hãy chạy bằng root hoặc cài sudo." >&2
  exit 1
fi

# `env` inside sudo: sudo resets the environment, so pass DEBIAN_FRONTEND explicitly.
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -q -y
     -o DPkg::Lock::Timeout=300 -o Dpkg::Use-Pty=0)
"${apt[@]}" update
"${apt[@]}" install --no-install-recommends "${missing[@]}"

# Prove it: everything must be installed now.
still=()
for pkg in "${missing[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Abbrev}' "$pkg" 2>/dev/null || true)
  [[ "$status" == ii* ]] || still+=("$pkg")
done
if ((${#still[@]} > 0)); then
  echo "bootstrap: vẫn chưa cài được: ${still[*]}" >&2
  exit 1
fi
echo "bootstrap: đã cài ${#missing[@]} gói; đủ cả ${#PACKAGES[@]} gói cần thiết."
