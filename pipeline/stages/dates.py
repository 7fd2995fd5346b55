"""newsevents_dates: every DATE/TIME expression with a TIMEX3 value against the publication date."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.layout import FURNITURE_ZONES
from pipeline.stages.extensions import doc_id_of, register_extensions, zone_of
from pipeline.timeparse import dateparser_timex
from pipeline.types import DateRow

DATE_LABELS = ("DATE", "TIME")
# The dateline is furniture for actors and places, but its date is a real date expression.
_SKIP_ZONES = FURNITURE_ZONES - {"dateline"}


class DatesStage:
    def __init__(self, *, labels: tuple[str, ...]) -> None:
        register_extensions()
        self.labels = labels

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        published = doc._.published
        rows = []
        for ent in doc.ents:
            if ent.label_ not in self.labels:
                continue
            zone = zone_of(doc, ent.start_char, ent.end_char)
            if zone in _SKIP_ZONES:
                continue
            timex = dateparser_timex(ent.text, published)
            if timex is None:
                rows.append(DateRow(doc_id=doc_id, start=ent.start_char, end=ent.end_char, text=ent.text,
                                    value="", type=ent.label_, rule_id=f"ner:{ent.label_}", zone=zone))
                continue
            rows.append(DateRow(
                doc_id=doc_id, start=ent.start_char, end=ent.end_char, text=ent.text,
                value=timex.value, type=timex.type,
                first_day=timex.first_day.isoformat() if timex.first_day else "",
                last_day=timex.last_day.isoformat() if timex.last_day else "",
                anchor=timex.anchor, rule_id=f"ner:{ent.label_}+{timex.rule_id}", zone=zone,
            ))
        doc._.date_rows = tuple(rows)
        return doc


@Language.factory("newsevents_dates", default_config={"labels": list(DATE_LABELS)})
def make_dates_stage(nlp: Language, name: str, labels: list[str]) -> DatesStage:
    return DatesStage(labels=tuple(labels))
