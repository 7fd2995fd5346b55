"""Attributions told by a phrase rather than by a verb of saying with its subject, and a cue
the tagger misread: "was quoted as saying", "in the words of X", "as X put it", "Ivanov calls
..." tagged as a plural noun. The claims stage (pipeline/stages/claims.py) reads the cue,
pipeline/claim_speaker.py who is quoted, pipeline/claim_grammar.py what the phrase reports.
"""

from __future__ import annotations

from spacy.tokens import Token


def verb_read_as_noun(token: Token) -> bool:
    """A verb in "-s" the tagger read as a plural noun though the parse gives it a subject
    ("Russian Foreign Minister Igor Ivanov calls extending NATO membership ... “a movement
    in the wrong direction”": "calls" NNS, ROOT, with "Ivanov" its nsubj)."""
    return token.tag_ == "NNS" and token.lower_.endswith("s") and token.dep_ in ("ROOT", "conj", "ccomp") and \
        any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)


_QUOTING_VERBS = {"quote", "cite", "report", "hear"}


def quoted_as_saying(token: Token) -> Token | None:
    """The verb of "was quoted as saying", "quoted Ivanov as saying", "was heard as saying"
    when `token` is its "saying"; None otherwise."""
    if token.dep_ != "pcomp" or token.head.lower_ != "as" or token.head.dep_ != "prep":
        return None
    verb = token.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _QUOTING_VERBS else None


def in_the_words_of(token: Token) -> Token | None:
    """The "in" of "in the words of X" when `token` is its "words"."""
    doc = token.doc
    if token.lower_ != "words" or token.i < 2 or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of" or \
            doc[token.i - 1].lower_ != "the" or doc[token.i - 2].lower_ != "in":
        return None
    return doc[token.i - 2]


def whose_words(token: Token) -> Token | None:
    """The X of "in the words of X", `token` being its "words"."""
    return next((g for c in token.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"), None)


def put_it(token: Token) -> Token | None:
    """The "it" of "as X put it", "X put it bluntly: ..." when `token` is its "put"."""
    if token.lemma_ != "put" or token.pos_ != "VERB":
        return None
    it = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    if it is None:
        return None
    doc = token.doc
    after = next((t for t in doc[it.i + 1:min(it.i + 5, len(doc))] if t.pos_ != "ADV" and t.lower_ != "this"
                  and t.lower_ != "way"), None)
    as_mark = any(c.dep_ == "mark" and c.lower_ == "as" for c in token.children)
    return it if as_mark or after is not None and (after.text in (":", ",") or after.is_quote) else None
