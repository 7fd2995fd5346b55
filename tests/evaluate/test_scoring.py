"""Scoring on hand-computed cases."""

from __future__ import annotations

import pytest

from pipeline.evaluate.model import Mention, frozen
from pipeline.evaluate.scoring import Counts, align, attribute_tallies, prf


def m(start, end, table="events", **attrs):
    return Mention(table, start, end, "x" * (end - start), frozen(attrs))


def counts_for(gold, pred, table="events", **kwargs):
    counts = Counts()
    counts.add(table, align(gold, pred, **kwargs))
    return counts


def test_perfect_prediction_scores_one():
    gold = [m(0, 5, event_type="attack"), m(10, 20, event_type="protest")]
    counts = counts_for(gold, list(gold))
    for scheme in ("strict", "exact", "partial", "type", "overlap"):
        assert counts.scheme(scheme) == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_empty_prediction_scores_zero():
    counts = counts_for([m(0, 5), m(10, 20)], [])
    assert counts.scheme("strict") == {"p": 0.0, "r": 0.0, "f1": 0.0}
    assert (counts.missing, counts.spurious) == (2, 0)


def test_empty_gold_and_prediction_is_perfect():
    assert prf(0, 0, 0) == {"p": 1.0, "r": 1.0, "f1": 1.0}


def test_known_partial_case_by_hand():
    # gold: A[0,10) attack, B[20,30) protest, C[40,50) attack, D[60,70) riot
    # pred: A exact (attack)           -> correct, right type
    #       [22,30) protest            -> partial overlap with B, right type
    #       C exact but type protest   -> correct boundaries, wrong type
    #       [80,90)                    -> spurious; D is missing
    gold = [m(0, 10, event_type="attack"), m(20, 30, event_type="protest"), m(40, 50, event_type="attack"),
            m(60, 70, event_type="riot")]
    pred = [m(0, 10, event_type="attack"), m(22, 30, event_type="protest"), m(40, 50, event_type="protest"),
            m(80, 90, event_type="attack")]
    c = counts_for(gold, pred)
    assert (c.pos, c.act, c.exact, c.partial, c.missing, c.spurious) == (4, 4, 2, 1, 1, 1)
    # strict: COR = exact boundaries and type = 1 -> P = R = 1/4
    assert c.scheme("strict") == {"p": 0.25, "r": 0.25, "f1": 0.25}
    # exact: COR = 2 -> 0.5
    assert c.scheme("exact") == {"p": 0.5, "r": 0.5, "f1": 0.5}
    # partial: (2 + 0.5 * 1) / 4 = 0.625
    assert c.scheme("partial") == {"p": 0.625, "r": 0.625, "f1": 0.625}
    # type: overlapping pairs with the right type = A and B -> 2 / 4
    assert c.scheme("type") == {"p": 0.5, "r": 0.5, "f1": 0.5}
    # overlap: all three pairs -> 3 / 4
    assert c.scheme("overlap") == {"p": 0.75, "r": 0.75, "f1": 0.75}


def test_unequal_pos_and_act_by_hand():
    gold = [m(0, 10), m(20, 30)]
    pred = [m(0, 10), m(40, 50), m(60, 70)]
    c = counts_for(gold, pred)
    # P = 1/3, R = 1/2, F1 = 2 * (1/3 * 1/2) / (1/3 + 1/2) = 0.4
    assert c.scheme("strict") == {"p": 0.3333, "r": 0.5, "f1": 0.4}


def test_min_overlap_threshold():
    gold = [m(0, 10)]
    pred = [m(6, 10)]  # shares 4 of the longer span's 10 characters: 0.4
    assert counts_for(gold, pred, min_overlap=0.3).partial == 1
    assert counts_for(gold, pred, min_overlap=0.8).partial == 0


def test_one_to_one_pairing_prefers_exact_then_largest_overlap():
    gold = [m(0, 10), m(12, 20)]
    pred = [m(0, 10), m(5, 18)]
    alignment = align(gold, pred)
    assert [(p.gold.start, p.pred.start, p.exact) for p in alignment.pairs] == [(0, 0, True), (12, 5, False)]


@pytest.mark.parametrize("match, compared, correct", [("strict", 1, 1), ("overlap", 2, 1)])
def test_attribute_accuracy_follows_match(match, compared, correct):
    gold = [m(0, 10, "dates", value="2019-12-30"), m(20, 30, "dates", value="P2M")]
    pred = [m(0, 10, "dates", value="2019-12-30"), m(22, 30, "dates", value="P3M")]
    tally = attribute_tallies("dates", align(gold, pred).pairs, match=match)["value"]
    assert (tally.compared, tally.correct) == (compared, correct)


def test_claim_speaker_agreement_by_span():
    gold = [m(0, 10, "claims", speaker_start="20", speaker_end="30", kind="statement")]
    good = [m(0, 10, "claims", speaker_start="25", speaker_end="30", kind="statement")]
    bad = [m(0, 10, "claims", speaker_start="40", speaker_end="45", kind="statement")]
    assert attribute_tallies("claims", align(gold, good).pairs, match="strict")["speaker"].correct == 1
    assert attribute_tallies("claims", align(gold, bad).pairs, match="strict")["speaker"].correct == 0
