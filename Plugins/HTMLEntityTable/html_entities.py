#!/usr/bin/env python3
"""Writes the HTML5 named character references as Swift source (for ArticleParsing).

Usage: html_entities.py OUTPUT.swift

The table is the one the HTML standard defines, as Python's standard library carries it
(html.entities.html5); only the names written with their semicolon are taken, as the parser only
decodes terminated references. The output is a build product (SwiftPM runs this through the
HTMLEntityTable plugin); it is never committed.
"""
import html.entities
import sys

entries = []
for name, text in sorted(html.entities.html5.items()):
    if not name.endswith(";"):
        continue
    scalars = " ".join("%X" % ord(character) for character in text)
    entries.append("%s=%s" % (name[:-1], scalars))

with open(sys.argv[1], "w", encoding="utf-8") as output:
    output.write("// Generated at build time by Plugins/HTMLEntityTable from Python's html.entities.html5.\n")
    output.write("// %d names. Do not edit; do not commit.\n\n" % len(entries))
    output.write("extension HTMLEntities {\n")
    output.write("    /// `name=HEX[ HEX]` per entry, entries separated by `;`.\n")
    output.write("    static let html5Table: String = \"\"\"\n")
    line = "        "
    for entry in entries:
        piece = entry + ";"
        if len(line) + len(piece) > 116:
            output.write(line + "\\\n")
            line = "        "
        line += piece
    output.write(line + "\n        \"\"\"\n}\n")
