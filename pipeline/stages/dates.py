"""newsevents_dates: every date and time expression, normalised against the publication date.

Candidates are the model's DATE and TIME entities; each is read by pipeline.timex with
the tense of its clause (a bare weekday in a past-tense clause is the most recent such
day, the publication weekday itself included; future tense looks forward) and the
previous resolved date (for "the next day"); in a dated update block of a page ("UPDATE
1/11:", "PREVIOUS 1/4:") against the block's own date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.config import read_jsonl_rules
from pipeline.date_tense import date_tense, dates_telling
from pipeline.layout import FURNITURE_ZONES
from pipeline.matching import AnchoredMatcher
from pipeline.stages.extensions import doc_id_of, doc_text, per_doc, register_extensions, zone_of
from pipeline.time_expressions import is_time_expression
from pipeline.timex_unresolved import unresolved_reading
from pipeline.timex import Timex, in_small_hours, normalize
from pipeline.timex_calendar import MONTHS, WEEKDAYS, unit_of
from pipeline.types import DateRow

DATE_LABELS = ("DATE", "TIME")
# a dated block of an updated page: "UPDATE 1/11:", "UPDATE (3/10 at 12:45 p.m.):", "PREVIOUS 1/4:";
# its relative days count from its own date, not from the page's
_UPDATE_MARK = re.compile(r"(?im)^[ \t]*\(?(?:update[ds]?|previous(?: story)?|original(?: story| post)?)"
                          r"[ \t]*[(:–—-]?[ \t]*\(?(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/(?P<year>\d{2,4}))?\b"
                          r"(?=[^\n]{0,30}?[:)–—-]|[ \t]*$)")  # a heading: "UPDATE 1/11:", not "Updated 3/4 of the rolls"
# TimeML extents leave out prepositions and possessive endings but keep modifiers
# ("nearly three months", "early December", "earlier this month" with mod set), and a
# determiner before a calendar date: "on Tuesday" -> "Tuesday", "the Dec. 21, 1988" ->
# "Dec. 21, 1988".
_TRIM_LEADING = {"in", "on", "at", "since", "for", "by", "during", "until", "till", "within", "from", "through",
                 "throughout", "between"}
# "the victim of last weeks shooting": "last week's" without its apostrophe ("the last weeks"
# is some weeks)
_POSSESSIVE_UNIT = re.compile(r"(?:last|this|next)\s+(?:week|month|year)s", re.I)
# The dateline is furniture for actors and places, but its date is a real date expression.
_SKIP_ZONES = FURNITURE_ZONES - {"dateline"}

def _update_days(text: str, published: date) -> list[tuple[int, date]]:
    """Where each dated update block starts and its date (within two months of publication)."""
    out = []
    for match in _UPDATE_MARK.finditer(text):
        year = int(match["year"]) if match["year"] else published.year
        year += 2000 if year < 100 else 0
        try:
            day = date(year, int(match["month"]), int(match["day"]))
        except ValueError:
            continue
        if not match["year"] and (day - published).days > 183:
            day = day.replace(year=year - 1)  # "UPDATE 12/30" on a page of January 2
        if abs((day - published).days) <= 61:
            out.append((match.start(), day))
    return out


def reference_day(doc: Doc, char: int) -> date | None:
    """The day relative dates at a character count from: the publication date, or the date
    of the update block the character is in ("PREVIOUS 1/4: ... in a parked car Monday")."""
    published = doc._.published
    if published is None:
        return None
    day = published
    for start, block_day in per_doc(doc, "update_days", lambda: _update_days(doc_text(doc), published)):
        if start > char:
            break
        day = block_day
    return day


@dataclass
class DateContext:
    """What the dates told so far give the next one to be read against: the day last told
    (for "the next day", "the same day"), whether it was a night (a small-hours time after it
    is the next morning), and the period in focus (for "that year", "a year earlier")."""

    previous: date | None = None
    night: bool = False
    focus: str = ""
    clause_day: Span | None = None  # the date that set `previous`, when it dates a clause

    def after(self, span: Span, timex: Timex) -> None:
        # a year-ago comparison is no new focus: "the third quarter ... a year earlier ... a
        # year earlier" are both the quarter a year before the third, not two years before it
        if timex.type == "DATE" and timex.value[:1].isdigit() and timex.rule_id != "rel_year_ago_quarter":
            self.focus = timex.value
        if timex.type not in ("DATE", "TIME") or not timex.first_day or timex.first_day != timex.last_day or \
                dates_telling(span):  # "he said Tuesday" is no day of what he tells
            return
        if self.clause_day is not None and self.clause_day.sent == span.sent and names_a_told_event(span):
            return
        self.previous = timex.first_day
        self.night = timex.value.endswith("TNI")
        self.clause_day = None if names_a_told_event(span) else span


def names_a_told_event(span: Span) -> bool:
    """Whether a date only names an event already told ("in connection with Sunday's
    shooting", "blocks away from Wednesday's incident", "the Dec. 6 shooting"): after a date
    of its sentence's own clause it is no day that "the next day" or "the same day" counts
    from ("Police arrested a man on Tuesday in connection with Sunday's shooting. He was
    charged the next day" is Wednesday)."""
    return span.root.dep_ in ("poss", "compound", "nmod") and span.root.head.pos_ in ("NOUN", "PROPN")


def read_date(span: Span, published: date | None, previous: date | None, focus: str = "",
              tense: str | None = None) -> Timex | None:
    tense = date_tense(span) if tense is None else tense
    text = span.text
    if _POSSESSIVE_UNIT.fullmatch(text) and (span.start == 0 or span.doc[span.start - 1].lower_ != "the"):
        text = text[:-1]  # "the victim of last weeks shooting": "last week's", its apostrophe lost
    timex = normalize(text, published, tense=tense, previous=previous, focus=focus)
    if timex is None and published is None:  # no publication date: "Monday" is XXXX-WXX-1
        timex = unresolved_reading(text, tense)
    return timex


def trim(span: Span) -> Span:
    start, end = span.start, span.end
    doc = span.doc
    while start < end - 1 and (doc[start].lower_ in _TRIM_LEADING and doc[start + 1].lower_ not in ("least", "most")
                               or doc[start].lower_ == "the" and _calendar_name(doc[start + 1])):
        start += 1
    if end - start == 2 and doc[start].like_num and doc[start + 1].lower_ in ("today", "yesterday", "tomorrow") and \
            (start == 0 or doc[start - 1].pos_ != "ADP"):
        start += 1  # "would have turned six tomorrow", "scored 30 yesterday": an age, a count; not "at 6 tomorrow"
    while end > start + 1 and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct and doc[end - 1].text != "."
                               or doc[end - 1].is_space):
        end -= 1
    return span.doc[start:end] if (start, end) != (span.start, span.end) else span


def _split_period(span: Span, rule: str) -> list[tuple[Span, str]]:
    """"the quarter ended Sept. 30" is two expressions, the period and the day it ended;
    so are "between 1994 and 1997", "from today through Nov. 17", "in 1994, 1995 and 1997",
    "the first nine months of 1997" (TimeML marks each) and "this week after a month"."""
    doc = span.doc
    while len(span) > 1 and span[-1].lower_ in ("and", "or", ","):
        span = Span(doc, span.start, span.end - 1, label=span.label_)  # "1994, 1995 and" + "1997"
    for token in span[1:-1]:
        # ("the year that will end Sept. 30"; not the noun of "the end of the month")
        period_end = token.lower_ in ("ended", "ending", "ends") or token.lower_ == "end" and token.pos_ == "VERB"
        range_mark = token.lower_ in ("and", "or", "to", "through", "-", "–") and \
            _is_datey(doc[span.start:token.i]) and _is_datey(doc[token.i + 1:span.end])
        if token.text == ",":  # a list of years or months, not "Dec. 30, 2019"
            pair = (doc[token.i - 1:token.i], doc[token.i + 1:token.i + 2])
            range_mark = all(map(_is_year, pair)) or all(p[0].lower_.rstrip(".") in MONTHS for p in pair)
        rest = doc[token.i + 1:span.end]  # "the first nine months of 1997", not "the third quarter of 1984"
        of_year = token.lower_ == "of" and doc[token.i - 1].lower_ in ("days", "weeks", "months", "years") and \
            (_is_year(rest) or rest.text.lower() in ("the year", "this year", "last year"))
        # "fell this week after a month of fighting": a day or week, then a span before it
        # ("two days after Christmas" is one expression: a span counted from a day)
        relation = token.lower_ in ("after", "before") and (_is_datey(rest) or rest[-1].lower_ in _UNITS) and \
            (span[0].lower_ in ("this", "last", "next") or span[0].lower_.rstrip(".") in MONTHS or
             span[0].lower_ in WEEKDAYS)
        if period_end or range_mark or of_year or relation:
            return [(Span(doc, span.start, token.i, label=span.label_), rule),
                    *_split_period(Span(doc, token.i + 1, span.end, label=span.label_), rule)]
    return [(span, rule)]


def _is_year(span: Span) -> bool:
    return len(span) == 1 and bool(re.fullmatch(r"(?:1[6-9]|20)\d\d", span[0].text))


def _calendar_name(token: Token) -> bool:
    """A month or weekday name ("Dec.", "Sept", "Tuesday")."""
    return token.lower_.rstrip(".") in MONTHS or token.lower_ in WEEKDAYS


_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"}


def _is_datey(span: Span) -> bool:
    """A calendar expression on its own: a year, a month or weekday name, "today"."""
    return any(_is_year(span.doc[t.i:t.i + 1]) or _calendar_name(t) or t.lower_ in ("today", "yesterday", "tomorrow")
               for t in span)


_CLOCK = re.compile(r"\d\s*(?:[ap]\.?m\b|:\d\d)|\b(?:noon|midnight)\b")
_DAY_WORDS = {"today", "yesterday", "tomorrow", "tonight"}


def _names_day(span: Span) -> bool:
    return any(_calendar_name(t) or t.lower_ in _DAY_WORDS for t in span)


def _clock_and_day(first: Span, second: Span) -> bool:
    """A clock time and the day it is on, told side by side, whatever labels the model
    gave them ("around 11 p.m. on Sunday night", "Sunday night at 11:30")."""
    return any(_CLOCK.search(a.text.lower()) is not None and not _names_day(a) and _names_day(b) and
               _CLOCK.search(b.text.lower()) is None for a, b in ((first, second), (second, first)))


def _weekday_and_date(first: Span, second: Span) -> bool:
    """A weekday and the date it names, split by the model ("seeped out Friday Oct. 13 alone")."""
    return len(first) == 1 and first[0].lower_ in WEEKDAYS and second[0].lower_.rstrip(".") in MONTHS and \
        any(t.like_num for t in second)


def _with_determiner(ent: Span) -> Span:
    """"this year's election": the model's DATE is "year" alone; the words before it count."""
    if len(ent) == 1 and ent.start and unit_of(ent[0].lower_) and \
            ent.doc[ent.start - 1].lower_ in ("this", "last", "next", "that", "the", "past", "coming"):
        return Span(ent.doc, ent.start - 1, ent.end, label=ent.label_)
    return ent


_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def release_counts(doc: Doc) -> None:
    """Give back to the text the count the model swallowed into a day and month before it
    ("On 12 March 14 people were killed", "on 16 and 17 July 36 civilians were killed": the
    model's DATE is "12 March 14", "17 July 36"): a number after the month that is no year,
    before the noun it counts, leaves the entity, for this stage and every one after it."""
    ents, changed = list(doc.ents), False
    for i, ent in enumerate(ents):
        last = ent[-1]
        # (a day after a month alone is a day, "the March 3 meeting"; a number word is a count, "In March
        # three Indian journalists were run over")
        if ent.label_ == "DATE" and (len(ent) >= 3 or len(ent) == 2 and last.is_alpha) and last.like_num and \
                ent[-2].lower_.rstrip(".") in MONTHS and not _YEAR.fullmatch(last.text) and ent.end < len(doc) and \
                doc[ent.end].pos_ in ("NOUN", "ADJ"):
            ents[i] = Span(doc, ent.start, ent.end - 1, label=ent.label_)
            changed = True
    if changed:
        doc.ents = ents


def _with_relation(ent: Span) -> Span:
    """"In the shooting the day before, officers found ...": the model's DATE is "the day"
    alone; an adverb of order after a unit, ending the phrase, is part of it (not "a day
    after a man was shot", where "after" opens a clause)."""
    doc = ent.doc
    if ent.end + 1 < len(doc) and unit_of(ent[-1].lower_) and \
            doc[ent.end].lower_ in ("before", "after", "earlier", "later") and \
            (doc[ent.end + 1].is_punct or doc[ent.end + 1].is_sent_start):
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    return ent


def _calendar_tail(span: Span) -> Span | None:
    """The calendar words that end an expression that does not read as a whole: "the day
    Friday" -> "Friday"."""
    for token in span[1:]:
        if _calendar_name(token) or _is_year(token.doc[token.i:token.i + 1]):
            return span.doc[token.i:span.end]
    return None


# words after "the day" that tell which day it is by something else ("the day he left", "the
# day of the inauguration", "the day after Ayyub's birthday")
_DAY_TOLD_BY = {"of", "after", "before", "when", "that", "on", "we", "i", "he", "she", "they", "you", "it"}


def _day_of_something(span: Span) -> bool:
    """Whether "the day" is the day of something its own words tell, or no day ("shrinking by
    the day"), rather than the date told last ("the day", alone; "earlier in the day"; "Nov.
    3, the day before authorities issued a warrant": the date it is set beside)."""
    if span.text.lower() != "the day":
        return False
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.text == "," and span.start >= 2 and doc[span.start - 2].ent_type_ == "DATE":
        return False
    return after is not None and (after.lower_ in _DAY_TOLD_BY or after.head.i == span.end - 1 and
                                  after.dep_ in ("relcl", "acl")) or \
        before is not None and before.lower_ == "by"


class DatesStage:
    def __init__(self, *, labels: tuple[str, ...], patterns: str, vocab) -> None:
        register_extensions()
        self.labels = labels
        self.matcher = AnchoredMatcher(vocab, validate=True)
        for rule in read_jsonl_rules(patterns, required=("id", "pattern")):
            self.matcher.add(rule["id"], [rule["pattern"]])

    def candidates(self, doc: Doc) -> list[tuple[Span, str, list[tuple[Span, str]]]]:
        """Model entities, then pattern matches they miss; adjacent date + time merged
        (with the parts, read on their own when the whole does not read)."""
        found = [(_with_relation(_with_determiner(ent)), f"ner:{ent.label_}") for ent in doc.ents
                 if ent.label_ in self.labels]
        matches = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        # a match around a shorter entity replaces it ("Friday morning" around the model's "morning")
        found = [(ent, rule) for ent, rule in found
                 if not any(m.start <= ent.start and ent.end <= m.end and
                            any(not t.is_punct for t in (*m[:ent.start - m.start], *doc[ent.end:m.end]))
                            for m in matches)]
        taken = {i for ent, _ in found for i in range(ent.start, ent.end)}
        for span in matches:
            if not taken.intersection(range(span.start, span.end)):
                found.append((span, f"pattern:{span.label_}"))
        found = [part for span, rule in found for part in _split_period(span, rule)]
        found.sort(key=lambda item: item[0].start)
        merged: list[tuple[Span, str, list[tuple[Span, str]]]] = []
        for span, rule in found:
            if merged:
                last, last_rule, parts = merged[-1]
                gap = doc[last.end:span.start]
                if len(gap) <= 1 and all(t.lower_ in (",", "at", "on") for t in gap) and \
                        ({last.label_, span.label_} == {"DATE", "TIME"} or _clock_and_day(last, span) or
                         _weekday_and_date(last, span)) and \
                        not (len(last) == 1 and last[0].like_num):
                    # ("Harcum, 17, around 10:30 p.m. Wednesday": the age is no part of the time)
                    merged[-1] = (doc[last.start:span.end], f"{last_rule}+{rule}",
                                  (parts or [(last, last_rule)]) + [(span, rule)])
                    continue
            merged.append((span, rule, []))
        return merged

    def __call__(self, doc: Doc) -> Doc:
        release_counts(doc)
        doc_id = doc_id_of(doc)
        published = doc._.published
        context = DateContext()
        years_named: dict[int, int] = {}  # month -> the year the text named it with ("in December 2014")
        rows = []
        queue = self.candidates(doc)
        while queue:
            found, source, parts = queue.pop(0)
            zone = zone_of(doc, found.start_char, found.end_char)
            if zone in _SKIP_ZONES or not is_time_expression(found):
                continue
            tense = date_tense(found)
            reading = trim(found)
            if reading.text.lower() in ("the year", "the month", "the week") and reading.end < len(doc) and \
                    doc[reading.end].lower_ in ("ended", "ending", "ends"):
                reading = reading[1:]  # "the year ended Sept. 30" is a span of a year, not this one
            previous = None if _day_of_something(reading) else context.previous
            timex = read_date(reading, reference_day(doc, found.start_char), previous, context.focus, tense)
            if timex is None:
                # "more than four hours" + "Friday" read apart; "the day Friday" as "Friday";
                # else the model's DATE was not a time expression ("11", "5,200")
                tail = _calendar_tail(found)
                queue[:0] = [(part, rule, []) for part, rule in parts] if parts else \
                    [(tail, source, [])] if tail is not None else []
                continue
            if timex.anchor == "absolute" and re.match(r"\d{4}-\d\d", timex.value) and timex.first_day:
                years_named[timex.first_day.month] = timex.first_day.year
            elif timex.rule_id == "month_day" and tense == "past" and published is not None and \
                    (published - timex.first_day).days > 31 and \
                    years_named.get(timex.first_day.month, timex.first_day.year) != timex.first_day.year:
                timex = _in_year(timex, years_named[timex.first_day.month], published)
            if context.night and timex.anchor == "previous_date" and in_small_hours(timex.value):
                timex = _next_morning(timex)  # "overnight ... shots fired at 1 a.m.": past midnight
            context.after(found, timex)
            span = trim(found)
            rows.append(DateRow(
                doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text, value=timex.value,
                type=timex.type, first_day=timex.first_day.isoformat() if timex.first_day else "",
                last_day=timex.last_day.isoformat() if timex.last_day else "", anchor=timex.anchor,
                mod=timex.mod, rule_id=f"{source}+timex:{timex.rule_id}", zone=zone, tense=tense,
            ))
        doc._.date_rows = tuple(_clocks_on_the_day_after_them(doc, rows))
        return doc


def _clocks_on_the_day_after_them(doc: Doc, rows: list[DateRow]) -> list[DateRow]:
    """A clock time told with no day before it in the story is on the day its own sentence
    names after it ("Shots were fired at 7:45 p.m. near ... the club, which was holding the
    event Sunday"), not on the day of publication."""
    out = list(rows)
    for i, row in enumerate(rows):
        if not row.rule_id.endswith(("timex:clock", "timex:clock_words")) or row.anchor != "published":
            continue
        if any(r.type in ("DATE", "TIME") and r.first_day and r.first_day == r.last_day for r in rows[:i]):
            continue  # a day told before it: the clock was read against that one
        sentence = doc.char_span(row.start, row.end, alignment_mode="expand").sent
        day = next((r for r in rows[i + 1:] if r.start < sentence.end_char and r.type == "DATE" and
                    r.first_day and r.first_day == r.last_day and r.anchor != "absolute"), None)
        if day is not None and day.first_day != row.first_day:
            out[i] = replace(row, value=day.first_day + row.value[10:], first_day=day.first_day,
                             last_day=day.first_day, anchor="previous_date", rule_id=row.rule_id + "_day_after")
    return out


def _in_year(timex: Timex, year: int, published: date | None) -> Timex:
    """A month and day told without a year in a past clause, more than a month before
    publication, in the year the text named that month with ("Elaine spotted the lights in
    December 2014 ... the Dec. 6 shooting"), unless that falls after publication."""
    try:
        day = timex.first_day.replace(year=year)
    except ValueError:  # February 29
        return timex
    if published is not None and day > published:
        return timex
    return replace(timex, value=day.isoformat() + timex.value[10:], first_day=day, last_day=day,
                   anchor="previous_date", rule_id=timex.rule_id + "_year_named")


def _next_morning(timex: Timex) -> Timex:
    """A small-hours clock time told after a night: the same time on the next day."""
    day = timex.first_day + timedelta(days=1)
    return replace(timex, value=day.isoformat() + timex.value[10:], first_day=day, last_day=day,
                   rule_id=timex.rule_id + "_after_night")


@Language.factory("newsevents_dates",
                  default_config={"labels": list(DATE_LABELS), "patterns": "patterns/dates.jsonl"})
def make_dates_stage(nlp: Language, name: str, labels: list[str], patterns: str) -> DatesStage:
    return DatesStage(labels=tuple(labels), patterns=patterns, vocab=nlp.vocab)
