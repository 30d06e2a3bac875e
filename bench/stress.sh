#!/usr/bin/env bash
# The reliability runs of issue 8 at full size, on the release build (swift test runs smaller ones):
# 8 processes each log 200 complaints and answer the complaint logged just before theirs, whoever
# logged it, while a ninth takes backups of the live database. Then every backup and the database
# itself must pass `kbk check`, with tickets unique and gapless and every event accounted for.
#
#   bench/stress.sh [PER_WORKER]     default 200
set -euo pipefail
cd "$(dirname "$0")/.."
PER=${1:-200}
WORKERS=8
swift build -c release >/dev/null
KBK=$PWD/.build/release/kbk
WORK=${BENCH_DIR:-$PWD/bench/out}/stress
rm -rf "$WORK" && mkdir -p "$WORK"
DB=$WORK/shared.sqlite
export KBK_NOW=2026-11-18T09:00:00+07:00 KBK_BUSY_TIMEOUT_MS=20000
# A pinned clock is honoured only where an admin allowed it.
KBK_NOW= "$KBK" --db "$DB" init >/dev/null
KBK_NOW= "$KBK" --db "$DB" config set clock.pinning allowed >/dev/null
"$KBK" --db "$DB" skpd add DPUPR --name "Dinas PU" --kind agency >/dev/null

worker() {
    local w=$1 i=0 t n p
    while [ $i -lt "$PER" ]; do
        t=$("$KBK" --db "$DB" complaint new --channel sms --subject "Aduan $w-$i" --description "dari $w" --skpd DPUPR) || exit 1
        n=$(echo "$t" | sed 's/^Logged ADU-2026-0*\([0-9]*\).*/\1/')
        if [ "$n" -gt 1 ]; then
            p=$(printf 'ADU-2026-%05d' $((n - 1)))
            "$KBK" --db "$DB" complaint respond "$p" --message "dijawab oleh $w" >/dev/null || exit 2
        fi
        i=$((i + 1))
    done
}

start=$(date +%s.%N)
pids=()
for w in $(seq $WORKERS); do worker "w$w" & pids+=($!); done
# Backups of the live database while the workers write.
(b=0; while kill -0 "${pids[0]}" 2>/dev/null; do b=$((b + 1)); "$KBK" --db "$DB" backup "$WORK/backup-$b.sqlite" >/dev/null || exit 3; sleep 0.5; done) &
backups=$!
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
wait $backups || { echo "a backup failed"; exit 1; }
elapsed=$(python3 -c "import time; print(f'{time.time() - $start:.1f}')")
[ $failed -eq 0 ] || { echo "$failed worker(s) failed"; exit 1; }

total=$((WORKERS * PER))
commands=$((2 * total - 1))
q() { sqlite3 "$1" "$2"; }
verify() {
    local db=$1 n
    "$KBK" --db "$db" check >/dev/null || { echo "check failed: $db"; exit 1; }
    n=$(q "$db" "SELECT count(*) FROM complaint")
    [ "$(q "$db" "SELECT count(DISTINCT ticket) || ' ' || coalesce(max(sequence), 0) FROM complaint")" = "$n $n" ] \
        || { echo "tickets not unique and gapless: $db"; exit 1; }
    # An answer is one event, one first-response time and one audit entry, or none of them.
    [ "$(q "$db" "SELECT count(*) FROM complaint_event WHERE action = 'respond'")" = "$(q "$db" "SELECT count(*) FROM complaint WHERE first_response_at IS NOT NULL")" ] \
        || { echo "answers do not add up: $db"; exit 1; }
    [ "$(q "$db" "SELECT count(*) FROM complaint_event WHERE action = 'receive'")" = "$n" ] || { echo "receipts do not add up: $db"; exit 1; }
    echo "$n"
}
final=$(verify "$DB")
[ "$final" = "$total" ] || { echo "expected $total complaints, found $final"; exit 1; }
[ "$(q "$DB" "SELECT count(*) FROM complaint_event WHERE action = 'respond'")" = "$((total - 1))" ] || { echo "answers missing"; exit 1; }
sizes=()
for b in $(ls -v "$WORK"/backup-*.sqlite); do sizes+=("$(verify "$b")"); done
echo "stress: $WORKERS processes × $PER complaints and answers ($commands commands) in ${elapsed} s, $(python3 -c "print(round($commands / $elapsed))") commands/s"
echo "database: $total complaints, tickets gapless, $((total - 1)) answers, kbk check clean"
echo "backups taken during the run: ${#sizes[@]}, each clean and consistent, holding $(IFS=,; echo "${sizes[*]}") complaints"
