#!/usr/bin/env python3
"""Writes the HTML5 named character references as Swift source (for ArticleParsing).

Usage: html_entities.py OUTPUT.swift

The table is the one the HTML standard defines, as Python's standard library carries it
(html.entities.html5); only the names written with their semicolon are taken, as the parser only
decodes terminated references. The output is a build product (SwiftPM runs this through the
HTMLEntityTable plugin); it is never committed.

The names go out sorted by bytes and run together in one string literal, and each entry as one
integer literal, so the table is constant data in the binary: nothing is built when the process
starts, and a lookup is a binary search.
"""
import html.entities
import sys

# Where a name starts in the run of names, and up to two scalars (21 bits each), in one UInt64.
NAME_SHIFT = 42
SCALAR_BITS = 21

entries = []
for name, text in html.entities.html5.items():
    if not name.endswith(";"):
        continue
    scalars = [ord(character) for character in text]
    assert 1 <= len(scalars) <= 2 and all(scalar < 1 << SCALAR_BITS for scalar in scalars)
    assert name[:-1].isascii() and name[:-1].isalnum()
    entries.append((name[:-1].encode("ascii"), scalars))
entries.sort()

names = b""
packed = []
for name, scalars in entries:
    second = scalars[1] if len(scalars) > 1 else 0
    packed.append(len(names) << NAME_SHIFT | scalars[0] << SCALAR_BITS | second)
    names += name
# The end of the last name, as the start of a name that is not there.
packed.append(len(names) << NAME_SHIFT)
assert len(names) < 1 << (64 - NAME_SHIFT)

with open(sys.argv[1], "w", encoding="utf-8") as output:
    output.write("// Generated at build time by Plugins/HTMLEntityTable from Python's html.entities.html5.\n")
    output.write("// %d names. Do not edit; do not commit.\n\n" % len(entries))
    output.write("extension HTMLEntities {\n")
    output.write("    /// The names, sorted by bytes, run together; ``html5Entries`` says where each starts.\n")
    output.write("    static let html5Names: StaticString = \"\"\"\n")
    lines = [names[start:start + 100].decode("ascii") for start in range(0, len(names), 100)]
    output.write("\\\n".join("        " + line for line in lines) + "\n")
    output.write("        \"\"\"\n\n")
    output.write("    /// Per name, in order: its start in ``html5Names`` << %d | first scalar << %d | second\n" % (NAME_SHIFT, SCALAR_BITS))
    output.write("    /// scalar (0 for none); one more entry holds the end of the last name.\n")
    output.write("    static let html5Entries: [UInt64] = [\n")
    for start in range(0, len(packed), 6):
        output.write("        %s,\n" % ", ".join("0x%X" % value for value in packed[start:start + 6]))
    output.write("    ]\n}\n")
