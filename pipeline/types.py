"""One frozen dataclass per output row; CSV columns come from ``dataclasses.fields()``.

The first fields of each class are the output contract's minimum columns, in the
contract's order; fields after them are newsevents additions. ``SPANS`` lists each
span of a row as (start column, end column, text column) so that ``validate`` and
``evaluate`` check every one of them the same way.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

Span = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class DocumentRow:
    TABLE: ClassVar[str] = "documents"
    REQUIRED: ClassVar[tuple[str, ...]] = (
        "doc_id", "path", "title", "published", "published_source", "status", "error",
    )
    SPANS: ClassVar[tuple[Span, ...]] = ()

    doc_id: str
    path: str
    title: str = ""
    published: str = ""
    published_source: str = ""
    status: str = "ok"
    error: str = ""
    line: int | None = None
    encoding: str = ""
    chars: int | None = None
    text_sha256: str = ""
    title_start: int | None = None
    title_end: int | None = None
    published_start: int | None = None
    published_end: int | None = None
    body_start: int | None = None
    body_end: int | None = None


@dataclass(frozen=True, slots=True)
class EventRow:
    TABLE: ClassVar[str] = "events"
    REQUIRED: ClassVar[tuple[str, ...]] = (
        "doc_id", "event_id", "event_type", "start", "end", "text", "date", "date_start",
        "date_end", "location", "country", "agent", "target", "killed", "injured",
    )
    SPANS: ClassVar[tuple[Span, ...]] = (("start", "end", "text"), ("date_start", "date_end", "date_text"))

    doc_id: str
    event_id: str
    event_type: str
    start: int | None
    end: int | None
    text: str
    date: str = ""
    date_start: int | None = None
    date_end: int | None = None
    location: str = ""
    country: str = ""
    agent: str = ""
    target: str = ""
    killed: int | None = None
    injured: int | None = None
    date_text: str = ""
    acled_event_type: str = ""
    acled_sub_event_type: str = ""
    rule_id: str = ""
    zone: str = ""
    locality: str = ""  # the town the event's place lies in ("North Lawndale" -> Chicago), when known
    # an event only the record's title tells (zone record_title): start/end are empty and these
    # index documents.title
    title_start: int | None = None
    title_end: int | None = None


@dataclass(frozen=True, slots=True)
class ActorRow:
    TABLE: ClassVar[str] = "actors"
    REQUIRED: ClassVar[tuple[str, ...]] = (
        "doc_id", "start", "end", "text", "name", "actor_type", "country", "event_id", "role",
    )
    SPANS: ClassVar[tuple[Span, ...]] = (("start", "end", "text"),)

    doc_id: str
    start: int
    end: int
    text: str
    name: str
    actor_type: str = ""
    country: str = ""
    event_id: str = ""
    role: str = "mentioned"
    label: str = ""
    rule_id: str = ""
    zone: str = ""


@dataclass(frozen=True, slots=True)
class CasualtyRow:
    TABLE: ClassVar[str] = "casualties"
    REQUIRED: ClassVar[tuple[str, ...]] = (
        "doc_id", "event_id", "start", "end", "text", "kind", "min", "max", "best",
        "qualifier", "victim", "victim_start", "victim_end", "perpetrator",
    )
    SPANS: ClassVar[tuple[Span, ...]] = (("start", "end", "text"), ("victim_start", "victim_end", "victim"))

    doc_id: str
    event_id: str
    start: int | None
    end: int | None
    text: str
    kind: str
    min: int | None = None
    max: int | None = None
    best: int | None = None
    qualifier: str = ""
    victim: str = ""
    victim_start: int | None = None
    victim_end: int | None = None
    perpetrator: str = ""
    rule_id: str = ""
    zone: str = ""
    # a toll only the record's title tells (zone record_title): start/end are empty and these
    # index documents.title
    title_start: int | None = None
    title_end: int | None = None


@dataclass(frozen=True, slots=True)
class LocationRow:
    TABLE: ClassVar[str] = "locations"
    REQUIRED: ClassVar[tuple[str, ...]] = (
        "doc_id", "start", "end", "text", "name", "country", "admin1", "lat", "lon",
        "geonameid", "feature", "event_id", "role",
    )
    SPANS: ClassVar[tuple[Span, ...]] = (("start", "end", "text"),)

    doc_id: str
    start: int
    end: int
    text: str
    name: str
    country: str = ""
    admin1: str = ""
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = ""
    event_id: str = ""
    role: str = "mentioned"
    label: str = ""
    rule_id: str = ""
    zone: str = ""
    # a place the record's title names when the title is not in the text (zone record_title):
    # start/end are empty and these index documents.title
    title_start: int | None = None
    title_end: int | None = None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    TABLE: ClassVar[str] = "claims"
    REQUIRED: ClassVar[tuple[str, ...]] = (
        "doc_id", "claim_id", "kind", "quote", "speaker", "speaker_start", "speaker_end",
        "cue", "cue_start", "cue_end", "content", "content_start", "content_end", "date",
    )
    SPANS: ClassVar[tuple[Span, ...]] = (
        ("speaker_start", "speaker_end", "speaker_text"),
        ("cue_start", "cue_end", "cue"),
        ("content_start", "content_end", "content"),
    )

    doc_id: str
    claim_id: str
    kind: str
    quote: str
    speaker: str = ""
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str = ""
    cue_start: int | None = None
    cue_end: int | None = None
    content: str = ""
    content_start: int | None = None
    content_end: int | None = None
    date: str = ""
    # `speaker` is the canonical actor name (it matches actors.name); the words of
    # the mention itself are in `speaker_text`, which the span rule checks.
    speaker_text: str = ""
    rule_id: str = ""
    zone: str = ""
    # a quotation split by its attribution is one claim; its pieces as "start-end;start-end"
    content_parts: str = ""
    # what the cue reports: speech (said, denied), belief (thinks, knows), intention
    # (wants, plans, refuses), support (endorses, opposes) or evidence (a poll shows)
    cue_type: str = "speech"


@dataclass(frozen=True, slots=True)
class DateRow:
    TABLE: ClassVar[str] = "dates"
    REQUIRED: ClassVar[tuple[str, ...]] = (
        "doc_id", "start", "end", "text", "value", "type", "first_day", "last_day", "anchor",
    )
    SPANS: ClassVar[tuple[Span, ...]] = (("start", "end", "text"),)

    doc_id: str
    start: int
    end: int
    text: str
    value: str
    type: str
    first_day: str = ""
    last_day: str = ""
    anchor: str = ""
    mod: str = ""
    rule_id: str = ""
    zone: str = ""
    tense: str = ""  # the tense the date was read in: past, perfect, present, future or ""


ROW_TYPES: tuple[type, ...] = (DocumentRow, EventRow, ActorRow, CasualtyRow, LocationRow, ClaimRow, DateRow)
TABLES: dict[str, type] = {cls.TABLE: cls for cls in ROW_TYPES}
EXTRACTION_TABLES: tuple[str, ...] = ("events", "actors", "casualties", "locations", "claims", "dates")


def columns(row_type: type) -> list[str]:
    return list(field_names(row_type))


@lru_cache(maxsize=None)
def field_names(row_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(row_type))


def plain_values(row) -> list:
    """A row's values in column order. Rows hold plain values, so dataclasses.astuple's
    recursive copy is not needed (under a profiler it was most of the journal's encoding time)."""
    return [getattr(row, name) for name in field_names(type(row))]


@dataclass(frozen=True, slots=True)
class DocResult:
    """Everything one document produced: its documents.csv row and its extractions."""

    document: DocumentRow
    events: tuple[EventRow, ...] = ()
    actors: tuple[ActorRow, ...] = ()
    casualties: tuple[CasualtyRow, ...] = ()
    locations: tuple[LocationRow, ...] = ()
    claims: tuple[ClaimRow, ...] = ()
    dates: tuple[DateRow, ...] = ()

    def table(self, name: str) -> tuple:
        return getattr(self, name)
