"""pipeline.person_names: how the model's tags across a story name its people."""

from __future__ import annotations

import pytest

from pipeline.person_names import clean_name, org_is_a_person_named_elsewhere, people_named
from tests.conftest import extract_one


def tagged(nlp, text: str, tags: list[tuple[str, str, int]]):
    """The parsed text with the entities as the model tagged them in a real story (given here
    as (text, label, nth occurrence), since the small model tags them differently each run of
    a shorter text)."""
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if not name.startswith("newsevents_"):
            doc = proc(doc)
    spans = []
    for word, label, nth in tags:
        start = -1
        for _ in range(nth + 1):
            start = text.index(word, start + 1)
        spans.append(doc.char_span(start, start + len(word), label=label))
    doc.ents = spans
    return doc


def test_a_surname_also_tagged_a_place_is_still_the_persons(nlp):
    """guardian-146: "James Mattis", then "Mattis" as NORP, and once as FAC."""
    text = ("The resignation of US defence secretary James Mattis was triggered by a call. Mattis went to see the "
            "president on Thursday. Trump rebuffed Mattis in the Mattis meeting.")
    doc = tagged(nlp, text, [("James Mattis", "PERSON", 0), ("Mattis", "NORP", 1), ("Mattis", "FAC", 3)])
    people = people_named(doc)
    assert people.full_name("Mattis") == "James Mattis"
    norp = next(e for e in doc.ents if e.label_ == "NORP")
    assert org_is_a_person_named_elsewhere(norp, people)


def test_a_name_the_model_tagged_a_place_and_a_misread_person_is_no_persons(nlp):
    """"Inside Afrin" as PERSON and "Afrin" as GPE: no one is named Afrin."""
    text = "Inside Afrin, the shelling went on. Residents of Afrin fled north as Afrin burned."
    doc = tagged(nlp, text, [("Inside Afrin", "PERSON", 0), ("Afrin", "GPE", 1), ("Afrin", "ORG", 2)])
    people = people_named(doc)
    org = next(e for e in doc.ents if e.label_ == "ORG")
    assert not org_is_a_person_named_elsewhere(org, people)


def test_a_place_the_model_also_tagged_a_person_is_a_place(nlp):
    """guardian-96: "Baghuz" once a GPE, once a PERSON: a place; but not a name the story
    gives in full, nor one a person noun stands before, nor one killed ("Tamerlan was killed")."""
    text = ("The last fighters are holed up in Baghuz. As bombs rained down on Baghuz, Alexanda Kotey waited. "
            "Kotey surrendered near Kotey. Her sister Sylvana sits with them, far from Sylvana in the north. "
            "Days later, Tamerlan was killed. His brother fled to Tamerlan.")
    doc = tagged(nlp, text, [("Baghuz", "GPE", 0), ("Baghuz", "PERSON", 1), ("Alexanda Kotey", "PERSON", 0),
                             ("Kotey", "PERSON", 1), ("Kotey", "GPE", 2), ("Sylvana", "PERSON", 0),
                             ("Sylvana", "GPE", 1), ("Tamerlan", "PERSON", 0), ("Tamerlan", "GPE", 1)])
    people = people_named(doc)
    verdicts = {e.text: people.place_named_as_person(e) for e in doc.ents if e.label_ == "PERSON"}
    assert verdicts == {"Baghuz": True, "Alexanda Kotey": False, "Kotey": False, "Sylvana": False, "Tamerlan": False}


def test_a_name_modifying_a_noun_is_a_place_only_if_the_gazetteer_knows_it(nlp):
    """"A Bloomberg poll shows" (PERSON, and a GPE later) is no place; "the Douma attack" is."""
    text = "A Bloomberg poll shows Clinton ahead, Bloomberg reported. The Douma attack killed 40 people in Douma."
    doc = tagged(nlp, text, [("Bloomberg", "PERSON", 0), ("Bloomberg", "GPE", 1), ("Douma", "PERSON", 0),
                             ("Douma", "GPE", 1)])
    people = people_named(doc)
    verdicts = {e.text: people.place_named_as_person(e) for e in doc.ents if e.label_ == "PERSON"}
    assert verdicts == {"Bloomberg": False, "Douma": True}


@pytest.mark.parametrize("abbreviation", ["Sgt.", "Lt.", "Capt.", "Det.", "Sr."])
def test_an_abbreviated_rank_is_one_token_and_ends_no_sentence(nlp, abbreviation):
    doc = nlp.make_doc(f"None were hurt, according to police {abbreviation} Mark Malueg.")
    assert abbreviation in [t.text for t in doc]


@pytest.mark.parametrize("text, name", [
    ("Sgt. Kari Thompson", "Kari Thompson"),
    ("Lt. Hoyal", "Hoyal"),
    ("Sr.", "Sr."),  # a rank alone stays as it is (the actors stage drops it)
    ("the Pentagon's", "Pentagon"),
])
def test_clean_name_drops_a_leading_rank(text, name):
    assert clean_name(text) == name


@pytest.mark.parametrize("paragraph, speaker", [
    ("None of the injuries were life-threatening, according to Athens-Clarke County police Sgt. Mark Mitchell.",
     "Mark Mitchell"),
    ("The suspect fled on foot, said police Lt. John Smith.", "John Smith"),
])
def test_a_ranked_speaker_is_the_person_not_the_rank(nlp, paragraph, speaker):
    (claim,) = extract_one(nlp, paragraph).claims
    assert claim.speaker == speaker
