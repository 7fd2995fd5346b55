"""pipeline.event_modality: whether an event word tells something that happened, on real parses."""

from __future__ import annotations

import pytest

from pipeline.event_modality import happened


@pytest.mark.parametrize("sentence, word, expected", [
    ("Rebels attacked the base on Monday.", "attacked", True),
    ("Rebels did not attack the base.", "attack", False),
    ("Rebels could attack the base.", "attack", False),
    ("Officials fear an attack on the base.", "attack", False),
    ("Iran will stand by Assad in the event of a US-led strike.", "strike", False),
    ("He never gave a timetable for an attack.", "attack", False),
    ("The drones were intended for use in an attack on a Russian airbase.", "attack", False),
    ("There were reports of an impending regime incursion.", "incursion", False),
    ("Officials denied that Russia would retaliate with an attack on British bases.", "attack", False),
    ("Israel appears to have led the charge with several strikes on Iranian forces.", "strikes", True),
    ("Forces are massing in preparation for the assault.", "assault", False),
    ("Either to surrender or die, the fighters have no other options.", "die", False),
    ("The boy did not survive.", "survive", True),
    ("The boy may not survive.", "survive", False),
])
def test_happened(parse, sentence, word, expected):
    doc = parse(sentence)
    token = next(t for t in doc if t.text == word)
    assert happened(token) is expected
