#!/usr/bin/env bash
# kbk benchmark: import, report, list, show, new, --help and escalate on a large database, each against the
# sqlite3 shell doing the same work where there is such a baseline. Release build; medians of RUNS runs.
#
#   bench/run.sh [N] [RUNS]        N complaints (default 1000000), RUNS runs each (default 5)
#   bench/run.sh --quick           N = 100000
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-1000000}
[ "$N" = "--quick" ] && N=100000
RUNS=${2:-5}
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
swift build -c release >/dev/null
KBK=$PWD/.build/release/kbk
WORK=${BENCH_DIR:-$PWD/bench/out}
mkdir -p "$WORK"
export KBK_NOW=2026-06-30T12:00:00+07:00
YEAR=2025

CSV=$WORK/complaints-$N.csv
[ -f "$CSV" ] || python3 bench/generate.py "$N" "$CSV" --last-year $YEAR

# median of the values on stdin
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# run a command RUNS times; prints "median_seconds median_peak_kib"
measure() {
    local times=() mems=()
    for _ in $(seq "$RUNS"); do
        [ -n "${PREPARE:-}" ] && eval "$PREPARE"
        /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" >/dev/null 2>"$WORK/stderr.txt" || { cat "$WORK/stderr.txt"; exit 1; }
        read -r t m < "$WORK/time.txt"; times+=("$t"); mems+=("$m")
    done
    echo "$(printf '%s\n' "${times[@]}" | median) $(printf '%s\n' "${mems[@]}" | median)"
}

DB=$WORK/kbk-$N.sqlite
# A pinned clock (KBK_NOW) is honoured only where an admin allowed it: the bench database is one.
allow_pinned_clock() { KBK_NOW= "$KBK" --db "$1" init >/dev/null; KBK_NOW= "$KBK" --db "$1" config set clock.pinning allowed >/dev/null; }
fresh() { rm -f "$DB" "$DB-wal" "$DB-shm"; allow_pinned_clock "$DB"; "$KBK" --db "$DB" import skpd "${CSV%.csv}-skpd.csv" >/dev/null; }
PLAIN=$WORK/plain.sqlite
COLUMNS=$(head -1 "$CSV")

echo "kbk benchmark: N=$N complaints, $RUNS runs each, $(nproc) cores, SQLite $(sqlite3 --version | cut -d' ' -f1), $(date -u +%Y-%m-%d)"
read -r kbk_import kbk_import_mem < <(PREPARE=fresh measure "$KBK" --db "$DB" import complaints "$CSV")
read -r sql_import sql_import_mem < <(PREPARE="rm -f $PLAIN; sqlite3 $PLAIN 'CREATE TABLE complaint ($COLUMNS)'" \
    measure sqlite3 "$PLAIN" ".mode csv" ".import --skip 1 $CSV complaint")

read -r kbk_report kbk_report_mem < <(measure "$KBK" --db "$DB" report --period $YEAR --format json)
read -r sql_report sql_report_mem < <(measure sqlite3 "$DB" ".param set :from \"'$YEAR-01-01'\"" ".param set :to \"'$YEAR-12-31'\"" ".read bench/baseline.sql")
# The baseline must agree with kbk.
kbk_summary=$("$KBK" --db "$DB" report --period $YEAR --section summary --format json | python3 -c '
import json,sys; s=json.load(sys.stdin)["summary"]
print("|".join(str(s[k]) for k in ["received","rejected","valid","followed_up","followed_up_on_time","settled","settled_on_time","reopened"]))')
sql_summary=$(sqlite3 "$DB" ".param set :from \"'$YEAR-01-01'\"" ".param set :to \"'$YEAR-12-31'\"" ".read bench/baseline.sql" | awk "NR==1")
[ "$kbk_summary" = "$sql_summary" ] || { echo "baseline disagrees with kbk: $sql_summary vs $kbk_summary"; exit 1; }

TICKET=$("$KBK" --db "$DB" complaint list --limit 1 --format csv | tail -1 | cut -d, -f1)
read -r list_time list_mem < <(measure "$KBK" --db "$DB" complaint list --overdue --limit 50)
# A search by words (migration 0039's index): one every complaint matches, the worst case (the newest
# 50 of all, and the count of all, which a list stopping at its limit tells), and one few match. The
# shell runs the same two statements.
search_sql() {
    local where="id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH '$1')"
    echo "SELECT ticket, received_at, channel, status, subject FROM complaint WHERE $where ORDER BY received_at DESC, id DESC LIMIT 50; SELECT count(*) FROM complaint WHERE $where;"
}
read -r search_all search_all_mem < <(measure "$KBK" --db "$DB" complaint list --search "aduan koma" --limit 50)
read -r sql_search_all _ < <(measure sqlite3 "$DB" "$(search_sql '"aduan"* "koma"*')")
read -r search_few search_few_mem < <(measure "$KBK" --db "$DB" complaint list --search "nomor 4242" --limit 50)
read -r sql_search_few _ < <(measure sqlite3 "$DB" "$(search_sql '"nomor"* "4242"*')")
read -r show_time show_mem < <(measure "$KBK" --db "$DB" complaint show "$TICKET")
read -r new_time new_mem < <(KBK_NOW= measure "$KBK" --db "$DB" complaint new --channel sms --subject Bench --description "Satu aduan lagi")
read -r help_time help_mem < <(measure "$KBK" --help)
# Deadline notices: what is due (read only), against the shell reading the same rows; then a real
# run recording every notice due and writing each message to a folder, on a fresh copy each time.
read -r esc_dry esc_dry_mem < <(measure "$KBK" --db "$DB" escalate --dry-run)
read -r sql_esc sql_esc_mem < <(measure sqlite3 "$DB" ".read bench/escalate-baseline.sql")
NOTICES=$("$KBK" --db "$DB" escalate --dry-run --format json | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
COPY=$WORK/escalate.sqlite
read -r esc_run esc_run_mem < <(PREPARE="rm -rf $WORK/notices $COPY*; mkdir $WORK/notices; cp $DB $COPY" \
    measure "$KBK" --db "$COPY" escalate --to-folder "$WORK/notices")

ratio() { python3 -c "print(f'{$1/$2:.2f}')"; }
rate() { python3 -c "print(f'{$N/$1:,.0f}')"; }
printf '\n%-36s %12s %10s %14s %8s\n' "measure (median of $RUNS)" "kbk" "peak MiB" "sqlite3 shell" "ratio"
printf '%-36s %9s r/s %10d %10s r/s %8s\n' "import $N complaints" "$(rate "$kbk_import")" $((kbk_import_mem/1024)) "$(rate "$sql_import")" "$(ratio "$kbk_import" "$sql_import")"
printf '%-36s %10ss %10d %13ss %8s\n' "report --period $YEAR --format json" "$kbk_report" $((kbk_report_mem/1024)) "$sql_report" "$(ratio "$kbk_report" "$sql_report")"
printf '%-36s %10ss %10d\n' "complaint list --overdue --limit 50" "$list_time" $((list_mem/1024))
printf '%-36s %10ss %10d %13ss %8s\n' "complaint list --search (all match)" "$search_all" $((search_all_mem/1024)) "$sql_search_all" "$(ratio "$search_all" "$sql_search_all")"
printf '%-36s %10ss %10d %13ss %8s\n' "complaint list --search (few match)" "$search_few" $((search_few_mem/1024)) "$sql_search_few" "$(ratio "$search_few" "$sql_search_few")"
printf '%-36s %10ss %10d\n' "complaint show" "$show_time" $((show_mem/1024))
printf '%-36s %10ss %10d\n' "complaint new (whole process)" "$new_time" $((new_mem/1024))
printf '%-36s %10ss %10d\n' "--help (start-up)" "$help_time" $((help_mem/1024))
printf '%-36s %10ss %10d %13ss %8s\n' "escalate --dry-run ($NOTICES due)" "$esc_dry" $((esc_dry_mem/1024)) "$sql_esc" "$(ratio "$esc_dry" "$sql_esc")"
printf '%-36s %10ss %10d\n' "escalate --to-folder ($NOTICES files)" "$esc_run" $((esc_run_mem/1024))
echo "baseline check: report summary equals the hand-written SQL ($sql_summary)"
