"""newsevents_dates: every date and time expression, normalised against the publication date.

Candidates are the model's DATE and TIME entities; each is read by pipeline.timex with
the tense of its clause (a bare weekday in a past-tense clause is the most recent such
day, the publication weekday itself included; future tense looks forward) and the
previous resolved date (for "the next day").
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc, Span

from pipeline.layout import FURNITURE_ZONES
from pipeline.stages.extensions import doc_id_of, register_extensions, zone_of
from pipeline.timex import Timex, normalize
from pipeline.types import DateRow

DATE_LABELS = ("DATE", "TIME")
# The dateline is furniture for actors and places, but its date is a real date expression.
_SKIP_ZONES = FURNITURE_ZONES - {"dateline"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going"}
# Infinitives under these verbs point forward: "is scheduled to meet Tuesday".
_FUTURE_HEADS = {"schedule", "expect", "plan", "set", "due", "hope", "intend", "want", "agree", "promise",
                 "prepare", "vow", "aim", "seek", "threaten", "pledge", "decide", "try", "going"}


def clause_tense(span: Span) -> str:
    """past, perfect, present, future or '' for the clause that governs a span."""
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return ""
    auxes = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    words = {aux.lower_ for aux in auxes}
    if "to" in words and token.dep_ in ("xcomp", "advcl", "ccomp") and token.head.lemma_ in _FUTURE_HEADS:
        return "future"
    if "to" in words and token.head is not token and token.head.pos_ in ("VERB", "AUX", "ADJ"):
        token = token.head
        auxes = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
        words = {aux.lower_ for aux in auxes}
    if words & _FUTURE_AUX or (token.lower_ == "going" and any(c.lower_ == "to" for c in token.children)):
        return "future"
    if token.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return "perfect"
    if token.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxes):
        return "past"
    if token.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am", "'re", "'m"}:
        return "present"
    if token.tag_ == "VBG" and words & {"was", "were"}:
        return "past"
    return ""


def read_date(span: Span, published: date | None, previous: date | None, focus: str = "") -> Timex | None:
    return normalize(span.text, published, tense=clause_tense(span), previous=previous, focus=focus)


class DatesStage:
    def __init__(self, *, labels: tuple[str, ...]) -> None:
        register_extensions()
        self.labels = labels

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        published = doc._.published
        previous: date | None = None
        focus = ""
        rows = []
        for ent in doc.ents:
            if ent.label_ not in self.labels:
                continue
            zone = zone_of(doc, ent.start_char, ent.end_char)
            if zone in _SKIP_ZONES:
                continue
            timex = read_date(ent, published, previous, focus)
            if timex is None:
                continue  # the model's DATE was not a time expression ("11", "5,200")
            if timex.type == "DATE" and timex.value[:1].isdigit():
                focus = timex.value
            if timex.type in ("DATE", "TIME") and timex.first_day and timex.first_day == timex.last_day:
                previous = timex.first_day
            rows.append(DateRow(
                doc_id=doc_id, start=ent.start_char, end=ent.end_char, text=ent.text, value=timex.value,
                type=timex.type, first_day=timex.first_day.isoformat() if timex.first_day else "",
                last_day=timex.last_day.isoformat() if timex.last_day else "", anchor=timex.anchor,
                rule_id=f"ner:{ent.label_}+timex:{timex.rule_id}", zone=zone,
            ))
        doc._.date_rows = tuple(rows)
        return doc


@Language.factory("newsevents_dates", default_config={"labels": list(DATE_LABELS)})
def make_dates_stage(nlp: Language, name: str, labels: list[str]) -> DatesStage:
    return DatesStage(labels=tuple(labels))
