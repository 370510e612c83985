#!/usr/bin/env python3
"""Writes deterministic mutations of article files, for comparing two builds of the parser.

Usage: bench/mutate_articles.py OUT_DIR ARTICLE_DIR...
  Every NAME.txt under the folders gets ten mutants in OUT_DIR: lines dropped, repeated, swapped,
  borrowed from other articles, cut short, upper-cased, with markup, entities, invisible and
  invalid bytes spliced in; some re-encoded as CRLF, lone CR, UTF-16 LE or BE (with a BOM, and LE
  without one), UTF-8 with a BOM, or Windows-1252. The same input gives
  the same output, so a difference between two builds' parses is the builds' doing.
"""

import glob
import os
import random
import sys

SNIPPETS = [b"<b>", b"</i>", b"&amp;", b"&nbsp;", b"&#8217;", b"\xe2\x80\x8b", b"\t", b"  ", b"# ", b"**",
            b"By ", b" | ", b"\xc2\xa0", b"Read more", b"Advertisement", b"http://x.com/a", b"\r",
            b"2024-03-05", b"5 March 2024", b"&hellip;", b'<a href="x">', b"\xc3", b"\xff"]


def mutate(rng, text, all_lines):
    lines = text.split(b"\n")
    for _ in range(rng.randint(1, 6)):
        if not lines:
            lines = [b""]
        operation, at = rng.randint(0, 8), rng.randrange(len(lines))
        if operation == 0:
            del lines[at]
        elif operation == 1:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif operation == 2:
            lines.insert(at, rng.choice(all_lines))
        elif operation == 3:
            cut = rng.randint(0, len(lines[at]))
            lines[at] = lines[at][:cut] + rng.choice(SNIPPETS) + lines[at][cut:]
        elif operation == 4:
            other = rng.randrange(len(lines))
            lines[at], lines[other] = lines[other], lines[at]
        elif operation == 5:
            lines = lines[:max(1, at)]
        elif operation == 6 and lines[at]:
            line = bytearray(lines[at])
            line[rng.randrange(len(line))] = rng.randrange(256)
            lines[at] = bytes(line)
        elif operation == 7:
            lines[at] = lines[at].upper()
        else:
            lines.insert(at, b"")
    data = b"\n".join(lines)
    encoding = rng.random()
    try:
        if encoding < 0.1:
            data = data.replace(b"\n", b"\r\n")
        elif encoding < 0.13:
            data = b"\xff\xfe" + data.decode("utf-8").encode("utf-16-le")
        elif encoding < 0.16:
            data = b"\xfe\xff" + data.decode("utf-8").encode("utf-16-be")
        elif encoding < 0.18:
            data = data.decode("utf-8").encode("utf-16-le")
        elif encoding < 0.2:
            data = data.decode("utf-8").encode("cp1252")
        elif encoding < 0.22:
            data = data.replace(b"\n", b"\r")
        elif encoding < 0.24:
            data = b"\xef\xbb\xbf" + data
    except (UnicodeDecodeError, UnicodeEncodeError):
        pass
    return data


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out, folders = sys.argv[1], sys.argv[2:]
    paths = sorted(p for folder in folders for p in glob.glob(os.path.join(folder, "**", "*.txt"), recursive=True))
    texts = [open(p, "rb").read() for p in paths]
    all_lines = [line for text in texts for line in text.split(b"\n")]
    rng = random.Random(20261205)
    os.makedirs(out, exist_ok=True)
    count = 0
    for text in texts:
        for _ in range(10):
            with open(os.path.join(out, f"m{count:05d}.txt"), "wb") as file:
                file.write(mutate(rng, text, all_lines))
            count += 1
    print(f"{count} mutants in {out}")


if __name__ == "__main__":
    main()
