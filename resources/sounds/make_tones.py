#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Generates the console's alert tones (16-bit mono WAV, 22,050 Hz) into this folder.

One tone per priority, told apart by rhythm as well as pitch so that an operator who cannot hear pitch well
still knows which it is:
  high.wav   - a fast two-tone warble (960/720 Hz), three times: urgent, repeated until claimed
  medium.wav - two short beeps at 660 Hz
  low.wav    - one soft chime at 520 Hz with a slow decay

Run: python3 resources/sounds/make_tones.py   (standard library only; the output is committed)
"""
import math
import os
import struct
import wave

RATE = 22050


def tone(freq, seconds, volume, attack=0.01, release=0.05, decay=None):
    samples = []
    n = int(RATE * seconds)
    for i in range(n):
        t = i / RATE
        envelope = min(1.0, t / attack, (seconds - t) / release)
        if decay:
            envelope *= math.exp(-t / decay)
        # A touch of the second harmonic makes a tone easier to place than a pure sine.
        value = math.sin(2 * math.pi * freq * t) + 0.25 * math.sin(4 * math.pi * freq * t)
        samples.append(volume * max(0.0, envelope) * value / 1.25)
    return samples


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(name, samples):
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", int(max(-1.0, min(1.0, s)) * 32767)) for s in samples))


def main():
    high = []
    for _ in range(3):
        high += tone(960, 0.12, 0.9) + tone(720, 0.12, 0.9)
    write("high.wav", high + silence(0.05))
    write("medium.wav", tone(660, 0.14, 0.6) + silence(0.08) + tone(660, 0.14, 0.6) + silence(0.05))
    write("low.wav", tone(520, 0.6, 0.4, release=0.3, decay=0.25) + silence(0.05))


if __name__ == "__main__":
    main()
