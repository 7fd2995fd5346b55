"""Collect what the stages left on a Doc into one DocResult of sorted, typed rows."""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Iterable

from spacy.tokens import Doc

from pipeline.ingest import SourceDoc
from pipeline.stages.extensions import doc_text
from pipeline.types import DocResult, DocumentRow


def row_sort_key(row) -> tuple:
    # Rows sort by their fields in order; None sorts before any value of the same column.
    return tuple((True, 0) if value is None else (False, value)
                 for value in (getattr(row, f.name) for f in dataclasses.fields(row)))


def _sorted(rows: Iterable | None) -> tuple:
    if not rows:
        return ()
    rows = list(rows)
    start_col, end_col, _ = type(rows[0]).SPANS[0]

    def key(row) -> tuple:
        start, end = getattr(row, start_col), getattr(row, end_col)
        return (-1 if start is None else start, -1 if end is None else end, row_sort_key(row))

    return tuple(sorted(rows, key=key))


def unique_claim_ids(claims: tuple) -> tuple:
    """Claims in their sorted order, each with an id of its own: two claims of one content
    ("Rojkan has been charged with propaganda ..., Sertkaya added": the charge and the
    statement) keep `<doc>:C<content_start>` for the first and take `-2`, `-3` after it."""
    seen: dict[str, int] = {}
    out = []
    for row in claims:
        seen[row.claim_id] = seen.get(row.claim_id, 0) + 1
        if seen[row.claim_id] > 1:
            row = dataclasses.replace(row, claim_id=f"{row.claim_id}-{seen[row.claim_id]}")
        out.append(row)
    return tuple(out)


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def document_row(source: SourceDoc, doc: Doc | None = None) -> DocumentRow:
    """The documents.csv row: status and error from ingest, header facts from the Doc."""
    base = dict(doc_id=source.doc_id, path=source.path, line=source.line, encoding=source.encoding,
                status=source.status, error=source.error, title=source.title)
    if source.text:
        base.update(chars=len(source.text), text_sha256=text_digest(source.text))
    if doc is None:
        return DocumentRow(**base)
    layout = doc._.layout
    published = doc._.published
    if layout is not None:
        if layout.title is not None:
            base.update(title=base["title"] or layout.title.text(doc_text(doc)),
                        title_start=layout.title.start, title_end=layout.title.end)
        if doc._.published_source == "dateline" and layout.dateline_date is not None:
            base.update(published_start=layout.dateline_date.start, published_end=layout.dateline_date.end)
        base.update(body_start=layout.body_start, body_end=layout.body_end)
    base.update(published=published.isoformat() if published else "",
                published_source=doc._.published_source or "")
    return DocumentRow(**base)


def collect(source: SourceDoc, doc: Doc) -> DocResult:
    return DocResult(
        document=document_row(source, doc),
        events=_sorted(doc._.event_rows),
        actors=_sorted(doc._.actor_rows),
        casualties=_sorted(doc._.casualty_rows),
        locations=_sorted((doc._.location_rows or ()) + (doc._.title_place_rows or ())),
        claims=unique_claim_ids(_sorted(doc._.claim_rows)),
        dates=_sorted(doc._.date_rows),
    )


def failed_result(source: SourceDoc, reason: str) -> DocResult:
    return DocResult(document=dataclasses.replace(document_row(source), status="failed", error=reason))
