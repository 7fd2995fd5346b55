"""Where an event happened (pipeline/event_places.py), read from the real parse."""

from __future__ import annotations

import pytest


def places(nlp, sentence: str) -> dict[str, str | None]:
    """Each event trigger of the sentence -> the text of its place (None: no place)."""
    doc = nlp(sentence)
    return {m.trigger_text: (m.place.text if m.place else None) for m in doc._.event_mentions}


@pytest.mark.parametrize("sentence, trigger, place", [
    # a named place inside the locative phrase, through "near" and "the city of"
    ("Major General Vyacheslav Gladkikh died after a roadside IED detonated under a convoy of Russian soldiers "
     "near the city of Deir ez-Zor.", "detonated", "Deir ez-Zor"),
    # a locative phrase on the event noun
    ("Shootings in Belfast had continued last night.", "Shootings", "Belfast"),
    # ... of the verb that tells the event's course
    ("Fierce fighting resumed in Raqqa on Monday.", "fighting", "Raqqa"),
    # the place hung on a date ("On December 21, 2015 in Bagram"), of the verb the trigger is subject of
    ("On December 21, 2015 in Bagram, a suicide bomber blew himself up, killing six soldiers.", "bomber", "Bagram"),
    # the place an attack acts on
    ("Meanwhile, Russian jets renewed their bombardment of southern Idlib.", "bombardment", "Idlib"),
    # the toll's participle, which the parser hangs under the main verb, places the explosion
    ("French police are hunting a suspect believed to have deposited a paper bag containing a device that "
     "exploded on Friday, wounding 13 people on a busy pedestrian street in the city of Lyon.", "exploded", "Lyon"),
    # the place of the "when" clause
    ("Later, a man was shot dead when he answered a knock at his door in Derry.", "shot", "Derry"),
    # the place of the target, which the parser hung on the attacker
    ("Officials blamed Tehran for the recent attacks from Shia militias against U.S. targets in Iraq.", "attacks",
     "Iraq"),
])
def test_an_event_takes_the_place_of_its_clause(nlp, sentence, trigger, place):
    assert places(nlp, sentence)[trigger] == place


@pytest.mark.parametrize("sentence, trigger", [
    # where the victim was taken is not where he was shot
    ("Dronald Washington was shot in the head and taken by air to Our Lady of the Lake Regional Medical Center "
     "in Baton Rouge, deputies said.", "shot"),
    # where someone spoke about the strikes is not where they happened
    ("Speaking at Mar-a-Lago in Palm Beach on Sunday, Pompeo said the strikes were a defensive measure.", "strikes"),
    # an arrest does not take the place of a toll its sentence gives
    ("He was believed to have been killed in Mosul in 2016, but was later found alive and arrested.", "arrested"),
])
def test_a_place_outside_the_events_clause_is_not_its_place(nlp, sentence, trigger):
    assert places(nlp, sentence)[trigger] is None
