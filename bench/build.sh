#!/usr/bin/env bash
# How long a developer waits: a clean debug build, a rebuild after touching one domain file and
# one command file, and the full test suite, for each git revision given (default: HEAD), each in
# a fresh clone so that nothing is shared. Prints one line per revision and measure, seconds.
#
#   bench/build.sh [--runs N] [--no-suite] REV...
#
# Each figure is the median of N runs (default 3). Run on an otherwise idle machine.
set -euo pipefail
runs=3
suite=1
revisions=()
while [ $# -gt 0 ]; do
    case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --no-suite) suite=0; shift ;;
    *) revisions+=("$1"); shift ;;
    esac
done
[ ${#revisions[@]} -eq 0 ] && revisions=(HEAD)
root=$(git rev-parse --show-toplevel)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { # command... → wall seconds, the command's output discarded
    local start end
    start=$(date +%s%N)
    if ! "$@" >/dev/null 2>&1; then
        echo "bench/build.sh: '$*' failed in $(pwd)" >&2
        exit 1
    fi
    end=$(date +%s%N)
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f\n", (e - s) / 1e9 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

printf '%-10s %-28s %8s\n' revision measure seconds
for revision in "${revisions[@]}"; do
    sha=$(git -C "$root" rev-parse --short "$revision")
    clone="$work/$sha"
    git clone -q "$root" "$clone"
    git -C "$clone" checkout -q "$sha"
    cd "$clone"
    for _ in $(seq "$runs"); do
        rm -rf .build
        seconds swift build
    done | median | xargs printf '%-10s %-28s %8.1f\n' "$sha" "clean debug build"
    for file in Sources/KBKDomain/CivilDate.swift Sources/KBKCLI/InboxCommand.swift; do
        for _ in $(seq "$runs"); do
            echo "// touched" >>"$file"
            seconds swift build
            git checkout -q -- "$file"
            swift build >/dev/null 2>&1
        done | median | xargs printf '%-10s %-28s %8.1f\n' "$sha" "rebuild, $(basename "$file")"
    done
    if [ "$suite" = 1 ]; then
        swift build --build-tests >/dev/null 2>&1
        for _ in $(seq "$runs"); do seconds swift test; done | median |
            xargs printf '%-10s %-28s %8.1f\n' "$sha" "swift test (built)"
    fi
    cd "$root"
done
