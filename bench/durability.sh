#!/usr/bin/env bash
# What durable commits cost: `kbk complaint new` (synchronous = FULL since issue 12) as a whole
# process, against the sqlite3 shell committing the same rows (a complaint, its receive event and
# its audit entry, copied from a row kbk wrote) with synchronous = FULL and with NORMAL, on the
# same disk. The shell's FULL − NORMAL is the price of the fsync at every commit in WAL mode.
#
#   bench/durability.sh [RUNS]      hyperfine runs of each (default 40)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-40}
command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3; }
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
command -v strace >/dev/null || { apt-get update -qq && apt-get install -y -qq strace; }
swift build -c release >/dev/null
KBK=$PWD/.build/release/kbk
WORK=${BENCH_DIR:-$PWD/bench/out}/durability
rm -rf "$WORK" && mkdir -p "$WORK"
DB=$WORK/kbk.sqlite
"$KBK" --db "$DB" init >/dev/null
"$KBK" --db "$DB" complaint new --channel sms --subject Bench --description "Satu aduan" >/dev/null

# One transaction as kbk writes it, with a fresh ticket each time (the rows kbk wrote, copied).
row() { sqlite3 "$DB" ".mode insert $1" "SELECT * FROM $1 $2" | sed "s/^INSERT INTO \"\?$1\"\? VALUES(\?[0-9]*,/INSERT INTO $1 VALUES(NULL,/"; }
complaint=$(row complaint "ORDER BY id LIMIT 1" | sed "s/'ADU-2026-00001'/'ADU-' || hex(randomblob(6))/")
event=$(row complaint_event "ORDER BY id LIMIT 1" | sed "s/VALUES(NULL,1,/VALUES(NULL,last_insert_rowid(),/")
audit=$(row audit_log "ORDER BY id DESC LIMIT 1")
for mode in FULL NORMAL; do
    { echo "PRAGMA journal_mode = WAL; PRAGMA synchronous = $mode; PRAGMA foreign_keys = ON; BEGIN IMMEDIATE;"
      echo "UPDATE ticket_counter SET last = last + 1;"; echo "$complaint"; echo "$event"; echo "$audit"; echo "COMMIT;"; } > "$WORK/tx-$mode.sql"
done
sqlite3 "$DB" < "$WORK/tx-FULL.sql" >/dev/null   # the copied rows are valid
# Every run starts from the same small database, so no run pays for a WAL grown by the ones before.
sqlite3 "$DB" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
cp "$DB" "$WORK/base.sqlite"
RESET="cp $WORK/base.sqlite $DB && rm -f $DB-wal $DB-shm"

echo "Durability benchmark: $RUNS runs each, $(nproc) cores, SQLite $(sqlite3 --version | cut -d' ' -f1), $(df --output=source "$WORK" | tail -1), $(date -u +%Y-%m-%d)"
hyperfine -N --warmup 3 --runs "$RUNS" --prepare "sh -c \"$RESET\"" --export-json "$WORK/hyperfine.json" \
    -n "kbk complaint new (FULL)" "$KBK --db $DB complaint new --channel sms --subject Bench --description Lagi" \
    -n "sqlite3 same rows, FULL" "sqlite3 $DB -init $WORK/tx-FULL.sql .quit" \
    -n "sqlite3 same rows, NORMAL" "sqlite3 $DB -init $WORK/tx-NORMAL.sql .quit" >/dev/null
python3 - "$WORK/hyperfine.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
print(f"{'command':<28} {'median ms':>10} {'mean ± sd ms':>16}")
for r in results:
    print(f"{r['command']:<28} {r['median']*1000:>10.2f} {r['mean']*1000:>9.2f} ± {r['stddev']*1000:.2f}")
full, normal = results[1]["median"], results[2]["median"]
print(f"shell FULL − NORMAL: {(full - normal)*1000:+.2f} ms (median)")
PY
# The syncs themselves, counted: wall time on a shared machine hides a fraction of a millisecond.
syncs() {
    eval "$RESET"
    strace -f -c -e trace=fsync,fdatasync "$@" 2>&1 >/dev/null \
        | awk '/total/ {found = 1; printf "%d sync calls, %.3f ms in them", $4, $2 * 1000} END {if (!found) printf "0 sync calls"}'
}
echo "kbk complaint new:          $(syncs "$KBK" --db "$DB" complaint new --channel sms --subject Bench --description Lagi)"
echo "sqlite3 same rows, FULL:    $(syncs sqlite3 "$DB" -init "$WORK/tx-FULL.sql" .quit)"
echo "sqlite3 same rows, NORMAL:  $(syncs sqlite3 "$DB" -init "$WORK/tx-NORMAL.sql" .quit)"
"$KBK" --db "$DB" check >/dev/null && echo "database after the runs: check ok"
