"""The day a story ties an event to when the event's own clause names none.

A crime story names the day once ("... was shot Tuesday night") and tells the incident on
without it; an update may name it only paragraphs down. `lead_date` finds that day: one in
the event's sentence, else the last before it in its paragraph, else the first the story
names, never the day of a telling, an aftermath or a later death; an indefinite noun that is
no incident the story tells ("fearing a massacre") only from its own sentence
(`takes_the_storys_day`). `own_day` and `day_within` narrow a week or month to the day a
sentence telling the event names.
"""

from __future__ import annotations

from datetime import date, timedelta

from spacy.tokens import Doc

from pipeline.date_tense import date_governor, dates_telling
from pipeline.event_dates import (DEATH_LEMMAS, cause_told_after, dates_a_later_death, dates_aftermath,
                                  dates_something_else, describes_someone, in_other_relative_clause, later_verb,
                                  names_an_occasion)
from pipeline.event_mentions import EventMention
from pipeline.incidents import INCIDENT_TYPES
from pipeline.stages.dates import reference_day
from pipeline.stages.extensions import date_spans, doc_text, sentence_index, sentence_spans
from pipeline.timex import in_small_hours

# the sounds and scene of one incident, told with an indefinite article or in the plural:
# "heard gunshots inside the bar", "awakened by a gunshot", "were in a shootout at the busy park"
_SCENE_NOUNS = {"gunshot", "gunshots", "shot", "shots", "explosion", "explosions", "blast", "blasts", "gunfire",
                "shootout", "firefight"}


def takes_the_storys_day(doc: Doc, members: list[EventMention], tolled: bool, incident_told: bool) -> bool:
    """Whether the story's day may date an event its own clause leaves undated: one that
    holds a toll, a verb ("opened fire on four men. It happened Sunday"), a definite noun
    ("the shooting"), a sound or scene of one incident ("awakened by a gunshot", "in a
    shootout at the park"), or, in a story that tells an incident of violence
    (`incident_told`: one with a toll or a day of its own), an indefinite noun of its kind
    ("an overnight shooting in Ardmore"). Another indefinite or bare noun ("fearing a
    massacre", "a formidable battle", "a backdrop to macabre executions", "there is a very
    fierce bombardment") or one of "every" or "each" is no incident the story dates: only a
    day of its own sentence does."""
    if tolled:
        return True
    for m in members:
        if any(c.dep_ == "det" and c.lower_ in ("every", "each") for c in doc[m.token_i].children):
            continue
        if m.plural is None or m.definite or m.trigger_text.lower() in _SCENE_NOUNS or \
                incident_told and m.event_type in INCIDENT_TYPES and not m.plural:
            return True
    return False


def own_day(doc: Doc, members: list[EventMention]):
    """The first single day, no later than publication, of these events' own clauses."""
    published = doc._.published
    for member in sorted(members, key=lambda m: m.trigger_start):
        row = member.date
        if row is not None and row.first_day and row.first_day == row.last_day and \
                (published is None or (date_of(row.first_day) or published) <= published):
            return row
    return None


def day_within(doc: Doc, period, anchor: EventMention, sentences: set[int]):
    """The first day inside an event's week, weekend or month that a sentence telling the
    event or its toll names ("shot and killed last week ... The Dec. 15 death was ruled a
    homicide"; "shot over the weekend ... one of five people shot Sunday night"); not
    the day of a telling, an arrest, an occasion, nor of a death after a shooting."""
    published = doc._.published
    first = period.first_day
    if "rel_this_week" in period.rule_id:  # "an accidental shooting this week", told on a Wednesday
        first = (date_of(first) - timedelta(days=2)).isoformat()  # of Sunday night: the weekend before counts
    for row, span in date_spans(doc):
        if row.first_day != row.last_day or not row.value[:1].isdigit() or \
                not first <= row.first_day <= period.last_day or \
                published is not None and date_of(row.first_day) > published or \
                sentence_index(doc, span.root) not in sentences:
            continue
        governor = date_governor(span)
        if dates_telling(span) or dates_aftermath(span) or names_an_occasion(row, span) or \
                anchor.event_type != "killing" and governor.lemma_ in DEATH_LEMMAS:
            continue
        return row
    return None


_WOUND_CAUSES = {"gunshot", "bullet", "gun"}


def wound_sentences(doc: Doc) -> set[int]:
    """The sentences that tell a shooting again as the wound it left ("after suffering a
    gunshot wound to the head last Thursday", "found Sanchez ... with a gunshot wound").
    """
    return {sentence_index(doc, t) for t in doc if t.lemma_.lower() in _WOUND_CAUSES and t.dep_ == "compound" and
            t.head.lemma_.lower() == "wound"}


def lead_date(doc: Doc, members: list[EventMention], *, own_sentence: bool = False):
    """An event its own clause leaves undated takes the day the text ties it to: a day
    named in its sentence, else the last one named before it in its paragraph, else
    the first the story names ("... was shot Tuesday night" opens the story; later
    sentences about it do not repeat the day; an update may name it only paragraphs
    down); with `own_sentence`, only its sentence's. Only days no later than publication
    and at most a week before it count."""
    published = doc._.published
    if published is None:
        return None
    rows = []
    for row in doc._.date_rows or ():
        if row.zone in ("dateline", "title") or not row.first_day or row.first_day != row.last_day:
            continue
        if row.tense == "future" or not row.value[:1].isdigit():
            continue  # "will be arraigned Tuesday", "now": not when a past event happened
        day = date_of(row.first_day)
        if day == published and row.anchor == "absolute":
            continue  # "Posted: Tuesday, November 25, 2014": the story's own time stamp
        told = reference_day(doc, row.start)  # the page's day, or its update block's ("PREVIOUS 1/4:")
        if day is not None and 0 <= (told - day).days <= 7:
            rows.append(row)
    anchor = members[0]
    anchor_token = doc[anchor.token_i]
    later = later_verb(anchor_token)
    spans = {id(row): span for row, span in date_spans(doc)}
    # "police said Wednesday": the day of a telling dates no event; "died Wednesday after being
    # shot Monday": the day of a death told after its cause is not the incident's
    rows = [r for r in rows
            if id(r) not in spans or not dates_something_else(r, spans[id(r)], anchor_token, later) and
            not dates_a_later_death(spans[id(r)], anchor_token)]
    if not rows:
        return None
    sentences = sentence_spans(doc)
    sentence = sentences[sentence_index(doc, doc[anchor.token_i])]
    # "the boy, who turned 12 yesterday, was shot": a day told of someone in the event's
    # sentence dates no event
    aside = {id(r) for r in rows if sentence.start_char <= r.start < sentence.end_char and id(r) in spans
             and in_other_relative_clause(spans[id(r)], anchor_token)}
    # "juveniles accused of shooting an officer appeared in court Monday": the rest of the
    # sentence of a participle about someone is not when its event happened (a relative
    # clause's may be: "responded Monday to a boy who had been shot")
    clause = describes_someone(anchor_token)
    if clause is not None and clause.dep_ == "acl":
        own = doc[clause.left_edge.i:clause.right_edge.i + 1]
        aside |= {id(r) for r in rows if sentence.start_char <= r.start < sentence.end_char and
                  not own.start_char <= r.start < own.end_char}
    rows = [r for r in rows if id(r) not in aside]
    if not rows:
        return None
    same = [r for r in rows if sentence.start_char <= r.start < sentence.end_char]
    cause = cause_told_after(anchor_token)  # "died Sunday after he was stabbed on Friday night"
    same = [r for r in same if cause is not None and id(r) in spans and
            date_governor(spans[id(r)]).i == cause.i] or same
    if same:
        return min(same, key=lambda r: abs(r.start - anchor.trigger_start))
    if own_sentence:
        return None
    text = doc_text(doc)
    paragraph_start = text.rfind("\n\n", 0, anchor.trigger_start)
    before = [r for r in rows if paragraph_start < r.start < anchor.trigger_start]
    if before:
        return before[-1]
    return rows[0]


def small_hours_after(later, night) -> bool:
    """Whether a date is a clock time in the small hours that end a night ("Saturday night",
    then "around 1 a.m. Sunday"): the more exact telling of the same time."""
    return later.type == "TIME" and in_small_hours(later.value) and \
        (date.fromisoformat(later.first_day) - date.fromisoformat(night.first_day)).days == 1



def date_of(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
