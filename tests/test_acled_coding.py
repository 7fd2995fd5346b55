"""pipeline.acled_coding: an event's ACLED type and sub-event type, on the real model."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stages.test_events import extract_one


@pytest.mark.parametrize("text, expected", [
    # ACLED: violence between two armed forces is a battle
    ("Taliban fighters attacked a checkpoint in Helmand province, Afghanistan, killing four police officers.",
     ("Battles", "Armed clash")),
    ("Syrian government forces attacked rebel positions near Idlib on Monday.", ("Battles", "Armed clash")),
    # a base is a site an armed force holds, whoever's name is in it (the target row is "US")
    ("Kataib Hezbollah fighters attacked a US base near Kirkuk on Friday.", ("Battles", "Armed clash")),
    # ... against civilians it stays an attack
    ("Gunmen killed five villagers in Zamfara.", ("Violence against civilians", "Attack")),
    ("Gunmen shot dead two shopkeepers.", ("Violence against civilians", "Attack")),
])
def test_acled_codes_violence_between_armed_forces_as_a_battle(nlp, text, expected):
    result = extract_one(nlp, text, date(2019, 5, 14))
    (row,) = result.events
    assert (row.acled_event_type, row.acled_sub_event_type) == expected


@pytest.mark.parametrize("text, expected", [
    # ACLED sub-event types the event's own words name (acled_sub_events.json)
    ("A chemical attack on Douma killed dozens of people.", ("Explosions/Remote violence", "Chemical weapon")),
    ("A chemical weapons attack killed 80 in Khan Sheikhoun.", ("Explosions/Remote violence", "Chemical weapon")),
    ("Dozens were killed in a suicide attack in Kabul.", ("Explosions/Remote violence", "Suicide bomb")),
    ("A suicide bomber killed 20 people at a mosque.", ("Explosions/Remote violence", "Suicide bomb")),
    # ... not a plant's name, nor police tear gas
    ("Gunmen killed five people at a chemical plant.", ("Violence against civilians", "Attack")),
])
def test_acled_sub_events_named_by_the_events_words(nlp, text, expected):
    result = extract_one(nlp, text, date(2019, 5, 14))
    (row,) = result.events
    assert (row.acled_event_type, row.acled_sub_event_type) == expected


@pytest.mark.parametrize("text, expected", [
    # ACLED's protest sub-events: force by a state's forces against protesters ...
    ("Soldiers shot dead two protesters in Baghdad on Friday.", ("Protests", "Excessive force against protesters")),
    ("Security forces killed 12 demonstrators during protests in Nasiriyah.",
     ("Protests", "Excessive force against protesters")),
    # ... a protest its forces dispersed
    ("Thousands protested in Tahrir Square on Friday before police fired tear gas to disperse them.",
     ("Protests", "Protest with intervention")),
    # ... else a peaceful protest, also where someone else was detained
    ("Thousands protested in Tahrir Square on Friday.", ("Protests", "Peaceful protest")),
    ("Her brother was detained after filming a women's protest in Raqqa.", ("Protests", "Peaceful protest")),
])
def test_acled_protest_sub_events(nlp, text, expected):
    result = extract_one(nlp, text, date(2019, 5, 14))
    row = next(e for e in result.events if e.acled_event_type == "Protests")
    assert (row.acled_event_type, row.acled_sub_event_type) == expected



@pytest.mark.parametrize("text, expected", [
    # dispersing protesters is a protest with intervention, also as the purpose of an act done
    ("Riot police dispersed the demonstrators with water cannon on Friday.", ["Protest with intervention"]),
    ("Police fired tear gas to disperse thousands of protesters in Baghdad.", ["Protest with intervention"]),
    # ... not one only planned, nor dispersing anything else
    ("Police will use tear gas to disperse the protesters.", []),
    ("Firefighters dispersed the smoke.", []),
])
def test_dispersing_protesters_is_a_protest_with_intervention(nlp, text, expected):
    result = extract_one(nlp, text, date(2019, 5, 14))
    assert [e.acled_sub_event_type for e in result.events] == expected
