# SPDX-License-Identifier: GPL-3.0-or-later
"""Draws labelled synthetic plate images with plates.py, deterministic for a seed.

    render_plates.py scenes OUT [--count N] [--seed S] [--fonts train|heldout] [--all-countries] [--lines 1|2]
        whole frames with one legible plate each (UK plates unless --all-countries): OUT/images/*.jpg, OUT/labels.csv
        (image,plate) and OUT/boxes.csv (image,plate,x,y,w,h), ready for `kestrelctl eval OUT`
    render_plates.py crops OUT [--count N] [--seed S] [--fonts train|heldout]
        line crops as the reader sees them: OUT/*.png, OUT/labels.csv (image,text)
"""

import argparse
import os

import cv2
import numpy as np

import plates


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["scenes", "crops"])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fonts", choices=sorted(plates.FONT_SETS), default="heldout")
    parser.add_argument("--all-countries", action="store_true", help="scenes: European plates too")
    parser.add_argument("--lines", type=int, choices=[1, 2], help="scenes: only one- or two-line plates")
    args = parser.parse_args()
    fonts = plates.FONT_SETS[args.fonts]
    plates.check_fonts(fonts)
    rng = np.random.default_rng(args.seed)
    folder = os.path.join(args.out, "images") if args.what == "scenes" else args.out
    os.makedirs(folder, exist_ok=True)
    rows, boxes = ["image,plate"], ["image,plate,x,y,w,h"]
    for i in range(args.count):
        if args.what == "scenes":
            image, text, box = plates.scene(rng, fonts, not args.all_countries, args.lines)
            name = f"images/{i:04d}.jpg"
            cv2.imwrite(os.path.join(args.out, name), image, [cv2.IMWRITE_JPEG_QUALITY, 92])
            boxes.append(f"{name},{text},{box[0]},{box[1]},{box[2]},{box[3]}")
        else:
            image, text = plates.line_crop(rng, fonts)
            name = f"{i:04d}.png"
            cv2.imwrite(os.path.join(args.out, name), image)
        rows.append(f"{name},{text}")
    with open(os.path.join(args.out, "labels.csv"), "w") as labels:
        labels.write("\n".join(rows) + "\n")
    if len(boxes) > 1:
        with open(os.path.join(args.out, "boxes.csv"), "w") as out:
            out.write("\n".join(boxes) + "\n")
    print(f"wrote {args.count} {args.what} to {args.out}")


if __name__ == "__main__":
    main()
