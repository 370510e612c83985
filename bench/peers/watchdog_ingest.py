#!/usr/bin/env python3
"""A peer of `make bench`: the Python way, on the `watchdog` package (inotify underneath). Each file
that is created, renamed in or closed after writing is read, written to the log as one JSON line with
its sha256 (fsync per record), and renamed into PROCESSED. (Reading on "created" is what such scripts
do, and why they read files still being written; the burst renames complete files in.)

usage: watchdog_ingest.py DROP PROCESSED LOG   (prints "ready" once the observer runs)
"""
import hashlib
import json
import os
import sys
import time

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer


class Ingest(FileSystemEventHandler):
    def __init__(self, processed, log):
        self.processed = processed
        self.log = open(log, "ab")

    def on_created(self, event):
        # A file renamed in from outside the folder comes as "created" (inotify's IN_MOVED_TO alone).
        self.ingest(event.src_path)

    def on_moved(self, event):
        self.ingest(event.dest_path)

    def on_closed(self, event):
        self.ingest(event.src_path)

    def ingest(self, path):
        try:
            with open(path, "rb") as source:
                data = source.read()
        except (FileNotFoundError, IsADirectoryError):
            return
        name = os.path.basename(path)
        record = {"path": name, "sha256": hashlib.sha256(data).hexdigest(), "body": data.decode("utf-8", "replace")}
        self.log.write(json.dumps(record).encode() + b"\n")
        self.log.flush()
        os.fsync(self.log.fileno())
        os.rename(path, os.path.join(self.processed, name))


def main():
    drop, processed, log = sys.argv[1:4]
    observer = Observer()
    observer.schedule(Ingest(processed, log), drop)
    observer.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(1)
    finally:
        observer.stop()
        observer.join()


if __name__ == "__main__":
    main()
