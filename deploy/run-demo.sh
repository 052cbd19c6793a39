#!/usr/bin/env bash
# deploy/run-demo.sh: the README's first command. Installs what is missing
# (deploy/bootstrap.sh), builds the server and dienhongctl (preset "default", build/),
# then runs the server in the foreground with the demo council on 127.0.0.1:50051 and
# the database var/dienhong.db (git-ignored). The demo data is created only when the
# database has no accounts yet; delete var/ to start over. Extra arguments go to the
# server, e.g. ./deploy/run-demo.sh --log-level debug
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./deploy/bootstrap.sh

export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
cmake --preset default
cmake --build --preset default --target dienhong-server dienhongctl

mkdir -p var
ctl=build/tools/dienhongctl/dienhongctl
cat <<BANNER

==============================================================================
 Diên Hồng — máy chủ chạy với dữ liệu mẫu: HĐND phường Diên Hồng, 30 đại biểu,
 kỳ họp số 1 đã triệu tập. Địa chỉ 127.0.0.1:50051, dữ liệu ở var/dienhong.db.

 Mở một terminal khác (trong thư mục này) để đăng nhập làm chủ tọa:
     $ctl login --account chutoa
 Mã PIN: 123456  (PIN mẫu, CHỈ dùng cho bản chạy thử)
     $ctl session show 1
 Theo dõi trực tiếp kỳ họp số 1:
     $ctl tail 1
 Các tài khoản mẫu và hướng dẫn từng bước: README.md. Dừng máy chủ: Ctrl-C.
==============================================================================

BANNER

exec build/server/dienhong-server --demo --database var/dienhong.db \
  --listen 127.0.0.1:50051 "$@"
