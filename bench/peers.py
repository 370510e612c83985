#!/usr/bin/env python3
"""The peers of `make bench`: what an operator might run instead of newsdrop (bench/peers/: an
`inotifywait | jq` loop, a Python script on `watchdog`), and newsdrop itself, on the same files, in three
ways files arrive:

- renamed in: FILES articles renamed into the drop folder at once: files/s, lost, duplicated;
- written in place: WRITERS writers each writing their files in 1 KB chunks 20 ms apart, as scp and sftp
  do: records made from a partial file (bytes that are not the whole file's), lost, duplicated;
- overflow: FILES articles renamed in while the kernel's inotify queue holds only 64 events (the
  sysctl fs.inotify.max_queued_events, lowered for the run and put back; skipped when it cannot be
  written): lost, duplicated.

usage: bench/peers.py --newsdrop BIN --python PYTHON [--files N] [--in-place N] ARTICLE_DIR...
"""
import argparse
import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchlib import LineCounter, Newsdrop
from burst import articles_of_about_4k

QUEUE_SYSCTL = Path("/proc/sys/fs/inotify/max_queued_events")


class Peer:
    """A script started as `COMMAND DROP PROCESSED LOG` that prints "ready"; its records name `path`, and
    give `sha256` or the text as `body`."""

    def __init__(self, name, command):
        self.name, self.command = name, command

    def start(self, work):
        self.drop, self.processed, self.log = work / "drop", work / "processed", work / "peer.log"
        for folder in (self.drop, self.processed):
            folder.mkdir(parents=True)
        self.log.touch()
        self.process = subprocess.Popen(self.command + [str(self.drop), str(self.processed), str(self.log)],
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                                        start_new_session=True)
        if self.process.stdout.readline().strip() != "ready":
            sys.exit(f"peers: {self.name} did not start")

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        self.process.wait(timeout=30)

    @staticmethod
    def identify(record):
        digest = record.get("sha256") or hashlib.sha256(record["body"].encode()).hexdigest()
        return record["path"], digest


class NewsdropContender:
    """newsdrop run as the peers are: its records name the file in `source.path`, with `source.sha256`."""

    name = "newsdrop"

    def __init__(self, binary):
        self.binary = binary

    def start(self, work):
        self.newsdrop = Newsdrop(self.binary, work)
        self.drop, self.processed, self.log = self.newsdrop.drop, self.newsdrop.processed, self.newsdrop.log
        self.newsdrop.start()
        self.log.touch()

    def stop(self):
        self.newsdrop.stop()

    @staticmethod
    def identify(record):
        return record["source"]["path"], record["source"]["sha256"]


def wait_for_records(contender, expected, started, patience, limit):
    """Waits until `expected` records and an empty drop folder, or no new record for `patience` s, or
    `limit` s in all; returns when the last record came."""
    counter = LineCounter(contender.log)
    last_count, last_change = 0, started
    try:
        while time.monotonic() - started < limit:
            count, now = counter.lines(), time.monotonic()
            if count != last_count:
                last_count, last_change = count, now
            if count >= expected and not any(os.scandir(contender.drop)):
                break
            if now - last_change > patience:
                break
            time.sleep(0.02)
    finally:
        counter.close()
    return last_change


def tally(contender, files):
    """Lost, duplicated and partial (recorded bytes that are not the whole file's) among `files`
    (name → sha256 of the whole file)."""
    seen = {}
    for line in contender.log.read_bytes().splitlines():
        name, digest = contender.identify(json.loads(line))
        seen.setdefault(name, []).append(digest)
    lost = sum(1 for name in files if name not in seen)
    duplicated = sum(len(digests) - 1 for digests in seen.values())
    partial = sum(1 for name, digests in seen.items() if any(digest != files.get(name) for digest in digests))
    return lost, duplicated, partial


def renamed_in(contender, work, articles, count, patience, limit):
    staging = work / "staging"
    staging.mkdir(parents=True)
    files = {}
    for number in range(count):
        data = articles[number % len(articles)] + f"\n\nRenamed {number}.\n".encode()
        (staging / f"r{number:05d}.txt").write_bytes(data)
        files[f"r{number:05d}.txt"] = hashlib.sha256(data).hexdigest()
    contender.start(work / "run")
    try:
        started = time.monotonic()
        for name in files:
            os.rename(staging / name, contender.drop / name)
        finished = wait_for_records(contender, count, started, patience, limit)
    finally:
        contender.stop()
    lost, duplicated, partial = tally(contender, files)
    recorded = count - lost
    return recorded / max(finished - started, 1e-6), lost, duplicated, partial


def written_in_place(contender, work, articles, count, writers, patience, limit):
    """`count` files written in place by `writers` threads, each file in 1 KB chunks 20 ms apart."""
    files, contents = {}, {}
    for number in range(count):
        data = articles[number % len(articles)] + f"\n\nWritten {number}.\n".encode()
        contents[f"w{number:05d}.txt"] = data
        files[f"w{number:05d}.txt"] = hashlib.sha256(data).hexdigest()
    contender.start(work / "run")

    def write(names):
        for name in names:
            with open(contender.drop / name, "wb") as target:
                data = contents[name]
                for offset in range(0, len(data), 1024):
                    target.write(data[offset:offset + 1024])
                    target.flush()
                    time.sleep(0.02)

    names = sorted(contents)
    threads = [threading.Thread(target=write, args=(names[index::writers],)) for index in range(writers)]
    try:
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        wait_for_records(contender, count, started, patience, limit)
    finally:
        contender.stop()
    return tally(contender, files)


def overflow(contender, work, articles, count, patience, limit):
    """`renamed_in` with the inotify queue cut to 64 events; None when the sysctl cannot be changed."""
    try:
        original = QUEUE_SYSCTL.read_text()
        QUEUE_SYSCTL.write_text("64\n")
    except OSError:
        return None
    try:
        _, lost, duplicated, partial = renamed_in(contender, work, articles, count, patience, limit)
    finally:
        QUEUE_SYSCTL.write_text(original)
    return lost, duplicated, partial


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--newsdrop", required=True)
    parser.add_argument("--python", default=sys.executable, help="a Python with the watchdog package")
    parser.add_argument("--files", type=int, default=1_000, help="files renamed in (the peers are slow)")
    parser.add_argument("--in-place", type=int, default=100, help="files written in place")
    parser.add_argument("--writers", type=int, default=10)
    parser.add_argument("folders", nargs="+")
    arguments = parser.parse_args()

    articles = articles_of_about_4k(arguments.folders)
    utf8 = [data for data in articles if is_utf8(data)]
    peers = Path(__file__).parent / "peers"
    contenders = [
        NewsdropContender(arguments.newsdrop),
        Peer("inotifywait + jq", ["bash", str(peers / "inotifywait-jq.sh")]),
        Peer("Python watchdog", [arguments.python, str(peers / "watchdog_ingest.py")]),
    ]
    Path("bench/out").mkdir(exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="peers.", dir=Path("bench/out").resolve()))
    print(f"peers: {arguments.files} articles renamed in at once; {arguments.in_place} written in place by "
          f"{arguments.writers} writers (1 KB chunks 20 ms apart); {arguments.files} renamed in with a 64-event "
          f"inotify queue (overflow)")
    print(f"  {'':<20}{'files/s':>9}  {'renamed in':<30}{'written in place':<42}overflow")
    try:
        for contender in contenders:
            # newsdrop waits `settle_ms` (1 s) after a file written in place is closed: more patience.
            patience = 5.0 if isinstance(contender, NewsdropContender) else 10.0
            rate, *renamed = renamed_in(contender, work / "renamed", articles, arguments.files, patience, 300)
            shutil.rmtree(work / "renamed")
            in_place = written_in_place(contender, work / "inplace", utf8, arguments.in_place, arguments.writers,
                                        patience, 300)
            shutil.rmtree(work / "inplace")
            overflowed = overflow(contender, work / "overflow", articles, arguments.files, patience, 300)
            shutil.rmtree(work / "overflow", ignore_errors=True)
            overflow_text = "not run (sysctl not writable)" if overflowed is None else "lost {}, duplicated {}".format(
                *overflowed[:2])
            print(f"  {contender.name:<20}{rate:>9.0f}  {'lost {}, duplicated {}'.format(*renamed[:2]):<30}"
                  f"{'lost {}, duplicated {}, partial {}'.format(*in_place):<42}{overflow_text}", flush=True)
    finally:
        shutil.rmtree(work)


def is_utf8(data):
    try:
        data.decode("utf-8")
        return True
    except UnicodeDecodeError:
        return False


if __name__ == "__main__":
    main()
