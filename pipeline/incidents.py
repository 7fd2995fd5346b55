"""One local incident told under several event mentions.

A local story often tells its one incident with words the events stage keeps apart: "Two
men are dead and two hurt after a shooting" (a shooting), "the two men killed in Tuesday
night's shootings" (plural, so another event), "the murder" (a killing). Each carries part
of the toll, and the parts added up count people twice ("four people were shot" under one,
"two men dead" under the other: four hit, not six). `one_incident` links the counts of such
events to the first of them, so that the toll is worked out once over all its words; the
events themselves stay in events.csv, without counts.

Events stay apart when the text sets them apart: their own days differ, their places are
different towns, or one is marked as another ("In a separate shooting", "another
shooting", "an unrelated attack").
"""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.event_mentions import EventMention
from pipeline.stages.events import SET_APART_WORDS, marked_by
from pipeline.stages.extensions import sentence_index, sentence_spans

# the event types one local incident of violence is told with
INCIDENT_TYPES = {"shooting", "killing", "attack"}
_SEPARATE_WORDS = SET_APART_WORDS | {"second", "earlier", "previous"}


def one_incident(doc: Doc, mentions: list[EventMention], links: list[int | None]) -> list[int | None]:
    """The links with the counts of one incident's events moved to its first event."""
    counted = sorted({mentions[i].cluster for i in links if i is not None and
                      mentions[i].event_type in INCIDENT_TYPES})
    if len(counted) < 2:
        return links
    members = {c: [m for m in mentions if m.cluster == c] for c in counted}
    first = counted[0]
    target = next(i for i in links if i is not None and mentions[i].cluster == first)
    joined = {c for c in counted[1:] if not _set_apart(doc, members[first], members[c])}
    return [target if i is not None and mentions[i].cluster in joined else i for i in links]


def told_again(doc: Doc, mentions: list[EventMention], cluster: int) -> list[EventMention]:
    """The mentions of the other incident events the text does not set apart from this
    one: the same incident told again ("the August 14 shooting death")."""
    own = [m for m in mentions if m.cluster == cluster]
    if not own or own[0].event_type not in INCIDENT_TYPES:
        return []
    others: dict[int, list[EventMention]] = {}
    for m in mentions:
        if m.cluster != cluster and m.event_type in INCIDENT_TYPES:
            others.setdefault(m.cluster, []).append(m)
    return [m for members in others.values() if not _set_apart(doc, own, members) for m in members]


def _set_apart(doc: Doc, first: list[EventMention], other: list[EventMention]) -> bool:
    days_a, days_b = _days(first), _days(other)
    if days_a and days_b and not days_a & days_b:
        return True  # "Sunday" and "April 13"
    towns_a, towns_b = _towns(doc, first), _towns(doc, other)
    if towns_a and towns_b and not towns_a & towns_b:
        return True
    return any(_marked_separate(doc, m) for m in other)


def _days(members: list[EventMention]) -> set[str]:
    return {m.date.first_day for m in members if m.date and m.date.first_day and m.date.first_day == m.date.last_day}


def _towns(doc: Doc, members: list[EventMention]) -> set[str]:
    rows = doc._.location_rows or ()
    places = {(m.place.start, m.place.end) for m in members if m.place}
    return {r.name for r in rows if (r.start, r.end) in places and r.feature == "city"}


def _marked_separate(doc: Doc, mention: EventMention) -> bool:
    """ "another shooting", "In a separate incident, ...", "an unrelated attack"."""
    token = doc[mention.token_i]
    if marked_by(token, _SEPARATE_WORDS):
        return True
    sentence = sentence_spans(doc)[sentence_index(doc, token)]
    return any(t.lower_ in ("separate", "unrelated") for t in sentence)
