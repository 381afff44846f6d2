#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Kestrel's one entry point for developers and CI:
#   packaging/dev.sh demo    the console on demo data, in a throwaway data folder
#   packaging/dev.sh test    every test, ending with ctest's summary line
#   packaging/dev.sh bench   the speed benchmarks, on one core
#   packaging/dev.sh build   just build
#   packaging/dev.sh screenshots  every page of the console on demo data, into docs/screenshots/
#   packaging/dev.sh train   retrain the plate reader's network (core/recognition/training), 41-42 min on 2 cores
# Each first installs whatever Debian packages are missing (with sudo when not root), then configures and
# builds with the CMake preset (Ninja, Release, build/).
set -eu
cd "$(dirname "$0")/.."

PACKAGES="build-essential cmake ninja-build pkg-config qt6-base-dev qt6-declarative-dev qt6-tools-dev
qt6-l10n-tools libqt6sql6-sqlite qt6-charts-dev qt6-multimedia-dev qt6-httpserver-dev qt6-websockets-dev
qtkeychain-qt6-dev libsecret-1-0 qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
qml6-module-qtquick qml6-module-qtquick-window qml6-module-qtquick-layouts qml6-module-qtquick-controls
qml6-module-qtquick-templates qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
qml6-module-qtcharts qml6-module-qtmultimedia qml6-module-qttest qml6-module-qtcore gstreamer1.0-plugins-base
gstreamer1.0-plugins-good gstreamer1.0-libav libopencv-dev libsqlite3-dev libsodium-dev xvfb xauth dbus
gnome-keyring pulseaudio xdotool imagemagick poppler-utils fonts-dejavu-core util-linux bsdutils
$(grep -v '^#' core/recognition/training/packages.txt)"

install_missing() {
    missing=""
    for package in $PACKAGES; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
            missing="$missing $package"
    done
    [ -z "$missing" ] && return 0
    echo "Installing from Debian's packages:$missing"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    $sudo apt-get update -q
    # shellcheck disable=SC2086 # one word per package
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $missing
}

build() {
    cmake --preset default
    cmake --build --preset default
}

case "${1:-}" in
demo)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display to open the console on. From a desktop session run packaging/dev.sh demo," >&2
        echo "or on a headless machine: xvfb-run -a packaging/dev.sh demo" >&2
        exit 1
    fi
    exec ./build/app/kestrel --demo
    ;;
test)
    install_missing
    build
    # qmllint fails on any warning in the console's QML (unqualified access, unknown types ...).
    cmake --build --preset default --target all_qmllint
    ctest --preset default
    ;;
bench)
    install_missing
    build
    # The bars are for one core: pin to it, and keep OpenCV to one thread.
    export OPENCV_FOR_THREADS_NUM=1
    for benchmark in match ingest hotlist-import search recognise; do
        echo "== kestrelctl bench $benchmark"
        taskset -c 0 ./build/app/kestrelctl bench "$benchmark"
    done
    # Real photographs, for measuring only: beside the clone, never in it, never trained on.
    realSet=../shared/datasets/openalpr_eu_endtoend
    if [ -f "$realSet/labels.csv" ]; then
        echo "== kestrelctl eval $realSet"
        taskset -c 0 ./build/app/kestrelctl eval "$realSet"
    fi
    # The console with 10,000 alerts in a real X server: read-to-row latency and frame times while scrolling.
    echo "== kestrel --bench 10000"
    xvfb-run -a -s "-screen 0 1600x900x24" tests/with-audio.sh ./build/app/kestrel --bench 10000 | tail -n 1
    # A server and its load on the same machine: both cores, and one server killed -9 under load.
    echo "== kestrelctl bench http --crash"
    ./build/app/kestrelctl bench http --crash
    ;;
screenshots)
    install_missing
    build
    exec packaging/screenshots.sh
    ;;
build)
    install_missing
    build
    ;;
train)
    PACKAGES="$PACKAGES python3-torch python3-onnx"
    install_missing
    # Debian's python3, which sees Debian's torch, whatever python3 comes first on PATH.
    exec /usr/bin/python3 core/recognition/training/train_reader.py
    ;;
*)
    echo "usage: packaging/dev.sh demo|test|bench|build|train" >&2
    exit 2
    ;;
esac
