#!/usr/bin/env bash
# kbk-web at 100,000 complaints: page render time as a whole CGI process (hyperfine), then
# throughput with 8 concurrent clients through lighttpd with deploy/lighttpd.conf (ab): requests
# per second, 95th-percentile latency and failed requests for the inbox, a complaint page and a
# form post. Release build; the database is bench/run.sh's (bench/run.sh --quick makes it).
#
#   bench/web.sh [REQUESTS]      REQUESTS per ab run (default 400)
set -euo pipefail
cd "$(dirname "$0")/.."
REQUESTS=${1:-400}
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v ab >/dev/null || need+=(apache2-utils)
command -v lighttpd >/dev/null || need+=(lighttpd lighttpd-mod-openssl)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
WORK=${BENCH_DIR:-$PWD/bench/out}
SOURCE=$WORK/kbk-100000.sqlite
[ -f "$SOURCE" ] || bench/run.sh 100000 1 >/dev/null
swift build -c release --product kbk >/dev/null
swift build -c release --product kbk-web >/dev/null
KBK=$PWD/.build/release/kbk
WEB=$PWD/.build/release/kbk-web
export KBK_NOW=2026-06-30T12:00:00+07:00

root=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid"; rm -rf "$root"' EXIT
mkdir -p "$root/htdocs" "$root/db"
DB=$root/db/kbk.sqlite
cp "$SOURCE" "$DB"
# The busiest unit's admin, and a coordinator of the whole government.
unit=$(sqlite3 "$DB" "SELECT u.code FROM complaint c JOIN skpd u ON u.id = c.skpd_id
    WHERE c.status IN ('verified', 'in_progress', 'on_hold') GROUP BY u.code ORDER BY count(*) DESC LIMIT 1")
"$KBK" --db "$DB" official add --login adm.bench --nip 198001012005011001 --name "Admin $unit" --skpd "$unit" --role unit-admin >/dev/null
"$KBK" --db "$DB" official add --login koord.bench --nip 198001012005011002 --name "Koordinator" --skpd "$unit" --role coordinator >/dev/null
ticket=$(sqlite3 "$DB" "SELECT c.ticket FROM complaint c JOIN skpd u ON u.id = c.skpd_id
    WHERE u.code = '$unit' AND c.status = 'in_progress' ORDER BY c.id LIMIT 1")
open=$(sqlite3 "$DB" "SELECT count(*) FROM complaint c JOIN skpd u ON u.id = c.skpd_id
    WHERE u.code = '$unit' AND c.status IN ('received', 'verified', 'in_progress', 'on_hold')")

echo "kbk-web benchmark: $(sqlite3 "$DB" 'SELECT count(*) FROM complaint') complaints, $(nproc) cores, $(date -u +%Y-%m-%d)"
echo "unit $unit: $open open complaints; complaint $ticket"
process() {
    env KBK_DB="$DB" SCRIPT_NAME=/kbk REQUEST_METHOD=GET REMOTE_USER="$1" PATH_INFO="$2" \
        hyperfine -N --warmup 3 --runs 40 --export-json "$root/h.json" "$WEB" >/dev/null 2>&1
    python3 -c "import json; r=json.load(open('$root/h.json'))['results'][0]; print(f\"{r['median']*1000:.1f} ms median, {r['mean']*1000:.1f} ± {r['stddev']*1000:.1f}\")"
}
echo
echo "as a whole CGI process (hyperfine, 40 runs):"
echo "  inbox of $unit's admin      $(process adm.bench /)"
echo "  complaint page              $(process adm.bench "/complaint/$ticket")"
echo "  inbox of a coordinator      $(process koord.bench /)"
echo "  citizen's status page       $(process "" /status)"
# The rows a coordinator's inbox decides its queues on, printed by the shell (no queues, no page).
candidates="SELECT c.id, c.skpd_id, c.assigned_to IS NULL, c.assigned_to IS 'koord.bench', c.status,
    c.first_response_at IS NOT NULL, c.verify_due, c.respond_due, c.settle_due FROM complaint c
    INDEXED BY complaint_open WHERE c.status IN ('received', 'verified', 'in_progress', 'on_hold')
    ORDER BY c.received_at, c.id"
echo "  sqlite3 shell, those rows   $(hyperfine -N --warmup 3 --runs 40 --export-json "$root/h.json" "sqlite3 $DB \"$candidates\"" >/dev/null 2>&1; python3 -c "import json; r=json.load(open('$root/h.json'))['results'][0]; print(f\"{r['median']*1000:.1f} ms median\")")"
echo "  sqlite3 shell, select 1     $(hyperfine -N --warmup 3 --runs 40 --export-json "$root/h.json" "sqlite3 $DB 'select 1'" >/dev/null 2>&1; python3 -c "import json; r=json.load(open('$root/h.json'))['results'][0]; print(f\"{r['median']*1000:.1f} ms median\")")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
export KBK_WEB_ROOT=$root KBK_WEB_BIN=$WEB KBK_DB=$DB KBK_WEB_USERS=$root/users
export KBK_WEB_PORT=$(free_port) KBK_WEB_TLS_PORT=$(free_port) KBK_WEB_CERT=$root/server.pem
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 2 -keyout "$root/k.pem" -out "$root/c.pem" 2>/dev/null
cat "$root/c.pem" "$root/k.pem" > "$root/server.pem"
htpasswd -b -c "$root/users" adm.bench rahasia 2>/dev/null   # the default (MD5) hash: bcrypt would time the login
lighttpd -D -f deploy/lighttpd.conf & pid=$!
sleep 1
url=http://127.0.0.1:$KBK_WEB_PORT/kbk
token=$(curl -s -u adm.bench:rahasia "$url/complaint/$ticket" | sed -n 's/.*name="csrf" value="\([0-9a-f.]*\)".*/\1/p' | head -1)
printf 'csrf=%s&message=Catatan+beban' "$token" > "$root/post"
through() {
    ab -q -c 8 -n "$REQUESTS" -A adm.bench:rahasia "$@" > "$root/ab.txt" 2>&1 || { cat "$root/ab.txt"; exit 1; }
    local rps p95 failed non2xx
    rps=$(awk '/Requests per second/ {print $4}' "$root/ab.txt")
    p95=$(awk '$1 == "95%" {print $2}' "$root/ab.txt")
    failed=$(awk '/Failed requests/ {print $3}' "$root/ab.txt")
    non2xx=$(awk '/Non-2xx responses/ {print $3}' "$root/ab.txt"); non2xx=${non2xx:-0}
    echo "$rps req/s, 95 % within $p95 ms, $failed failed, $non2xx not 2xx"
}
echo
echo "through lighttpd, 8 concurrent clients, $REQUESTS requests each (ab):"
echo "  inbox                       $(through "$url/")"
echo "  complaint page              $(through "$url/complaint/$ticket")"
echo "  form post (a note; 303)     $(through -p "$root/post" -T application/x-www-form-urlencoded "$url/complaint/$ticket/note")"
echo "  notes written: $(sqlite3 "$DB" "SELECT count(*) FROM complaint_event WHERE action = 'note' AND text = 'Catatan beban'")"
