#!/usr/bin/env bash
# Renders every page of the QML client to PNG against a demo session in progress (the
# real dienhong-server, started on loopback by the test) on the offscreen platform, at
# the tablet (1280x800) and console (1920x1080) sizes. Uses tst_pages.qml, which also
# checks that no key text is clipped; then the voting screens (tst_voting_screens.qml:
# ballot, confirmation, receipt, chair's progress, big-screen progress and result); then
# tst_more_screens.qml: questioning (the delegate's questions, the secretary's grouping and
# conclusions with the follow-up, the chair's console, the respondent's page), an
# election and a confidence-rating ballot and a published election result, the session
# chooser and the records export; then tst_document_reader.qml: the PDF reader; then
# tst_documents.qml: the secretary's documents tab (checklist, papers, receipts).
#
#   tests/client-qml/render_screenshots.sh [build-dir] [output-dir]
#
# Defaults: build/ and docs/images/all/. docs/client.md shows a selection.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build="${1:-build}"
out="$(realpath -m "${2:-docs/images/all}")"
mkdir -p "$out"
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT
QT_QPA_PLATFORM=offscreen DIENHONG_LANG="${DIENHONG_LANG:-vi}" XDG_CONFIG_HOME="$config" \
  DIENHONG_SCREENSHOT_DIR="$out" \
  "$build/tests/client-qml/client_quick_tests" -input tests/client-qml/tst_pages.qml
QT_QPA_PLATFORM=offscreen DIENHONG_LANG="${DIENHONG_LANG:-vi}" XDG_CONFIG_HOME="$config" \
  DIENHONG_SCREENSHOT_DIR="$out" \
  "$build/tests/client-qml/client_quick_tests" -input tests/client-qml/tst_voting_screens.qml
QT_QPA_PLATFORM=offscreen DIENHONG_LANG="${DIENHONG_LANG:-vi}" XDG_CONFIG_HOME="$config" \
  DIENHONG_SCREENSHOT_DIR="$out" \
  "$build/tests/client-qml/client_quick_tests" -input tests/client-qml/tst_more_screens.qml
QT_QPA_PLATFORM=offscreen DIENHONG_LANG="${DIENHONG_LANG:-vi}" XDG_CONFIG_HOME="$config" \
  DIENHONG_SCREENSHOT_DIR="$out" \
  "$build/tests/client-qml/client_quick_tests" -input tests/client-qml/tst_document_reader.qml
QT_QPA_PLATFORM=offscreen DIENHONG_LANG="${DIENHONG_LANG:-vi}" XDG_CONFIG_HOME="$config" \
  DIENHONG_SCREENSHOT_DIR="$out" \
  "$build/tests/client-qml/client_quick_tests" -input tests/client-qml/tst_documents.qml
echo "screenshots in $out:"
ls "$out"
