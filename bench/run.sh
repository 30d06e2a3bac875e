#!/usr/bin/env bash
# kbk benchmark: every door on a large database, each against the engine (the sqlite3 shell) doing
# the same work where there is such a baseline, with the ratio. Release build; medians of RUNS runs.
#
#   bench/run.sh [N] [RUNS]        N complaints (default 1000000), RUNS runs each (default 5)
#   bench/run.sh --quick           N = 100000
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
[ "$N" = "--quick" ] && N=100000
RUNS=${2:-5}
case "$N$RUNS" in ''|*[!0-9]*) echo "usage: bench/run.sh [N|--quick] [RUNS]: N and RUNS are whole numbers" >&2; exit 64;; esac
[ "$N" -gt 0 ] && [ "$RUNS" -gt 0 ] || { echo "usage: bench/run.sh [N|--quick] [RUNS]: N and RUNS must be above 0" >&2; exit 64; }
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
swift build -c release >/dev/null
KBK=$PWD/.build/release/kbk
BENCH=$PWD/bench
WORK=${BENCH_DIR:-$PWD/bench/out}
mkdir -p "$WORK"
export KBK_NOW=2026-06-30T12:00:00+07:00
YEAR=2025

CSV=$WORK/complaints-$N.csv
[ -f "$CSV" ] || python3 bench/generate.py "$N" "$CSV" --last-year $YEAR

# median of the values on stdin
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# run a command RUNS times (PREPARE before each, untimed); prints "median_seconds median_peak_kib"
measure() {
    local times=() mems=()
    for _ in $(seq "$RUNS"); do
        [ -n "${PREPARE:-}" ] && eval "$PREPARE"
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt"; exit 1; }
        read -r t m < "$WORK/time.txt"; times+=("$t"); mems+=("$m")
    done
    echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}
# milliseconds of a short whole process: hyperfine's median of 30 runs (time resolves 10 ms only)
quick() { hyperfine -N --warmup 3 --runs 30 --export-json "$WORK/h.json" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
          python3 -c "import json; print(f\"{json.load(open('$WORK/h.json'))['results'][0]['median']*1000:.1f}\")"; }
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }

DB=$WORK/kbk-$N.sqlite
# A pinned clock (KBK_NOW) is honoured only where an admin allowed it: the bench database is one.
allow_pinned_clock() { KBK_NOW= "$KBK" --db "$1" init >/dev/null; KBK_NOW= "$KBK" --db "$1" config set clock.pinning allowed >/dev/null; }
units_only() { rm -f "$1" "$1-wal" "$1-shm"; allow_pinned_clock "$1"; "$KBK" --db "$1" import skpd "${CSV%.csv}-skpd.csv" >/dev/null; }
PLAIN=$WORK/plain.sqlite
COPY=$WORK/copy.sqlite
COLUMNS=$(head -1 "$CSV")
END_INSTANT="$YEAR-12-31T17:00:00Z"   # the period's end in the database's offset (+07:00), as UTC

echo "kbk benchmark: N=$N complaints, $RUNS runs each, $(nproc) cores, SQLite $(sqlite3 --version | cut -d' ' -f1), $(date -u +%Y-%m-%d)"
# Import: kbk, then the same rows copied by plain SQL into the same schema (import-baseline.sql), and
# the shell's .import of the CSV into one table without indexes, for scale.
read -r kbk_import kbk_import_mem < <(PREPARE="units_only $DB" measure "$KBK" --db "$DB" import complaints "$CSV")
printf '%s\n' ".param set :src \"'$DB'\"" ".read $BENCH/import-baseline.sql" > "$WORK/import-baseline.sql"
read -r sql_copy _ < <(PREPARE="units_only $COPY" measure sqlite3 "$COPY" ".read $WORK/import-baseline.sql")
[ "$(sqlite3 "$COPY" 'SELECT count(*) FROM complaint')" = "$N" ] || { echo "the plain SQL copy holds no $N complaints"; exit 1; }
read -r sql_import _ < <(PREPARE="rm -f $PLAIN; sqlite3 $PLAIN 'CREATE TABLE complaint ($COLUMNS)'" \
    measure sqlite3 "$PLAIN" ".mode csv" ".import --skip 1 $CSV complaint")

# Report: kbk's JSON against baseline.sql computing every complaint section that counts rows; the
# figures must agree (check-baseline.py), or the script stops.
printf '%s\n' ".param set :from \"'$YEAR-01-01'\"" ".param set :to \"'$YEAR-12-31'\"" \
    ".param set :end \"'$END_INSTANT'\"" ".read $BENCH/baseline.sql" > "$WORK/report-baseline.sql"
read -r kbk_report kbk_report_mem < <(measure "$KBK" --db "$DB" report --period $YEAR --format json)
read -r sql_report _ < <(measure sqlite3 -json "$DB" ".read $WORK/report-baseline.sql")
"$KBK" --db "$DB" report --period $YEAR --format json > "$WORK/report.json" 2>/dev/null
sqlite3 -json "$DB" ".read $WORK/report-baseline.sql" > "$WORK/report-baseline.json"
report_check=$(python3 bench/check-baseline.py "$WORK/report.json" "$WORK/report-baseline.json") \
    || { echo "baseline disagrees with kbk: $report_check"; exit 1; }

# Export: CSV against the shell writing the same columns (export-baseline.sql), checked equal as CSV;
# JSON (each complaint whole: its state, deadlines and standing, as `complaint show` gives it)
# against the shell's -json of every column of the complaint table.
read -r kbk_csv kbk_csv_mem < <(measure "$KBK" --db "$DB" export complaints --format csv)
read -r sql_csv _ < <(measure sqlite3 -csv -header "$DB" ".read $BENCH/export-baseline.sql")
read -r kbk_json kbk_json_mem < <(measure "$KBK" --db "$DB" export complaints --format json)
read -r sql_json _ < <(measure sqlite3 -json "$DB" "SELECT * FROM complaint ORDER BY id")
"$KBK" --db "$DB" export complaints --format csv > "$WORK/export.csv" 2>/dev/null
sqlite3 -csv -header "$DB" ".read $BENCH/export-baseline.sql" > "$WORK/export-baseline.csv"
python3 -c "
import csv, sys
a = list(csv.reader(open('$WORK/export.csv', newline=''))); b = list(csv.reader(open('$WORK/export-baseline.csv', newline='')))
sys.exit(0 if a == b else 'export-baseline.sql does not write what kbk writes')"

TICKET=$("$KBK" --db "$DB" complaint list --limit 1 --format csv | tail -1 | cut -d, -f1)
read -r list_time list_mem < <(measure "$KBK" --db "$DB" complaint list --overdue --limit 50)
# A search by words (migration 0039's index): one every complaint matches, the worst case (the newest
# 50 of all, and the count of all, which a list stopping at its limit tells), and one few match, the
# words in another order than the complaint has them. The shell runs the same two statements.
search_sql() {
    local where="id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH '$1')"
    echo "SELECT ticket, received_at, channel, status, subject FROM complaint WHERE $where ORDER BY received_at DESC, id DESC LIMIT 50; SELECT count(*) FROM complaint WHERE $where;"
}
search_all=$(quick "$KBK --db $DB complaint list --search 'aduan koma' --limit 50")
sql_search_all=$(quick "sqlite3 $DB \"$(search_sql '"aduan"* "koma"*')\"")
"$KBK" --db "$DB" complaint list --search "4242 nomor" --format csv | grep -q "Aduan nomor 4242" \
    || { echo "a search with the words in another order finds nothing"; exit 1; }
search_few=$(quick "$KBK --db $DB complaint list --search '4242 nomor' --limit 50")
sql_search_few=$(quick "sqlite3 $DB \"$(search_sql '"4242"* "nomor"*')\"")
show_time=$(quick "$KBK --db $DB complaint show $TICKET")
sql_one=$(quick "sqlite3 $DB 'SELECT 1'")
help_time=$(quick "$KBK --help")
# complaint new commits with synchronous = FULL; each run adds one complaint to a copy.
cp "$DB" "$COPY"; rm -f "$COPY-wal" "$COPY-shm"
new_time=$(KBK_NOW= quick "$KBK --db $COPY complaint new --channel sms --subject Bench --description 'Satu aduan lagi'")

# Deadline notices: what is due (read only), against the shell reading the same rows; then a real
# run, recording every notice due, on a fresh copy each time, with a mail program that does nothing
# (/bin/true: the cost of a real run beyond it is the mail system's).
read -r esc_dry esc_dry_mem < <(measure "$KBK" --db "$DB" escalate --dry-run)
read -r sql_esc _ < <(measure sqlite3 "$DB" ".read $BENCH/escalate-baseline.sql")
NOTICES=$("$KBK" --db "$DB" escalate --dry-run --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
read -r esc_run esc_run_mem < <(PREPARE="rm -f $COPY*; cp $DB $COPY; KBK_NOW= $KBK --db $COPY config set mail.command /bin/true >/dev/null" \
    measure "$KBK" --db "$COPY" escalate)

ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
rate() { python3 -c "print(f'{$N/$1:,.0f} r/s')"; }
row() { printf '%-44s %14s %9s  %-34s %14s %7s\n' "$@"; }
echo
row "work (median of $RUNS; ms: hyperfine, 30)" "kbk" "peak MiB" "the engine doing the same work" "engine" "ratio"
row "import $N complaints" "$(rate "$kbk_import")" $((kbk_import_mem/1024)) "plain SQL copy of the same rows" "$(rate "$sql_copy")" "$(ratio "$kbk_import" "$sql_copy")"
row "" "${kbk_import}s" "" ".import into one plain table" "$(rate "$sql_import")" "$(ratio "$kbk_import" "$sql_import")"
row "report --period $YEAR --format json" "${kbk_report}s" $((kbk_report_mem/1024)) "baseline.sql, every section" "${sql_report}s" "$(ratio "$kbk_report" "$sql_report")"
row "export complaints --format csv" "${kbk_csv}s" $((kbk_csv_mem/1024)) "sqlite3 -csv, same columns" "${sql_csv}s" "$(ratio "$kbk_csv" "$sql_csv")"
row "export complaints --format json" "${kbk_json}s" $((kbk_json_mem/1024)) "sqlite3 -json, every column" "${sql_json}s" "$(ratio "$kbk_json" "$sql_json")"
row "escalate --dry-run ($NOTICES due)" "${esc_dry}s" $((esc_dry_mem/1024)) "its reads (escalate-baseline.sql)" "${sql_esc}s" "$(ratio "$esc_dry" "$sql_esc")"
row "escalate, mail program /bin/true" "${esc_run}s" $((esc_run_mem/1024)) "" "" ""
row "complaint list --search (all match)" "${search_all} ms" "" "the same two FTS5 statements" "${sql_search_all} ms" "$(ratio "$search_all" "$sql_search_all")"
row "complaint list --search '4242 nomor'" "${search_few} ms" "" "the same two FTS5 statements" "${sql_search_few} ms" "$(ratio "$search_few" "$sql_search_few")"
row "complaint list --overdue --limit 50" "${list_time}s" $((list_mem/1024)) "" "" ""
row "complaint show (whole process)" "${show_time} ms" "" "sqlite3 'SELECT 1' (its start)" "${sql_one} ms" "$(ratio "$show_time" "$sql_one")"
row "complaint new (synchronous = FULL)" "${new_time} ms" "" "target 10 ms" "" ""
row "--help (start-up)" "${help_time} ms" "" "" "" ""
echo "baseline check: $report_check; export-baseline.sql writes kbk's CSV; the search finds words in any order"
