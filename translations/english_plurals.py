#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills the English (en_GB) plural forms from the source texts: "%n read(s)" becomes "%n read" for one and
"%n reads" for more, so that English users never see "(s)". Run after update_translations:

    python3 translations/english_plurals.py translations/kestrel_en_GB.ts

Only plural messages whose translation is still empty are filled; anything translated by hand is kept.
"""
import html
import re
import sys

EMPTY = re.compile(
    r'(<message numerus="yes">\s*(?:<[^>]+>[^<]*</[^>]+>\s*)*?<source>(?P<source>[^<]*)</source>'
    r'(?:\s*<[^>]+>[^<]*</[^>]+>)*\s*)<translation type="unfinished">\s*<numerusform></numerusform>\s*'
    r'<numerusform></numerusform>\s*</translation>',
    re.S,
)


def forms(source):
    text = html.unescape(source)
    one = re.sub(r"\((?:s|ies)\)", "", text)
    many = re.sub(r"y\(ies\)", "ies", re.sub(r"\(s\)", "s", text))
    return html.escape(one, quote=False), html.escape(many, quote=False)


def fill(match):
    one, many = forms(match.group("source"))
    return (f'{match.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n'
            f'            <numerusform>{many}</numerusform>\n        </translation>')


def main(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    filled, count = EMPTY.subn(fill, text)
    with open(path, "w", encoding="utf-8") as f:
        f.write(filled)
    print(f"{path}: {count} plural message(s) filled")


if __name__ == "__main__":
    main(sys.argv[1])
