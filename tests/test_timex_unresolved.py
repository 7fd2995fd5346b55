"""Relative dates of an article with no publication date: TimeML values with X for what
only the publication date would fix."""

from __future__ import annotations

import pytest

from pipeline.extract import process_batch
from pipeline.ingest import SourceDoc
from pipeline.timex_unresolved import unresolved_reading


@pytest.mark.parametrize("text, value, type_", [
    ("Monday", "XXXX-WXX-1", "DATE"),          # the weekday is the text's, the week the publication's
    ("late Tuesday night", "XXXX-WXX-2TNI", "TIME"),
    ("Dec. 29", "XXXX-12-29", "DATE"),         # month and day told, the year not
    ("last week", "XXXX-WXX", "DATE"),
    ("this weekend", "XXXX-WXX-WE", "DATE"),
    ("yesterday", "XXXX-XX-XX", "DATE"),
    ("last month", "XXXX-XX", "DATE"),
    ("last year", "XXXX", "DATE"),
    ("last spring", "XXXX-SP", "DATE"),
    ("the third quarter", "XXXX-Q3", "DATE"),
    ("at 3 p.m.", "XXXX-XX-XXT15:00", "TIME"),
    ("the past two months", "P2M", "DURATION"),  # a duration needs no anchor
    ("now", "PRESENT_REF", "DATE"),
])
def test_relative_dates_keep_what_the_text_fixes(text, value, type_):
    timex = unresolved_reading(text, "past")
    assert (timex.value, timex.type) == (value, type_)
    assert timex.first_day is None and timex.last_day is None and timex.anchor == "published"


@pytest.mark.parametrize("text", ["11", "5,200", "aged between 15 and 16"])
def test_numbers_stay_out(text):
    assert unresolved_reading(text, "past") is None


def test_an_absolute_date_keeps_its_days():
    timex = unresolved_reading("Dec 30, 2019", "past")
    assert (timex.value, str(timex.first_day), timex.anchor) == ("2019-12-30", "2019-12-30", "absolute")


def test_undated_article_lists_its_relative_dates(nlp):
    text = ("Gunmen killed three people in Kabul on Monday, police said. Two days ago a bomb "
            "exploded in the same district, the third attack in the past two months.")
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)], default_published=None)
    assert result.document.status == "ok", result.document.error
    assert result.document.published == ""
    rows = [(r.text, r.value, r.first_day, r.anchor) for r in result.dates]
    assert rows == [("Monday", "XXXX-WXX-1", "", "published"), ("Two days ago", "XXXX-XX-XX", "", "published"),
                    ("the past two months", "P2M", "", "published")]
    assert all(e.date == "" for e in result.events)  # unresolved, not guessed
