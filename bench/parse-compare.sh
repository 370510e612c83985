#!/usr/bin/env bash
# Compares every field of every parse made by this tree with those of another revision (default
# HEAD), over the samples, the held-out articles and deterministic mutants of both. A change meant
# only to make the parser faster must print "same parses".
#
# usage: bench/parse-compare.sh [REVISION] [SAMPLES_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-HEAD}
samples=${2:-../shared/samples}
work=.build-compare
swift=${SWIFT:-swift}

rm -rf "$work/mutants" "$work/base"
git worktree prune
git worktree add --detach --force "$work/base" "$base" >/dev/null
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true' EXIT
python3 bench/mutate_articles.py "$work/mutants" "$samples" Tests/articles

dump() {  # $1: package root, $2: scratch folder, $3: output file
    rm -f "$2/release.yaml"
    "$swift" build -c release --package-path "$1/bench/ParseBench" --scratch-path "$2" >"$3.build.log" 2>&1 ||
        { tail -20 "$3.build.log"; echo "parse-compare: the build of $1 failed"; exit 1; }
    "$("$swift" build -c release --package-path "$1/bench/ParseBench" --scratch-path "$2" --show-bin-path)/parse-bench" \
        --dump "$samples" Tests/articles "$work/mutants" >"$3"
}
dump "$work/base" "$work/base-build" "$work/base.txt"
dump . .build-bench "$work/this.txt"

if cmp -s "$work/base.txt" "$work/this.txt"; then
    echo "same parses: $(grep -c '^== ' "$work/this.txt") files, $base and this tree"
else
    diff "$work/base.txt" "$work/this.txt" | head -40
    echo "parse-compare: the parses differ from $base's (full dumps in $work/)"
    exit 1
fi
