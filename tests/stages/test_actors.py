"""newsevents_actors on the real model: actor rows' names and types from a short text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.stages.test_events import extract_one


@pytest.mark.parametrize("text, name, actor_type", [
    # a name the model tags ORG is a person's when a title or person noun stands beside it
    ("The UN special envoy for Syria, Staffan de Mistura, met officials in Geneva. Later, de Mistura's team said "
     "Staffan de Mistura would return.", "Staffan de Mistura", "person"),
    # ... but not a name with an organisation word in it
    ("The company's spokesman, Northwind Shipping Group, denied the report.", "Northwind Shipping Group",
     "organization"),
])
def test_a_person_the_model_tagged_an_organisation(nlp, text, name, actor_type):
    result = extract_one(nlp, text, date(2018, 2, 1))
    types = {a.actor_type for a in result.actors if a.name == name}
    assert types == {actor_type}


def test_he_resolves_to_a_person_the_model_tagged_an_organisation(nlp):
    text = "The UN special envoy for Syria, Staffan de Mistura, met officials in Geneva. He said the talks would resume."
    result = extract_one(nlp, text, date(2018, 2, 1))
    assert [c.speaker for c in result.claims] == ["Staffan de Mistura"]
