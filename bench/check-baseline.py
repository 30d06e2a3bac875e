#!/usr/bin/env python3
"""Checks that bench/baseline.sql (run by `sqlite3 -json`) gives kbk's report figures.

Usage: check-baseline.py KBK_REPORT.json BASELINE_OUTPUT.json
Every count and average rating of every group in the summary, units, categories, channels, topics
and trend sections, and the backlog's open count, must be equal; exits 1 naming the first that is not.
"""
import json, sys

FIELDS = ["received", "rejected", "forwarded", "valid", "followed_up", "followed_up_on_time", "settled",
          "settled_on_time", "closed_without_settlement", "reopened", "extended", "average_rating"]
KEYS = {"units": "skpd", "categories": "category", "channels": "channel", "topics": "topic", "trend": "month"}

report = json.load(open(sys.argv[1]))
text = open(sys.argv[2]).read()
decoder, rows, at = json.JSONDecoder(), [], 0
while at < len(text):
    while at < len(text) and text[at].isspace():
        at += 1
    if at == len(text):
        break
    chunk, at = decoder.raw_decode(text, at)
    rows.extend(chunk)

def same(a, b):
    if a is None or b is None:
        return a == b
    return abs(float(a) - float(b)) < 1e-9

checked = 0
for row in rows:
    values = list(row.values())
    section, key = values[0], values[1]
    if section == "backlog":
        if report["backlog"]["open"] != values[2]:
            sys.exit(f"backlog open: kbk {report['backlog']['open']}, SQL {values[2]}")
        checked += 1
        continue
    figures = dict(zip(FIELDS, values[2:]))
    if section == "summary":
        mine = report["summary"]
    else:
        matches = [entry for entry in report[section] if entry[KEYS[section]] == key]
        if len(matches) != 1:
            sys.exit(f"{section} {key}: {len(matches)} rows in kbk's report")
        mine = matches[0]
    for field, value in figures.items():
        if not same(mine[field], value):
            sys.exit(f"{section} {key} {field}: kbk {mine[field]}, SQL {value}")
        checked += 1
# Every group kbk reports with complaints is one the SQL computed.
for section, key in KEYS.items():
    sql_keys = {list(row.values())[1] for row in rows if list(row.values())[0] == section}
    for entry in report[section]:
        if entry["received"] > 0 and entry[key] not in sql_keys:
            sys.exit(f"{section} {entry[key]}: in kbk's report, not in the SQL's")
print(f"{checked} figures equal")
