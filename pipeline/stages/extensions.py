"""The custom attributes our stages read and write on a Doc."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable, TypeVar

from spacy.tokens import Doc, Span, Token

T = TypeVar("T")

_DOC_EXTENSIONS = (
    "meta",            # DocMeta, set by the runner before the pipeline
    "layout",          # pipeline.layout.ArticleLayout, by newsevents_article
    "published",       # datetime.date | None, by newsevents_article
    "published_source",
    "date_rows",       # tuple[DateRow, ...], by newsevents_dates
    "actor_rows",      # tuple[ActorRow, ...], by newsevents_actors
    "location_rows",   # tuple[LocationRow, ...], by newsevents_locations
    "title_place_rows",  # tuple[LocationRow, ...]: places of a record title that is not in the text
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


def per_doc(doc: Doc, name: str, build: Callable[[], T]) -> T:
    """A value derived from a Doc, built on first use and kept in its user_data."""
    key = f"newsevents_{name}"
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = build()
    return value


def doc_text(doc: Doc) -> str:
    """The document text, built once: Doc.text joins every token on each access."""
    return per_doc(doc, "text", lambda: doc.text)


def keep_text(doc: Doc, text: str) -> Doc:
    """Remember the text a Doc was made from (the tokenizer keeps every character, so it is
    Doc.text), sparing doc_text() the join."""
    doc.user_data["newsevents_text"] = text
    return doc


def entities(doc: Doc) -> tuple[Span, ...]:
    """The model's entities, built once per Doc (`doc.ents` makes new Spans on every access)."""
    return per_doc(doc, "ents", lambda: doc.ents)


def _sentence_table(doc: Doc) -> tuple[list[int], list[int]]:
    """Per token: the start token of its sentence and the sentence's number, built once per
    Doc (`token.sent` walks the parse on every call)."""
    def build() -> tuple[list[int], list[int]]:
        starts, numbers = [0] * len(doc), [0] * len(doc)
        for number, sentence in enumerate(sentence_spans(doc)):
            for i in range(sentence.start, sentence.end):
                starts[i], numbers[i] = sentence.start, number
        return starts, numbers
    return per_doc(doc, "sentence_table", build)


def sentence_spans(doc: Doc) -> list[Span]:
    """The Doc's sentences as a list, built once per Doc."""
    return per_doc(doc, "sentence_spans", lambda: list(doc.sents))


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
    return per_doc(doc, "date_spans", lambda: [
        (row, span) for row in doc._.date_rows or ()
        if (span := doc.char_span(row.start, row.end, alignment_mode="expand")) is not None])


def sentence_dates(doc: Doc, token: Token) -> list[tuple[object, Span]]:
    """The date rows (with their spans) in a token's sentence."""
    def build() -> dict[int, list[tuple[object, Span]]]:
        table: dict[int, list[tuple[object, Span]]] = {}
        for row, span in date_spans(doc):
            table.setdefault(sentence_start(doc, span.root), []).append((row, span))
        return table
    return per_doc(doc, "sentence_dates", build).get(sentence_start(doc, token), [])
