# SPDX-License-Identifier: GPL-3.0-or-later
"""Plate lettering drawn from strokes, the way plate typefaces are constructed (DIN 1451 on German, Czech and
Slovak plates, FE-Schrift, Charles Wright on British ones): straight strokes and elliptic bowls of one pen width.

The desktop fonts in Debian's packages differ from plate lettering where it matters to a reader: their M has its
vertex on the baseline, where DIN's stops half-way down and looks like H to a reader that never saw it. A
style names the construction details that vary between plate typefaces (pen width, how far M's vertex drops,
where W's middle apex stands, a flat- or round-topped 3, a serif under 1, an O drawn as 0 or rounder), so training sees them all.

A style is a string, "stroke:PEN:MDEPTH:WAPEX:THREE:ONE:OASZERO", usable wherever plates.py takes a font's path.
"""

import itertools

import cv2
import numpy as np

PREFIX = "stroke:"

# Width of each glyph's box as a share of its height (before a plate's own condensing).
_WIDTH = {"1": 0.36, "I": 0.0, "M": 0.66, "W": 0.8, "O": 0.62, "Q": 0.62, "0": 0.54, "J": 0.48}
_DEFAULT_WIDTH = 0.54


def _arc(cx, cy, rx, ry, a0, a1, n=14):
    """Points along an ellipse from angle a0 to a1 in degrees (0 = right, 90 = down, as image rows grow)."""
    a = np.deg2rad(np.linspace(a0, a1, n))
    return list(zip(cx + rx * np.cos(a), cy + ry * np.sin(a)))


def _bezier(p0, p1, p2, n=12):
    t = np.linspace(0, 1, n)[:, None]
    return list(map(tuple, (1 - t) ** 2 * np.array(p0) + 2 * (1 - t) * t * np.array(p1) + t ** 2 * np.array(p2)))


def _closed(points):
    return points + [points[0]]


def _strokes(ch, m_depth, w_apex, three, one, o_as_zero):
    """The strokes of a character: polylines in a unit box (x right, y down)."""
    stadium = _closed(_arc(0.5, 0.27, 0.5, 0.27, 180, 360) + _arc(0.5, 0.73, 0.5, 0.27, 0, 180))
    # DIN draws O as 0 (a reader must tell them by where they stand); other faces make O rounder.
    oval = stadium if o_as_zero else _closed(_arc(0.5, 0.35, 0.5, 0.35, 180, 360) + _arc(0.5, 0.65, 0.5, 0.35, 0, 180))
    six = [_closed(_arc(0.5, 0.69, 0.5, 0.31, 0, 360)), _bezier((0.92, 0.04), (0.12, 0.12), (0.0, 0.69))]
    table = {
        "0": [stadium],
        "O": [oval],
        "Q": [oval, [(0.6, 0.72), (1.0, 1.0)]],
        "1": [[(0.1, 0.22), (0.68, 0.0), (0.68, 1.0)]] + ([[(0.2, 1.0), (1.0, 1.0)]] if one else []),
        "2": [_arc(0.5, 0.27, 0.5, 0.27, 195, 360) + _bezier((1.0, 0.27), (1.0, 0.55), (0.0, 1.0)) + [(1.0, 1.0)]],
        "3": ([[(0.05, 0.0), (0.95, 0.0), (0.42, 0.42)] + _arc(0.5, 0.71, 0.5, 0.29, 270, 500)] if three == "flat"
              else [_arc(0.5, 0.25, 0.45, 0.25, 200, 450), _arc(0.5, 0.73, 0.5, 0.27, 270, 520)]),
        "4": [[(0.78, 1.0), (0.78, 0.0), (0.0, 0.7), (1.0, 0.7)]],
        "5": [[(0.95, 0.0), (0.1, 0.0), (0.04, 0.46)] + _arc(0.5, 0.69, 0.5, 0.31, 228, 500)],
        "6": six,
        "7": [[(0.0, 0.0), (1.0, 0.0), (0.32, 1.0)]],
        "8": [_closed(_arc(0.5, 0.25, 0.44, 0.25, 0, 360)), _closed(_arc(0.5, 0.73, 0.5, 0.27, 0, 360))],
        "9": [[(1 - x, 1 - y) for x, y in s] for s in six],
        "A": [[(0.0, 1.0), (0.5, 0.0), (1.0, 1.0)], [(0.17, 0.66), (0.83, 0.66)]],
        "B": [[(0.5, 0.47), (0.0, 0.47), (0.0, 0.0), (0.5, 0.0)] + _arc(0.5, 0.235, 0.42, 0.235, 270, 450),
              [(0.5, 0.47)] + _arc(0.5, 0.735, 0.5, 0.265, 270, 450) + [(0.0, 1.0), (0.0, 0.47)]],
        "C": [_arc(0.5, 0.27, 0.5, 0.27, 340, 180) + _arc(0.5, 0.73, 0.5, 0.27, 180, 20)],
        "D": [_closed([(0.0, 0.0), (0.4, 0.0)] + _arc(0.4, 0.4, 0.6, 0.4, 270, 360)
                      + _arc(0.4, 0.6, 0.6, 0.4, 0, 90) + [(0.0, 1.0)])],
        "E": [[(1.0, 0.0), (0.0, 0.0), (0.0, 1.0), (1.0, 1.0)], [(0.0, 0.48), (0.85, 0.48)]],
        "F": [[(1.0, 0.0), (0.0, 0.0), (0.0, 1.0)], [(0.0, 0.5), (0.85, 0.5)]],
        "G": [_arc(0.5, 0.27, 0.5, 0.27, 340, 180) + _arc(0.5, 0.73, 0.5, 0.27, 180, 0) + [(1.0, 0.55), (0.55, 0.55)]],
        "H": [[(0.0, 0.0), (0.0, 1.0)], [(1.0, 0.0), (1.0, 1.0)], [(0.0, 0.5), (1.0, 0.5)]],
        "I": [[(0.0, 0.0), (0.0, 1.0)]],
        "J": [[(1.0, 0.0), (1.0, 0.72)] + _arc(0.5, 0.72, 0.5, 0.28, 0, 165)],
        "K": [[(0.0, 0.0), (0.0, 1.0)], [(1.0, 0.0), (0.0, 0.66)], [(0.3, 0.46), (1.0, 1.0)]],
        "L": [[(0.0, 0.0), (0.0, 1.0), (1.0, 1.0)]],
        "M": [[(0.0, 1.0), (0.0, 0.0), (0.5, m_depth), (1.0, 0.0), (1.0, 1.0)]],
        "N": [[(0.0, 1.0), (0.0, 0.0), (1.0, 1.0), (1.0, 0.0)]],
        "P": [[(0.0, 1.0), (0.0, 0.0), (0.5, 0.0)] + _arc(0.5, 0.27, 0.5, 0.27, 270, 450) + [(0.0, 0.54)]],
        "R": [[(0.0, 1.0), (0.0, 0.0), (0.5, 0.0)] + _arc(0.5, 0.26, 0.48, 0.26, 270, 450) + [(0.0, 0.52)],
              [(0.45, 0.52), (1.0, 1.0)]],
        "S": [_arc(0.5, 0.25, 0.47, 0.25, 335, 90) + _arc(0.5, 0.74, 0.5, 0.26, 270, 515)],
        "T": [[(0.0, 0.0), (1.0, 0.0)], [(0.5, 0.0), (0.5, 1.0)]],
        "U": [[(0.0, 0.0), (0.0, 0.7)] + _arc(0.5, 0.7, 0.5, 0.3, 180, 0) + [(1.0, 0.0)]],
        "V": [[(0.0, 0.0), (0.5, 1.0), (1.0, 0.0)]],
        "W": [[(0.0, 0.0), (0.22, 1.0), (0.5, w_apex), (0.78, 1.0), (1.0, 0.0)]],
        "X": [[(0.0, 0.0), (1.0, 1.0)], [(1.0, 0.0), (0.0, 1.0)]],
        "Y": [[(0.0, 0.0), (0.5, 0.5), (1.0, 0.0)], [(0.5, 0.5), (0.5, 1.0)]],
        "Z": [[(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)]],
    }
    return table[ch]


def styles():
    """The styles training draws with: every combination of the construction details."""
    out = []
    for pen, m_depth, (w_apex, three, one, o_as_zero) in itertools.product(
            (0.1, 0.13, 0.16), (0.5, 0.72, 1.0), ((0.0, "flat", 0, 1), (0.35, "round", 1, 0))):
        out.append(f"{PREFIX}{pen}:{m_depth}:{w_apex}:{three}:{one}:{o_as_zero}")
    return out


def render(style, ch, height):
    """The ink of one character in a style, tight, height pixels tall, float32 in [0, 1]."""
    pen, m_depth, w_apex, three, one, o_as_zero = style[len(PREFIX):].split(":")
    pen, m_depth, w_apex, one, o_as_zero = float(pen), float(m_depth), float(w_apex), int(one), int(o_as_zero)
    big = 200  # drawn large with anti-aliasing, then shrunk
    thick = max(2, int(round(pen * big)))
    w = _WIDTH["0"] if ch in "OQ" and o_as_zero else _WIDTH.get(ch, _DEFAULT_WIDTH)
    box_w = w * big
    pad = thick
    canvas = np.zeros((big + 2 * pad, int(box_w) + 2 * pad + thick), np.uint8)
    inner_w, inner_h = max(0.0, box_w - thick), big - thick
    shift = 4  # sub-pixel precision for cv2.polylines
    for stroke in _strokes(ch, m_depth, w_apex, three, one, o_as_zero):
        pts = np.array([[(pad + thick / 2 + x * inner_w) * (1 << shift), (pad + thick / 2 + y * inner_h) * (1 << shift)]
                        for x, y in stroke], np.int32)
        cv2.polylines(canvas, [pts], False, 255, thick, cv2.LINE_AA, shift)
    rows, cols = np.nonzero(canvas > 40)
    ink = canvas[rows.min(): rows.max() + 1, cols.min(): cols.max() + 1]
    width = max(2, round(ink.shape[1] * height / ink.shape[0]))
    return cv2.resize(ink, (width, height), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
