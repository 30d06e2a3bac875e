#!/usr/bin/env bash
# The province's benchmark (issue 35): REGENCIES regencies, each with PER complaints over ten years
# (bench/generate.py, imported with `kbk import` and published with `kbk publish`), loaded into a
# throw-away PostgreSQL cluster by LOADERS `kbk-province load` processes at once; then the report
# against the same figures written by hand in SQL (province-baseline.sql) run by psql, and the
# plans PostgreSQL chose (auto_explain). Release build; medians of RUNS runs.
#
#   bench/province.sh [REGENCIES] [PER] [LOADERS] [RUNS]     defaults: 35 50000 8 3
set -euo pipefail
cd "$(dirname "$0")/.."
REGENCIES=${1:-35}
PER=${2:-50000}
LOADERS=${3:-8}
RUNS=${4:-3}
case "$REGENCIES$PER$LOADERS$RUNS" in ''|*[!0-9]*)
    echo "usage: bench/province.sh [REGENCIES] [PER] [LOADERS] [RUNS]: whole numbers" >&2; exit 64;; esac
[ "$REGENCIES" -ge 1 ] && [ "$REGENCIES" -le 99 ] && [ "$PER" -gt 0 ] && [ "$LOADERS" -gt 0 ] && [ "$RUNS" -gt 0 ] ||
    { echo "usage: bench/province.sh: REGENCIES from 1 to 99, the others above 0" >&2; exit 64; }
command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine; }
command -v pg_config >/dev/null && ls "$(pg_config --bindir)/initdb" >/dev/null 2>&1 ||
    { apt-get update -qq && apt-get install -y -qq postgresql libpq-dev; }
swift build -c release >/dev/null
KBK=$PWD/.build/release/kbk
PROVINCE=$PWD/.build/release/kbk-province
BIN=$(pg_config --bindir)
WORK=${BENCH_DIR:-$PWD/bench/out}/province-$REGENCIES-$PER
mkdir -p "$WORK"
export KBK_NOW=2026-06-30T12:00:00+07:00
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# 1. The regencies, made once and kept in $WORK: two at a time, one per core.
make_regency() {
    local code=$((3300 + $1)) db bundle
    db=$WORK/r$code.sqlite
    bundle=$WORK/r$code.kbkp
    [ -f "$bundle" ] && return 0
    # A regency made by an earlier run is migrated and published again (a bundle of this build).
    if [ -f "$db" ] && [ ! -f "$WORK/r$code.csv" ]; then
        KBK_NOW= "$KBK" --db "$db" migrate >/dev/null
        "$KBK" --db "$db" publish --output "$bundle.part" 2>/dev/null
        mv "$bundle.part" "$bundle"
        return 0
    fi
    python3 bench/generate.py "$PER" "$WORK/r$code.csv" --years 10 --seed "$1" --units 40 --last-year 2025
    rm -f "$db" "$db-wal" "$db-shm"
    # The history is of 2016-2025, read as of 30 June 2026: a pinned clock, allowed in this database.
    KBK_NOW= "$KBK" --db "$db" init >/dev/null
    KBK_NOW= "$KBK" --db "$db" config set clock.pinning allowed >/dev/null
    "$KBK" --db "$db" import skpd "$WORK/r$code-skpd.csv" >/dev/null
    "$KBK" --db "$db" import complaints "$WORK/r$code.csv" >/dev/null
    "$KBK" --db "$db" config set org.region "$code" >/dev/null
    "$KBK" --db "$db" config set org.name "Kabupaten $code" >/dev/null
    "$KBK" --db "$db" publish --output "$bundle.part" 2>/dev/null
    mv "$bundle.part" "$bundle"
    rm -f "$WORK/r$code.csv"
}
export -f make_regency
export KBK WORK PER
start=$(date +%s)
seq "$REGENCIES" | xargs -P 2 -I{} bash -c 'make_regency {}'
echo "regencies ready in $(( $(date +%s) - start )) s (made once, kept in $WORK)"
BUNDLES=$(ls "$WORK"/r*.kbkp | head -n "$REGENCIES")
echo "bundles: $(du -ch $BUNDLES | tail -1 | cut -f1) for $((REGENCIES * PER)) complaints"

# 2. A throw-away cluster: a folder, a unix socket, no TCP; as `postgres` when run as root.
PGDIR=$(mktemp -d /tmp/kbk-province-bench.XXXXXX)
chmod 755 "$PGDIR"
as_server() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$PGDIR"
stop() { as_server "$BIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$PGDIR"; }
trap stop EXIT
as_server "$BIN/initdb" -D "$PGDIR/data" --auth=trust -U kbk --encoding=UTF8 --locale=C >/dev/null
# fsync stays on, as on a province's server; a bigger cache and WAL than the defaults' 128 MB and 1 GB.
as_server "$BIN/pg_ctl" -D "$PGDIR/data" -w -l "$PGDIR/log" \
    -o "-k $PGDIR -c listen_addresses='' -c shared_buffers=2GB -c max_wal_size=8GB -c work_mem=64MB" start >/dev/null
export KBK_PROVINCE_URL="postgresql:///province?host=$PGDIR&user=kbk"
PSQL=("$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGDIR" -U kbk)
fresh() {
    "$BIN/dropdb" -h "$PGDIR" -U kbk --if-exists province 2>/dev/null
    "$BIN/createdb" -h "$PGDIR" -U kbk province
    "$PROVINCE" init >/dev/null
}

# 3. Loading: LOADERS processes at once, then one at a time; and the engine reading the same lines
#    as JSON with COPY into one table, LOADERS at once, for scale.
load_all() { printf '%s\n' $BUNDLES | xargs -P "$1" -n 1 "$PROVINCE" load >/dev/null; }
times=()
for _ in $(seq "$RUNS"); do
    fresh
    s=$(date +%s.%N); load_all "$LOADERS"; e=$(date +%s.%N)
    times+=("$(echo "$e - $s" | bc)")
done
LOAD=$(printf '%s\n' "${times[@]}" | median)
fresh
s=$(date +%s.%N); load_all 1; e=$(date +%s.%N)
ONE=$(echo "$e - $s" | bc)
STATES=$("${PSQL[@]}" -d province -At -c "SELECT count(*) FROM complaint_state")
COMPLAINTS=$("${PSQL[@]}" -d province -At -c "SELECT count(*) FROM complaint")
[ "$COMPLAINTS" = "$((REGENCIES * PER))" ] || { echo "loaded $COMPLAINTS complaints, expected $((REGENCIES * PER))" >&2; exit 1; }
"${PSQL[@]}" -d province -c "CREATE TABLE raw_line (line jsonb NOT NULL)" >/dev/null
copy_one() {
    sed 1d "$1" | sed 's/\\/\\\\/g' |
        "$BIN/psql" -X -q -h "$PGDIR" -U kbk -d province -c '\copy raw_line (line) from stdin'
}
export -f copy_one
export PGDIR BIN
COPYTIMES=()
for _ in $(seq "$RUNS"); do
    "${PSQL[@]}" -d province -c "TRUNCATE raw_line"
    s=$(date +%s.%N)
    printf '%s\n' $BUNDLES | xargs -P "$LOADERS" -I{} bash -c 'copy_one {}'
    e=$(date +%s.%N)
    COPYTIMES+=("$(echo "$e - $s" | bc)")
done
COPY=$(printf '%s\n' "${COPYTIMES[@]}" | median)
"${PSQL[@]}" -d province -c "DROP TABLE raw_line"
"${PSQL[@]}" -d province -c "VACUUM ANALYZE" >/dev/null

# 4. The report against the hand-written SQL, each figure compared first.
"$PROVINCE" report --period 2025 --format json > "$WORK/report.json"
"${PSQL[@]}" -d province -f bench/province-baseline.sql > "$WORK/baseline.csv"
python3 bench/province-check.py "$WORK/report.json" "$WORK/baseline.csv"
hyperfine -N --warmup 2 --runs 10 --export-json "$WORK/report.h.json" \
    "$PROVINCE report --url $KBK_PROVINCE_URL --period 2025 --format json" \
    "$PROVINCE report --url $KBK_PROVINCE_URL --period 2025 --format html" \
    "${PSQL[*]} -d province -o /dev/null -f bench/province-baseline.sql" >/dev/null
read -r JSONMS HTMLMS SQLMS < <(python3 -c "import json; r=json.load(open('$WORK/report.h.json'))['results']; print(*[f\"{x['median']*1000:.0f}\" for x in r])")

# 5. The plans of the report's statements, as PostgreSQL ran them (auto_explain, in the server's log).
PGOPTIONS="-c session_preload_libraries=auto_explain -c auto_explain.log_min_duration=0 -c auto_explain.log_analyze=on -c auto_explain.log_buffers=on" \
    "$PROVINCE" report --period 2025 --format json >/dev/null
awk '/LOG:  duration/ {keep=1} /LOG:  statement|LOG:  checkpoint/ {keep=0} keep' "$PGDIR/log" > "$WORK/plans.txt"

TOTAL=$((REGENCIES * PER))
echo
echo "| what | figure |"
echo "|---|---|"
echo "| complaints, states | $TOTAL, $STATES |"
echo "| load, $LOADERS loaders at once (median of $RUNS) | ${LOAD} s: $(echo "$TOTAL / $LOAD" | bc) complaints/s, $(echo "$STATES / $LOAD" | bc) states/s |"
echo "| load, one at a time | ${ONE} s |"
echo "| psql COPY of the same lines as JSON into one table, $LOADERS at once | ${COPY} s ($(echo "scale=2; $LOAD / $COPY" | bc)× for kbk-province) |"
echo "| report --period 2025, JSON | ${JSONMS} ms ($(echo "scale=2; $JSONMS / $SQLMS" | bc)× the hand-written SQL) |"
echo "| report --period 2025, HTML | ${HTMLMS} ms |"
echo "| hand-written SQL, psql | ${SQLMS} ms |"
echo "plans: $WORK/plans.txt"
