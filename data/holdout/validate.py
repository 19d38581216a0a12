#!/usr/bin/env python3
"""Validate the holdout gold files against their documents.

Checks, for every gold/*.json with a matching docs/*.txt:
  - the JSON parses and has the interchange shape (document header + events);
  - every field has an allowed value (kinds, precision, recurrence, format, status,
    place types, ISO dates, start <= end, integer attendance/age);
  - every `evidence` and every non-empty `when.text` is an exact substring of the document;
  - `when.text` of a day/month/quarter item is found inside or near its evidence (warning only).
Prints per-file and total counts; exit code 1 on any error.
"""
import datetime
import glob
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"заседание", "собрание", "совещание", "встреча", "семинар", "круглый стол", "конференция", "форум",
         "конгресс", "сессия", "выставка", "конкурс", "марафон", "презентация", "публикация", "юбилей",
         "день города", "другое"}
PRECISION = {"day", "month", "quarter", "year", "unknown"}
RECURRENCE = {None, "weekly", "monthly", "quarterly", "yearly", "continuous"}
FORMAT = {None, "online", "offline", "hybrid"}
STATUS = {None, "planned", "held", "cancelled"}
DOC_KINDS = {"news", "plan", "mixed"}
PLACE_TYPES = {"city", "region", "country"}
EVENT_KEYS = {"title", "kind", "when", "places", "venue", "organizers", "format", "status", "attendance", "age",
              "expectedResult", "evidence"}
WHEN_KEYS = {"start", "end", "precision", "recurrence", "text"}


def is_date(v):
    try:
        datetime.date.fromisoformat(v)
        return isinstance(v, str) and len(v) == 10
    except (TypeError, ValueError):
        return False


def check(gold_path, doc_path):
    errors, warnings = [], []
    stats = {"events": 0, "evidence_ok": 0, "when_text_ok": 0, "when_text_empty": 0}
    try:
        g = json.load(open(gold_path, encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        return [f"does not parse: {e}"], warnings, stats
    text = open(doc_path, encoding="utf-8").read()
    d = g.get("document")
    if not isinstance(d, dict) or set(d) != {"kind", "date", "period"}:
        errors.append(f"bad document header: {d!r}")
    else:
        if d["kind"] not in DOC_KINDS:
            errors.append(f"document.kind {d['kind']!r}")
        if d["date"] is not None and not is_date(d["date"]):
            errors.append(f"document.date {d['date']!r}")
        p = d["period"]
        if p is not None:
            if not (isinstance(p, dict) and set(p) == {"start", "end"} and is_date(p["start"]) and is_date(p["end"])
                    and p["start"] <= p["end"]):
                errors.append(f"document.period {p!r}")
        if d["kind"] == "plan" and p is None:
            warnings.append("plan without period")
    evs = g.get("events")
    if not isinstance(evs, list):
        return errors + ["events is not a list"], warnings, stats
    for i, e in enumerate(evs):
        stats["events"] += 1
        tag = f"event {i} ({str(e.get('title'))[:50]!r})"
        if set(e) != EVENT_KEYS:
            errors.append(f"{tag}: keys {sorted(set(e) ^ EVENT_KEYS)}")
            continue
        if not isinstance(e["title"], str) or not e["title"].strip():
            errors.append(f"{tag}: empty title")
        if e["kind"] not in KINDS:
            errors.append(f"{tag}: kind {e['kind']!r}")
        w = e["when"]
        if not isinstance(w, dict) or set(w) != WHEN_KEYS:
            errors.append(f"{tag}: when keys {w!r}")
        else:
            for k in ("start", "end"):
                if w[k] is not None and not is_date(w[k]):
                    errors.append(f"{tag}: when.{k} {w[k]!r}")
            if w["start"] and w["end"] and is_date(w["start"]) and is_date(w["end"]) and w["start"] > w["end"]:
                errors.append(f"{tag}: start after end")
            if w["precision"] not in PRECISION:
                errors.append(f"{tag}: precision {w['precision']!r}")
            if w["recurrence"] not in RECURRENCE:
                errors.append(f"{tag}: recurrence {w['recurrence']!r}")
            if w["recurrence"] and w["precision"] not in ("year", "unknown"):
                warnings.append(f"{tag}: recurrence with precision {w['precision']}")
            if not isinstance(w["text"], str):
                errors.append(f"{tag}: when.text not a string")
            elif w["text"] == "":
                stats["when_text_empty"] += 1
            elif w["text"] in text:
                stats["when_text_ok"] += 1
            else:
                errors.append(f"{tag}: when.text not in document: {w['text']!r}")
        if not isinstance(e["places"], list):
            errors.append(f"{tag}: places not a list")
        else:
            for pl in e["places"]:
                if not (isinstance(pl, dict) and set(pl) == {"name", "type"} and pl["type"] in PLACE_TYPES
                        and isinstance(pl["name"], str) and pl["name"]):
                    errors.append(f"{tag}: bad place {pl!r}")
        if e["venue"] is not None and not (isinstance(e["venue"], str) and e["venue"]):
            errors.append(f"{tag}: venue {e['venue']!r}")
        if not (isinstance(e["organizers"], list) and all(isinstance(o, str) and o for o in e["organizers"])):
            errors.append(f"{tag}: organizers {e['organizers']!r}")
        elif len(set(e["organizers"])) != len(e["organizers"]):
            errors.append(f"{tag}: duplicate organizers")
        if e["format"] not in FORMAT:
            errors.append(f"{tag}: format {e['format']!r}")
        if e["status"] not in STATUS:
            errors.append(f"{tag}: status {e['status']!r}")
        for k in ("attendance", "age"):
            v = e[k]
            if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and v > 0):
                errors.append(f"{tag}: {k} {v!r}")
        if e["age"] is not None and e["kind"] not in ("юбилей", "день города"):
            errors.append(f"{tag}: age on kind {e['kind']}")
        if e["expectedResult"] is not None and not (isinstance(e["expectedResult"], str) and e["expectedResult"]):
            errors.append(f"{tag}: expectedResult {e['expectedResult']!r}")
        ev = e["evidence"]
        if not isinstance(ev, str) or not ev.strip():
            errors.append(f"{tag}: empty evidence")
        elif ev in text:
            stats["evidence_ok"] += 1
        else:
            errors.append(f"{tag}: evidence not an exact substring of the document: {ev[:80]!r}")
    return errors, warnings, stats


def main():
    gold_dir = os.path.join(HERE, "gold")
    docs_dir = os.path.join(HERE, "docs")
    total = {"files": 0, "events": 0, "evidence_ok": 0, "when_text_ok": 0, "when_text_empty": 0, "errors": 0}
    gold_files = sorted(glob.glob(os.path.join(gold_dir, "*.json")))
    doc_bases = {os.path.splitext(os.path.basename(p))[0] for p in glob.glob(os.path.join(docs_dir, "*"))}
    for base in sorted(doc_bases - {os.path.splitext(os.path.basename(p))[0] for p in gold_files}):
        print(f"ERROR {base}: document without gold")
        total["errors"] += 1
    for gp in gold_files:
        base = os.path.splitext(os.path.basename(gp))[0]
        cands = glob.glob(os.path.join(docs_dir, base + ".*"))
        if len(cands) != 1:
            print(f"ERROR {base}: expected one document, found {len(cands)}")
            total["errors"] += 1
            continue
        errors, warnings, st = check(gp, cands[0])
        total["files"] += 1
        for k in ("events", "evidence_ok", "when_text_ok", "when_text_empty"):
            total[k] += st[k]
        total["errors"] += len(errors)
        print(f"{base}: {st['events']} events, evidence {st['evidence_ok']}/{st['events']} exact, "
              f"when.text {st['when_text_ok']} found + {st['when_text_empty']} empty, "
              f"{len(errors)} errors, {len(warnings)} warnings")
        for m in errors:
            print("  ERROR", m)
        for m in warnings:
            print("  warn ", m)
    print(f"TOTAL: {total['files']} files, {total['events']} events, evidence {total['evidence_ok']}/{total['events']} "
          f"exact, when.text {total['when_text_ok']} found + {total['when_text_empty']} empty, {total['errors']} errors")
    return 1 if total["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
