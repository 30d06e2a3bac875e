#!/usr/bin/env python3
"""Deterministic CSV of N complaints with their histories, for `kbk import complaints`.

Usage: generate.py N OUT.csv [--units U] [--years Y] [--seed S]
Also writes OUT-skpd.csv (the units to import first). Columns follow `kbk import template complaints`
plus the LAPOR!-style history columns (skpd, verified_at, responded_at, resolved_at, closed_at, rating).
"""
import argparse, csv, random, datetime

parser = argparse.ArgumentParser()
parser.add_argument("n", type=int)
parser.add_argument("out")
parser.add_argument("--units", type=int, default=100)
parser.add_argument("--years", type=int, default=4)
parser.add_argument("--seed", type=int, default=2026)
parser.add_argument("--last-year", type=int, default=2025)
args = parser.parse_args()

rng = random.Random(args.seed)
channels = ["lapor", "sms", "whatsapp", "walk-in", "phone", "letter"]
weights = [40, 15, 15, 12, 10, 8]
units = [f"UNIT{index:03d}" for index in range(1, args.units + 1)]
quality = {unit: rng.uniform(0.55, 0.98) for unit in units}
first = datetime.date(args.last_year - args.years + 1, 1, 1)
last = datetime.date(args.last_year, 12, 31)
span = (last - first).days - 30

with open(args.out[:-4] + "-skpd.csv", "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["code", "name", "kind", "staff"])
    for unit in units:
        writer.writerow([unit, f"Unit kerja {unit[4:]}", "agency", rng.randint(20, 400)])

def working_after(day, count):
    while count > 0:
        day += datetime.timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return day

def stamp(day, hour, minute):
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00+07:00"

with open(args.out, "w", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(["external_ref", "received_at", "channel", "kind", "category", "subject", "description", "location",
                     "skpd", "verified_at", "responded_at", "resolved_at", "closed_at", "rating"])
    for index in range(args.n):
        unit = rng.choice(units)
        day = first + datetime.timedelta(days=rng.randint(0, span))
        while day.weekday() >= 5:
            day += datetime.timedelta(days=1)
        received = stamp(day, rng.randint(7, 14), rng.randint(0, 59))
        verified_day = working_after(day, rng.choice([0, 1, 1, 2]))
        verified = stamp(verified_day, 15, 0)
        responded = resolved = closed = rating = ""
        # Histories end with the last year, so that every report figure can be read off the rows.
        if rng.random() < quality[unit]:
            responded_day = working_after(verified_day, rng.randint(1, 12))
            if responded_day <= last:
                responded = stamp(responded_day, 16, 0)
                resolved_day = working_after(responded_day, rng.randint(1, 14))
                if rng.random() < 0.85 and resolved_day <= last:
                    resolved = stamp(resolved_day, 16, 30)
                    closed_day = working_after(resolved_day, rng.randint(1, 8))
                    if rng.random() < 0.6 and closed_day <= last:
                        closed = stamp(closed_day, 16, 45)
                        rating = str(rng.choice([1, 2, 3, 3, 4, 4, 4]))
        writer.writerow([f"B-{args.seed}-{index}", received, rng.choices(channels, weights)[0], "complaint", "tidak-berkadar-pengawasan",
                         f"Aduan nomor {index}", f"Isi aduan nomor {index}, dengan koma", f"Desa {index % 500}",
                         unit, verified, responded, resolved, closed, rating])
