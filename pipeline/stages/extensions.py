"""The custom attributes our stages read and write on a Doc."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

_DOC_EXTENSIONS = (
    "meta",            # DocMeta, set by the runner before the pipeline
    "layout",          # pipeline.layout.ArticleLayout, by newsevents_article
    "published",       # datetime.date | None, by newsevents_article
    "published_source",
    "date_rows",       # tuple[DateRow, ...], by newsevents_dates
    "actor_rows",      # tuple[ActorRow, ...], by newsevents_actors
    "location_rows",   # tuple[LocationRow, ...], by newsevents_locations
    "event_mentions",  # tuple[EventMention, ...], by newsevents_events
    "event_rows",
    "casualty_rows",
    "claim_rows",
)


@dataclass(frozen=True, slots=True)
class DocMeta:
    doc_id: str
    title: str = ""
    published: date | None = None          # from the input record
    default_published: date | None = None  # from --published


def register_extensions() -> None:
    """Idempotent; called by every factory so a component works however it is built."""
    for name in _DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def doc_id_of(doc: Doc) -> str:
    meta = doc._.meta
    return meta.doc_id if meta is not None else ""


def zone_of(doc: Doc, start: int, end: int) -> str:
    layout = doc._.layout
    return layout.zone_at(start) if layout is not None else "body"  # a span's zone: its first character's


def doc_text(doc: Doc) -> str:
    """The document text, built once: Doc.text joins every token on each access."""
    text = doc.user_data.get("newsevents_text")
    if text is None:
        text = doc.text
        doc.user_data["newsevents_text"] = text
    return text


def entities(doc: Doc) -> tuple[Span, ...]:
    """The model's entities, built once per Doc (`doc.ents` makes new Spans on every access)."""
    ents = doc.user_data.get("newsevents_ents")
    if ents is None:
        ents = doc.user_data["newsevents_ents"] = doc.ents
    return ents


def _sentence_table(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token: the start token of its sentence and the sentence's number, built once per
    Doc (`token.sent` walks the parse on every call)."""
    table = doc.user_data.get("newsevents_sentence_table")
    if table is None:
        starts, numbers = [0] * len(doc), [0] * len(doc)
        for number, sentence in enumerate(sentence_spans(doc)):
            for i in range(sentence.start, sentence.end):
                starts[i], numbers[i] = sentence.start, number
        table = (starts, numbers)
        doc.user_data["newsevents_sentence_table"] = table
    return table


def sentence_spans(doc: Doc) -> list[Span]:
    """The Doc's sentences as a list, built once per Doc."""
    spans = doc.user_data.get("newsevents_sentence_spans")
    if spans is None:
        spans = list(doc.sents)
        doc.user_data["newsevents_sentence_spans"] = spans
    return spans


def sentence_start(doc: Doc, token: Token) -> int:
    """The index of the first token of a token's sentence."""
    return _sentence_table(doc)[0][token.i]


def sentence_index(doc: Doc, token: Token) -> int:
    """The number of a token's sentence."""
    return _sentence_table(doc)[1][token.i]


def sentence_of(doc: Doc, token: Token) -> Span:
    """A token's sentence: `token.sent` without walking the parse."""
    return sentence_spans(doc)[_sentence_table(doc)[1][token.i]]


def date_spans(doc: Doc) -> list[tuple[object, Span]]:
    """(DateRow, Span) for the dates stage's rows, built once per Doc for the later stages."""
    spans = doc.user_data.get("newsevents_date_spans")
    if spans is None:
        spans = [(row, span) for row in doc._.date_rows or ()
                 if (span := doc.char_span(row.start, row.end, alignment_mode="expand")) is not None]
        doc.user_data["newsevents_date_spans"] = spans
    return spans


def sentence_dates(doc: Doc, token: Token) -> list[tuple[object, Span]]:
    """The date rows (with their spans) in a token's sentence."""
    table = doc.user_data.get("newsevents_sentence_dates")
    if table is None:
        table = {}
        for row, span in date_spans(doc):
            table.setdefault(sentence_start(doc, span.root), []).append((row, span))
        doc.user_data["newsevents_sentence_dates"] = table
    return table.get(sentence_start(doc, token), [])
