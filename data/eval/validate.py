#!/usr/bin/env python3
"""Validate gold files against their documents and the interchange format.

Usage:
    python3 data/eval/validate.py                      # data/eval/docs + data/eval/gold
    python3 data/eval/validate.py DOCS_DIR GOLD_DIR    # any other pair (e.g. the seeds)

For every gold file NAME.json there must be exactly one document NAME.<ext> in DOCS_DIR.
Checks: the JSON parses; the top-level shape is {document, events}; every field of the
document header and of every event is present, has the right type and an allowed value;
dates are valid YYYY-MM-DD and start <= end; every `evidence` and every `when.text` is an
exact substring of the document text (decoded as UTF-8, or Windows-1251 if that fails).
Exits with status 1 if anything fails.
"""

import datetime
import json
import sys
from pathlib import Path

KINDS = {
    "заседание", "собрание", "совещание", "встреча", "семинар", "круглый стол",
    "конференция", "форум", "конгресс", "сессия", "выставка", "конкурс", "марафон",
    "презентация", "публикация", "юбилей", "день города", "другое",
}
DOC_KINDS = {"news", "plan", "mixed"}
PRECISIONS = {"day", "month", "quarter", "year", "unknown"}
RECURRENCES = {None, "weekly", "monthly", "quarterly", "yearly", "continuous"}
FORMATS = {None, "online", "offline", "hybrid"}
STATUSES = {None, "planned", "held", "cancelled"}
PLACE_TYPES = {"city", "region", "country"}
EVENT_FIELDS = {
    "title", "kind", "when", "places", "venue", "organizers", "format", "status",
    "attendance", "age", "expectedResult", "evidence",
}
WHEN_FIELDS = {"start", "end", "precision", "recurrence", "text"}


def read_text(path: Path) -> str:
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1251")


def parse_date(value, where, errors):
    if value is None:
        return None
    if not isinstance(value, str):
        errors.append(f"{where}: date is not a string: {value!r}")
        return None
    try:
        if len(value) != 10:
            raise ValueError
        return datetime.date.fromisoformat(value)
    except ValueError:
        errors.append(f"{where}: not a YYYY-MM-DD date: {value!r}")
        return None


def is_int(value):
    return isinstance(value, int) and not isinstance(value, bool)


def check_event(i, ev, text, errors):
    where = f"event {i}"
    if not isinstance(ev, dict):
        errors.append(f"{where}: not an object")
        return
    keys = set(ev)
    if keys != EVENT_FIELDS:
        missing, extra = EVENT_FIELDS - keys, keys - EVENT_FIELDS
        errors.append(f"{where}: fields missing {sorted(missing)} extra {sorted(extra)}")
    title = ev.get("title")
    where = f"event {i} «{str(title)[:60]}»"
    if not isinstance(title, str) or not title.strip():
        errors.append(f"{where}: title must be a non-empty string")
    if ev.get("kind") not in KINDS:
        errors.append(f"{where}: kind {ev.get('kind')!r} not allowed")

    when = ev.get("when")
    if not isinstance(when, dict) or set(when) != WHEN_FIELDS:
        errors.append(f"{where}: when must have exactly {sorted(WHEN_FIELDS)}")
    else:
        start = parse_date(when["start"], where + " when.start", errors)
        end = parse_date(when["end"], where + " when.end", errors)
        if start and end and start > end:
            errors.append(f"{where}: when.start {start} after when.end {end}")
        if when["precision"] not in PRECISIONS:
            errors.append(f"{where}: precision {when['precision']!r} not allowed")
        if when["recurrence"] not in RECURRENCES:
            errors.append(f"{where}: recurrence {when['recurrence']!r} not allowed")
        if when["recurrence"] is not None and when["precision"] not in ("year", "unknown"):
            errors.append(f"{where}: a recurring event must have precision year (or unknown)")
        if when["precision"] == "day" and when["start"] is None and when["end"] is None:
            errors.append(f"{where}: precision day without any date")
        if not isinstance(when["text"], str):
            errors.append(f"{where}: when.text must be a string")
        elif when["text"] and when["text"] not in text:
            errors.append(f"{where}: when.text not in document: {when['text']!r}")

    places = ev.get("places")
    if not isinstance(places, list):
        errors.append(f"{where}: places must be a list")
    else:
        for p in places:
            if not isinstance(p, dict) or set(p) != {"name", "type"}:
                errors.append(f"{where}: place must be {{name, type}}: {p!r}")
            elif not isinstance(p["name"], str) or not p["name"] or p["type"] not in PLACE_TYPES:
                errors.append(f"{where}: bad place {p!r}")
    venue = ev.get("venue")
    if venue is not None and (not isinstance(venue, str) or not venue):
        errors.append(f"{where}: venue must be null or a non-empty string")
    orgs = ev.get("organizers")
    if not isinstance(orgs, list) or not all(isinstance(o, str) and o for o in orgs):
        errors.append(f"{where}: organizers must be a list of non-empty strings")
    elif len(set(orgs)) != len(orgs):
        errors.append(f"{where}: duplicate organizers")
    if ev.get("format") not in FORMATS:
        errors.append(f"{where}: format {ev.get('format')!r} not allowed")
    if ev.get("status") not in STATUSES:
        errors.append(f"{where}: status {ev.get('status')!r} not allowed")
    for field in ("attendance", "age"):
        v = ev.get(field)
        if v is not None and (not is_int(v) or v <= 0):
            errors.append(f"{where}: {field} must be null or a positive integer")
    if ev.get("age") is not None and ev.get("kind") not in ("юбилей", "день города"):
        errors.append(f"{where}: age is only for юбилей / день города")
    er = ev.get("expectedResult")
    if er is not None and (not isinstance(er, str) or not er):
        errors.append(f"{where}: expectedResult must be null or a non-empty string")
    evidence = ev.get("evidence")
    if not isinstance(evidence, str) or not evidence:
        errors.append(f"{where}: evidence must be a non-empty string")
    elif evidence not in text:
        errors.append(f"{where}: evidence not in document: {evidence[:80]!r}")


def check_document(doc, errors):
    if not isinstance(doc, dict) or set(doc) != {"kind", "date", "period"}:
        errors.append("document: must have exactly kind, date, period")
        return
    if doc["kind"] not in DOC_KINDS:
        errors.append(f"document: kind {doc['kind']!r} not allowed")
    parse_date(doc["date"], "document.date", errors)
    period = doc["period"]
    if period is not None:
        if not isinstance(period, dict) or set(period) != {"start", "end"}:
            errors.append("document.period must be null or {start, end}")
        else:
            s = parse_date(period["start"], "document.period.start", errors)
            e = parse_date(period["end"], "document.period.end", errors)
            if not s or not e or s > e:
                errors.append("document.period: start and end required, start <= end")
    if doc["kind"] == "plan" and period is None:
        errors.append("document: a plan should have a period")


def main(argv):
    here = Path(__file__).resolve().parent
    docs_dir = Path(argv[1]) if len(argv) > 1 else here / "docs"
    gold_dir = Path(argv[2]) if len(argv) > 2 else here / "gold"
    failed = 0
    total = 0
    gold_files = sorted(gold_dir.glob("*.json"))
    if not gold_files:
        print(f"no gold files in {gold_dir}")
        return 1
    for gold in gold_files:
        errors = []
        docs = [p for p in docs_dir.glob(gold.stem + ".*") if p.stem == gold.stem]
        if len(docs) != 1:
            print(f"FAIL {gold.name}: expected one document named {gold.stem}.* in {docs_dir}, found {len(docs)}")
            failed += 1
            continue
        text = read_text(docs[0])
        try:
            data = json.loads(gold.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            print(f"FAIL {gold.name}: JSON does not parse: {exc}")
            failed += 1
            continue
        if not isinstance(data, dict) or set(data) != {"document", "events"}:
            errors.append("top level must be {document, events}")
        else:
            check_document(data["document"], errors)
            if not isinstance(data["events"], list):
                errors.append("events must be a list")
            else:
                for i, ev in enumerate(data["events"]):
                    check_event(i, ev, text, errors)
                total += len(data["events"])
        if errors:
            failed += 1
            print(f"FAIL {gold.name} ({docs[0].name})")
            for e in errors:
                print("   ", e)
        else:
            print(f"ok   {gold.name}: {len(data['events'])} events")
    print(f"{len(gold_files)} gold files, {total} events, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
