#!/usr/bin/env python3
"""The start-up benchmark of `make bench`: how long newsdrop takes from exec to READY=1 on a log of SIZE
bytes, and its memory then. The log is made of real records: newsdrop first ingests the articles of
about 4 KB (once each), then their records are repeated, each copy with the next `seq` and a
sha256 of its own, up to SIZE. A start reads the whole log (it checks the last record and rebuilds
the duplicate index), so this is the cost of that scan. Also measured: the same start on an empty log.

usage: bench/startup.py --newsdrop BIN [--size BYTES] [--rounds R] ARTICLE_DIR...
"""
import argparse
import hashlib
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchlib import Newsdrop, count_lines, rename_all
from burst import articles_of_about_4k


def real_records(newsdrop_binary, work, articles):
    """The records newsdrop writes for `articles` (each once)."""
    newsdrop = Newsdrop(newsdrop_binary, work)
    staging = work / "staging"
    staging.mkdir()
    for number, data in enumerate(articles):
        (staging / f"s{number:04d}.txt").write_bytes(data)
    newsdrop.start()
    try:
        rename_all(staging, newsdrop.drop)
        deadline = time.monotonic() + 120
        while count_lines(newsdrop.log) + len(list(newsdrop.rejected.iterdir())) < len(articles):
            if time.monotonic() > deadline or not newsdrop.alive():
                sys.exit(f"startup: newsdrop did not ingest the articles: {newsdrop.stderr_tail()}")
            time.sleep(0.05)
    finally:
        newsdrop.stop()
    return newsdrop.log.read_bytes().splitlines()


def write_long_log(path, records, size):
    """Repeats `records` with consecutive `seq` and distinct sha256 until the log holds `size` bytes."""
    seq_field = re.compile(rb'"seq":\d+,')
    digest_field = re.compile(rb'"sha256":"[0-9a-f]{64}"')
    written, seq = 0, 0
    with open(path, "wb", buffering=1 << 20) as log:
        while written < size:
            for record in records:
                seq += 1
                digest = hashlib.sha256(seq.to_bytes(8, "little")).hexdigest().encode()
                line = seq_field.sub(b'"seq":%d,' % seq, record, count=1)
                line = digest_field.sub(b'"sha256":"' + digest + b'"', line, count=1) + b"\n"
                log.write(line)
                written += len(line)
                if written >= size:
                    break
    return seq, written


def start_on(newsdrop_binary, work, log_source):
    """Seconds to READY=1 and VmRSS (KiB) at READY on a copy of `log_source` (None: an empty log)."""
    newsdrop = Newsdrop(newsdrop_binary, work)
    if log_source is not None:
        shutil.copyfile(log_source, newsdrop.log)
    try:
        seconds = newsdrop.start(timeout=600)
        rss, _ = newsdrop.memory_kib()
        return seconds, rss
    finally:
        newsdrop.stop()
        shutil.rmtree(work)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newsdrop", required=True)
    parser.add_argument("--size", type=int, default=1 << 30)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("folders", nargs="+")
    arguments = parser.parse_args()

    articles = articles_of_about_4k(arguments.folders)
    Path("bench/out").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="startup.", dir=Path("bench/out").resolve()))
    try:
        records = real_records(arguments.newsdrop, work / "seed", articles)
        records_count, size = write_long_log(work / "long.jsonl", records, arguments.size)
        empty, long = [], []
        for round_number in range(arguments.rounds):
            empty.append(start_on(arguments.newsdrop, work / f"empty{round_number}", None))
            # The log just copied is in the page cache, as a restarted daemon's log usually is.
            long.append(start_on(arguments.newsdrop, work / f"long{round_number}", work / "long.jsonl"))
        print(f"start-up: exec → READY=1, {arguments.rounds} rounds (best of each; all: empty "
              f"{', '.join(f'{s * 1000:.0f}' for s, _ in empty)} ms; long {', '.join(f'{s * 1000:.0f}' for s, _ in long)} ms)")
        best_empty, best_long = min(empty), min(long)
        print(f"  {'empty log':<34}{best_empty[0] * 1000:>8.0f} ms   VmRSS {best_empty[1]:>7,} KiB")
        print(f"  {f'log of {size / 2**30:.2f} GiB, {records_count:,} records':<34}{best_long[0] * 1000:>8.0f} ms   "
              f"VmRSS {best_long[1]:>7,} KiB")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
