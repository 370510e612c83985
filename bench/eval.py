#!/usr/bin/env python3
"""Scores `newsdrop parse` on every sample against its NAME.expected.json.

Usage: bench/eval.py [NEWSDROP_BIN] [--samples DIR]
  The binary is the argument, else $NEWSDROP_BIN, else .build/release/newsdrop.
  The samples are every NAME.txt with a NAME.expected.json under DIR (default: ../shared/samples
  relative to the repository root).

Prints the misses (file, field, expected vs got) and, last, a one-line summary: body token F1
(micro-averaged over all samples; whitespace tokens compared as bags), then exact-match counts
for title, published, url, site, language and the paragraphs list. It measures, it does not
assert: the exit status is 0 unless the binary cannot be run (the golden tests assert).
"""

import argparse
import collections
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIELDS = ("title", "published", "url", "site", "language")
TRUNCATE = 100


def short(value, start=0):
    """`value` as JSON, cut to TRUNCATE characters from `start` (where it differs)."""
    text = json.dumps(value, ensure_ascii=False)
    if start > 0:
        text = "…" + text[start:]
    return text if len(text) <= TRUNCATE else text[: TRUNCATE - 1] + "…"


def first_difference(want, got):
    """Where two strings part, less some context; 0 unless both are strings."""
    if not isinstance(want, str) or not isinstance(got, str):
        return 0
    index = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
    return max(0, index - 30)


def samples(root):
    found = []
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(".txt"):
                expected = os.path.join(folder, name[: -len(".txt")] + ".expected.json")
                if os.path.exists(expected):
                    found.append((os.path.join(folder, name), expected))
    return sorted(found)


def parse(binary, path):
    """The record for `path`, or None with the reason when the file is rejected."""
    try:
        run = subprocess.run([binary, "parse", path], capture_output=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as error:
        sys.exit(f"eval: cannot run {binary}: {error}")
    if run.returncode == 1 and not run.stdout.strip():
        return None, run.stderr.decode("utf-8", "replace").strip() or "rejected"
    if run.returncode != 0:
        sys.exit(f"eval: {binary} parse {path} exited {run.returncode}: {run.stderr.decode('utf-8', 'replace')}")
    try:
        return json.loads(run.stdout.decode("utf-8").splitlines()[0]), None
    except (ValueError, IndexError) as error:
        sys.exit(f"eval: {binary} printed no JSON record for {path}: {error}")


def main():
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("binary", nargs="?", default=os.environ.get("NEWSDROP_BIN"))
    options.add_argument("--samples", default=os.path.join(REPO, "..", "shared", "samples"))
    arguments = options.parse_args()
    binary = arguments.binary or os.path.join(REPO, ".build", "release", "newsdrop")
    if not os.access(binary, os.X_OK):
        sys.exit(f"eval: no executable newsdrop at {binary} (set NEWSDROP_BIN or pass it)")
    files = samples(arguments.samples)
    if not files:
        sys.exit(f"eval: no samples (NAME.txt with NAME.expected.json) under {arguments.samples}")

    matched = collections.Counter()
    common = expected_tokens = got_tokens = 0
    misses = []
    for text_path, expected_path in files:
        name = os.path.relpath(text_path, arguments.samples)
        with open(expected_path, encoding="utf-8") as handle:
            expected = json.load(handle)
        record, rejection = parse(binary, text_path)
        if record is None:  # a rejected file matches nothing and contributes no tokens
            record = {}
            misses.append((name, "rejected", "a record", rejection))
        got_paragraphs = record["body"].split("\n\n") if record.get("body") else []
        want = collections.Counter(" ".join(expected["paragraphs"]).split())
        got = collections.Counter(" ".join(got_paragraphs).split())
        common += sum((want & got).values())
        expected_tokens += sum(want.values())
        got_tokens += sum(got.values())
        for field in FIELDS:
            if record and record.get(field) == expected.get(field):
                matched[field] += 1
            elif record:
                misses.append((name, field, expected.get(field), record.get(field)))
        if record and got_paragraphs == expected["paragraphs"]:
            matched["paragraphs"] += 1
        elif record:
            index = next(
                (i for i, (a, b) in enumerate(zip(expected["paragraphs"], got_paragraphs)) if a != b),
                min(len(expected["paragraphs"]), len(got_paragraphs)),
            )
            want_p = expected["paragraphs"][index] if index < len(expected["paragraphs"]) else None
            got_p = got_paragraphs[index] if index < len(got_paragraphs) else None
            field = f"paragraphs[{index}] ({len(expected['paragraphs'])} expected, {len(got_paragraphs)} got)"
            misses.append((name, field, want_p, got_p))

    for name, field, want, got in misses:
        start = first_difference(want, got)
        print(f"miss {name} {field}: expected {short(want, start)}, got {short(got, start)}")
    precision = common / got_tokens if got_tokens else 0.0
    recall = common / expected_tokens if expected_tokens else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    total = len(files)
    counts = ", ".join(f"{field} {matched[field]}/{total}" for field in FIELDS + ("paragraphs",))
    print(f"eval: {total} files, body F1 {f1:.3f} (P {precision:.3f} R {recall:.3f}), {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
