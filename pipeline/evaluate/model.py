"""What evaluation compares: documents with typed span mentions, and incident records.

Every gold reader and the prediction reader produce the same ``EvalSet``, so one
scorer serves brat, Label Studio, TimeML, the project's JSONL and CSV folders alike.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Mapping

# The span that identifies a row of each table when rows are matched.
PRIMARY_SPAN: dict[str, tuple[str, str, str]] = {
    "events": ("start", "end", "text"),
    "actors": ("start", "end", "text"),
    "casualties": ("start", "end", "text"),
    "locations": ("start", "end", "text"),
    "claims": ("content_start", "content_end", "content"),
    "dates": ("start", "end", "text"),
}
# The attribute that types a row (SemEval-2013 "type"): strict and type schemes need it.
TYPE_ATTRIBUTE: dict[str, str] = {
    "events": "event_type", "actors": "role", "casualties": "kind",
    "locations": "role", "claims": "kind", "dates": "type",
}
# Attributes compared on matched rows, where the gold gives a value.
ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "events": ("event_type", "date", "location", "country", "agent", "target", "killed", "injured"),
    "actors": ("name", "actor_type", "country", "role"),
    "casualties": ("kind", "min", "max", "best", "qualifier", "victim", "perpetrator"),
    "locations": ("name", "country", "admin1", "feature", "geonameid", "role"),
    "claims": ("kind", "quote", "speaker", "cue", "date"),
    "dates": ("value", "type", "first_day", "last_day", "anchor"),
}
RECORD_FIELDS = ("killed", "injured", "country", "admin1", "location", "date", "agent", "target", "event_type",
                 "sub_event_type")


@dataclass(frozen=True, slots=True)
class Mention:
    """One row of one table, reduced to its primary span and its other columns as text."""

    table: str
    start: int
    end: int
    text: str
    attrs: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    origin: str = ""  # "file:line" of the row, for reports

    def get(self, name: str) -> str:
        return self.attrs.get(name, "")

    def span(self, prefix: str) -> tuple[int, int] | None:
        """Another span of the row (speaker, cue, victim, ...), if it has one."""
        start, end = self.attrs.get(f"{prefix}_start", ""), self.attrs.get(f"{prefix}_end", "")
        if start == "" or end == "":
            return None
        return int(start), int(end)


@dataclass
class EvalDoc:
    doc_id: str
    text: str | None = None
    published: str = ""
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    # places a run read in a record's title that is not in the text: for records, not span scoring
    title_mentions: list[Mention] = field(default_factory=list)


@dataclass
class EvalSet:
    """Documents with mentions (span-level gold or predictions) and/or incident records."""

    docs: dict[str, EvalDoc] = field(default_factory=dict)
    tables: set[str] = field(default_factory=set)        # tables the set annotates
    records: dict[str, dict[str, str]] = field(default_factory=dict)
    source: str = ""
    format: str = ""
    unscored_labels: dict[str, int] = field(default_factory=dict)  # gold labels no table takes, with counts

    def doc(self, doc_id: str) -> EvalDoc:
        if doc_id not in self.docs:
            self.docs[doc_id] = EvalDoc(doc_id=doc_id)
        return self.docs[doc_id]

    def add(self, doc_id: str, mention: Mention) -> None:
        self.doc(doc_id).mentions.setdefault(mention.table, []).append(mention)
        self.tables.add(mention.table)


def frozen(attrs: Mapping[str, object]) -> Mapping[str, str]:
    return MappingProxyType({k: "" if v is None else str(v) for k, v in attrs.items()})
