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
