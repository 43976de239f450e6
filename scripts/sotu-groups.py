#!/usr/bin/env python3
"""Writes a groups CSV for `reportlens compare --by FILE.csv`: the State of the Union addresses
(../shared/corpus/sotu/metadata.tsv) mapped to party and decade. Report ids follow reportlens's rule
(file name without extension, lower case, non-alphanumerics as '-').
Usage: scripts/sotu-groups.py ../shared/corpus/sotu/metadata.tsv > sotu-groups.csv"""
import csv, re, sys

rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t")
out = csv.writer(sys.stdout, lineterminator="\n")
out.writerow(["report_id", "party", "decade", "president"])
for r in rows:
    rid = re.sub(r"^-+|-+$", "", re.sub(r"[^a-z0-9]+", "-", re.sub(r"\.[A-Za-z0-9]{1,5}$", "", r["file"]).lower()))
    out.writerow([rid, r["party"], str(int(r["year"]) // 10 * 10) + "s", r["president"]])
