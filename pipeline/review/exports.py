"""`newsevents export`: predictions for teams who review in Label Studio or brat.

Both exports use the labels of models/gold/label_map.json, so `evaluate` reads them back
(--format labelstudio / brat): Event, Actor, Casualty (+ Victim), Location, Date, and
Content with its Source and Cue for claims. Row values travel as Label Studio per-region
text areas and as brat attributes (spaces become underscores: brat values are one word).
Label Studio offsets are UTF-16 code units, as its JavaScript front end counts them.
"""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.review.data import RunData
from pipeline.tables import atomic_open
from pipeline.types import EXTRACTION_TABLES

LABELS = {"events": "Event", "actors": "Actor", "casualties": "Casualty", "locations": "Location", "dates": "Date",
          "claims": "Content"}
ATTRIBUTES = {
    "events": ("event_type", "date", "location", "country", "agent", "target", "killed", "injured"),
    "actors": ("name", "actor_type", "country", "role"),
    "casualties": ("kind", "min", "best", "max", "qualifier"),
    "locations": ("name", "country", "admin1", "feature", "geonameid", "role"),
    "dates": ("value", "type", "first_day", "last_day", "anchor"),
    "claims": ("kind", "quote", "speaker", "date"),
}
SECONDARY = {"claims": (("speaker", "Source"), ("cue", "Cue")), "casualties": (("victim", "Victim"),)}


def _utf16(text: str, offset: int) -> int:
    return len(text[:offset].encode("utf-16-le")) // 2


def _regions(table: str, values: dict) -> list[tuple[str, int, int, str]]:
    """(role, start, end, label): the row's primary span, then its speaker/cue/victim spans."""
    start_col, end_col = ("content_start", "content_end") if table == "claims" else ("start", "end")
    out = [("primary", int(values[start_col]), int(values[end_col]), LABELS[table])]
    for prefix, label in SECONDARY.get(table, ()):
        if values.get(f"{prefix}_start") not in ("", None) and values.get(f"{prefix}_end") not in ("", None):
            out.append((prefix, int(values[f"{prefix}_start"]), int(values[f"{prefix}_end"]), label))
    return out


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at line breaks: brat keeps one line per annotation."""
    pieces, position = [], start
    for part in text[start:end].split("\n"):
        part_end = position + len(part)
        stripped = text[position:part_end].rstrip("\r")
        if stripped:
            pieces.append((position, position + len(stripped)))
        position = part_end + 1
    return pieces or [(start, start)]


def export_labelstudio(out_dir: str | Path, dest: str | Path) -> int:
    data = RunData(out_dir)
    tasks = []
    for index, info in enumerate(data.documents):
        doc = data.doc(info["doc_id"])
        text = doc.text
        results = []
        for table in EXTRACTION_TABLES:
            for n, row in enumerate(r for r in doc.rows[table] if r.status != "rejected" and r.start is not None):
                ids = []
                for role, start, end, label in _regions(table, row.values):
                    region_id = f"{table[:3]}{n}{role[:1]}"
                    ids.append(region_id)
                    results.append({"id": region_id, "from_name": "label", "to_name": "text", "type": "labels",
                                    "value": {"start": _utf16(text, start), "end": _utf16(text, end),
                                              "text": text[start:end], "labels": [label]}})
                for attr in ATTRIBUTES[table]:
                    if row.values.get(attr):
                        results.append({"id": ids[0], "from_name": attr, "to_name": "text", "type": "textarea",
                                        "value": {"text": [row.values[attr]]}})
                for other in ids[1:]:
                    results.append({"type": "relation", "from_id": other, "to_id": ids[0], "direction": "right"})
        tasks.append({"id": index + 1, "data": {"text": text, "doc_id": doc.doc_id, "published": info.get("published", "")},
                      "annotations": [{"result": results}], "predictions": [{"model_version": "newsevents",
                                                                            "result": results}]})
    dest = Path(dest)
    with atomic_open(dest) as handle:
        handle.write(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n")
    return len(tasks)


def export_brat(out_dir: str | Path, dest: str | Path) -> int:
    data = RunData(out_dir)
    folder = Path(dest)
    folder.mkdir(parents=True, exist_ok=True)
    for info in data.documents:
        doc = data.doc(info["doc_id"])
        lines: list[str] = []
        t = a = e = 0
        for table in EXTRACTION_TABLES:
            for row in (r for r in doc.rows[table] if r.status != "rejected" and r.start is not None):
                ids = []  # a place named only in the record's title has no span in the text to annotate
                for role, start, end, label in _regions(table, row.values):
                    t += 1
                    ids.append((role, f"T{t}", label))
                    parts = row.values.get("content_parts") if role == "primary" else ""
                    spans = [tuple(map(int, p.split("-"))) for p in parts.split(";")] if parts else [(start, end)]
                    # a quotation split by its attribution exports as one discontinuous span
                    pieces = [piece for s, e in spans for piece in _fragments(doc.text, s, e)]
                    offsets = ";".join(f"{s} {e}" for s, e in pieces)
                    lines.append(f"T{t}\t{label} {offsets}\t{' '.join(doc.text[s:e] for s, e in pieces)}")
                for attr in ATTRIBUTES[table]:
                    value = row.values.get(attr, "")
                    if value:
                        a += 1
                        lines.append(f"A{a}\t{attr} {ids[0][1]} {'_'.join(value.split())}")
                if len(ids) > 1:
                    e += 1
                    trigger = next((tid for role, tid, _ in ids if role == "cue"), ids[0][1])
                    args = " ".join(f"{label}:{tid}" for _, tid, label in ids)
                    lines.append(f"E{e}\tAttribution:{trigger} {args}" if table == "claims"
                                 else f"E{e}\t{ids[0][2]}:{ids[0][1]} {' '.join(f'{l}:{i}' for _, i, l in ids[1:])}")
        safe = doc.doc_id.replace("/", "_")
        (folder / f"{safe}.txt").write_bytes(doc.text.encode("utf-8"))
        with atomic_open(folder / f"{safe}.ann") as handle:
            handle.write("\n".join(lines) + ("\n" if lines else ""))
    return len(data.documents)
