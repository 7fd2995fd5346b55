"""A run folder as the review app sees it: documents, their texts and rows, with the
reviewers' decisions applied; and the export of reviewed rows as gold."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import Errors, NewsEventsError
from pipeline.review.store import ReviewStore, in_force, reviewed
from pipeline.tables import atomic_open, dumps_text_record, iter_texts, neutralize, read_table
from pipeline.types import EXTRACTION_TABLES, TABLES

SPAN_COLUMNS = {table: row_type.SPANS[0] for table, row_type in TABLES.items() if row_type.SPANS}
SPAN_COLUMNS["claims"] = ("content_start", "content_end", "content")
ID_COLUMNS = {"events": "event_id", "claims": "claim_id"}
# What a reviewer may change, per table (spans are changed by selecting text).
EDITABLE = {
    "events": ("event_type", "date", "location", "country", "agent", "target", "killed", "injured"),
    "actors": ("name", "actor_type", "country", "role"),
    "casualties": ("kind", "min", "best", "max", "qualifier", "victim", "perpetrator"),
    "locations": ("name", "country", "admin1", "feature", "role"),
    "claims": ("kind", "quote", "speaker", "cue", "date"),
    "dates": ("value", "type", "first_day", "last_day", "anchor"),
}


@dataclass
class ReviewRow:
    table: str
    key: str
    values: dict[str, str]
    status: str = "pending"  # pending, accepted, rejected, edited, added

    @property
    def start(self) -> int | None:
        value = self.values.get(SPAN_COLUMNS[self.table][0], "")
        return int(value) if value not in ("", None) else None

    @property
    def end(self) -> int | None:
        value = self.values.get(SPAN_COLUMNS[self.table][1], "")
        return int(value) if value not in ("", None) else None


@dataclass
class ReviewDoc:
    doc_id: str
    info: dict[str, str]
    text: str
    rows: dict[str, list[ReviewRow]] = field(default_factory=dict)
    reviewed: bool = False


class RunData:
    """Loads a run folder once; decisions come fresh from the store on every call."""

    def __init__(self, out_dir: str | Path) -> None:
        self.out_dir = Path(out_dir)
        if not (self.out_dir / "documents.csv").exists():
            raise NewsEventsError(Errors.E007.format(path=self.out_dir))
        self.store = ReviewStore(self.out_dir)
        self.headers: dict[str, list[str]] = {}
        _, documents = read_table(self.out_dir / "documents.csv")
        self.documents = [d for d in documents if d.get("status") == "ok"]
        texts = dict(iter_texts(self.out_dir / "texts.jsonl"))
        self._rows: dict[str, dict[str, list[ReviewRow]]] = {d["doc_id"]: {t: [] for t in EXTRACTION_TABLES}
                                                              for d in self.documents}
        self.texts = {d["doc_id"]: texts.get(d["doc_id"], "") for d in self.documents}
        for table in EXTRACTION_TABLES:
            header, rows = read_table(self.out_dir / f"{table}.csv")
            self.headers[table] = header
            seen: dict[str, int] = {}
            for row in rows:
                if row["doc_id"] not in self._rows:
                    continue
                key = row.get(ID_COLUMNS.get(table, ""), "") or self._span_key(table, row)
                seen[key] = seen.get(key, 0) + 1
                if seen[key] > 1:
                    key = f"{key}#{seen[key]}"
                self._rows[row["doc_id"]][table].append(ReviewRow(table, key, dict(row)))

    @staticmethod
    def _span_key(table: str, row: dict) -> str:
        start, end, _ = SPAN_COLUMNS[table]
        if row.get(start, "") == "" and row.get("title_start", ""):  # a place named only in the record's title
            return f"{table}:{row['doc_id']}:title:{row['title_start']}-{row.get('title_end', '')}"
        return f"{table}:{row['doc_id']}:{row.get(start, '')}-{row.get(end, '')}"

    def doc(self, doc_id: str) -> ReviewDoc:
        info = next((d for d in self.documents if d["doc_id"] == doc_id), None)
        if info is None:
            raise KeyError(doc_id)
        text = self.texts[doc_id]
        history = self.store.decisions(doc_id)  # one read; everything below derives from it
        decisions = in_force(history)
        rows: dict[str, list[ReviewRow]] = {}
        for table in EXTRACTION_TABLES:
            current = []
            for original in self._rows[doc_id][table]:
                row = ReviewRow(table, original.key, dict(original.values))
                decision = decisions.get((doc_id, table, row.key))
                if decision is not None:
                    row.status = {"accept": "accepted", "reject": "rejected", "edit": "edited"}.get(
                        decision.action, row.status)
                    if decision.action == "edit":
                        row.values.update(with_span_text(table, decision.values, text))
                current.append(row)
            added: dict[str, dict | None] = {}  # rows reviewers added, folded over their history
            for decision in history:
                if decision.table != table or not decision.row_key.startswith("added:"):
                    continue
                if decision.action == "add":
                    added[decision.row_key] = dict(decision.values)
                elif decision.action == "edit" and added.get(decision.row_key) is not None:
                    added[decision.row_key].update(decision.values)
                elif decision.action == "reject":
                    added[decision.row_key] = None
            for key, new_values in added.items():
                if new_values is None:
                    continue
                values = {column: "" for column in self.headers[table]}
                values.update(doc_id=doc_id, **with_span_text(table, new_values, text))
                current.append(ReviewRow(table, key, values, "added"))
            rows[table] = current
        return ReviewDoc(doc_id, info, text, rows, doc_id in reviewed(history))

    def summary(self) -> list[dict]:
        """One line per document for the list page: counts, types, countries, progress."""
        history = self.store.decisions()
        done = reviewed(history)
        decided: dict[str, int] = {}
        for (doc_id, _, _) in in_force(history):
            decided[doc_id] = decided.get(doc_id, 0) + 1
        out = []
        for info in self.documents:
            doc_id = info["doc_id"]
            tables = self._rows[doc_id]
            events = tables["events"]
            out.append({
                "doc_id": doc_id, "title": info.get("title", ""), "published": info.get("published", ""),
                "counts": {t: len(rows) for t, rows in tables.items()},
                "event_types": sorted({r.values.get("event_type", "") for r in events} - {""}),
                "countries": sorted({r.values.get("country", "") for r in events} - {""}),
                "has_casualties": bool(tables["casualties"]),
                "reviewed": doc_id in done, "decisions": decided.get(doc_id, 0),
            })
        return out


def with_span_text(table: str, values: dict, text: str) -> dict[str, str]:
    """A reviewer's values, with every span's text taken from the document itself."""
    out = {k: "" if v is None else str(v) for k, v in values.items()}
    spans = list(TABLES[table].SPANS)
    for start_col, end_col, text_col in spans:
        if out.get(start_col, "") != "" and out.get(end_col, "") != "":
            start, end = int(out[start_col]), int(out[end_col])
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"span {start}:{end} is outside the document")
            out[text_col] = text[start:end]
    return out


def export_gold(out_dir: str | Path, gold_dir: str | Path, *, include_unreviewed: bool = False) -> dict[str, int]:
    """Write the reviewed documents as a gold folder `evaluate` reads (--format csv):
    accepted, edited, added and undecided rows of reviewed documents; rejected rows left out."""
    data = RunData(out_dir)
    gold = Path(gold_dir)
    gold.mkdir(parents=True, exist_ok=True)
    done = data.store.reviewed_docs()
    chosen = [d for d in data.documents if include_unreviewed or d["doc_id"] in done]
    counts = {"documents": len(chosen)}
    with atomic_open(gold / "documents.csv") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(chosen[0].keys()) if chosen else ["doc_id"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows([{k: neutralize(v) if isinstance(v, str) else v for k, v in row.items()} for row in chosen])
    with atomic_open(gold / "texts.jsonl") as handle:
        for info in chosen:
            handle.write(dumps_text_record(info["doc_id"], data.texts[info["doc_id"]]))
    docs = [data.doc(info["doc_id"]) for info in chosen]
    for table in EXTRACTION_TABLES:
        header = data.headers[table]
        rows = [row.values for doc in docs for row in doc.rows[table] if row.status != "rejected"]
        with atomic_open(gold / f"{table}.csv") as handle:
            writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore", lineterminator="\n")
            writer.writeheader()
            writer.writerows([{k: neutralize(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows])
        counts[table] = len(rows)
    (gold / "review.json").write_text(json.dumps({"source": str(out_dir), "documents": counts["documents"]},
                                                 indent=2) + "\n", encoding="utf-8")
    return counts
