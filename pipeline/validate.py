"""`newsevents validate`: check a run folder against the output contract.

Every span of every row must satisfy document_text[start:end] == text (a place named
only in a record's title that is not in the text, or a toll only the title tells:
title[title_start:title_end] == text); columns must be present; coded values must come
from their documented sets.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pycountry

from pipeline.errors import Errors, NewsEventsError
from pipeline.tables import iter_texts, read_table
from pipeline.types import TABLES, DocumentRow

VOCABULARIES: dict[tuple[str, str], frozenset[str]] = {
    ("documents", "status"): frozenset({"ok", "failed", "skipped"}),
    ("casualties", "kind"): frozenset({"killed", "injured", "missing", "abducted", "arrested"}),
    ("casualties", "qualifier"): frozenset({"exact", "approximate", "at_least", "at_most", "vague", "range"}),
    ("actors", "role"): frozenset({"agent", "target", "victim", "speaker", "mentioned"}),
    ("locations", "role"): frozenset({"event_location", "mentioned"}),
    ("locations", "feature"): frozenset({"country", "admin", "city", "facility", "region", "other"}),
    ("claims", "kind"): frozenset({"statement", "denial", "accusation", "threat", "promise", "condemnation",
                                   "responsibility"}),
    ("claims", "quote"): frozenset({"direct", "indirect"}),
    ("dates", "type"): frozenset({"DATE", "TIME", "DURATION", "SET"}),
    ("dates", "anchor"): frozenset({"published", "absolute", "previous_date"}),
}
COUNTRY_COLUMNS = {("events", "country"), ("actors", "country"), ("locations", "country")}
DATE_COLUMNS = {("documents", "published"), ("dates", "first_day"), ("dates", "last_day")}
INT_COLUMNS = {("casualties", c) for c in ("min", "max", "best")} | {("events", c) for c in ("killed", "injured")}
_ISO_OR_INTERVAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")


@dataclass(frozen=True, slots=True)
class Violation:
    file: str
    row: int  # 1-based data row; the CSV line is row + 1
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.file}" + (f" row {self.row}" if self.row else "") + (f" column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


# GeoNames uses the user-assigned code XKX for Kosovo, which ISO 3166-1 itself lacks.
_EXTRA_ALPHA3 = frozenset({"XKX"})


def _alpha3_codes() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | _EXTRA_ALPHA3


def _int_or_none(value: str) -> int | None:
    return int(value) if value not in ("", None) else None


def validate_run(out_dir: str | Path) -> list[Violation]:
    out = Path(out_dir)
    if not (out / "documents.csv").exists():
        raise NewsEventsError(Errors.E007.format(path=out))
    problems: list[Violation] = []
    texts: dict[str, str] = {}
    if (out / "texts.jsonl").exists():
        texts = dict(iter_texts(out / "texts.jsonl"))
    else:
        problems.append(Violation("texts.jsonl", 0, "", "missing: spans cannot be checked"))
    alpha3 = _alpha3_codes()
    ok_docs: set[str] = set()
    titles: dict[str, str] = {}  # a record's title, which title_start/title_end of a place index
    for name, row_type in TABLES.items():
        file = f"{name}.csv"
        if not (out / file).exists():
            problems.append(Violation(file, 0, "", "missing table"))
            continue
        header, rows = read_table(out / file)
        missing = [c for c in row_type.REQUIRED if c not in header]
        if missing:
            problems.append(Violation(file, 0, "", f"missing columns: {', '.join(missing)}"))
            continue
        spans = list(row_type.SPANS) + ([("title_start", "title_end", "title")] if row_type is DocumentRow else [])
        id_column = {"events": "event_id", "claims": "claim_id"}.get(name)
        ids: set[str] = set()
        for number, row in enumerate(rows, start=1):
            def bad(column: str, message: str) -> None:
                problems.append(Violation(file, number, column, message))

            doc_id = row.get("doc_id", "")
            if name == "documents":
                ok_docs.update([doc_id] if row.get("status") == "ok" else [])
                titles[doc_id] = row.get("title", "")
                if row.get("status") in ("failed", "skipped") and not row.get("error"):
                    bad("error", f"{row.get('status')} document without a reason")
                if row.get("status") == "ok" and texts and doc_id not in texts:
                    bad("doc_id", "no text in texts.jsonl")
                digest = row.get("text_sha256")
                if digest and doc_id in texts:
                    actual = hashlib.sha256(texts[doc_id].encode("utf-8", "surrogatepass")).hexdigest()
                    if actual != digest:
                        bad("text_sha256", "texts.jsonl differs from the text that was processed")
            elif doc_id not in ok_docs:
                bad("doc_id", f"'{doc_id}' is not an ok document in documents.csv")
            text = texts.get(doc_id)
            for start_col, end_col, text_col in spans:
                if start_col not in header:
                    continue
                if text_col not in header:
                    text_col = start_col.rsplit("_", 1)[0]
                _check_span(row, start_col, end_col, text_col, text, bad)
            if name != "documents" and "title_start" in header and row.get("start", "") == "":  # of the title
                if row.get("title_start", "") == "":
                    bad("start", "a row with no span in the text or in the title")
                else:
                    _check_span(row, "title_start", "title_end", "text", titles.get(doc_id), bad)
            for column, value in row.items():
                if not value:
                    continue
                vocabulary = VOCABULARIES.get((name, column))
                if vocabulary is not None and value not in vocabulary:
                    bad(column, f"'{value}' is not one of {', '.join(sorted(vocabulary))}")
                if (name, column) in COUNTRY_COLUMNS and value not in alpha3:
                    bad(column, f"'{value}' is not an ISO 3166-1 alpha-3 code")
                if (name, column) in DATE_COLUMNS:
                    try:
                        date.fromisoformat(value)
                    except ValueError:
                        bad(column, f"'{value}' is not an ISO date")
                if (name, column) in INT_COLUMNS and not re.fullmatch(r"-?\d+", value):
                    bad(column, f"'{value}' is not an integer")
                if name == "events" and column == "date" and not _ISO_OR_INTERVAL.match(value):
                    bad(column, f"'{value}' is not an ISO 8601 date or interval")
            if id_column and row.get(id_column):
                if row[id_column] in ids:
                    bad(id_column, f"'{row[id_column]}' is the id of an earlier row")
                ids.add(row[id_column])
            if name == "casualties":
                _check_counts(row, bad)
            if name == "claims" and row.get("content_parts"):
                _check_parts(row, bad)
    return problems


def _check_parts(row: dict, bad) -> None:
    """A split quotation's pieces: ordered, non-overlapping, inside the content span."""
    start, end = _int_or_none(row.get("content_start", "")), _int_or_none(row.get("content_end", ""))
    previous = start if start is not None else 0
    for part in row["content_parts"].split(";"):
        match = re.fullmatch(r"(\d+)-(\d+)", part)
        if match is None:
            bad("content_parts", f"'{part}' is not start-end")
            return
        s, e = int(match[1]), int(match[2])
        if start is None or end is None or not (previous <= s < e <= end):
            bad("content_parts", f"piece {part} is not an ordered piece of the content span")
            return
        previous = e


def _check_span(row: dict, start_col: str, end_col: str, text_col: str, text: str | None, bad) -> None:
    start_raw, end_raw = row.get(start_col, ""), row.get(end_col, "")
    if start_raw == "" and end_raw == "":
        return
    try:
        start, end = int(start_raw), int(end_raw)
    except ValueError:
        bad(start_col, f"span offsets '{start_raw}', '{end_raw}' are not integers")
        return
    if text is None:
        return
    if not 0 <= start <= end <= len(text):
        bad(start_col, f"span {start}:{end} outside the document ({len(text)} characters)")
        return
    expected = row.get(text_col, "")
    if text[start:end] != expected:
        bad(text_col, f"text[{start}:{end}] is {text[start:end]!r}, the row says {expected!r}")


def _check_counts(row: dict, bad) -> None:
    try:
        low, high, best = (_int_or_none(row.get(c, "")) for c in ("min", "max", "best"))
    except ValueError:
        return  # reported as a non-integer already
    if low is not None and best is not None and best < low:
        bad("best", f"best {best} is below min {low}")
    if high is not None and best is not None and best > high:
        bad("best", f"best {best} is above max {high}")
