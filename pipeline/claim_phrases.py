"""Attributions told by a phrase rather than by a verb of saying with its subject, and a cue
the tagger misread: "was quoted as saying", "in the words of X", "as X put it", "Ivanov calls
..." tagged as a plural noun. The claims stage (pipeline/stages/claims.py) reads the cue,
pipeline/claim_speaker.py who is quoted, pipeline/claim_grammar.py what the phrase reports.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.claim_spans import noun_phrase
from pipeline.stages.extensions import sentence_of


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


# verbs whose "as X <verb>" is a time ("As the minister spoke, protesters ..."), not an accordance
_AS_WHEN = {"speak", "talk", "address", "testify", "ask", "answer", "reply", "respond", "call", "chant", "shout",
            "cry", "scream", "yell", "plead", "pray", "sing", "meet", "listen", "watch", "read", "hear", "urge"}
_LISTENERS = {"reporter", "journalist", "audience", "crowd", "supporter", "parliament", "court", "committee",
              "lawmaker", "jury", "interviewer", "newspaper", "agency", "broadcaster", "viewer", "listener"}
# prepositions of what is told or hoped ("as everyone hopes for the best", "as he spoke of the
# attack"), not of when or where ("as officials said on Monday", "as he told reporters in Cairo")
_WHAT_IS_TOLD = {"for", "about", "of", "against", "over"}
# where words are written down: "as stated in Davis' commentary", "as reported in the New York Times"
_WRITINGS = {"statement", "report", "article", "commentary", "column", "letter", "filing", "complaint", "affidavit",
             "indictment", "lawsuit", "document", "memo", "email", "tweet", "post", "interview", "speech", "book",
             "study", "survey", "editorial", "story", "paper", "transcript", "release", "testimony", "court"}
_AS_OPENS_AFTER = {",", "—", "–", "(", ";"}
_AS_OWN_DEPS = {"ccomp", "xcomp", "attr", "oprd", "acomp", "dative", "csubj", "advcl", "conj"}


def as_aside(token: Token) -> tuple[Span, Span] | None:
    """The aside "as X <cue> ..." that attributes the sentence around it, and X: "Hawaii, as
    one of Mr. Obama's climate advisers pointed out, normally does not get back-to-back
    hurricanes", "It also does not answer whether Scott had a gun, as police have said", "Yet
    as Condoleezza Rice, the former secretary of state, conceded in Cairo in 2005, it was a
    self-defeating policy", "As first reported by the Guardian, Canada ...", `token` being
    its cue. "as" opens the sentence or follows a comma or dash, only the speaker and "has",
    "also", "very aptly" stand between it and the cue, and only the cue's own words ("out",
    "in a statement", "in Vietnam, Afghanistan and Iraq", "it") between the cue and the rest
    of the sentence: a cue that tells something of its own ("as he said goodbye", "as
    officials said that ...") or tells a time ("as the minister spoke") makes no such aside."""
    if token.pos_ != "VERB" or token.tag_ == "VBG" or token.lemma_.lower() in _AS_WHEN or \
            token.dep_ not in ("advcl", "ROOT", "conj", "parataxis", "ccomp"):
        return None  # not "Russia's alleged complicity"
    doc, sentence = token.doc, sentence_of(token.doc, token)
    opened = _as_before(token, sentence)
    if opened is None:
        return None
    opener, words_end = opened
    speaker = _as_speaker(token, opener, words_end)
    end = _aside_end(token, sentence) if speaker is not None else None
    if end is None:
        return None
    before = doc[opener.i - 1] if opener.i > sentence.start else None
    if before is not None and end >= sentence.end - 1 and before.text != ",":
        return None
    return doc[opener.i:end], speaker


def _as_before(token: Token, sentence: Span) -> tuple[Token, int] | None:
    """The "as" before a cue with nothing but its speaker ("Condoleezza Rice, the former
    secretary of state,") and "has", "also", "very aptly" between, and the end of the
    speaker's words; the "as" must open the sentence (after "Yet", "But" or a quotation mark)
    or follow a comma or dash."""
    doc = token.doc
    i = token.i - 1
    while i > sentence.start and (doc[i].dep_ in ("aux", "auxpass", "neg") or
                                  doc[i].pos_ == "ADV" and doc[i].lower_ != "as"):
        i -= 1  # "have", "also", "very aptly"
    words_end = i + 1
    while i >= sentence.start and doc[i].lower_ != "as" and words_end - i <= 16:
        word = doc[i]
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("amod", "compound", "prep") or word.pos_ == "SCONJ" or \
                word.is_punct and word.text not in (",", "'", "’", "-", ".", "(", ")"):
            return None
        i -= 1
    if i < sentence.start or doc[i].lower_ != "as":
        return None
    before = doc[i - 1] if i > sentence.start else None
    if before is not None and before.text not in _AS_OPENS_AFTER and \
            not (before.i == sentence.start and (before.is_quote or before.pos_ in ("CCONJ", "ADV")) and
                 before.lower_ != "even"):
        return None  # "as much as", "such as", "even as": a comparison, a concession ("Yet as ..." opens)
    return doc[i], words_end


def _as_speaker(token: Token, opener: Token, words_end: int) -> Span | None:
    """Who an "as" aside names: the cue's subject, a passive's agent ("as first reported by
    the Guardian") or the writing it was told in ("As stated in Davis' commentary"); None when
    it names no one who can tell ("as racism has been written out of law", "As expected")."""
    doc = token.doc
    subject = next((c for c in token.children if c.dep_ == "nsubj" and opener.i < c.i < words_end), None)
    speaker = noun_phrase(doc, subject) if subject is not None else doc[opener.i + 1:words_end]
    if len(speaker) and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children):
        return None  # "as racism has been written out of law": what is written, not who writes
    if not len(speaker) and token.tag_ == "VBN":  # "as first reported by the Guardian"
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if by is not None:
            speaker = doc[by.left_edge.i:next((t.i for t in doc[by.i:by.right_edge.i + 1] if t.text == ","),
                                              by.right_edge.i + 1)]
    writing = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                    if g.dep_ == "pobj" and (g.pos_ == "PROPN" or g.lemma_ in _WRITINGS)), None)
    if not len(speaker) and token.tag_ == "VBN" and writing is not None:
        return noun_phrase(doc, writing)  # "As stated in Davis' commentary, ...": the writing tells it (not
        # "As expected, ...", "as agreed in a US-Turkish deal")
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in speaker) or speaker[0].is_punct or \
            speaker[-1].is_punct or speaker[0].pos_ == "ADP":
        return None
    return speaker


def _aside_end(token: Token, sentence: Span) -> int | None:
    """Where an "as" aside's cue and its own words end: at the comma or dash after which the
    sentence goes on; None when the cue tells something of its own ("as officials said that
    ...", "as he said goodbye", "as everyone hopes for the best")."""
    doc = token.doc
    main = token.head if token.dep_ == "advcl" else None
    subjectless = main is not None and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in main.children)
    end = token.i + 1
    while end < sentence.end and not doc[end].is_sent_end and doc[end].text not in (";", ")"):
        word = doc[end]
        if word.text in (",", "—", "–"):
            via = _child_towards(token, doc[end + 1]) if end + 1 < sentence.end else None
            if via is None or via.i > end or via.dep_ not in ("prep", "agent", "npadvmod", "advmod") or subjectless:
                break  # the sentence goes on (not "found in Vietnam, Afghanistan and Iraq"; "As first reported
                # by the Guardian, Canada and the Kurdish administration struck": the parse's conjunct is its subject)
        elif end - token.i > 12 or word.is_quote and word.tag_ != "POS" or word.dep_ == "mark" or \
                word.head.i == token.i and word.dep_ == "prep" and word.lower_ in _WHAT_IS_TOLD or \
                word.head.i == token.i and (word.dep_ in _AS_OWN_DEPS or word.dep_ == "dobj" and
                                            word.lower_ not in ("it", "so") and not _told_to(token, word)):
            return None
        end += 1
    return end


def _told_to(token: Token, word: Token) -> bool:
    """Whether `word`, the object of `token`, is whom something is told ("as she told
    reporters", "as he told the BBC"), not what ("as she tells a story")."""
    return token.lemma_ == "tell" and (word.pos_ in ("PRON", "PROPN") or bool(word.ent_type_) or
                                       word.lemma_ in _LISTENERS)


def _child_towards(token: Token, word: Token) -> Token | None:
    """The child of `token` whose subtree holds `word`; None when `word` is not below it."""
    while word.head.i != word.i:
        if word.head.i == token.i:
            return word
        word = word.head
    return None
