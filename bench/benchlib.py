"""What the benchmarks of `make bench` share: a newsdrop run in a folder of its own (under a notify socket,
as systemd would start it), the log watched through inotify, the process's memory from /proc.
"""
import ctypes
import ctypes.util
import os
import select
import signal
import socket
import subprocess
import time
from pathlib import Path


class Newsdrop:
    """`newsdrop run` on drop/, processed/, rejected/ and log/articles.jsonl under `work`, started by
    `start()`, which returns once the daemon has sent READY=1 (and how long that took)."""

    def __init__(self, binary, work, fsync="batch", log_level="warning"):
        self.binary, self.work = binary, Path(work)
        self.drop, self.processed, self.rejected = self.work / "drop", self.work / "processed", self.work / "rejected"
        self.log = self.work / "log" / "articles.jsonl"
        for folder in (self.drop, self.processed, self.rejected, self.log.parent):
            folder.mkdir(parents=True, exist_ok=True)
        self.config = self.work / "newsdrop.toml"
        self.config.write_text(
            f'drop_dir = "{self.drop}"\nprocessed_dir = "{self.processed}"\nrejected_dir = "{self.rejected}"\n'
            f'log_path = "{self.log}"\nfsync = "{fsync}"\nlog_level = "{log_level}"\n'
        )
        self.process = None

    def start(self, timeout=120):
        """Starts the daemon; returns the seconds from exec to READY=1."""
        notify_path = self.work / "notify.sock"
        notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
        notify.bind(str(notify_path))
        notify.settimeout(timeout)
        environment = dict(os.environ, NOTIFY_SOCKET=str(notify_path))
        self.stderr = open(self.work / "newsdrop.stderr", "wb")
        try:
            started = time.monotonic()
            self.process = subprocess.Popen([self.binary, "run", "--config", self.config], env=environment,
                                            stderr=self.stderr)
            while b"READY=1" not in notify.recv(4096):
                pass
            return time.monotonic() - started
        except socket.timeout:
            raise SystemExit(f"bench: newsdrop sent no READY=1 in {timeout} s: {self.stderr_tail()}")
        finally:
            notify.close()
            notify_path.unlink()

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stderr_tail(self):
        return (self.work / "newsdrop.stderr").read_text(errors="replace")[-2000:]

    def memory_kib(self):
        """VmRSS and VmHWM (the peak) of the running daemon, in KiB."""
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        return int(fields["VmRSS"].split()[0]), int(fields["VmHWM"].split()[0])

    def stop(self):
        if self.alive():
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=120)
        self.stderr.close()


class Inotify:
    """Linux inotify through libc (the standard library has no binding): watch paths, wait for events."""

    IN_MODIFY, IN_CLOSE_WRITE, IN_MOVED_TO = 0x2, 0x8, 0x80

    def __init__(self):
        self.libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        self.fd = self.libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")

    def watch(self, path, mask):
        if self.libc.inotify_add_watch(self.fd, os.fsencode(str(path)), mask) < 0:
            raise OSError(ctypes.get_errno(), f"inotify_add_watch {path}")

    def wait(self, timeout):
        """Waits up to `timeout` s for events; returns whether any came (they are read and dropped)."""
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            while os.read(self.fd, 65536):
                pass
        except BlockingIOError:
            pass
        return True

    def close(self):
        os.close(self.fd)


class LogFollower:
    """Reads complete lines appended to a log as they come (what `tail -F` would show)."""

    def __init__(self, path):
        self.file = open(path, "rb")
        self.file.seek(0, os.SEEK_END)
        self.partial = b""

    def new_lines(self):
        data = self.partial + self.file.read()
        lines = data.split(b"\n")
        self.partial = lines.pop()
        return lines

    def close(self):
        self.file.close()


class LineCounter:
    """Counts a growing log's lines by reading only what was appended since the last look: polling a log of
    tens of MB by reading it whole would take a core from the daemon being measured."""

    def __init__(self, path):
        self.path, self.file, self.count = Path(path), None, 0

    def lines(self):
        if self.file is None:
            try:
                self.file = open(self.path, "rb")
            except FileNotFoundError:
                return 0
        while chunk := self.file.read(1 << 20):
            self.count += chunk.count(b"\n")
        return self.count

    def close(self):
        if self.file is not None:
            self.file.close()


def ingest_burst(newsdrop, staging, count, who):
    """Renames every file of `staging` into the running daemon's drop folder at once and waits until the log
    holds `count` records and the folder is empty; returns the seconds that took. Exits the benchmark (naming
    `who`) if the daemon stops, takes too long or rejects a file."""
    started = time.monotonic()
    rename_all(staging, newsdrop.drop)
    deadline = started + max(120, count / 50)
    records = LineCounter(newsdrop.log)
    try:
        while records.lines() < count or any(os.scandir(newsdrop.drop)):
            if not newsdrop.alive() or time.monotonic() > deadline or any(os.scandir(newsdrop.rejected)):
                rejects = sorted(entry.name for entry in os.scandir(newsdrop.rejected))
                raise SystemExit(f"{who}: newsdrop stopped, timed out or rejected files with {records.lines()} of "
                                 f"{count} records; rejected: {rejects[:6]}; stderr: {newsdrop.stderr_tail()}")
            time.sleep(0.01)
        return time.monotonic() - started
    finally:
        records.close()


def rename_all(source, target):
    for entry in os.scandir(source):
        os.rename(entry.path, Path(target) / entry.name)


def count_lines(path):
    try:
        with open(path, "rb") as log:
            return log.read().count(b"\n")
    except FileNotFoundError:
        return 0


def percentile(values, fraction):
    """The nearest-rank percentile of `values`."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(fraction * len(ordered) + 0.5)) - 1))]
