"""pipeline.event_dates: when an event happened, on the real model."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stages.test_events import extract_one


@pytest.mark.parametrize("text, published, expected", [
    # a span before or after a day told on the clause it is counted from
    ("Police said he was taken into custody late Tuesday night, five days after he allegedly shot up a "
     "restaurant, killing four people.", date(2017, 4, 5), ("shooting", "2017-03-30", "five days")),
    ("A month and a half after a shooting at the skate park left one person dead, police told a news "
     "conference Friday afternoon that the man had been arrested.", date(2015, 5, 8),
     ("shooting", "2015-03-24", "A month and a half")),
    # the event's own day wins; an inexact span, or one counted from no day told, counts nothing
    ("Three days after the Wednesday shooting in a home, Reese was charged with murder.", date(2017, 2, 18),
     ("shooting", "2017-02-15", "Wednesday")),
    ("Questions remain about a drug bust on a Friday night, and why there have been no arrests almost a month "
     "after a triple homicide.", date(2015, 9, 20), ("killing", "2015-09-20", "")),
])
def test_a_span_before_or_after_a_day_is_counted(nlp, text, published, expected):
    result = extract_one(nlp, text, published)
    event_type = expected[0]
    row = next(e for e in result.events if e.event_type == event_type)
    assert (row.event_type, row.date, row.date_text) == expected
    if row.date_text:  # the date's span is the words that justify it
        assert text[row.date_start:row.date_end] == row.date_text


def test_a_toll_told_on_an_event_word_is_that_events(nlp):
    text = ("Two people were shot Sunday in Lansdowne, a day after a man was fatally shot and another injured in a "
            "shooting nearby, police said.")
    result = extract_one(nlp, text, date(2017, 2, 5))
    by_date = {e.date: (e.killed, e.injured) for e in result.events if e.killed or e.injured}
    assert by_date == {"2017-02-05": (None, 2), "2017-02-04": (1, 1)}
