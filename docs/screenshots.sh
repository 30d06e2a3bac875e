#!/usr/bin/env bash
# Screenshots of the web front for the README: a demo database behind lighttpd with the
# repository's deploy/lighttpd.conf, pages taken by headless Chromium into docs/img/. Installs
# chromium, lighttpd, lighttpd-mod-openssl and apache2-utils when missing. Not part of `swift test`.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v lighttpd >/dev/null 2>&1 || need+=(lighttpd lighttpd-mod-openssl)
command -v htpasswd >/dev/null 2>&1 || need+=(apache2-utils)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
swift build >/dev/null
bin=$PWD/.build/debug
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid"; rm -rf "$work"' EXIT
mkdir -p "$work/htdocs" "$work/db"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
export KBK_NOW=2025-11-20T09:00:00+07:00
export KBK_WEB_ROOT=$work KBK_WEB_BIN=$bin/kbk-web KBK_DB=$work/db/kbk.sqlite KBK_WEB_USERS=$work/users
export KBK_WEB_ADDRESS=127.0.0.1 KBK_WEB_PORT=$(free_port) KBK_WEB_TLS_PORT=$(free_port) KBK_WEB_CERT=$work/server.pem
"$bin/kbk" --db "$KBK_DB" demo --complaints 600 >/dev/null
# The citizens' page under the government's letterhead, with how to reach its desk.
"$bin/kbk" --db "$KBK_DB" config set org.address "Jl. Alun-alun Utara No. 1, Purbalingga" >/dev/null
"$bin/kbk" --db "$KBK_DB" config set org.contact "Layanan pengaduan WhatsApp dan SMS (nomor contoh)" >/dev/null
htpasswd -B -b -c "$work/users" adm.dpupr rahasia 2>/dev/null
logged=$("$bin/kbk" --db "$KBK_DB" complaint new --channel whatsapp --subject "Lampu jalan mati di Jl. Ahmad Yani" \
    --description "Tiga tiang lampu mati sejak Senin" --skpd DPUPR --name "Siti Aminah" --contact 081234567890)
ticket=$(echo "$logged" | grep -o 'ADU-[0-9]*-[0-9]*' | head -1)
code=$(echo "$logged" | grep -o '[2-9A-Z]\{5\}-[2-9A-Z]\{5\}' | head -1)
"$bin/kbk" --db "$KBK_DB" --on-behalf-of adm.dpupr complaint respond "$ticket" \
    --message "Terima kasih. Petugas akan memeriksa lampu pada hari Jumat." >/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=localhost -days 2 -keyout "$work/key.pem" \
    -out "$work/cert.pem" 2>/dev/null
cat "$work/cert.pem" "$work/key.pem" > "$work/server.pem"
# The pages of the demo's day (KBK_NOW), as the data's: mod_cgi passes no variable of the server's own.
cat > "$work/lighttpd.conf" <<CONF
include "$PWD/deploy/lighttpd.conf"
setenv.add-environment = ( "KBK_NOW" => env.KBK_NOW )
CONF
lighttpd -D -f "$work/lighttpd.conf" & pid=$!
for _ in $(seq 100); do curl -s -o /dev/null "http://127.0.0.1:$KBK_WEB_PORT/kbk/status" && break; sleep 0.1; done
base=http://adm.dpupr:rahasia@127.0.0.1:$KBK_WEB_PORT/kbk
shot() {
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --lang=id --accept-lang=id --window-size=1200,$3 \
        --screenshot="docs/img/$1.png" "$2" >/dev/null 2>&1
    echo "docs/img/$1.png"
}
shot web-inbox "$base/" 900
shot web-complaint "$base/complaint/$ticket" 1700
shot web-intake "$base/intake" 900
shot web-status "http://127.0.0.1:$KBK_WEB_PORT/kbk/status?ticket=$ticket&code=$code" 700
shot web-unit "$base/unit/DPUPR" 2400
group=$("$bin/kbk" --db "$KBK_DB" group list --skpd DPUPR --format csv | sed -n 2p | cut -d, -f1)
shot web-group "$base/group/$group" 1800
