#!/usr/bin/env python3
"""The scaling benchmark of `make bench`: cost per file as files get bigger and as bursts get longer,
for newsdrop (fsync = "batch") and the floor (bench/floor.c) on the same files, and newsdrop's peak
memory. A flat line is the goal: no per-file cost that grows with the log or the files seen.

- sizes: bursts of articles of 1 KB to 1 MB (real article text, paragraphs repeated to the size);
- counts: bursts of 1,000 to 100,000 articles of about 4 KB into one daemon each (the log and the
  duplicate index grow through the run), with the daemon's VmHWM (peak RSS) at the end.

usage: bench/scaling.py --newsdrop BIN --floor BIN [--sizes KB,...] [--counts N,...] ARTICLE_DIR...
"""
import argparse
import shutil
import tempfile
from pathlib import Path

from benchlib import Newsdrop, ingest_burst, rename_all
from burst import articles_of_about_4k, run_floor


def article_of_size(article, size, number):
    """Real article text grown (or cut) to about `size` bytes at a paragraph boundary, made unique."""
    head, _, body = article.partition(b"\n\n")
    paragraphs = [paragraph for paragraph in body.split(b"\n\n") if paragraph.strip()] or [body]
    parts, length, index = [head], len(head), 0
    while length < size - 64:
        paragraph = paragraphs[index % len(paragraphs)]
        parts.append(paragraph)
        length += len(paragraph) + 2
        index += 1
    text = b"\n\n".join(parts)
    # Cut at a space, never inside a character.
    cut = text.rfind(b" ", 0, max(size - 64, 200))
    return text[: cut if cut > 0 else len(text)] + f"\n\nReference {number}.\n".encode()


def stage(folder, articles, count, size):
    folder.mkdir(parents=True)
    total = 0
    for number in range(count):
        article = articles[number % len(articles)]
        data = article_of_size(article, size, number) if size else article + f"\n\nReference {number}.\n".encode()
        (folder / f"f{number:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def run_newsdrop(binary, work, count):
    """Seconds to ingest the staged burst, and VmHWM (KiB) after it."""
    newsdrop = Newsdrop(binary, work / "newsdrop")
    newsdrop.start()
    try:
        seconds = ingest_burst(newsdrop, work / "staging", count, "scaling")
        _, peak = newsdrop.memory_kib()
    finally:
        newsdrop.stop()
    rename_all(newsdrop.processed, work / "staging")
    shutil.rmtree(newsdrop.work)
    return seconds, peak


def measure(arguments, work, articles, count, size):
    """Best of `rounds` alternate runs of each: (floor µs/file, newsdrop µs/file, newsdrop VmHWM, bytes)."""
    total = stage(work / "staging", articles, count, size)
    floor, newsdrop, peaks = [], [], []
    for _ in range(arguments.rounds):
        floor.append(run_floor(arguments.floor, work, count))
        seconds, peak = run_newsdrop(arguments.newsdrop, work, count)
        newsdrop.append(seconds)
        peaks.append(peak)
    shutil.rmtree(work / "staging")
    return 1e6 * min(floor) / count, 1e6 * min(newsdrop) / count, max(peaks), total


def row(label, floor, newsdrop, peak, total, count):
    megabytes = total / count / 1e6
    return (f"  {label:<22}{floor:>10.1f}{newsdrop:>12.1f}{newsdrop / floor:>8.2f}"
            f"{megabytes / (newsdrop / 1e6):>10.1f}{peak:>12,}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newsdrop", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--sizes", default="1,16,256,1024", help="article sizes in KB, each a burst")
    parser.add_argument("--size-bytes", type=int, default=8_000_000, help="bytes per size burst (files = this / size)")
    parser.add_argument("--counts", default="1000,10000,100000", help="burst lengths of ~4 KB articles")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("folders", nargs="+")
    arguments = parser.parse_args()

    articles = articles_of_about_4k(arguments.folders)
    Path("bench/out").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="scaling.", dir=Path("bench/out").resolve()))
    header = f"  {'':<22}{'floor':>10}{'newsdrop':>12}{'ratio':>8}{'MB/s':>10}{'VmHWM KiB':>12}"
    try:
        print(f"scaling: µs per file (best of {arguments.rounds}), fsync batch; newsdrop's MB/s and peak RSS")
        print(header)
        for kilobytes in (int(value) for value in arguments.sizes.split(",") if value):
            count = max(20, min(5_000, arguments.size_bytes // (kilobytes * 1024)))
            floor, newsdrop, peak, total = measure(arguments, work, articles, count, kilobytes * 1024)
            print(row(f"{count} × {kilobytes} KB", floor, newsdrop, peak, total, count), flush=True)
        for count in (int(value) for value in arguments.counts.split(",") if value):
            floor, newsdrop, peak, total = measure(arguments, work, articles, count, 0)
            print(row(f"{count:,} × ~4 KB", floor, newsdrop, peak, total, count), flush=True)
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
