"""Claims in the two sample articles: speaker, cue, kind, content and date."""

from __future__ import annotations

import csv

import pytest

from pipeline.evaluate.run import evaluate_run
from tests.conftest import AL_MONITOR, CORPUS, MEMO


@pytest.fixture(scope="module")
def claims(corpus_run):
    with (corpus_run[0] / "claims.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def claim(claims, doc, content_start):
    return next(c for c in claims if c["doc_id"] == doc.stem and c["content"].startswith(content_start))


def test_state_department_quote(claims):
    c = claim(claims, AL_MONITOR, "We are not looking for any conflict")
    assert (c["speaker"], c["speaker_text"], c["cue"], c["quote"], c["kind"], c["date"]) == (
        "State Department", "the senior State Department official", "told", "direct", "statement", "2019-12-30")
    assert c["content"] == "We are not looking for any conflict in the Middle East"


def test_quote_continues_after_its_attribution(claims):
    c = claim(claims, AL_MONITOR, "But we are not going to let Iran")
    assert (c["speaker"], c["cue"], c["quote"]) == ("State Department", "told", "direct")


def test_iraqi_government_statement_of_dec_29(claims):
    c = claim(claims, AL_MONITOR, "the bombings")
    assert (c["speaker"], c["cue"], c["date"]) == ("Iraqi government", "called", "2019-12-29")


def test_pentagon_characterization_is_a_direct_quote(claims):
    c = claim(claims, AL_MONITOR, "precision defensive strikes")
    assert (c["speaker"], c["cue"], c["quote"]) == ("Pentagon", "characterized", "direct")


def test_tweet_and_pronoun_speaker(claims):
    tweet = claim(claims, AL_MONITOR, "Leaving the Iraqi political response")
    assert (tweet["speaker"], tweet["cue"], tweet["quote"]) == ("Alex Mello", "tweeted", "direct")
    he = claim(claims, AL_MONITOR, "The threat of Iranian proxy rocket fire")
    assert (he["speaker_text"], he["speaker"], he["quote"]) == ("he", "Alex Mello", "indirect")


def test_kinds_from_the_cue_lexicon(claims):
    denial = claim(claims, MEMO, "involvement in the attack")
    assert (denial["kind"], denial["speaker_text"], denial["speaker"], denial["cue"]) == (
        "denial", "The group", "Kataib Hezbollah", "has denied")
    assert claim(claims, AL_MONITOR, "it would review US ties")["kind"] == "promise"
    assert claim(claims, MEMO, "Iran for a wide array")["kind"] == "accusation"
    assert claim(claims, MEMO, "The strikes on Shia militias")["kind"] == "condemnation"
    assert claim(claims, AL_MONITOR, "to resign")["kind"] == "threat"


def test_every_gold_claim_found(corpus_run):
    report = evaluate_run(corpus_run[0], CORPUS / "gold" / "corpus.gold.jsonl", match="overlap")
    claims_scores = report["tables"]["claims"]
    assert claims_scores["overlap"]["r"] == 1.0
    assert claims_scores["attributes"]["speaker"]["accuracy"] >= 0.9
    assert claims_scores["attributes"]["cue"]["accuracy"] >= 0.9


def test_speaker_recovered_when_the_parse_loses_it(claims):
    # The dashes around "who enjoys longstanding ties with US officials" cost the parse the
    # subject of "threatened"; the speaker is the person named before the cue.
    assert claim(claims, AL_MONITOR, "to resign")["speaker"] == "Barham Salih"
