#!/usr/bin/env bash
# kbk-web at SIZE complaints: page render time as a whole CGI process (hyperfine, with the sqlite3
# shell's baselines), then every page through lighttpd with deploy/lighttpd.conf and 8 concurrent
# clients (ab): median (ab's 50 % line) and 95th-percentile latency, requests per second and failed
# requests of each, as a coordinator and as the busiest unit's admin where the page differs by role,
# the median checked against a 25 ms target. Every page must answer 200 (the form post 303) to each
# request: the script fails otherwise. Release build; the database is bench/run.sh's.
#
#   bench/web.sh [SIZE] [REQUESTS]
#       SIZE       complaints (default 200000): $BENCH_DIR/kbk-SIZE.sqlite, made by bench/run.sh SIZE 1 if missing
#       REQUESTS   per ab run (default 400)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-200000}
REQUESTS=${2:-400}
TARGET=25   # ms, for each page's median
case "$SIZE$REQUESTS" in *[!0-9]*) echo "usage: bench/web.sh [SIZE] [REQUESTS]" >&2; exit 64;; esac
need=()
command -v hyperfine >/dev/null || need+=(hyperfine)
command -v ab >/dev/null || need+=(apache2-utils)
command -v lighttpd >/dev/null || need+=(lighttpd lighttpd-mod-openssl)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
WORK=${BENCH_DIR:-$PWD/bench/out}
SOURCE=$WORK/kbk-$SIZE.sqlite
if [ ! -f "$SOURCE" ]; then
    echo "no $SOURCE: making it with bench/run.sh $SIZE 1" >&2
    bench/run.sh "$SIZE" 1 >/dev/null
fi
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
# A database made by an earlier kbk is brought up to this one's schema first (a no-op when it is).
"$KBK" --db "$DB" migrate >/dev/null
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
export KBK_WEB_ADDRESS=127.0.0.1 KBK_WEB_PORT=$(free_port) KBK_WEB_TLS_PORT=$(free_port) KBK_WEB_CERT=$root/server.pem
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 2 -keyout "$root/k.pem" -out "$root/c.pem" 2>/dev/null
cat "$root/c.pem" "$root/k.pem" > "$root/server.pem"
# The default (MD5) hash: bcrypt would time the login.
htpasswd -b -c "$root/users" adm.bench rahasia 2>/dev/null
htpasswd -b "$root/users" koord.bench rahasia 2>/dev/null
# deploy/lighttpd.conf as it is, with the bench's pinned clock (KBK_NOW) for kbk-web too: mod_cgi
# passes no variable of the server's own, so without it the pages would be of the real day.
# /floor: the floor any CGI page stands on, for comparison: a shell script that runs the sqlite3
# shell once on the same database (open it, SELECT 1) and prints a line, through the same server.
cat > "$root/floor.cgi" <<CGI
#!/bin/sh
printf 'Content-Type: text/plain\r\n\r\n'
exec sqlite3 "$DB" 'SELECT 1'
CGI
chmod +x "$root/floor.cgi"
cat > "$root/lighttpd.conf" <<CONF
include "$PWD/deploy/lighttpd.conf"
setenv.add-environment = ( "KBK_NOW" => env.KBK_NOW )
alias.url += ( "/floor" => "$root/floor.cgi" )
\$HTTP["url"] =~ "^/floor" { cgi.assign = ( "" => "" ) }
CONF
lighttpd -D -f "$root/lighttpd.conf" & pid=$!
url=http://127.0.0.1:$KBK_WEB_PORT/kbk
for _ in $(seq 100); do curl -s -o /dev/null "$url/status" && break; sleep 0.1; done
token=$(curl -s -u adm.bench:rahasia "$url/intake" | sed -n 's/.*name="csrf" value="\([0-9a-f.]*\)".*/\1/p' | head -1)
[ -n "$token" ] || { echo "no form token on /intake"; exit 1; }
printf 'csrf=%s&message=Catatan+beban' "$token" > "$root/post"
# A work-culture group of the unit for its page: bench/run.sh's data has none, so the unit's admin
# forms one with a chair through the forms (the command line would need a unit-admin's login).
group_of_unit="SELECT g.id FROM kbk_group g JOIN skpd u ON u.id = g.skpd_id
    WHERE u.code = '$unit' AND g.dissolved_on IS NULL ORDER BY g.id LIMIT 1"
group=$(sqlite3 "$DB" "$group_of_unit")
form() { curl -s -o "$root/body" -w '%{http_code}' -u adm.bench:rahasia --data-urlencode "csrf=$token" "$@"; }
if [ -z "$group" ]; then
    [ "$(form --data-urlencode "name=KBK Bench $unit" "$url/unit/$unit/group")" = 303 ] || { echo "forming a group: $(cat "$root/body")"; exit 1; }
    group=$(sqlite3 "$DB" "$group_of_unit")
    [ "$(form --data-urlencode nip=198001012005011003 --data-urlencode "name=Ketua Bench" --data-urlencode role=chair \
        "$url/group/$group/member")" = 303 ] || { echo "adding the group's chair: $(cat "$root/body")"; exit 1; }
fi

# page WHO PATH [ab options]: one ab run of REQUESTS requests, 8 at a time, as WHO ("-": nobody).
# A GET must answer 200 to curl first and to every request of the run (ab counts any other status
# as "Non-2xx responses"); a post answers 303, and each one must have written its note. -l: a page's
# length varies (its form token, its times), which is no failure.
rows=()
problems=()
page() {
    local who=$1 path=$2; shift 2
    local ab_auth=() curl_auth=() expect=200 code
    if [ "$who" != - ]; then ab_auth=(-A "$who:rahasia"); curl_auth=(-u "$who:rahasia"); fi
    if [ $# -gt 0 ]; then expect=303; fi
    if [ $expect = 200 ]; then
        code=$(curl -s -o "$root/body" -w '%{http_code}' "${curl_auth[@]}" "${BASE:-$url}$path")
        if [ "$code" != 200 ]; then
            problems+=("$path as $who: HTTP $code ($(sed 's/<[^>]*>/ /g' "$root/body" | tr -s ' \n' ' ' | cut -c1-200))")
            rows+=("| \`$path\` | $who | | | | | HTTP $code |")
            printf '  %-46s %-11s HTTP %s\n' "$path" "$who" "$code"
            return
        fi
    fi
    ab -q -l -c 8 -n "$REQUESTS" "${ab_auth[@]}" "$@" "${BASE:-$url}$path" > "$root/ab.txt" 2>&1 || { cat "$root/ab.txt"; exit 1; }
    local complete rps p50 p95 failed non2xx verdict shown
    complete=$(awk '/^Complete requests/ {print $3}' "$root/ab.txt")
    rps=$(awk '/^Requests per second/ {print $4}' "$root/ab.txt")
    p50=$(awk '$1 == "50%" {print $2}' "$root/ab.txt")
    p95=$(awk '$1 == "95%" {print $2}' "$root/ab.txt")
    failed=$(awk '/^Failed requests/ {print $3}' "$root/ab.txt")
    non2xx=$(awk '/^Non-2xx responses/ {print $3}' "$root/ab.txt"); non2xx=${non2xx:-0}
    verdict=$([ "$p50" -le "$TARGET" ] && echo ok || echo over)
    shown=$failed
    if [ $expect = 200 ]; then
        [ "$non2xx" = 0 ] || { problems+=("$path as $who: $non2xx of $complete answers not 2xx"); shown="$failed (+$non2xx not 2xx)"; }
    else
        [ "$non2xx" = "$complete" ] || problems+=("$path as $who: $((complete - non2xx)) of $complete answers 2xx, not 303")
    fi
    [ "$failed" = 0 ] || problems+=("$path as $who: $failed failed requests")
    [ "$complete" = "$REQUESTS" ] || problems+=("$path as $who: $complete of $REQUESTS requests complete")
    [ $expect = 200 ] || path="POST $path"
    rows+=("| \`$path\` | $who | $p50 | $p95 | $rps | $shown | $verdict |")
    printf '  %-46s %-11s %5s ms median %5s ms p95 %9s req/s %s failed  %s\n' "$path" "$who" "$p50" "$p95" "$rps" "$shown" "$verdict"
}
echo
echo "through lighttpd, 8 concurrent clients, $REQUESTS requests each (ab), median target $TARGET ms; group $group of $unit:"
# As both roles where the page differs by role (the inbox's scope, the forms and rights offered);
# the lists, the intake form and the audit trail read the same for both: as the coordinator.
for who in koord.bench adm.bench; do
    page $who /
    page $who "/?page=2"
done
page koord.bench /complaints
page koord.bench "/complaints?q=aduan"          # every complaint matches (bench/generate.py): the worst case
page koord.bench "/complaints?q=nomor+4242"     # few match
page koord.bench "/complaints?status=open&skpd=$unit"
page koord.bench "/complaints?due=due-soon&skpd=$unit&under=1"
page koord.bench "/complaints?sort=due&skpd=$unit"    # every running deadline of the unit read and sorted
page koord.bench "/complaints?sort=due"               # the whole government's, the worst case
for who in koord.bench adm.bench; do page $who /overview; done
for who in koord.bench adm.bench; do page $who "/complaint/$ticket"; done
page koord.bench /intake
page koord.bench /units
for who in koord.bench adm.bench; do
    page $who "/unit/$unit"
    page $who "/group/$group"
done
page koord.bench /coordination
page koord.bench /categories
page koord.bench /holidays
page koord.bench /audit
page koord.bench "/audit?entity=complaint"
for who in koord.bench adm.bench; do page $who /report; done
page - /status
BASE=http://127.0.0.1:$KBK_WEB_PORT page - /floor     # not kbk: a CGI shell script running sqlite3 once (the floor of any CGI page)
notes() { sqlite3 "$DB" "SELECT count(*) FROM complaint_event WHERE action = 'note' AND text = 'Catatan beban'"; }
before=$(notes)
page adm.bench "/complaint/$ticket/note" -p "$root/post" -T application/x-www-form-urlencoded
written=$(($(notes) - before))
echo "  notes written: $written"
[ "$written" = "$REQUESTS" ] || problems+=("form post: $written notes written for $REQUESTS posts")

echo
echo "| page | who | median ms | p95 ms | req/s | failed | target $TARGET ms |"
echo "|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
if [ ${#problems[@]} -gt 0 ]; then
    echo
    echo "FAILED:"
    printf '  %s\n' "${problems[@]}"
    exit 1
fi
