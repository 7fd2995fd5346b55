"""Articles longer than the model's max_length: processed in pieces cut at paragraph
breaks, with every offset mapped back into the whole text.

Each piece is a document of its own for the pipeline (dates in it are read against the
article's publication date, events are grouped within the piece); its rows are shifted
by the piece's start, and event and claim ids are rebuilt from the shifted offsets, so
the rows are exactly those of one document.
"""

from __future__ import annotations

import dataclasses
from typing import Callable

from pipeline.ingest import SourceDoc
from pipeline.rows import unique_claim_ids
from pipeline.types import DocResult, EXTRACTION_TABLES

_BREAKS = ("\n\n", "\n", ". ", " ")


def pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """(start, end) pieces of at most `limit` characters, cut at the strongest break."""
    out, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = -1
        for mark in _BREAKS:
            position = window.rfind(mark)
            if position > limit // 4:
                cut = position + len(mark)
                break
        if cut <= 0:
            cut = limit
        out.append((start, start + cut))
        start += cut
    out.append((start, len(text)))
    return out


def _shift(row, offset: int):
    changes = {}
    for field in dataclasses.fields(row):
        value = getattr(row, field.name)
        if isinstance(value, int) and not isinstance(value, bool) and (
                field.name in ("start", "end") or field.name.endswith(("_start", "_end"))):
            changes[field.name] = value + offset
    return dataclasses.replace(row, **changes)


def process_in_pieces(source: SourceDoc, limit: int, run: Callable[[SourceDoc], DocResult]) -> DocResult:
    """Run `run` over each piece of a long document and join the results."""
    results: list[tuple[int, DocResult]] = []
    published = source.published
    for number, (start, end) in enumerate(pieces(source.text, limit)):
        piece = dataclasses.replace(source, text=source.text[start:end], published=published,
                                    title=source.title if number == 0 else "")
        result = run(piece)
        if result.document.status != "ok":
            return dataclasses.replace(result, document=dataclasses.replace(
                result.document, doc_id=source.doc_id, error=f"piece {number + 1}: {result.document.error}"))
        if number == 0 and result.document.published:
            published = result.document.published  # the first piece's dateline dates the rest
        results.append((start, result))
    first = results[0][1].document
    last_start, last = results[-1]
    from pipeline.rows import text_digest

    document = dataclasses.replace(
        first, chars=len(source.text), text_sha256=text_digest(source.text),
        body_end=(last.document.body_end + last_start) if last.document.body_end is not None else None)
    ids: dict[tuple[int, str], str] = {}
    tables: dict[str, list] = {table: [] for table in EXTRACTION_TABLES}
    for offset, result in results:
        for table in EXTRACTION_TABLES:
            for row in result.table(table):
                shifted = _shift(row, offset)
                if table == "events":
                    new_id = f"{source.doc_id}:E{shifted.start}"
                    ids[(offset, row.event_id)] = new_id
                    shifted = dataclasses.replace(shifted, event_id=new_id)
                elif table == "claims" and shifted.content_start is not None:
                    shifted = dataclasses.replace(shifted, claim_id=f"{source.doc_id}:C{shifted.content_start}")
                tables[table].append((offset, shifted))
    joined = {}
    for table, rows in tables.items():
        fixed = []
        for offset, row in rows:
            if table in ("casualties", "actors", "locations") and getattr(row, "event_id", ""):
                row = dataclasses.replace(row, event_id=ids.get((offset, row.event_id), row.event_id))
            fixed.append(row)
        joined[table] = tuple(fixed)
    joined["claims"] = unique_claim_ids(joined["claims"])
    return DocResult(document=document, **joined)
