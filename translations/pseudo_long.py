#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Makes a pseudo-translation 40% longer than English (as Welsh often is), to check that no page clips or
overlaps when strings grow. Every text keeps its placeholders and gains a tail of "~" marks:

    python3 translations/pseudo_long.py translations/kestrel_en_GB.ts /tmp/kestrel_long.ts
    /usr/lib/qt6/bin/lrelease /tmp/kestrel_long.ts -qm /tmp/kestrel_long.qm
    KESTREL_TRANSLATION_FILE=/tmp/kestrel_long.qm ./build/app/kestrel --demo --user operator
"""
import html
import re
import sys

MESSAGE = re.compile(r"<message( numerus=\"yes\")?>(.*?)</message>", re.S)


def longer(text):
    plain = html.unescape(text)
    return html.escape(plain + " " + "~" * max(2, int(len(plain) * 0.4)), quote=False)


def rewrite(match):
    body = match.group(2)
    source = re.search(r"<source>(.*?)</source>", body, re.S).group(1)
    if match.group(1):
        translation = (f"<translation><numerusform>{longer(source)}</numerusform>"
                       f"<numerusform>{longer(source)}</numerusform></translation>")
    else:
        translation = f"<translation>{longer(source)}</translation>"
    body = re.sub(r"<translation[^>]*>.*?</translation>", translation, body, flags=re.S)
    return f"<message{match.group(1) or ''}>{body}</message>"


def main(source, target):
    with open(source, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r'language="[^"]*"', 'language="cy_GB"', text, count=1)
    with open(target, "w", encoding="utf-8") as f:
        f.write(MESSAGE.sub(rewrite, text))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
