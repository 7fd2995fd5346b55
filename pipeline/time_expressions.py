"""Which of the model's DATE and TIME entities are time expressions (TIMEX3): not ages
("6-year-old", "in their 20s"), addresses ("the 1700 block"), ranks ("the 28th homicide"),
adjectives ("quarterly dividend"), bare nouns ("years"), the names of shows and papers
("CBS's ''60 Minutes''", "BBC Radio 4's Today programme") or a march ("the annual March for
Life"). Read by the dates stage (pipeline/stages/dates.py) before it normalises anything.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

_AGE = re.compile(r"\b\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.I)
_AGE_SUFFIX = re.compile(r"[- ](?:year|month|week|day)s?[- ]old$", re.I)
_NOT_ALONE = {"night", "nights", "the night", "day", "days", "year", "years"}
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")


def is_time_expression(span: Span) -> bool:
    """Filters for DATE entities that are not TIMEX3: ages, adjectives, bare nouns."""
    text = span.text.lower()
    if _AGE_SUFFIX.search(text) and _AGE.search(text):
        return False  # "6-year-old", "52 years old"
    if text in _NOT_ALONE:
        return False
    if span.end < len(span.doc) and span.doc[span.end].lower_ in ("block", "blocks") and span[-1].like_num:
        return False  # "the 1700 block of Telegraph Avenue": an address
    if re.fullmatch(r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)", text) and span.end < len(span.doc) and \
            span.doc[span.end].pos_ in ("NOUN", "ADJ"):
        return False  # "the 28th homicide this year": a rank, not a day of the month
    if _age_decade(span):
        return False  # "all in their 20s", "a man in his early forties"
    if len(span) == 1 and span.root.pos_ == "ADJ" and span.root.dep_ == "amod":
        return False  # "quarterly dividend", "annual meeting"
    if _a_title(span) or _a_march(span):
        return False
    return True


# words of time that a title capitalises ("CBS's ''60 Minutes''", "ABC News' “This Week”"; not
# "Day" and "Year", which a holiday capitalises: "Thanksgiving Day", "New Year's Eve")
_TITLE_WORDS = {"minute", "minutes", "hour", "hours", "week", "weeks", "month", "months",
                "decade", "decades", "today", "tonight"}


def _a_title(span: Span) -> bool:
    """A time expression whose unit is capitalised inside a sentence of lower-case prose: the
    name of a show or a paper, not a time ("said on CBS's ''60 Minutes''", "“This Week”")."""
    if not any(t.text[:1].isupper() and t.lower_ in _TITLE_WORDS and not _opens_a_sentence(t) for t in span) or \
            any(_YEAR.fullmatch(t.text) for t in span):
        return False  # (a year is one whatever it names: "Dream Week 2015")
    others = [t for t in span[0].sent if t.is_alpha and len(t) > 3 and t.pos_ in ("VERB", "NOUN", "ADJ", "ADV")
              and not span.start <= t.i < span.end]
    return bool(others) and 2 * sum(t.text[0].islower() for t in others) > len(others)  # not a title-case headline


def _opens_a_sentence(token: Token) -> bool:
    """The first word of a sentence, of a quotation or after a colon ("“Today around 1,000
    people were rescued”", "he said: Today the watchdog ...")."""
    before = token.i - 1
    while before >= token.sent.start and (token.doc[before].is_quote or token.doc[before].is_space or
                                          token.doc[before].text in ("(", "[", "-", "—", "–")):
        before -= 1
    return before < token.sent.start or token.doc[before].text in (":", ".", "?", "!", ";")


def _a_march(span: Span) -> bool:
    """"the annual March for Life", "the March on Washington": a march, not the month."""
    doc = span.doc
    return len(span) == 1 and span[0].text == "March" and span.end + 1 < len(doc) and \
        doc[span.end].lower_ in ("for", "on", "against", "of") and doc[span.end + 1].text[:1].isupper() and \
        not doc[span.end + 1].like_num


_POSSESSIVES = {"his", "her", "their", "my", "your", "our"}
_AGE_DECADE = re.compile(r"(?:\d0'?s|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies)$")


def _age_decade(span: Span) -> bool:
    """A person's decade of life: a decade word after a possessive ("their 20s")."""
    if not _AGE_DECADE.search(span.text.lower()):
        return False
    i = span.end - 2
    while i >= max(span.start - 3, 0) and span.doc[i].lower_ in ("early", "mid", "late", "-", "mid-"):
        i -= 1
    return i >= 0 and span.doc[i].lower_ in _POSSESSIVES
