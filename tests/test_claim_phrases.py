"""pipeline.claim_phrases: attributions told by a phrase rather than a verb of saying, and a
cue the tagger misread."""

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


def test_a_present_tense_cue_the_tagger_read_as_a_plural_noun(nlp):
    claims = claims_in(nlp, "Russian Foreign Minister Igor Ivanov calls extending NATO membership into "
                            "Eastern Europe “a movement in the wrong direction.”")
    assert claims == [("extending NATO membership into Eastern Europe “a movement in the wrong direction",
                       "calls", "Igor Ivanov")]


@pytest.mark.parametrize("paragraph, expected", [
    # the cue is the whole phrase, the speaker who was quoted
    ("Igor Ivanov spoke in Moscow on Friday. “All European states must cooperate in creating a joint "
     "security system,” he was quoted as saying.",
     [("All European states must cooperate in creating a joint security system", "was quoted as saying",
       "Igor Ivanov")]),
    ("Reuters quoted a US official as saying the troop pullout would take between 60 and 100 days.",
     [("the troop pullout would take between 60 and 100 days", "quoted a US official as saying", "US official")]),
    # "her" as the one quoted is whom "she" would be
    ("Umm Abdullah fled into exile in Kobani. The AFP news agency quoted her as saying: “I can’t describe "
     "my happiness.”",
     [("I can’t describe my happiness.", "quoted her as saying", "Umm Abdullah")]),
])
def test_quoted_as_saying(nlp, paragraph, expected):
    assert claims_in(nlp, paragraph) == expected
