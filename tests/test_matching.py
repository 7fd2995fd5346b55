"""AnchoredMatcher gives the plain spaCy Matcher's matches, in its order, on real text."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher

from pipeline.config import read_jsonl_rules
from pipeline.matching import AnchoredMatcher, WordFilter
from tests.conftest import AL_MONITOR, MEMO, read_text


def _both(vocab, rules):
    plain, anchored = Matcher(vocab, validate=True), AnchoredMatcher(vocab, validate=True)
    for key, pattern in rules:
        plain.add(key, [pattern])
        anchored.add(key, [pattern])
    return plain, anchored


@pytest.fixture(scope="module")
def articles(nlp):
    return [nlp(read_text(path)) for path in (AL_MONITOR, MEMO)]


@pytest.mark.parametrize("path", ["patterns/events.jsonl", "patterns/dates.jsonl"])
def test_the_shipped_patterns_match_as_the_plain_matcher_does(nlp, articles, path):
    plain, anchored = _both(nlp.vocab, [(r["id"], r["pattern"]) for r in read_jsonl_rules(path)])
    assert anchored.anchored
    for doc in articles:
        expected = plain(doc)
        assert expected, "the sample articles have triggers and dates"
        assert anchored(doc) == expected
        assert len(anchored.starts(doc)) < len(doc) / 5  # it looks at few tokens


def test_matches_at_the_end_of_the_doc_and_in_overlapping_windows(nlp):
    doc = nlp("Rocket fire hit the base. Rocket fire")
    plain, anchored = _both(nlp.vocab, [
        ("fire", [{"LOWER": "rocket"}, {"LOWER": "fire"}]),
        ("hit", [{"LEMMA": "hit"}, {"LOWER": "the", "OP": "?"}, {"LOWER": "base"}]),
        ("base", [{"ORTH": "base"}, {"IS_PUNCT": True}]),
    ])
    assert anchored(doc) == plain(doc)
    assert [doc[s:e].text for _, s, e in anchored(doc)] == ["Rocket fire", "hit the base", "base.", "Rocket fire"]


@pytest.mark.parametrize("pattern", [
    [{"POS": "VERB"}],                                  # no word to anchor on
    [{"LOWER": "the", "OP": "?"}, {"LOWER": "base"}],  # optional first token
    [{"LOWER": "rocket"}, {"IS_ALPHA": True, "OP": "+"}],  # unbounded length
])
def test_patterns_it_cannot_anchor_run_over_the_whole_doc(nlp, pattern):
    doc = nlp("Rocket fire hit the base overnight.")
    plain, anchored = _both(nlp.vocab, [("p", pattern)])
    assert not anchored.anchored
    assert anchored(doc) == plain(doc) and plain(doc)


def test_word_filter_finds_the_tokens_a_token_loop_would(nlp, articles):
    lower, lemmas = {"said", "strikes", "according"}, {"kill", "wound", "say", "deny"}
    pick = WordFilter(lower=lower, folded_lemma=lemmas)
    for doc in articles:
        expected = [t.i for t in doc if t.lower_ in lower or t.lemma_.lower() in lemmas]
        assert expected
        assert [t.i for t in pick(doc)] == expected
        assert [t.i for t in pick(doc)] == expected  # again, from its lemma cache


def test_word_filter_folds_the_lemma_but_not_the_word(nlp):
    doc = nlp("Said Ali said the Killing was over. KILLED.")
    found = WordFilter(lower={"said"}, folded_lemma={"killing", "kill"})(doc)
    assert [t.text for t in found] == ["Said", "said", "Killing", "KILLED"]
    assert WordFilter(lower={"nothing"})(doc) == []
