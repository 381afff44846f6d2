# SPDX-License-Identifier: GPL-3.0-or-later
"""Trains Kestrel's line reader (plate_reader.onnx) from synthetic plates only, on the CPU.

    /usr/bin/python3 core/recognition/training/train_reader.py

draws the training lines with plates.py (fonts from Debian packages, never a photograph), trains a small
convolutional CTC reader, writes plate_reader.onnx beside this script and checks that OpenCV's dnn module
reads it as PyTorch does. Deterministic for a seed (a second run wrote the committed file byte for byte); 41 to 42
minutes on a 2-core development machine.

The network: a 32x160 grayscale crop (zero mean, unit spread) in; [1, 37, 1, 40] log-probabilities out,
class 0 the CTC blank and classes 1..36 "0-9A-Z", one column per 4 pixels of input.
"""

import argparse
import ctypes
import multiprocessing
import os
import sys
import time

import numpy as np
import torch
from torch import nn

import plates

HERE = os.path.dirname(os.path.abspath(__file__))


def keep_buffers():
    """Blocks up to 64 MB come from the heap and freed ones stay with the process (as recognition::keepFrameBuffers
    in C++): otherwise every step maps and unmaps its tens of MB of activations afresh, and page faults took more
    time than the arithmetic (10.6 against 2.5 ms a line, measured). The drawing processes inherit it."""
    libc = ctypes.CDLL("libc.so.6")
    libc.mallopt(-3, 64 << 20)  # M_MMAP_THRESHOLD
    libc.mallopt(-1, 1 << 30)  # M_TRIM_THRESHOLD


def _chunk(args):
    seed, index, count, font_set = args
    rng = np.random.default_rng([seed, index])
    fonts = plates.FONT_SETS[font_set]
    images = np.empty((count, plates.INPUT_HEIGHT, plates.INPUT_WIDTH), np.uint8)
    texts = []
    for i in range(count):
        crop, text = plates.line_crop(rng, fonts)
        images[i] = plates.fit(crop)
        texts.append(text)
    return images, texts


def generate(count, seed, font_set, workers):
    """count line crops, the same for a seed whatever the number of workers."""
    chunk = 1000
    jobs = [(seed, i, min(chunk, count - i * chunk), font_set) for i in range((count + chunk - 1) // chunk)]
    images, texts = [], []
    started = time.time()
    with multiprocessing.Pool(workers) as pool:
        for n, (im, tx) in enumerate(pool.imap(_chunk, jobs), 1):
            images.append(im)
            texts += tx
            if n % 20 == 0 or n == len(jobs):
                print(f"  drawn {len(texts)}/{count} lines ({time.time() - started:.0f} s)", flush=True)
    return np.concatenate(images), texts


class Reader(nn.Module):
    def __init__(self, classes=len(plates.ALPHABET) + 1):
        super().__init__()

        def block(cin, cout, kernel=3, padding=1, stride=1):
            return [nn.Conv2d(cin, cout, kernel, stride, padding, bias=False), nn.BatchNorm2d(cout), nn.ReLU()]

        self.body = nn.Sequential(
            # Halved at once by a strided 4x4 convolution: a layer at the input's full size took more than half of
            # each training step (its activations, not its arithmetic); that time now draws more lines and trains
            # a sixth epoch.
            *block(1, 16, 4, 1, 2),  # 16 x 80
            *block(16, 32), nn.MaxPool2d(2),  # 8 x 40
            *block(32, 64), *block(64, 64), nn.MaxPool2d((2, 1)),  # 4 x 40
            *block(64, 96), nn.MaxPool2d((2, 1)),  # 2 x 40
            *block(96, 128, (2, 3), (0, 1)),  # 1 x 40
            *block(128, 128, (1, 3), (0, 1)),
            nn.Conv2d(128, classes, 1),
        )

    def forward(self, x):
        return torch.log_softmax(self.body(x), dim=1)  # [N, classes, 1, 40]


def encode(texts):
    targets = torch.tensor([plates.ALPHABET.index(c) + 1 for t in texts for c in t], dtype=torch.long)
    lengths = torch.tensor([len(t) for t in texts], dtype=torch.long)
    return targets, lengths


def decode(logits):
    """Greedy CTC, as LineReader::read: [N, classes, 1, steps] to texts."""
    best = logits[:, :, 0, :].argmax(dim=1).numpy()
    out = []
    for row in best:
        text, previous = "", 0
        for c in row:
            if c != 0 and c != previous:
                text += plates.ALPHABET[c - 1]
            previous = c
        out.append(text)
    return out


def accuracy(model, images, texts):
    model.eval()
    right = 0
    with torch.no_grad():
        for i in range(0, len(texts), 512):
            x = torch.from_numpy(plates.standardise(images[i: i + 512]))
            right += sum(a == b for a, b in zip(decode(model(x)), texts[i: i + 512]))
    model.train()
    return right / len(texts)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--samples", type=int, default=250000, help="training lines to draw")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="processes drawing lines")
    parser.add_argument("--out", default=os.path.join(HERE, "plate_reader.onnx"))
    args = parser.parse_args()
    keep_buffers()
    plates.check_fonts(plates.TRAIN_FONTS + plates.HELDOUT_FONTS)
    torch.manual_seed(args.seed)
    started = time.time()

    print(f"drawing {args.samples} training lines (seed {args.seed})", flush=True)
    images, texts = generate(args.samples, args.seed, "train", args.workers)
    print("drawing 3000 check lines in the held-out fonts", flush=True)
    check_images, check_texts = generate(3000, args.seed + 1000, "heldout", args.workers)

    torch.set_num_threads(args.workers)
    model = Reader()
    batch = 128
    steps = args.epochs * (len(texts) // batch)
    optimiser = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    schedule = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=2e-3, total_steps=steps, pct_start=0.1)
    ctc = nn.CTCLoss(blank=0, zero_infinity=True)
    order_rng = np.random.default_rng(args.seed)
    for epoch in range(args.epochs):
        order = order_rng.permutation(len(texts))
        total = 0.0
        for b in range(len(texts) // batch):
            pick = order[b * batch: (b + 1) * batch]
            x = torch.from_numpy(plates.standardise(images[pick]))
            targets, lengths = encode([texts[i] for i in pick])
            logits = model(x)[:, :, 0, :].permute(2, 0, 1)  # [steps, N, classes]
            loss = ctc(logits, targets, torch.full((len(pick),), logits.shape[0], dtype=torch.long), lengths)
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            schedule.step()
            total += loss.item()
            if (b + 1) % 250 == 0:
                print(f"  epoch {epoch + 1}: {b + 1}/{len(texts) // batch} batches, loss {total / (b + 1):.4f} "
                      f"({time.time() - started:.0f} s)", flush=True)
        held = accuracy(model, check_images, check_texts)
        print(f"epoch {epoch + 1}/{args.epochs}: loss {total / (len(texts) // batch):.4f}, "
              f"held-out fonts line accuracy {held:.4f} ({time.time() - started:.0f} s)", flush=True)

    model.eval()
    torch.onnx.export(model, torch.zeros(1, 1, plates.INPUT_HEIGHT, plates.INPUT_WIDTH), args.out,
                      input_names=["image"], output_names=["logits"], opset_version=11)
    verify(model, args.out, check_images[:200])
    print(f"wrote {args.out} ({os.path.getsize(args.out) / 1e6:.2f} MB) in {time.time() - started:.0f} s")


def verify(model, path, images):
    """OpenCV's dnn must read the file as PyTorch computes it."""
    import cv2

    net = cv2.dnn.readNetFromONNX(path)
    x = plates.standardise(images)
    with torch.no_grad():
        expected = decode(model(torch.from_numpy(x)))
    for i in range(len(images)):
        net.setInput(x[i: i + 1], "image")
        got = decode(torch.from_numpy(net.forward("logits")))
        if got != expected[i: i + 1]:
            sys.exit(f"OpenCV reads line {i} as {got[0]}, PyTorch as {expected[i]}")


if __name__ == "__main__":
    main()
