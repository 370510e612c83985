#!/usr/bin/env python3
"""What examples/rsyslog-newsdrop.conf does when things go wrong, and what three of its settings are for.
Each case runs a real rsyslogd on the example against a real newsdrop that rotates its log every dozen
records (max_log_bytes = 8000), with the Kafka output swapped for a local one the same way
Tests/newsdropTests/RsyslogExampleTests.swift does it (a file, or a TCP connection for the outages), and
prints, per run, the records logged and forwarded, and how many were lost, repeated or out of order.
The README's by-hand numbers for the rsyslog example come from here; `make test` runs only the example
itself, without faults it cannot survive.

  active-only     the example following articles.jsonl alone (no segments); rsyslogd stopped (SIGTERM)
                  for three bursts of 20 that rotate the log, then started again; 600 records
  interval-state  persistStateInterval="100" instead of persistStateAfterSubmission; no restart
  polling         imfile polling once a second instead of inotify; no restart
  crash-catch-up  the example; 3000 records logged while rsyslogd is down, then it is started and killed
                  (SIGKILL) 5-80 ms later, three times, and started for good
  outage-stop     the example, its output a TCP port nobody listens on; 3000 records; rsyslogd stopped
                  (SIGTERM), then started with a listener on the port
  outage-kill     the same, killed (SIGKILL)

usage: bench/rsyslog_faults.py --newsdrop BIN [--runs N] [--queue-size N] [CASE...]
(as root or a user who can write /tmp; needs rsyslogd: apt-get install rsyslog rsyslog-kafka)
"""
import argparse
import json
import random
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from pathlib import Path

from benchlib import Newsdrop

REPOSITORY = Path(__file__).resolve().parent.parent
EXAMPLE = REPOSITORY / "examples" / "rsyslog-newsdrop.conf"
RSYSLOGD = "/usr/sbin/rsyslogd"
CASES = ["active-only", "interval-state", "polling", "crash-catch-up", "outage-stop", "outage-kill"]


def replaced(text, old, new):
    """`text` with `old` replaced; fails when `old` is not there (the example changed under the case)."""
    if old not in text:
        raise SystemExit(f"rsyslog_faults: '{old}' is no longer in {EXAMPLE}")
    return text.replace(old, new)


def example_config(log_folder, work_folder, output, queue_size=None):
    """The example with the folders moved and the Kafka lines replaced by `output` (omfile or omfwd
    parameters), as the Swift test does it."""
    text = EXAMPLE.read_text()
    text = replaced(text, "/var/lib/newsdrop/log/", f"{log_folder}/")
    text = replaced(text, "/var/lib/newsdrop-rsyslog", str(work_folder))
    text, count = re.subn(r"# >>> kafka\n.*?# <<< kafka\n", output + "\n", text, flags=re.S)
    if count != 1:
        raise SystemExit(f"rsyslog_faults: no '# >>> kafka' … '# <<< kafka' block in {EXAMPLE}")
    if queue_size is not None:
        text = re.sub(r'queue\.size="\d+"', f'queue.size="{queue_size}"', text)
    return text


def variant(case, text):
    if case == "active-only":
        return replaced(text, "articles*.jsonl", "articles.jsonl")
    if case == "interval-state":
        return replaced(text, 'persistStateAfterSubmission="on"', 'persistStateInterval="100"')
    if case == "polling":
        return replaced(text, 'mode="inotify"', 'mode="polling" pollingInterval="1"')
    return text


class Rsyslogd:
    """rsyslogd -n on one config file; its messages appended to `stderr`."""

    def __init__(self, config, stderr):
        self.config, self.stderr, self.process = config, stderr, None

    def start(self):
        with open(self.stderr, "ab") as stderr:
            self.process = subprocess.Popen([RSYSLOGD, "-n", "-iNONE", "-f", str(self.config)],
                                            stdout=stderr, stderr=stderr)

    def stop(self, signal_number=signal.SIGTERM):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal_number)
            self.process.wait(timeout=60)


class Listener:
    """A TCP listener on `port` that keeps what each connection sends, in the order they came."""

    def __init__(self, port):
        self.server = socket.create_server(("127.0.0.1", port))
        self.received = []
        threading.Thread(target=self.serve, daemon=True).start()

    def serve(self):
        while True:
            connection, _ = self.server.accept()
            chunks = []
            self.received.append(chunks)
            while data := connection.recv(1 << 20):
                chunks.append(data)

    def lines(self):
        return b"".join(b"".join(chunks) for chunks in self.received).split(b"\n")[:-1]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def article(number):
    return (f"Harbour council report {number}\n\nThe harbour council met on Tuesday to discuss proposal "
            f"{number}, which would change how deliveries reach the old quay. Résidents said item {number} "
            f"deserved a careful look.\n\nA final vote on proposal {number} is expected next month.\n").encode()


class Run:
    """One case: a newsdrop rotating its log, an rsyslogd on the example, and what it forwarded."""

    def __init__(self, binary, folder, case, queue_size):
        self.folder = folder
        self.newsdrop = Newsdrop(binary, folder / "newsdrop")
        self.newsdrop.config.write_text(self.newsdrop.config.read_text() + "max_log_bytes = 8000\n")
        self.staging = folder / "staging"
        self.staging.mkdir()
        work = folder / "rsyslog"
        work.mkdir()
        self.output = folder / "forwarded.jsonl"
        self.port = free_port()
        if case.startswith("outage"):
            output = f'type="omfwd" target="127.0.0.1" port="{self.port}" protocol="tcp" template="newsdrop-line"'
        else:
            output = f'type="omfile" file="{self.output}" template="newsdrop-line"'
        config = folder / "rsyslog.conf"
        text = example_config(self.newsdrop.log.parent, work, output, queue_size)
        config.write_text(variant(case, text).replace('action.resumeInterval="10"', 'action.resumeInterval="1"'))
        self.rsyslogd = Rsyslogd(config, folder / "rsyslogd.stderr")
        self.listener = None
        self.next_number = 0

    def drop(self, count):
        for _ in range(count):
            staged = self.staging / f"a{self.next_number}.txt"
            staged.write_bytes(article(self.next_number))
            staged.rename(self.newsdrop.drop / staged.name)
            self.next_number += 1

    def wait_until_drained(self):
        deadline = time.monotonic() + 60
        while any(self.newsdrop.drop.iterdir()) and time.monotonic() < deadline:
            time.sleep(0.05)

    def logged(self):
        folder = self.newsdrop.log.parent
        names = sorted(p.name for p in folder.glob("articles.*.jsonl")) + ["articles.jsonl"]
        return [line for name in names if (folder / name).exists()
                for line in (folder / name).read_bytes().split(b"\n")[:-1]]

    def forwarded(self):
        if self.listener is not None:
            return self.listener.lines()
        return self.output.read_bytes().split(b"\n")[:-1] if self.output.exists() else []

    def wait_until_forwarded(self, seconds):
        deadline = time.monotonic() + seconds
        while len(self.forwarded()) < len(self.logged()) and time.monotonic() < deadline:
            time.sleep(0.1)
        time.sleep(1)  # anything repeated after the last record

    def live(self, downtime):
        """30 bursts of 20; with `downtime`, rsyslogd is stopped after burst 12 and started before burst 15."""
        self.rsyslogd.start()
        for burst in range(30):
            if downtime and burst == 15:
                self.rsyslogd.start()
            self.drop(20)
            time.sleep(0.25)
            if downtime and burst == 12:
                self.rsyslogd.stop()

    def crash_during_catch_up(self):
        self.drop(3000)
        self.wait_until_drained()
        for _ in range(3):
            self.rsyslogd.start()
            time.sleep(random.uniform(0.005, 0.08))
            self.rsyslogd.stop(signal.SIGKILL)
        self.rsyslogd.start()

    def outage(self, signal_number):
        self.drop(3000)
        self.wait_until_drained()
        self.rsyslogd.start()
        time.sleep(3)
        self.rsyslogd.stop(signal_number)
        self.listener = Listener(self.port)
        self.rsyslogd.start()

    def result(self):
        logged, forwarded = self.logged(), self.forwarded()
        seqs = [json.loads(line)["seq"] for line in forwarded]
        highest, late = 0, 0
        for seq in seqs:
            late += seq < highest
            highest = max(highest, seq)
        altered = len(set(forwarded) - set(logged))
        segments = len(list(self.newsdrop.log.parent.glob("articles.*.jsonl")))
        descriptors = len(list(Path(f"/proc/{self.rsyslogd.process.pid}/fd").iterdir()))
        return (f"{len(logged)} logged in {segments} segments and the active file, {len(forwarded)} forwarded: "
                f"{len(set(range(1, len(logged) + 1)) - set(seqs))} lost, {len(seqs) - len(set(seqs))} repeated, "
                f"{late} after a later record, {altered} altered; rsyslogd holds {descriptors} descriptors")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--newsdrop", required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--queue-size", type=int, help="the action queue's queue.size instead of the example's")
    parser.add_argument("cases", nargs="*", metavar="CASE", help="; ".join(CASES) + " (default: all)")
    arguments = parser.parse_args()
    unknown = set(arguments.cases) - set(CASES)
    if unknown:
        parser.error(f"no such case: {', '.join(sorted(unknown))} (cases: {', '.join(CASES)})")
    if not Path(RSYSLOGD).exists():
        raise SystemExit(f"rsyslog_faults: no {RSYSLOGD} (apt-get install rsyslog rsyslog-kafka)")
    for case in arguments.cases or CASES:
        for number in range(1, arguments.runs + 1):
            folder = Path(tempfile.mkdtemp(prefix=f"newsdrop-rsyslog-{case}."))
            run = Run(arguments.newsdrop, folder, case, arguments.queue_size)
            try:
                run.newsdrop.start()
                if case == "crash-catch-up":
                    run.crash_during_catch_up()
                elif case.startswith("outage"):
                    run.outage(signal.SIGTERM if case == "outage-stop" else signal.SIGKILL)
                else:
                    run.live(downtime=case == "active-only")
                run.wait_until_drained()
                run.wait_until_forwarded(30)
                print(f"{case} run {number}: {run.result()}", flush=True)
            finally:
                run.rsyslogd.stop()
                run.newsdrop.stop()
                shutil.rmtree(folder)


if __name__ == "__main__":
    main()
