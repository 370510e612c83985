#!/usr/bin/env python3
"""Validates every complete line of newsdrop logs against Config/record.schema.json (JSON Schema 2020-12),
so that the schema and what the daemon writes cannot drift apart. The end-to-end tests run it on every log
they leave (TestTree.remove()).

A last line without its newline is a torn write a crash can leave (never acknowledged; the next start cuts
it off): it is not a record, and is skipped.

usage: validate_records.py SCHEMA LOG...      exit 0: all valid (prints the count); 1: the first invalid line
"""
import json
import sys

from jsonschema import Draft202012Validator, FormatChecker


def main():
    schema_path, logs = sys.argv[1], sys.argv[2:]
    with open(schema_path) as schema_file:
        schema = json.load(schema_file)
    Draft202012Validator.check_schema(schema)
    validator = Draft202012Validator(schema, format_checker=FormatChecker())
    records = 0
    for log in logs:
        with open(log, "rb") as file:
            data = file.read()
        lines = data.split(b"\n")
        for number, line in enumerate(lines[:-1], start=1):  # lines[-1]: after the last newline
            try:
                record = json.loads(line)
            except ValueError as error:
                print(f"{log}: line {number} is not JSON: {error}")
                return 1
            errors = sorted(validator.iter_errors(record), key=lambda error: list(error.path))
            if errors:
                where = "/".join(str(part) for part in errors[0].path) or "(the record)"
                print(f"{log}: line {number} (seq {record.get('seq')}) breaks the schema at {where}: {errors[0].message}")
                return 1
            records += 1
    print(f"{records} records valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
