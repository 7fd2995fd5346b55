"""Casualty tolls a record's title tells when the title is not part of the text.

A scraped page often keeps the story only in its headline (a paywall, a sign-in form, a
video page), and headlines tell the toll in a few fixed forms that the model, reading title
case, parses poorly. They are read as forms here:

    "Five dead in Cascade Mall shooting", "Police identify four killed in ..."  a count, then what befell them
    "4 Shot, 1 Killed During Argument"                                          two counts (the shot include the killed)
    "Boy, 13, dies after ...", "Teen Shot To Death In Pacoima"                  one person, then what befell them
    "shooting that killed Columbia teen", "Bullet grazes teen"                  what befell one person, then them
    "Toddler becomes fourth to die"                                             an ordinal of the dead
    "accidental shooting death", "Sarasota death ruled homicide"                a death, a homicide
    "double homicide", "triple shooting"                                        a number of victims in one word

Each reading keeps its words' offsets in the title (`start`, `end`). The casualties stage
uses them only where the text itself gives no toll.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pipeline.quantities import TENS, UNITS, parse_quantity
from pipeline.speakers import person_words
from pipeline.types import CasualtyRow, EventRow

_NUMBER_WORDS = sorted((w for w in [*UNITS, *TENS] if w not in ("a", "an", "no", "none", "zero", "single", "lone",
                                                                  "both", "pair", "couple")), key=len, reverse=True)
# a count of people: not "father of 5", nor the age in "killing 14-year-old"
_COUNT = (r"(?<!\bof )(?:(?:at least|more than|nearly|almost|about|up to) )?(?:\d{1,4}|" + "|".join(_NUMBER_WORDS) +
          r"|a dozen|dozens|several)(?![\w-])")
_KILLED = (r"shot (?:dead|to death)|shot,? (?:and )?killed|fatally (?:shot|wounded|injured)|killed|kills|dead|dies|"
           r"died|die|slain|murdered")
_HURT = r"shot|wounded|injured|hurt|hospitalized|grazed|suffers? gunshot wounds?|suffered gunshot wounds?"
_BETWEEN = r"(?:[a-z][a-z'’.-]* ){0,3}?"  # "Four men shot", "5 Phenix City men", not "1 week, 6"
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
_MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}


@dataclass(frozen=True, slots=True)
class TitleToll:
    kind: str  # killed or injured
    min: int | None
    best: int | None
    max: int | None
    qualifier: str
    start: int  # the reading's words in the title
    end: int
    rule: str
    shot: bool = False  # a count of the shot, which includes the killed ("4 Shot, 1 Killed")


@lru_cache(maxsize=1)
def _forms() -> list[tuple[str, re.Pattern]]:
    nouns = sorted(person_words()["person_nouns"] | {"toddler", "juvenile", "infant", "baby", "youth", "teen",
                                                    "kid", "mom", "dad", "grandmother", "grandfather"},
                   key=len, reverse=True)
    named = "|".join(re.escape(n) for n in nouns)
    person = rf"(?:\d+-(?:year|month|week|day)-old(?: (?:{named}))?|{named})"
    aged = r"(?:,? \d{1,3},?)?"  # "Boy, 13, dies"
    be = r"(?:(?:is|was|has been|gets|got|found) )?(?:[a-z]+ly )?"  # "was fatally", "accidentally", "found"
    self_shot = r"shoots (?:self|himself|herself)|shot (?:self|himself|herself)"
    return [
        ("count_killed", re.compile(rf"\b(?P<count>{_COUNT}) {_BETWEEN}(?P<verb>{_KILLED})\b")),
        ("count_hurt", re.compile(rf"\b(?P<count>{_COUNT}) {_BETWEEN}(?P<verb>{_HURT})\b(?! (?:dead|to death))")),
        ("killed_count", re.compile(rf"\b(?P<verb>kills|killed|killing) (?P<count>{_COUNT})\b")),
        ("hurt_count", re.compile(rf"\b(?P<verb>injures|injuring|wounds|wounding|injured|wounded) (?P<count>{_COUNT})"
                                  rf"\b")),
        # "Des Moines teen shot in the head dies": hurt, then dead
        ("person_later_dead", re.compile(rf"\b{person}{aged} (?:[a-z'’,-]+ ){{1,6}}?(?P<verb>dies|died)\b")),
        ("person_killed", re.compile(rf"\b{person}(?: of \d+)?{aged} {be}(?P<verb>{_KILLED})\b")),
        ("person_hurt", re.compile(rf"\b{person}{aged} {be}(?P<verb>{_HURT}|{self_shot})\b"
                                   rf"(?! (?:dead|to death))")),
        # "Alex DoSouto, 24, Fatally Shot": a name and an age
        ("named_killed", re.compile(rf"\b[a-z'’-]+(?: [a-z'’-]+){{0,2}}, \d{{1,3}}, {be}(?P<verb>{_KILLED})\b")),
        ("named_hurt", re.compile(rf"\b[a-z'’-]+(?: [a-z'’-]+){{0,2}}, \d{{1,3}}, {be}(?P<verb>{_HURT})\b"
                                  rf"(?! (?:dead|to death))")),
        ("killed_person", re.compile(rf"\b(?P<verb>killed|kills|killing|fatally shoots|fatally shot) "
                                     rf"(?:an? |the |his |her |their )?{_BETWEEN}{person}\b")),
        ("hurt_person", re.compile(rf"\b(?P<verb>wounds|wounding|grazes|hits|injures|injuring|shoots|shooting of) "
                                   rf"(?:an? |the |his |her |their )?{_BETWEEN}{person}\b")),
        # "16-year-old boy's death", "death of 4-year-old"
        ("person_death", re.compile(rf"\b{person}['’]s death\b|\bdeath of (?:an? |the )?{_BETWEEN}"
                                    rf"{person}\b")),
        ("ordinal_dead", re.compile(r"\b(?P<ordinal>" + "|".join(_ORDINALS) + r") (?:person |victim )?to die\b")),
        ("multiple_killed", re.compile(r"\b(?P<multiple>" + "|".join(_MULTIPLES) + r")(?: |-)(?:homicide|murder|"
                                                                                    r"killing|fatal shooting)\b")),
        ("multiple_shot", re.compile(r"\b(?P<multiple>" + "|".join(_MULTIPLES) + r")(?: |-)shooting\b")),
        ("a_death", re.compile(r"\b(?:shooting|gunshot) death\b|\bmurder-suicide\b|(?<!attempted )\bhomicide\b(?!s)|"
                               r"\b(?:deadly|fatal) (?:[a-z]+ )?(?:shooting|crossfire|gunfire)\b")),
    ]


def title_tolls(title: str) -> list[TitleToll]:
    """The tolls a headline tells, one reading per stretch of words (the first form that
    reads a stretch wins)."""
    lowered = title.lower()
    readings: list[TitleToll] = []
    taken: list[tuple[int, int]] = []
    for rule, form in _forms():
        for match in form.finditer(lowered):
            start, end = match.span()
            if any(start < e and s < end for s, e in taken):
                continue
            toll = _reading(rule, match, start, end)
            if toll is not None:
                readings.append(toll)
                taken.append((start, end))
    return sorted(readings, key=lambda r: r.start)


def _reading(rule: str, match: re.Match, start: int, end: int) -> TitleToll | None:
    groups = match.groupdict()
    verb = groups.get("verb") or ""
    killed = rule.endswith(("killed", "dead", "death")) or rule in ("killed_person", "killed_count", "a_death") or \
        bool(re.fullmatch(_KILLED, verb))
    kind = "killed" if killed else "injured"
    if groups.get("count"):
        quantity = parse_quantity(groups["count"])
        if quantity is None or not quantity.best:
            return None
        return TitleToll(kind, quantity.min, quantity.best, quantity.max, quantity.qualifier, start, end, rule,
                         shot=verb == "shot" and kind == "injured")
    if groups.get("ordinal"):
        n = _ORDINALS[groups["ordinal"]]
        return TitleToll("killed", n, n, None, "at_least", start, end, rule)
    if groups.get("multiple"):
        n = _MULTIPLES[groups["multiple"]]
        return TitleToll(kind, n, n, n, "exact", start, end, rule, shot=rule == "multiple_shot")
    if rule == "a_death":
        at_least = not re.match(r"(?:shooting|gunshot) death|homicide", match.group(0))
        n = 2 if match.group(0) == "murder-suicide" else 1
        return TitleToll("killed", n, n, None if at_least else n, "at_least" if at_least else "exact", start, end,
                         rule)
    return TitleToll(kind, 1, 1, 1, "exact", start, end, rule)


def title_toll(title: str) -> tuple[TitleToll | None, TitleToll | None]:
    """The headline's killed and injured, each its largest reading; the shot count includes
    the killed ("4 Shot, 1 Killed": 3 injured). One person told hurt, then dead, is one
    reading ("teen shot in the head dies")."""
    readings = title_tolls(title)
    killed = max((r for r in readings if r.kind == "killed"), key=lambda r: (r.best or 0, -r.start), default=None)
    injured = max((r for r in readings if r.kind == "injured"), key=lambda r: (r.best or 0, -r.start), default=None)
    if injured is not None and injured.shot and killed is not None:
        left = (injured.best or 0) - (killed.best or 0)
        injured = None if left <= 0 else TitleToll(
            "injured", left, left, left if injured.max is not None else None, injured.qualifier, injured.start,
            injured.end, injured.rule + "_less_killed", shot=True)
    return killed, injured


_SHOOTING_WORDS = re.compile(r"\b(?:shot|shoots?|shooting|gun\w*|bullets?|crossfire|drive-by)\b", re.I)
_VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def with_title_tolls(doc_id: str, title: str, text: str, events: tuple[EventRow, ...], published: str,
                     acled: dict[str, tuple[str, str]]) -> tuple[tuple[EventRow, ...], tuple[CasualtyRow, ...]]:
    """The events, and casualty rows the record's title adds, where the title is not in the
    text and no event of the text gives a toll: the title's toll is that of the first violent
    event the text tells, or of an event the title alone tells (zone record_title, spans in
    `title_start`/`title_end`, no span in the text). Else the events as they are, no rows."""
    if not title.strip() or title.strip() in text or any(e.killed is not None or e.injured is not None for e in events):
        return events, ()
    killed, injured = title_toll(title)
    if killed is None and injured is None:
        return events, ()
    first = min((r for r in (killed, injured) if r is not None), key=lambda r: r.start)
    target = next((e for e in sorted(events, key=lambda e: (e.start is None, e.start or 0))
                   if e.acled_event_type in _VIOLENT), None)
    counts = {"killed": killed.best if killed else None, "injured": injured.best if injured else None}
    if target is not None:
        tolled = replace(target, **counts)
        events = tuple(tolled if e is target else e for e in events)
    else:
        event_type = "shooting" if _SHOOTING_WORDS.search(title) else "killing" if killed else "attack"
        acled_type, acled_sub = acled.get(event_type, ("", ""))
        tolled = EventRow(doc_id=doc_id, event_id=f"{doc_id}:T{first.start}", event_type=event_type, start=None,
                          end=None, text=title[first.start:first.end], date=published, acled_event_type=acled_type,
                          acled_sub_event_type=acled_sub, rule_id=f"title_toll:{first.rule}", zone="record_title",
                          title_start=first.start, title_end=first.end, **counts)
        events = events + (tolled,)
    rows = tuple(CasualtyRow(doc_id=doc_id, event_id=tolled.event_id, start=None, end=None,
                             text=title[toll.start:toll.end], kind=toll.kind, min=toll.min, max=toll.max,
                             best=toll.best, qualifier=toll.qualifier, rule_id=f"title_toll:{toll.rule}",
                             zone="record_title", title_start=toll.start, title_end=toll.end)
                 for toll in (killed, injured) if toll is not None)
    return events, rows
