"""Readers for the project's own formats: gold JSONL, and folders of contract CSVs.

Gold JSONL: one article per line::

    {"doc_id": "...", "text": "...", "published": "2019-12-30",
     "events": [{"start": 10, "end": 17, "text": "strikes", "event_type": "airstrike", ...}],
     "actors": [...], "casualties": [...], "locations": [...], "claims": [...], "dates": [...],
     "record": {"killed": "1", "country": "IRQ", ...}}

Rows use the output contract's column names. A table key that is present (even as an
empty list) means the table is annotated for that article; absent means not annotated.
A CSV folder (an output folder, or a reviewed copy of one) is read the same way, with
texts.jsonl giving the document texts.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from pipeline.errors import Errors, NewsEventsError
from pipeline.evaluate.model import PRIMARY_SPAN, RECORD_FIELDS, EvalSet, Mention, frozen
from pipeline.tables import iter_texts, unneutralize
from pipeline.types import EXTRACTION_TABLES

SPAN_PREFIXES = ("speaker", "cue", "content", "victim", "date")


def gold_error(path: Path | str, line: int, reason: str) -> NewsEventsError:
    return NewsEventsError(Errors.E010.format(path=path, line=line, reason=reason))


def check_span(text: str | None, start: object, end: object, expected: str | None, *, where: tuple[Path | str, int],
               column: str = "start") -> tuple[int, int]:
    """Offsets as ints, with text[start:end] == expected when both are known."""
    try:
        s, e = int(start), int(end)
    except (TypeError, ValueError):
        raise gold_error(*where, f"{column}: offsets {start!r}, {end!r} are not integers") from None
    if text is not None:
        if not 0 <= s <= e <= len(text):
            raise gold_error(*where, f"{column}: span {s}:{e} outside the text ({len(text)} characters)")
        if expected is not None and text[s:e] != expected:
            raise gold_error(*where, f"{column}: text[{s}:{e}] is {text[s:e]!r}, not {expected!r}")
    return s, e


def row_to_mention(table: str, row: dict, text: str | None, *, where: tuple[Path | str, int]) -> Mention:
    start_col, end_col, text_col = PRIMARY_SPAN[table]
    if row.get(start_col) in (None, "") or row.get(end_col) in (None, ""):
        raise gold_error(*where, f"{table} row without {start_col}/{end_col}")
    start, end = check_span(text, row[start_col], row[end_col], row.get(text_col), where=where, column=start_col)
    for prefix in SPAN_PREFIXES:
        s, e = row.get(f"{prefix}_start"), row.get(f"{prefix}_end")
        if s not in (None, "") and e not in (None, ""):
            expected = row.get(f"{prefix}_text", row.get(prefix)) if prefix != "date" else row.get("date_text")
            check_span(text, s, e, expected, where=where, column=f"{prefix}_start")
    span_text = text[start:end] if text is not None else str(row.get(text_col, ""))
    attrs = {k: v for k, v in row.items() if k not in (start_col, end_col, text_col)}
    return Mention(table=table, start=start, end=end, text=span_text, attrs=frozen(attrs),
                   origin=f"{Path(str(where[0])).name}:{where[1]}")


def read_gold_jsonl(path: str | Path) -> EvalSet:
    path = Path(path)
    result = EvalSet(source=str(path), format="jsonl")
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError) as err:
        raise gold_error(path, 0, f"cannot read: {err}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise gold_error(path, number, f"invalid JSON ({err.msg})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise gold_error(path, number, "expected an object with a 'text' string")
        doc_id = str(record.get("doc_id") or record.get("id") or "")
        if not doc_id:
            raise gold_error(path, number, "missing doc_id")
        doc = result.doc(doc_id)
        doc.text, doc.published = record["text"], str(record.get("published") or "")
        for table in EXTRACTION_TABLES:
            if table not in record:
                continue
            if not isinstance(record[table], list):
                raise gold_error(path, number, f"'{table}' must be a list of rows")
            result.tables.add(table)
            doc.mentions.setdefault(table, [])
            for row in record[table]:
                if not isinstance(row, dict):
                    raise gold_error(path, number, f"a '{table}' row is not an object")
                result.add(doc_id, row_to_mention(table, row, doc.text, where=(path, number)))
        if isinstance(record.get("record"), dict):
            result.records[doc_id] = {k: str(v) for k, v in record["record"].items()
                                      if k in RECORD_FIELDS and v not in (None, "")}
    return result


def read_run_folder(folder: str | Path, *, tables: tuple[str, ...] = EXTRACTION_TABLES) -> EvalSet:
    """An output folder (predictions), or a reviewed copy of one (gold)."""
    folder = Path(folder)
    result = EvalSet(source=str(folder), format="csv")
    documents = folder / "documents.csv"
    if not documents.exists():
        raise gold_error(documents, 0, "not found: a CSV gold or prediction folder needs documents.csv")
    texts = dict(iter_texts(folder / "texts.jsonl")) if (folder / "texts.jsonl").exists() else {}
    for number, row in _csv_rows(documents):
        if row.get("status", "ok") == "ok":
            doc = result.doc(row["doc_id"])
            doc.text, doc.published = texts.get(row["doc_id"]), row.get("published", "")
    for table in tables:
        path = folder / f"{table}.csv"
        if not path.exists():
            continue
        result.tables.add(table)
        for doc in result.docs.values():
            doc.mentions.setdefault(table, [])
        for number, row in _csv_rows(path):
            doc_id = row.get("doc_id", "")
            if doc_id not in result.docs:
                continue
            row = {k: v for k, v in row.items() if k != "doc_id"}
            if row.get("start") == "" and row.get("title_start"):
                # a place or toll of the record's title: no span in the text to score, but the record's
                result.docs[doc_id].title_mentions.append(
                    Mention(table=table, start=-1, end=-1, text=row.get("text", ""), attrs=frozen(row),
                            origin=f"{path.name}:{number}"))
                continue
            result.add(doc_id, row_to_mention(table, row, result.docs[doc_id].text, where=(path, number)))
    return result


def _csv_rows(path: Path):
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for number, row in enumerate(reader, start=2):  # line 1 is the header
                yield number, {k: unneutralize(v) if isinstance(v, str) else v for k, v in row.items()}
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise gold_error(path, 0, f"cannot read CSV: {err}") from None
