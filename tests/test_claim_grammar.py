"""pipeline.claim_grammar: attributions told by a phrase rather than a verb of saying."""

from __future__ import annotations

import pytest

from tests.stages.test_claims import claims_in


@pytest.mark.parametrize("paragraph, expected", [
    # "as X put it", "X put it bluntly: ..." (not "put it in a very secure area")
    ("As one official put it, “We are not going anywhere.”", [("We are not going anywhere.", "put it", "official")]),
    ("Votel put it bluntly: the SDF kept their word.", [("the SDF kept their word.", "put it", "Votel")]),
    ("You've gotta make sure that you put it in a very secure area away from them.", []),
    # "in the words of X": the words on both sides of the phrase, not what the parser set beside X
    ("They were, in the words of the US general Joseph Votel, exemplary.",
     [("They were, in the words of the US general Joseph Votel, exemplary", "in the words of", "Joseph Votel")]),
    ("In the words of the UK ambassador to the United Nations, “there should be no more victims of chemical "
     "weapons attacks.”",
     [("there should be no more victims of chemical weapons attacks.", "In the words of", "UK ambassador")]),
    # a song says nothing
    ("They are no reason for countries to remain, in the words of a Pink Floyd song, comfortably numb.", []),
])
def test_put_it_and_in_the_words_of(nlp, paragraph, expected):
    assert claims_in(nlp, paragraph) == expected
