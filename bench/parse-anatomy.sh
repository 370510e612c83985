#!/usr/bin/env bash
# Where a parse's instructions go, by kind of line: synthetic articles built from the held-out
# articles' own lines, counted by bench/parse-instructions.sh (callgrind, deterministic).
#
#   base     a headline, a date line and one short paragraph: what every file costs
#   prose    base + 10 story paragraphs of 250 bytes or more (from the expected paragraphs)
#   story    base + 10 short story lines of 20-120 bytes (subheadings, one-line paragraphs)
#   debris   base + 10 short lines of 20-120 bytes that the expected fields leave out (markers,
#            prompts, captions, bylines, teasers: what a page adds around the story)
#
# Each line stands in its own block (a blank line before and after), drawn with a fixed seed from
# UTF-8 files only; each folder holds 40 articles. The cost of one line of a kind is
# (kind - base) / 10.
#
# usage: bench/parse-anatomy.sh   (needs valgrind)
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work" <<'EOF'
import glob, json, os, random, sys

work = sys.argv[1]
prose, story, debris = [], [], []
for text_path in sorted(glob.glob("Tests/articles/held-out-*/*.txt")):
    try:
        raw = open(text_path, "rb").read().decode("utf-8")
        expected = json.load(open(text_path[:-4] + ".expected.json", encoding="utf-8"))
    except (UnicodeDecodeError, OSError, ValueError):
        continue
    kept = set(expected["paragraphs"]) | {expected.get("title") or ""}
    for paragraph in expected["paragraphs"]:
        size = len(paragraph.encode())
        if size >= 250:
            prose.append(paragraph)
        elif 20 <= size <= 120:
            story.append(paragraph)
    for line in raw.replace("\r", "").split("\n"):
        line = line.strip()
        if 20 <= len(line.encode()) <= 120 and line not in kept and "\ufeff" not in line:
            debris.append(line)
rng = random.Random(4)
head = ("Harbour repairs to start in spring\nMarch 3, 2025\n\nThe council met on Tuesday to discuss the "
        "harbour, closed since the January storm.\n")
for kind, pool in (("base", []), ("prose", prose), ("story", story), ("debris", debris)):
    os.mkdir(os.path.join(work, kind))
    for number in range(40):
        lines = rng.sample(pool, 10) if pool else []
        with open(os.path.join(work, kind, f"a{number:02}.txt"), "w", encoding="utf-8") as out:
            out.write(head + "".join("\n" + line + "\n" for line in lines))
EOF
declare -A cost
for kind in base prose story debris; do
    cost[$kind]=$(bench/parse-instructions.sh "$work/$kind" | awk '{ print $(NF - 3) }')
done
echo "base (headline, date line, one paragraph): ${cost[base]} instructions per parse"
for kind in prose story debris; do
    echo "one $kind line: $(((cost[$kind] - cost[base]) / 10)) instructions"
done
