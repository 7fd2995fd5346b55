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


@pytest.mark.parametrize("paragraph, expected", [
    # "as X <cue>" opening, inside or closing the sentence it attributes
    ("As Reuters reported last week, the militia has moved its fighters to the border.",
     [("the militia has moved its fighters to the border", "reported", "Reuters")]),
    ("Ms Begum is entitled to return to the UK, as security minister Ben Wallace has acknowledged.",
     [("Ms Begum is entitled to return to the UK", "has acknowledged", "Ben Wallace")]),
    ("The strikes killed 25 fighters, as the Pentagon noted in a statement.",
     [("The strikes killed 25 fighters", "noted", "Pentagon")]),
    ("Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes.",
     [("Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back "
       "hurricanes", "pointed", "one of Mr. Obama's climate advisers")]),
    # the speaker in apposition, an opening "Yet", a passive's agent, a writing that tells it
    ("Yet as Condoleezza Rice, the former secretary of state, conceded in Cairo in 2005, it was a "
     "self-defeating policy.", [("it was a self-defeating policy", "conceded", "Condoleezza Rice")]),
    ("As first reported by the Guardian, Canada and the Kurdish administration struck a deal in spring.",
     [("Canada and the Kurdish administration struck a deal in spring", "first reported", "Guardian")]),
    ("As stated in Davis' commentary, there are conflicting stories.",
     [("there are conflicting stories", "stated", "Davis' commentary")]),
    # a time, a concession, a cue that tells something of its own, a comparison: no aside
    ("As the minister spoke, protesters chanted slogans.", []),
    ("He wept profusely as he said these words.", []),
    ("As everyone hopes for the best, there are lots of questions about the shooting.", []),
    ("Even as racism has been largely written out of Canadian law, racism is given air in Canada.", []),
    ("As agreed in a US-Turkish deal, the fighters left Manbij.", []),
    ("As expected, the ceasefire did not hold.", []),
])
def test_as_aside(nlp, paragraph, expected):
    assert claims_in(nlp, paragraph) == expected


@pytest.mark.parametrize("paragraph, pieces", [
    ("Hawaii, as one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back hurricanes.",
     ["Hawaii", "normally does not get back-to-back hurricanes"]),
    ("Acts of protest, Mr. Obama said, are acts of patriotism.", ["Acts of protest", "are acts of patriotism"]),
    ("The Kurdish fighters there, he told Turkish reporters, have already dug trenches.",
     ["The Kurdish fighters there", "have already dug trenches"]),
    ("Reaching children in need has been relentlessly difficult, the UN has said, with requests to deliver aid "
     "routinely denied.",
     ["Reaching children in need has been relentlessly difficult", "with requests to deliver aid routinely denied"]),
    # the cue's clause is the content: no attribution stands inside it
    ("The Turkish prime minister, Binali Yildirim said the aim of the campaign, dubbed Operation Olive Branch, "
     "would be to create a zone.", None),
])
def test_content_pieces_around_an_attribution_inside_it(nlp, paragraph, pieces):
    from datetime import date

    from pipeline.extract import process_batch
    from pipeline.ingest import SourceDoc

    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=paragraph)],
                              default_published=date(2016, 9, 1))
    (claim,) = result.claims
    if pieces is None:
        assert claim.content_parts == ""
        return
    assert [paragraph[int(s):int(e)] for s, e in (p.split("-") for p in claim.content_parts.split(";"))] == pieces
    assert claim.content == paragraph[claim.content_start:claim.content_end]
