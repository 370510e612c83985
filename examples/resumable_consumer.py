#!/usr/bin/env python3
"""A consumer of the newsdrop log that can be stopped (or killed) and resumed without losing or repeating a
record: it remembers the `seq` of the last record it handled in a state file, and asks `newsdrop tail` for the
records after it. Replace `handle()` with the real work (a database insert, a queue); the state is saved after
the work, so a crash in between hands the record over again (at least once; make `handle()` idempotent on
`seq` for exactly once). SIGINT or SIGTERM stop it cleanly: `newsdrop tail` is told to stop (it ends after a
whole line), and every record it printed is handled and saved before the consumer exits.

usage: resumable_consumer.py STATE_FILE [newsdrop tail options, e.g. --log /var/lib/newsdrop/log/articles.jsonl]
"""
import json
import os
import signal
import subprocess
import sys


def load_position(state_file):
    try:
        with open(state_file) as state:
            return int(state.read().strip() or 0)
    except FileNotFoundError:
        return 0


def save_position(state_file, seq):
    # Write a new file and rename it over the old one: the state is always one whole number.
    temporary = state_file + ".tmp"
    with open(temporary, "w") as state:
        state.write(f"{seq}\n")
        state.flush()
        os.fsync(state.fileno())
    os.replace(temporary, state_file)


def handle(record):
    print(f"{record['seq']}\t{record['published'] or '-'}\t{record['title'] or '(no title)'}", flush=True)


def main():
    state_file, tail_options = sys.argv[1], sys.argv[2:]
    last = load_position(state_file)
    tail = subprocess.Popen(["newsdrop", "tail", "--follow", "--from-seq", str(last + 1), *tail_options],
                            stdout=subprocess.PIPE)
    # Stopping: end the tail; the loop below then handles what it printed and ends at its end of output.
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: tail.terminate())
    try:
        for line in tail.stdout:  # whole records only: newsdrop tail never prints a partial line
            record = json.loads(line)
            handle(record)
            save_position(state_file, record["seq"])
    except BrokenPipeError:
        pass
    finally:
        tail.terminate()
        tail.wait()


if __name__ == "__main__":
    main()
