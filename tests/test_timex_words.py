"""pipeline.timex_words: the words around a time expression."""

from __future__ import annotations

import pytest

from pipeline.timex_words import clean


@pytest.mark.parametrize("text, expected", [
    ("in the late 1990s", ("1990s", "END")),
    ("nearly three months", ("three months", "APPROX")),
    ("this coming Sunday", ("next sunday", "")),
    ("Friday's", ("friday", "")),
    ("for more than 500 days", ("500 days", "MORE_THAN")),
    ("two more weeks", ("two weeks", "")),
    ("a three-year sentence", ("three years", "")),
    ("at least 10 years", ("10 years", "EQUAL_OR_MORE")),
])
def test_clean_takes_off_prepositions_and_modifiers(text, expected):
    assert clean(text) == expected
