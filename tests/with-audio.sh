#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test with a real sound server: a private PulseAudio with a null sink (it plays into nothing), in a
# throwaway HOME and runtime folder, stopped afterwards. Usage: tests/with-audio.sh PROGRAM [ARGS...]
set -eu
scratch=$(mktemp -d)
trap 'pulseaudio --kill >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_RUNTIME_DIR="$scratch/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# -n: no default configuration (no hardware probing); root only gets a warning, which is dropped.
pulseaudio --daemonize=yes --exit-idle-time=-1 -n --load=module-native-protocol-unix \
    --load="module-null-sink sink_name=kestrel_test" 2>/dev/null
"$@"
