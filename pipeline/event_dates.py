"""When an event happened: the date expression that governs its clause.

An event takes the date on its own word or clause ("shot Tuesday night", "a shooting that
wounded four teenagers on Monday"), else the day of the toll it is told under, else the
one date of its sentence; never the day of something else the sentence tells: a telling
("police said Wednesday"), what followed ("arrested Friday", "at his Saturday
arraignment"), an occasion ("a Christmas party"), a verb the event is told before
("remained hospitalized Tuesday after they were attacked"), or a day told of someone in a
relative clause ("the boy, who turned 12 yesterday"). An event told in a relative clause about
someone ("the child who was killed") takes a day of its own words only. The casualties stage uses the same
tests when it dates an event from its story.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from pipeline.date_tense import TELLING_LEMMAS, date_governor, dates_telling
from pipeline.stages.extensions import sentence_dates
from pipeline.timex_calendar import add_months
from pipeline.types import DateRow

# what follows an incident: a day on these verbs dates the aftermath, not the incident
# ("apprehended a suspect early Saturday in a shooting", "identified the victim Monday")
AFTERMATH_LEMMAS = {"arrest", "apprehend", "charge", "detain", "book", "arraign", "indict", "sentence", "convict",
                    "jail", "plead", "identify", "release", "bury", "mourn", "remember", "honor", "vigil",
                    "appear",  # "appeared in court Monday" (not "appeared to flag")
                    # the proceedings that follow, named by nouns: "at his Saturday arraignment"
                    "arraignment", "hearing", "trial", "funeral", "memorial", "burial", "visitation",
                    # a death that followed the injury: "succumbed to his wounds Sunday"
                    "succumb"}


def dates_aftermath(span: Span, event: Token | None = None) -> bool:
    """Whether a date is the day of an arrest, a charge, an identification or a funeral,
    other than the event's own verb."""
    verb = date_governor(span)
    if verb.lemma_ == "appear" and any(c.dep_ in ("xcomp", "acomp", "attr", "ccomp") for c in verb.children):
        return False  # "France appeared to flag an advance on Friday"
    if event is not None and event.dep_ == "advcl" and event.head.i == verb.i and \
            any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while") for c in event.children):
        return False  # "was arrested on 22 July when armed police raided the resort": at the same time
    if verb.pos_ == "NOUN" and event is not None and verb.i < event.i < span.start:
        return False  # "a manslaughter charge against a boy in the shooting death of his friend Tuesday
        # night": a day the parser hung on the noun before the event, closing the event's own phrase
    return (verb.lemma_ in AFTERMATH_LEMMAS or _off_life_support(verb)) and (event is None or verb.i != event.i)


def _off_life_support(verb: Token) -> bool:
    """"was taken off life support on Sunday", "removed from life support": a death that
    followed the injury by days."""
    objects = [c for c in verb.children if c.dep_ == "dobj"] + \
        [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("off", "from") for g in c.children]
    return any(o.lower_ == "support" and any(m.lower_ == "life" for m in o.children) for o in objects)


def dates_something_else(row: DateRow, span: Span, event: Token, later: Token | None) -> bool:
    """Whether a date is the day of something other than the event: a telling ("police said
    Wednesday"), an occasion, the aftermath, or the verb the event is told before
    ("remained hospitalized Tuesday after they were attacked")."""
    governor = date_governor(span)
    return dates_telling(span) and governor.i != event.i or names_an_occasion(row, span) or \
        dates_aftermath(span, event) or later is not None and governor.i == later.i


def in_other_relative_clause(span: Span, event: Token) -> bool:
    """Whether a date is told in a relative clause about someone or something, a clause
    the event is not part of ("Emily, who would have turned six tomorrow")."""
    clause = date_governor(span)
    return clause.dep_ == "relcl" and clause.i != event.i and clause.head.i != event.i and \
        any(c.lower_ in ("who", "whom", "whose", "which", "that") for c in clause.children) and \
        not any(t.i == event.i for t in clause.subtree)


# nouns of time a relative clause may tell: "the same day Campbell was killed" is that day
_TIME_NOUNS = {"day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "time",
               "hour", "moment", "date"}


# the ways down from a clause about someone to the event it tells: "juveniles accused of
# shooting a police officer", "the man charged in the killing"
_INTO_CLAUSE = {"prep", "pobj", "pcomp", "dobj", "xcomp", "compound"}
# what someone is accused of, charged in or with, wanted or arrested for
_CHARGE_PREPOSITIONS = {"of", "in", "with", "for"}


def describes_someone(token: Token) -> Token | None:
    """The clause about someone or something an event is told in, or None: a relative clause
    ("the child who was killed") or a participle's ("juveniles accused of shooting a police
    officer appeared in court Monday"), not one about a time ("the day Campbell was killed")."""
    node = token
    for _ in range(4):
        if node.dep_ in ("relcl", "acl") and node.head.pos_ in ("NOUN", "PROPN", "PRON") and \
                node.head.lemma_.lower() not in _TIME_NOUNS and node.head.ent_type_ not in ("DATE", "TIME"):
            # a participle on a noun, not a verb the parser took for one on its subject ("2013,
            # when tens of thousands protested in Kiev")
            reduced = node.tag_ == "VBN" and node.head.dep_ not in ("advcl", "ccomp") and not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark") for c in node.children)
            return node if node.dep_ == "relcl" or reduced else None  # not "the news that they had attacked"
        if node.dep_ not in _INTO_CLAUSE or node.head.i == node.i or \
                node.dep_ == "prep" and node.lower_ not in _CHARGE_PREPOSITIONS:
            return None  # "a measure taken after an attack this weekend": the attack's own time
        node = node.head
    return None


def names_an_occasion(row: DateRow, span: Span) -> bool:
    """Whether a holiday names an occasion rather than a day: "a Christmas party", "the
    Fourth of July parade" (held on some day near it; the story's own day dates its event)."""
    root = span.root
    return "holiday" in row.rule_id and root.dep_ in ("compound", "nmod", "amod") and \
        root.head.pos_ == "NOUN" and not span.start <= root.head.i < span.end


# "after", "following", "since": the clause they open happened before the verb they hang from
_LATER_MARKS = {"after", "following", "since"}
# verbs that happen with the event they follow: "four were injured after a shooting Friday"
_SAME_TIME_LEMMAS = {"kill", "injure", "wound", "hurt", "shoot", "hit", "strike", "leave", "erupt", "break"}


def later_verb(token: Token) -> Token | None:
    """The verb an event is told before ("remained hospitalized Tuesday after they were
    attacked", "police arrested a man Sunday after a shooting"): its dates are later than
    the event's, so they do not date it."""
    node = token
    for _ in range(6):
        head = node.head
        if head.i == node.i:
            return None
        if node.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _LATER_MARKS for c in node.children):
            later = head
        elif node.dep_ in ("pobj", "pcomp") and head.lower_ in _LATER_MARKS and head.dep_ == "prep":
            later = head.head
        else:
            node = head
            continue
        return None if later.lemma_.lower() in _SAME_TIME_LEMMAS else later
    return None


# verbs of dying: a death may come days after the act that caused it
DEATH_LEMMAS = {"die", "succumb", "pass"}
# acts a death may be told after: "died Wednesday after being shot Monday"
_INJURING_LEMMAS = {"shoot", "stab", "attack", "beat", "assault", "hit", "strike", "wound", "injure", "hurt", "burn"}


def cause_told_after(token: Token) -> Token | None:
    """The act a death is told after ("died Wednesday after being shot Monday"): the
    incident, whose day is the event's (the casualties stage dates a death from it)."""
    if token.lemma_ not in DEATH_LEMMAS:
        return None
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _LATER_MARKS:
            act = next((g for g in child.children if g.dep_ == "pcomp" and g.pos_ == "VERB"), None)
        elif child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _LATER_MARKS for g in child.children):
            act = child
        else:
            continue
        if act is not None and act.lemma_ in _INJURING_LEMMAS:
            return act
    return None


def dates_a_later_death(span: Span, event: Token) -> bool:
    """Whether a date is the day of a death told after its cause ("died Wednesday after being
    shot Monday"), other than the event's own word: the incident's day is the cause's."""
    verb = date_governor(span)
    return verb.i != event.i and cause_told_after(verb) is not None


def event_date(doc: Doc, token: Token) -> DateRow | None:
    """The date that governs an event word's clause: one on the word, its head or its
    relative clause; the day of the toll it is told under; the one date of its sentence
    when it is a clause of its own; else one within four words. Never the day of a
    telling, an aftermath or an occasion, nor one told of someone in a relative clause.
    An event told as so long before or after a dated one is dated by counting."""
    counted = counted_date(doc, token)
    if counted is not None:
        return counted
    later = later_verb(token)
    related = {token.i, token.head.i} | {c.i for c in token.children}
    if token.head.pos_ == "NOUN" and token.dep_ in ("acl", "relcl"):
        related.add(token.head.head.i)
    for child in token.children:
        if child.dep_ in ("acl", "relcl"):
            related.update(c.i for c in child.children)
            related.add(child.i)
    # "executed his girlfriend ..., prosecutors said Wednesday": the day of the telling
    related -= {t.i for t in (token.head, *token.children) if t.i != token.i and t.lemma_ in TELLING_LEMMAS}
    in_sentence = []
    for row, span in sentence_dates(doc, token):
        if not row.value[:1].isdigit() and row.type != "DURATION" or len(row.value) == 2:
            continue  # "now"; a century ("the massacre of the 21st century") dates no event
        if row.type == "DURATION" and row.first_day and row.last_day and \
                (date.fromisoformat(row.last_day) - date.fromisoformat(row.first_day)).days > 366:
            continue  # "breached for the first time in a century" dates nothing
        if dates_something_else(row, span, token, later):
            continue
        if span.root.i not in related and span.root.head.i not in related and \
                in_other_relative_clause(span, token):
            continue  # "the boy, who turned 12 yesterday, was shot": the day of the boy's birthday
        in_sentence.append((row, span))
        if span.root.i in related or span.root.head.i in related:
            return row
    clause = describes_someone(token)
    own = {t.i for t in clause.subtree} if clause is not None else set()
    # "Seven people were injured late Friday night in what authorities are calling a
    # shooting": the day of the toll the event is told under, unless the clause about someone
    # it is told in has a day of its own ("Britons killed in the past year include Ryan Lock,
    # who shot himself on 21 December 2016")
    ancestors = {a.i for a in token.ancestors} if in_sentence else set()
    under_toll = [row for row, span in in_sentence
                  if (governor := date_governor(span)).i in ancestors and governor.lemma_ in _SAME_TIME_LEMMAS]
    if len(under_toll) == 1 and not any(span.root.i in own for _, span in in_sentence):
        return under_toll[0]
    if clause is not None:
        # "It was unclear Friday whether the baby was the child who was killed": a clause that
        # tells who someone is takes a day of its own words only ("mercenaries were killed by
        # a US counterattack on 7 February")
        in_sentence = [(row, span) for row, span in in_sentence if span.root.i in own]
    in_main_clause = token.pos_ == "VERB" and token.dep_ not in ("amod", "compound") or \
        token.head.dep_ == "ROOT" or token.dep_ == "ROOT"  # "accused in the shooting death": no clause
    if len(in_sentence) == 1 and in_main_clause:
        return in_sentence[0][0]
    near = [row for row, span in in_sentence if abs(span.start - token.i) <= 4]
    return near[0] if near else None


_COUNTED = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?")


def counted_date(doc: Doc, token: Token) -> DateRow | None:
    """The day of an event told as a span before or after a dated one: "taken into custody
    late Tuesday night, five days after he allegedly shot up a restaurant" (five days
    before that Tuesday). Only from a day on the clause the span is counted from, and
    only a span told exactly.
    The row keeps the span's words ("five days") and says what it was counted from in its
    rule id; an event with a date of its own in that phrase keeps it ("three days after
    the Wednesday shooting")."""
    dates = sentence_dates(doc, token)
    for row, span in dates:
        if row.type != "DURATION" or span.end >= len(doc) or doc[span.end].lower_ not in ("after", "before"):
            continue
        match = _COUNTED.fullmatch(row.value)
        if match is None or not any(match.groups()):
            continue
        scope = _counted_scope(doc, doc[span.end])
        if token.i not in scope:
            continue
        if any(scope[0] <= other.start and other.end - 1 <= scope[-1] for _, other in dates):
            return None  # "three days after the Wednesday shooting": its own day
        if row.mod:
            return None  # "almost a month after": no day to count to
        host = span.root
        while host.i in scope or host.i == span.root.i:  # the clause the span is counted from
            if host.head.i == host.i:
                break
            host = host.head
        anchors = [(r, s) for r, s in dates if s.start != span.start and date_governor(s).i == host.i
                   and r.first_day and r.first_day == r.last_day and r.value[:1].isdigit()]
        if not anchors:
            return None  # "no arrests almost a month after ...": counted from a time not told
        anchor, _ = min(anchors, key=lambda rs: abs(rs[1].start - span.end))
        years, months, weeks, days = (int(g or 0) for g in match.groups())
        sign = -1 if doc[span.end].lower_ == "after" else 1
        day = add_months(date.fromisoformat(anchor.first_day), sign * (12 * years + months)) + \
            timedelta(days=sign * (7 * weeks + days))
        return replace(row, value=day.isoformat(), type="DATE", first_day=day.isoformat(), last_day=day.isoformat(),
                       anchor="previous_date", rule_id=f"{row.rule_id}+counted_from:{anchor.text}")
    return None


def _counted_scope(doc: Doc, word: Token) -> list[int]:
    """The tokens of the clause or phrase "after"/"before" opens: its clause when it marks
    one, its object when it is a preposition, else (a parse that hung it elsewhere) the
    words up to the next comma."""
    if word.dep_ == "mark" and word.head.i > word.i:
        return sorted(t.i for t in word.head.subtree if t.i > word.i)
    if word.dep_ == "prep" and any(c.dep_ in ("pobj", "pcomp") for c in word.children):
        return sorted(t.i for t in word.subtree if t.i > word.i)
    end = word.i + 1
    while end < len(doc) and not doc[end].is_punct and not doc[end].is_sent_start:
        end += 1
    return list(range(word.i + 1, end))
