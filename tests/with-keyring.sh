#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a real Secret Service for QtKeychain: a private D-Bus session and GNOME Keyring, unlocked,
# in a throwaway HOME and runtime folder (no X display), all gone afterwards.
# Usage: tests/with-keyring.sh PROGRAM [ARGS...]
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DISPLAY
dbus-run-session -- sh -c 'eval "$(printf kestrel-test | gnome-keyring-daemon --unlock --components=secrets)"; exec "$@"' \
    sh "$@"
