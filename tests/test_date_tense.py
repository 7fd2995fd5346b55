"""pipeline.date_tense: the tense a date expression is read in, on real parses."""

from __future__ import annotations

import pytest

from pipeline.date_tense import date_tense, dates_telling


def _span(doc, words):
    text = doc.text
    start = text.index(words)
    return doc.char_span(start, start + len(words))


@pytest.mark.parametrize("sentence, words, tense", [
    ("The attack happened on Thursday.", "Thursday", "past"),
    ("The council will meet on Thursday.", "Thursday", "future"),
    ("He may leave the decision to the council on Thursday.", "Thursday", "future"),
    ("Police could not reach him on Thursday.", "Thursday", ""),  # no tense: read back, as undated
    ("Turkey has pushed deeper since sending forces into Afrin in February.", "February", "past"),
    ("The meeting is scheduled to take place on Tuesday.", "Tuesday", "future"),
])
def test_date_tense(parse, sentence, words, tense):
    doc = parse(sentence)
    assert date_tense(_span(doc, words)) == tense


@pytest.mark.parametrize("sentence, words, expected", [
    ("Police said Wednesday that a man was shot.", "Wednesday", True),
    ("A man was shot Wednesday, police said.", "Wednesday", False),
])
def test_a_telling_has_its_own_day(parse, sentence, words, expected):
    doc = parse(sentence)
    assert dates_telling(_span(doc, words)) is expected
