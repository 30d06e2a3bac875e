#!/usr/bin/env python3
"""Compares `kbk-province report --format json` with the hand-written SQL's rows (province-baseline.sql).

Usage: province-check.py REPORT.json BASELINE.csv; exits 1 naming the first figure that differs."""
import csv, json, sys

report = json.load(open(sys.argv[1]))
measures = ["received", "rejected", "forwarded", "followed_up", "followed_up_on_time", "settled",
            "settled_on_time", "closed_without_settlement"]
expected = {}
for row in csv.reader(open(sys.argv[2])):
    if not row:
        continue
    section, key = row[0], row[1]
    if section.startswith("backlog_"):
        expected[(section[len("backlog_"):], key, "backlog")] = int(row[2])
    else:
        for measure, value in zip(measures, row[2:]):
            expected[(section, key, measure)] = int(value)
found = {}
for measure in measures + ["backlog"]:
    found[("summary", "", measure)] = report["summary"][measure]
for section in ["governments", "unit_kinds", "topics"]:
    for record in report[section]:
        for measure in measures + ["backlog"]:
            value = record[measure]
            # The report lists every government; the SQL only those with rows.
            if value == 0 and (section, record["key"] or "", measure) not in expected:
                continue
            found[(section, record["key"] or "", measure)] = value
for key in sorted(set(expected) | set(found)):
    if expected.get(key, 0) != found.get(key, 0):
        print(f"differs: {key}: SQL {expected.get(key)}, kbk-province {found.get(key)}")
        sys.exit(1)
print(f"all {len(expected)} figures agree")
