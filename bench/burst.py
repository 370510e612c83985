#!/usr/bin/env python3
"""The burst benchmark of `make bench`: N articles of about 4 KB renamed into the drop folder at once,
ingested by newsdrop (fsync = "batch") and, on the same files, by the floor (bench/floor.c: only the
per-file system calls, with the same group commit). Prints files/s for each and newsdrop's as a ratio
to the floor's, measured in the same run, alternately, ROUNDS times (the best of each is compared:
this machine is shared, and the slower runs say more about the neighbours than about the code).

usage: bench/burst.py --newsdrop BIN --floor BIN [--files N] [--rounds R] ARTICLE_DIR...
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchlib import Newsdrop, count_lines, ingest_burst, rename_all


def articles_of_about_4k(folders):
    """The real articles of 3.5–4.7 KB under `folders` (their bytes), but those in UTF-16, to which an
    ASCII line cannot be appended."""
    found = []
    for folder in folders:
        for path in sorted(Path(folder).rglob("*.txt")):
            data = path.read_bytes()
            if 3500 <= len(data) <= 4700 and data[:2] not in (b"\xff\xfe", b"\xfe\xff"):
                found.append(data)
    if not found:
        sys.exit("burst: no article of 3.5–4.7 KB under " + " ".join(folders))
    return found


def stage(folder, articles, count):
    """`count` distinct files in `folder`: the articles in turn, each with a line of its own number
    appended (so that no two have the same bytes)."""
    folder.mkdir(parents=True)
    for number in range(count):
        data = articles[number % len(articles)] + f"\n\nReference {number}.\n".encode()
        (folder / f"a{number:06d}.txt").write_bytes(data)


def run_floor(floor, work, count):
    """Seconds the floor takes over the `count` files staged in `work`/staging (put back there after)."""
    drop, processed, log = work / "drop", work / "processed", work / "floor.log"
    drop.mkdir()
    processed.mkdir()
    rename_all(work / "staging", drop)
    output = subprocess.run([floor, drop, processed, log, "batch"], check=True, capture_output=True, text=True)
    files = int(output.stdout.split()[1])
    seconds = float(output.stdout.split()[4])
    if files != count or count_lines(log) != count:
        sys.exit(f"burst: the floor handled {files} of {count} files: {output.stdout}")
    rename_all(processed, work / "staging")  # the same files for the next run
    shutil.rmtree(drop)
    shutil.rmtree(processed)
    log.unlink()
    return seconds


def run_newsdrop(binary, work, count):
    newsdrop = Newsdrop(binary, work / "newsdrop")
    newsdrop.start()
    try:
        seconds = ingest_burst(newsdrop, work / "staging", count, "burst")
    finally:
        newsdrop.stop()
    lines = newsdrop.log.read_bytes().splitlines()
    digests = {line.split(b'"sha256":"')[1][:64] for line in lines}
    if len(lines) != count or len(digests) != count:
        sys.exit(f"burst: {len(lines)} records, {len(digests)} distinct, for {count} files")
    rename_all(newsdrop.processed, work / "staging")
    shutil.rmtree(newsdrop.work)
    return count / seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newsdrop", required=True)
    parser.add_argument("--floor", required=True)
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("folders", nargs="+")
    arguments = parser.parse_args()

    articles = articles_of_about_4k(arguments.folders)
    # In the repository's folder, not /tmp (often a tmpfs, where fsync costs nothing).
    Path("bench/out").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="burst.", dir=Path("bench/out").resolve()))
    try:
        stage(work / "staging", articles, arguments.files)
        mean = sum(entry.stat().st_size for entry in os.scandir(work / "staging")) / arguments.files
        floor, newsdrop = [], []
        for _ in range(arguments.rounds):
            floor.append(arguments.files / run_floor(arguments.floor, work, arguments.files))
            newsdrop.append(run_newsdrop(arguments.newsdrop, work, arguments.files))
        best_floor, best_newsdrop = max(floor), max(newsdrop)
        print(f"burst: {arguments.files} articles of {mean:.0f} bytes on average renamed in at once, fsync batch, "
              f"{arguments.rounds} rounds (best of each; all: floor {', '.join(f'{x:.0f}' for x in floor)}; "
              f"newsdrop {', '.join(f'{x:.0f}' for x in newsdrop)} files/s)")
        print(f"  {'floor (bench/floor.c)':<24}{best_floor:>9.0f} files/s   1.00")
        print(f"  {'newsdrop':<24}{best_newsdrop:>9.0f} files/s   {best_newsdrop / best_floor:.2f}   "
              f"lost 0, duplicated 0 (checked)")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
