"""newsevents_paragraphs: where line breaks end sentences, on the real model."""

from __future__ import annotations

import pytest

WRAPPED = ("Protesters gathered outside the embassy on Tuesday morning and chanted slogans against\n"
           "the strikes, witnesses said.")


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents]


def test_a_hard_wrapped_line_does_not_end_its_sentence(nlp):
    assert _sentences(nlp, WRAPPED) == [WRAPPED]


@pytest.mark.parametrize("text, first", [
    ("US strikes Iraq\nThe Pentagon said on Sunday that five sites were hit.", "US strikes Iraq"),
    ("The strikes hit five sites in Iraq and Syria, the Pentagon said on Sunday.\n\n"
     "more reactions followed", "The strikes hit five sites in Iraq and Syria, the Pentagon said on Sunday."),
    ("What they said:\n- the strikes were defensive", "What they said:"),
])
def test_headlines_blank_lines_and_bullets_end_sentences(nlp, text, first):
    assert _sentences(nlp, text)[0] == first


@pytest.mark.parametrize("text, lead", [
    ("BEXAR COUNTY, Texas - One female is dead and another is in critical condition, deputies said.",
     "One female is dead and another is in critical condition, deputies said."),
    ("Shooting in Chapel Hill\n\nCHAPEL HILL, NC (WNCN) – The girl shot in Chapel Hill has died.",
     "The girl shot in Chapel Hill has died."),
])
def test_a_dateline_place_does_not_join_the_lead_sentence(nlp, text, lead):
    assert lead in _sentences(nlp, text)


def test_a_dash_inside_the_text_is_not_a_dateline(nlp):
    text = "Police said the man - a neighbour - fled. NATO - the alliance - said nothing."
    assert _sentences(nlp, text)[0] == "Police said the man - a neighbour - fled."
