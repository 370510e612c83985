#!/usr/bin/env python3
"""The single-drop benchmark of `make bench`: N articles of about 4 KB renamed into the drop folder one
at a time, INTERVAL ms apart; for each, the time from the rename to its complete record in the log (a
consumer's view: the log is followed through inotify, as `tail -F` does). newsdrop (fsync = "batch")
and the latency floor (bench/floor_watch.c: inotify, read, append, fsync, rename) are measured the same
way, alternately, ROUNDS times; the percentiles are over all rounds.

usage: bench/latency.py --newsdrop BIN --floor-watch BIN [--files N] [--interval-ms MS] [--rounds R] ARTICLE_DIR...
"""
import argparse
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchlib import Inotify, LogFollower, Newsdrop, percentile
from burst import articles_of_about_4k


def stage(folder, articles, count, round_number):
    """`count` distinct files (the articles in turn, each with its own number appended); returns
    (name, key) pairs, the key being what the file's record contains: its name or its sha256."""
    folder.mkdir(parents=True)
    staged = []
    for number in range(count):
        data = articles[number % len(articles)] + f"\n\nReference {round_number}-{number}.\n".encode()
        name = f"l{number:05d}.txt"
        (folder / name).write_bytes(data)
        staged.append((name, hashlib.sha256(data).hexdigest().encode()))
    return staged


def drop_one_at_a_time(staging, drop, log, staged, interval, alive):
    """Renames the files in at `interval` s steps and returns each one's seconds from rename to record."""
    inotify = Inotify()
    inotify.watch(log, Inotify.IN_MODIFY)
    follower = LogFollower(log)
    pending, latencies = {}, []
    next_drop, index = time.monotonic(), 0
    deadline = next_drop + interval * len(staged) + 30
    try:
        while index < len(staged) or pending:
            now = time.monotonic()
            if index < len(staged) and now >= next_drop:
                name, digest = staged[index]
                renamed = time.monotonic()
                os.rename(staging / name, drop / name)
                pending[name.encode()] = (digest, renamed)
                index += 1
                next_drop += interval
                continue
            if now > deadline or not alive():
                sys.exit(f"latency: {len(pending)} records never came (or the ingester stopped)")
            wait = next_drop - now if index < len(staged) else 1.0
            if not inotify.wait(max(wait, 0)):
                continue
            seen = time.monotonic()
            for line in follower.new_lines():
                for name, (digest, renamed) in list(pending.items()):
                    if digest in line or b'"' + name + b'"' in line:
                        latencies.append(seen - renamed)
                        del pending[name]
                        break
    finally:
        follower.close()
        inotify.close()
    return latencies


def run_floor(floor_watch, work, articles, count, interval, round_number):
    drop, processed, log = work / "drop", work / "processed", work / "floor.log"
    for folder in (drop, processed):
        folder.mkdir()
    log.touch()
    staged = stage(work / "staging", articles, count, round_number)
    floor = subprocess.Popen([floor_watch, drop, processed, log], stdout=subprocess.PIPE, text=True)
    try:
        if floor.stdout.readline().strip() != "ready":
            sys.exit("latency: the floor did not start")
        return drop_one_at_a_time(work / "staging", drop, log, staged, interval, lambda: floor.poll() is None)
    finally:
        floor.send_signal(signal.SIGTERM)
        floor.wait(timeout=30)
        for folder in (drop, processed, work / "staging"):
            shutil.rmtree(folder)
        log.unlink()


def run_newsdrop(newsdrop_binary, work, articles, count, interval, round_number):
    newsdrop = Newsdrop(newsdrop_binary, work / "newsdrop")
    staged = stage(work / "staging", articles, count, round_number)
    newsdrop.start()
    try:
        newsdrop.log.touch()
        return drop_one_at_a_time(work / "staging", newsdrop.drop, newsdrop.log, staged, interval, newsdrop.alive)
    finally:
        newsdrop.stop()
        if any(os.scandir(newsdrop.rejected)):
            sys.exit(f"latency: newsdrop rejected files; see {newsdrop.work}/newsdrop.stderr")
        shutil.rmtree(work / "newsdrop")
        shutil.rmtree(work / "staging")


def summary(latencies):
    milliseconds = [1000 * value for value in latencies]
    return (f"p50 {percentile(milliseconds, 0.50):6.2f} ms   p99 {percentile(milliseconds, 0.99):6.2f} ms   "
            f"max {max(milliseconds):6.2f} ms")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newsdrop", required=True)
    parser.add_argument("--floor-watch", required=True)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--interval-ms", type=float, default=20)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("folders", nargs="+")
    arguments = parser.parse_args()

    articles = articles_of_about_4k(arguments.folders)
    Path("bench/out").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="latency.", dir=Path("bench/out").resolve()))
    interval = arguments.interval_ms / 1000
    try:
        floor, newsdrop = [], []
        for round_number in range(arguments.rounds):
            floor += run_floor(arguments.floor_watch, work, articles, arguments.files, interval, round_number)
            newsdrop += run_newsdrop(arguments.newsdrop, work, articles, arguments.files, interval, round_number)
        print(f"single drops: {arguments.files} articles of about 4 KB renamed in {arguments.interval_ms:g} ms apart, "
              f"{arguments.rounds} rounds; rename → complete record in the log (followed through inotify)")
        print(f"  {'floor (floor_watch.c)':<24}{summary(floor)}")
        print(f"  {'newsdrop':<24}{summary(newsdrop)}")
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
