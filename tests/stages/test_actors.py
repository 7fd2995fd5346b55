"""newsevents_actors on the real model: actor rows' names and types from a short text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stages.test_events import extract_one


@pytest.mark.parametrize("text, name, actor_type", [
    # a name the model tags ORG is a person's when a title or person noun stands beside it
    ("The UN special envoy for Syria, Staffan de Mistura, met officials in Geneva. Later, de Mistura's team said "
     "Staffan de Mistura would return.", "Staffan de Mistura", "person"),
    # a surname particle inside a name that speaks (no title beside it)
    ("Setting out an optimistic scenario, Staffan de Mistura said the country would face a moment of truth.",
     "Staffan de Mistura", "person"),
    # ... not an organisation named in Spanish or French (its words in ORG_WORDS)
    ("Instituto de Estudios said the vote was rigged.", "Instituto de Estudios", "organization"),
    # ... but not a name with an organisation word in it
    ("The company's spokesman, Northwind Shipping Group, denied the report.", "Northwind Shipping Group",
     "organization"),
])
def test_a_person_the_model_tagged_an_organisation(nlp, text, name, actor_type):
    result = extract_one(nlp, text, date(2018, 2, 1))
    types = {a.actor_type for a in result.actors if a.name == name}
    assert types == {actor_type}


def test_an_adjective_that_is_also_a_rank_names_no_person(nlp):
    result = extract_one(nlp, "Iran was blamed for an attack on a major Saudi Aramco oil facility.", date(2019, 12, 31))
    assert "person" not in {a.actor_type for a in result.actors if a.name == "Saudi Aramco"}


def test_he_resolves_to_a_person_the_model_tagged_an_organisation(nlp):
    text = "The UN special envoy for Syria, Staffan de Mistura, met officials in Geneva. He said the talks would resume."
    result = extract_one(nlp, text, date(2018, 2, 1))
    assert [c.speaker for c in result.claims] == ["Staffan de Mistura"]


def _actors(result, text: str) -> set[tuple[str, str, str]]:
    return {(a.text, a.name, a.actor_type) for a in result.actors if a.text == text}


@pytest.mark.parametrize("text, mention, expected", [
    # the surname alone of someone named in full, which the model tags ORG or NORP
    ("Shamima Begum left London in 2015 to join Isis. Begum, who is now 19, said she wanted to come home. Lawyers "
     "for Begum said the decision was unlawful.", "Begum", {("Begum", "Shamima Begum", "person")}),
    ("Defence secretary James Mattis resigned on Thursday. Mattis and other officials had tried to change the "
     "president's mind. In his letter, Mattis wrote that alliances mattered.", "Mattis",
     {("Mattis", "James Mattis", "person")}),
    # a surname that is also a town's name, and "Mr" picks the man of the two
    ("Anna Campbell was killed in Afrin in March. Her father, Dirk Campbell, spoke to reporters. “I didn’t try to "
     "stop her,” Mr Campbell said.", "Campbell", {("Campbell", "Dirk Campbell", "person")}),
    # a surname the model left untagged
    ("Neil Prakash was arrested in Turkey in 2016. Prakash reportedly told Turkish police he had decided to quit "
     "fighting after he was wounded.", "Prakash", {("Prakash", "Neil Prakash", "person")}),
    # the model's ORG for the rest of a full name told before, in another case
    ("Staffan de Mistura said the talks would resume. Speaking on BBC Radio 4, De Mistura argued that peace was "
     "possible.", "De Mistura", {("De Mistura", "Staffan de Mistura", "person")}),
    # ... but "the Hill" is a newspaper whoever shares the name
    ("Senator Jenny Hill voted against the bill. An aide told the Hill on Monday that the vote was close.", "Hill",
     {("Hill", "Hill", "organization")}),
])
def test_a_surname_names_the_person_the_story_named_in_full(nlp, text, mention, expected):
    assert _actors(extract_one(nlp, text, date(2019, 2, 20)), mention) == expected


def test_a_surname_speaker_is_the_person_and_their_own_belief_no_second_claim(nlp):
    text = ("Neil Prakash was arrested in Turkey in 2016. Prakash reportedly told Turkish police he had decided to "
            "quit fighting after he was wounded.")
    result = extract_one(nlp, text, date(2019, 2, 20))
    assert [(c.cue, c.speaker) for c in result.claims] == [("reportedly told", "Neil Prakash")]


@pytest.mark.parametrize("text, expected", [
    # a given name and a surname the model tags as nothing (or "May" as a date) name a person,
    # and the surname alone is then that person too
    ("Theresa May said she would back military action. May told MPs the strikes were legal.",
     [("Theresa May", "Theresa May", "person"), ("May", "Theresa May", "person")]),
    # ... not a title, nor the modifier of another noun, nor a headline's capitalised words
    ("The Olive Branch operation came after a US decision.", []),
    ("Memo: Backlash to U.S. Strikes in Iraq Underscores Failure of Max Pressure\n\nThe strikes went on.", []),
])
def test_untagged_full_names(nlp, text, expected):
    doc = nlp(text)
    rows = [(r.text, r.name, r.actor_type) for r in doc._.actor_rows if r.rule_id.startswith("name:")]
    assert rows == expected



@pytest.mark.parametrize("text, absent", [
    # a lowercase word the model tags ORG is no organisation
    ("The EU was not consulted before Mike Pompeo, the US secretary of state, announced the summit, jointly hosted "
     "with Poland.", "state"),
    # a dictionary person's name in lower case is a common word
    ("That is their trump card; being able to say to the world that they have delivered what they want.", "trump"),
])
def test_no_actor_of_a_common_word(nlp, text, absent):
    result = extract_one(nlp, text, date(2019, 1, 8))
    assert not [a for a in result.actors if a.text == absent and a.actor_type in ("organization", "person", "official")]
    assert not [c for c in result.claims if c.speaker_text == absent]


def test_a_platform_is_media(nlp):
    result = extract_one(nlp, "Trump said on Twitter that he would leave Syria.", date(2019, 1, 8))
    assert ("Twitter", "media") in {(a.name, a.actor_type) for a in result.actors}


@pytest.mark.parametrize("text, mention, expected", [
    # a name the model tags PERSON that a small town shares is the person the story shows
    ("Barack Obama spoke in the Rose Garden on Saturday. Reporters expected a declaration of war. But Obama "
     "blinked.", "Obama", {("Obama", "Barack Obama", "person")}),
    ("Lindsey Graham criticised the decision. Withdrawal would be a huge mistake, Graham said.", "Graham",
     {("Graham", "Lindsey Graham", "person")}),
    # a given name alone is the one person the story named in full with it
    ("Anna Campbell was killed in Afrin in March. Anna was 11 when her father realised there was something "
     "different about her.", "Anna", {("Anna", "Anna Campbell", "person")}),
])
def test_a_name_a_town_shares_is_the_person_the_story_names(nlp, text, mention, expected):
    assert _actors(extract_one(nlp, text, date(2018, 3, 20)), mention) == expected


@pytest.mark.parametrize("text, mention, expected", [
    # a people without a state of its own, or a rebel, opposition or proxy force, is no state's army
    ("Kurdish forces in Syria captured the town on Monday.", "Kurdish forces",
     {("Kurdish forces", "Kurdish forces", "armed_group")}),
    ("Syrian Kurdish forces said they had repelled the attack.", "Syrian Kurdish forces",
     {("Syrian Kurdish forces", "Syrian Kurdish forces", "armed_group")}),
    ("Syrian rebel forces withdrew from the city.", "Syrian rebel forces",
     {("Syrian rebel forces", "Syrian rebel forces", "armed_group")}),
    ("Kurdish authorities in Qamishli say they have received no request.", "Kurdish authorities",
     {("Kurdish authorities", "Kurdish authorities", "government")}),
    # ... a nationality still makes forces its state's
    ("Syrian forces shelled the town on Monday.", "Syrian forces", {("Syrian forces", "Syrian military", "state_military")}),
])
def test_forces_of_no_state(nlp, text, mention, expected):
    assert _actors(extract_one(nlp, text, date(2019, 2, 20)), mention) == expected


def test_coordinated_peoples_are_one_actor_each_sharing_their_role(nlp):
    text = ("US, British and French forces bombed three sites in Syria on Saturday. The Iraqi Kurdish peshmerga "
            "attacked the village. Russian and Syrian officials said the rebels had used chemical weapons.")
    result = extract_one(nlp, text, date(2018, 4, 14))
    rows = {(a.text, a.name, a.role) for a in result.actors}
    assert {("US", "US military", "agent"), ("British", "British military", "agent"),
            ("French forces", "French forces", "agent")} <= rows
    # ... but peoples not coordinated are one group, and the event's agent is the first named
    assert ("Kurdish peshmerga", "Peshmerga", "agent") in rows and not any(a.text == "Iraqi" for a in result.actors)
    assert [e.agent for e in result.events if e.event_type == "bombing"] == ["US military"]
    assert [c.speaker for c in result.claims] == ["Russian officials"]
