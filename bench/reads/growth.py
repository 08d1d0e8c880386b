#!/usr/bin/env python3
"""A large record for the growth benchmark (issue 13, item 3), made from the demo record.

    python3 bench/reads/growth.py data/demo/eg-cybercrime.json OUT.json [CONVENINGS] [DOCUMENTS] [AGENDA_ITEMS]

Keeps the demo's body and its first seven meetings as they are, then adds meetings up to CONVENINGS
(default 50), one a year, each a copy of the sixth meeting with its dates, symbols and history moved
on and its agenda padded so that the record holds AGENDA_ITEMS items in all (default 500), and fills the
register up to DOCUMENTS entries (default 5,000) with information documents and conference room
papers spread over the meetings. The seventh meeting is the same in the demo and here, so a page of
it can be timed on both: its time should depend on the meeting, not on the size of the body.
(The 10,000 audit entries are added by bench/reads/growth.sh, since the record format carries none.)
"""
import copy
import json
import re
import sys

source, out = sys.argv[1], sys.argv[2]
conventions = int(sys.argv[3]) if len(sys.argv) > 3 else 50
documents = int(sys.argv[4]) if len(sys.argv) > 4 else 5000
agenda_items = int(sys.argv[5]) if len(sys.argv) > 5 else 500

record = json.load(open(source, encoding="utf-8"))
template = next(m for m in record["meetings"] if m["number"] == 6)
base_year = int(template["startDate"][:4])
year_pattern = re.compile(r"\b(19|20)\d\d\b")


def shift(value, years):
    """Moves every year written in a value (dates, symbols) on by some years."""
    if isinstance(value, str):
        return year_pattern.sub(lambda m: str(int(m.group(0)) + years), value)
    if isinstance(value, list):
        return [shift(v, years) for v in value]
    if isinstance(value, dict):
        return {k: shift(v, years) for k, v in value.items()}
    return value


held_items = sum(len(m["agenda"]["items"]) for m in record["meetings"] if m.get("agenda"))
added = conventions - 7
per_meeting, more = divmod(agenda_items - held_items, added)

for number in range(8, conventions + 1):
    years = number - 6 + 1  # the seventh meeting is in 2021: the eighth in 2023 and so on
    meeting = shift(copy.deepcopy(template), years)
    meeting["number"] = number
    meeting["status"] = "planned"
    meeting.pop("stocktaking", None)
    meeting.pop("reportSymbol", None)
    meeting["history"] = []
    items = meeting["agenda"]["items"]
    meeting["agenda"] = {"status": "provisional", "items": items}
    substantive = next(i for i in items if i.get("role") == "substantive")
    while len(items) < per_meeting + (1 if number - 8 < more else 0):
        extra = copy.deepcopy(substantive)
        extra["title"] = f"Topic {len(items)} for the meeting held in {base_year + years}"
        extra.pop("panellists", None)
        extra.pop("documentation", None)
        items.insert(len(items) - 2, extra)  # before the last two (adoption of the report, closure)
    for place, item in enumerate(items, start=1):
        item["number"] = place
    meeting["organizationOfWork"] = []
    for sitting in meeting.get("plenaryMeetings", []):
        sitting.pop("items", None)
    record["meetings"].append(meeting)

held = len(record["documents"])
for k in range(held, documents):
    number = 8 + k % (conventions - 7)
    year = 2021 + (number - 7) + 1
    kind = "conferenceRoomPaper" if k % 3 == 0 else "informationDocument"
    serial = k // (conventions - 7) + 1
    symbol = f"UNODC/CCPCJ/EG.4/{year}/CRP.{serial}" if kind == "conferenceRoomPaper" else f"UNODC/CCPCJ/EG.4/{year}/INF/{serial}"
    record["documents"].append({
        "symbol": symbol,
        "title": f"Background paper {k} for the meeting held in {year}",
        "type": kind,
        "meeting": number,
        "distribution": "general",
        "originalLanguage": "en",
        "languages": ["en"],
    })

json.dump(record, open(out, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
items = sum(len(m["agenda"]["items"]) if m.get("agenda") else 0 for m in record["meetings"])
print(f"{out}: {len(record['meetings'])} meetings, {items} agenda items, {len(record['documents'])} documents")
