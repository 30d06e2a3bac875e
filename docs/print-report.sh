#!/usr/bin/env bash
# The report as an office files it: a demo database with the letterhead and signature settings,
# the HTML report printed to PDF by headless Chromium (A4, the page's own @page rules), and its
# first, second and last pages as images in docs/img/report-page-*.png for the README. Installs
# chromium and poppler-utils (pdftoppm) when missing. Not part of `swift test`.
#
#   docs/print-report.sh [id|en]
set -euo pipefail
cd "$(dirname "$0")/.."
language=${1:-id}
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
if [ ${#need[@]} -gt 0 ]; then apt-get update -qq; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null; fi
swift build >/dev/null
kbk=$PWD/.build/debug/kbk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/kbk.sqlite
"$kbk" --db "$db" demo >/dev/null
while IFS='=' read -r key value; do
    "$kbk" --db "$db" config set "$key" "$value" >/dev/null
done <<'SETTINGS'
org.name=Pemerintah Kabupaten Purbalingga
org.unit=Sekretariat Daerah — Bagian Organisasi
org.address=Jl. Alun-alun Utara No. 1, Purbalingga 53311
report.place=Purbalingga
report.signer.position=Asisten Administrasi Umum
report.signer.name=Drs. Ahmad Setiawan, M.Si.
report.signer.nip=19700101 199503 1 002
SETTINGS
# A sample emblem (not Purbalingga's): set a government's own with the same command.
"$kbk" --db "$db" config set org.logo docs/img/lambang-contoh.svg >/dev/null
year=$(($(date +%Y) - 1))
"$kbk" --db "$db" --lang "$language" report --period "$year" --output "$work/laporan.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$work/laporan.pdf" \
    "file://$work/laporan.html" >/dev/null 2>&1
pages=$(pdfinfo "$work/laporan.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
mkdir -p docs/img
for page in 1 2 "$pages"; do
    pdftoppm -r 70 -png -f "$page" -l "$page" -singlefile "$work/laporan.pdf" "docs/img/report-page-$page"
done
rm -f docs/img/report-page-last.png
mv "docs/img/report-page-$pages.png" docs/img/report-page-last.png
echo "laporan $year: $pages A4 pages; docs/img/report-page-1.png, report-page-2.png, report-page-last.png"
