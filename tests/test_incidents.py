"""One local incident told under several event mentions: its toll is worked out once."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract import process_batch
from pipeline.ingest import SourceDoc


def totals(nlp, text: str) -> tuple[int, int, int]:
    """The article's killed and injured, summed over its events, and how many events carry a count."""
    (result,) = process_batch(nlp, [SourceDoc(doc_id="t", path="t.txt", text=text)],
                              default_published=date(2013, 7, 10))
    assert result.document.status == "ok", result.document.error
    counted = [e for e in result.events if e.killed or e.injured]
    return sum(e.killed or 0 for e in counted), sum(e.injured or 0 for e in counted), len(counted)


@pytest.mark.parametrize("text, killed, injured, events", [
    # "shootings" (plural) and "a shooting" are one incident: four shot, two of them dead
    ("Victims identified\n\nThe two men killed in Tuesday night's shootings on the west side have been identified."
     "\n\nTwo men are dead and two hurt after a shooting on the west side Tuesday night. Police say four people "
     "were shot and two are being treated at a local hospital.", 2, 2, 1),
    # a killing and a shooting of one incident: the people hit less the dead are the injured
    ("Man charged\n\nA Philadelphia man is charged with murder after shooting three people to death. Police found "
     "the bodies in the living room. A fourth person, shot in the arm, was able to flee the house.", 3, 1, 1),
    # set apart by the text: another incident keeps its own toll
    ("Weekend violence\n\nA man was shot and killed Sunday on Main Street, police said. In a separate shooting, "
     "two people were wounded on Oak Avenue.", 1, 2, 2),
])
def test_one_incident_is_counted_once(nlp, text, killed, injured, events):
    assert totals(nlp, text) == (killed, injured, events)


def test_nobody_else_hurt_adds_nobody(nlp):
    text = ("Officer wounded\n\nA police officer was wounded in a shooting on Sunday night. The suspect was also "
            "wounded, police said. Nobody else was hurt.")
    assert totals(nlp, text)[1] == 2
