"""Who a cue's claim is by, read from the parse: the cue's subject or "by" phrase, the person a
relative clause describes, an inverted subject ("..., said Jim Jordan"); none for a passive
with no "by" phrase ("is believed to", "people accused of", "Britons believed to have
joined"). When the parse lost the subject of a speech cue, the nearest person or
organisation before it (pipeline/speakers.guess_speaker). pipeline/claim_grammar.py reads
what the cue reports.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.claim_grammar import attribution_aside, attribution_goes_on, gerund_after_agent
from pipeline.claim_phrases import quoted_as_saying, whose_words
from pipeline.claim_spans import in_actor_mention, noun_phrase, relative_pronoun
from pipeline.speakers import guess_speaker, person_words
from pipeline.stages.extensions import sentence_of

_PERSONAL_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it"}
# conjunctions the parser reads as prepositions when a clause follows ("after the agency warned")
_CLAUSE_OPENERS = {"after", "before", "until", "since", "as", "while", "because"}


@lru_cache(maxsize=1)
def _nouns_of_speakers() -> frozenset[str]:
    """Nouns of those who can speak, threaten or promise: people (person_words.json), armed
    groups and the killed or hurt (groups.json), organisations ("government", "army")."""
    from pipeline.actor_lexicon import default_lexicon
    from pipeline.person_names import ORG_WORDS

    groups = default_lexicon()
    return person_words()["person_nouns"] | frozenset(groups.group_nouns) | frozenset(groups.victim_nouns) | \
        ORG_WORDS | frozenset({"authority", "authorities", "administration", "regime", "leader", "official",
                               "coalition", "alliance", "state", "country", "nation", "side", "member"})


def may_speak(subject: Token, *, by_noun: bool = True) -> bool:
    """Whether a subject can be a speaker: a pronoun, a name, an actor mention or (with
    `by_noun`) a noun of people, groups or organisations; not "recent terrorist attacks",
    "years of soft US policy", "Increasing tensions"."""
    return subject.lower_ in _PERSONAL_PRONOUNS or subject.pos_ == "PROPN" or \
        subject.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or in_actor_mention(subject) or \
        by_noun and subject.pos_ == "NOUN" and subject.lemma_.lower() in _nouns_of_speakers()


def speaker_of(doc: Doc, token: Token, *, guess: bool = True) -> Span | None:
    """The cue's subject or "by" phrase; when the parse lost it and `guess` holds, the
    nearest person or organisation named before the cue in its sentence."""
    if token.lower_ == "according":
        obj = next((g for c in token.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
        if obj is None and token.i + 1 < len(doc):
            obj = next((g for g in doc[token.i + 1].children if g.dep_ == "pobj"), None)
        return noun_phrase(doc, obj) if obj is not None else None
    if token.lower_ == "words":  # "in the words of the UK ambassador"
        obj = whose_words(token)
        return noun_phrase(doc, obj) if obj is not None else None
    if _reduced_passive(token):
        return None  # "Britons believed to have joined the war": believed by someone unnamed
    if token.lemma_ in _ASKED and token.tag_ in ("VBN", "VBD") and token.dep_ == "advcl" and \
            all(t.is_punct or t.is_space for t in doc[sentence_of(doc, token).start:token.i]) and \
            not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "agent") for c in token.children):
        return None  # "Asked more about the claim, Yakovenko denies ...": the one asked, not who asks
    quoted = quoted_as_saying(token)
    if quoted is not None:
        # "“…,” he was quoted as saying", "Interfax quoted Ivanov as saying": who was quoted
        who = next((c for c in quoted.children if c.dep_ in ("nsubjpass", "dobj") and c.i < token.i), None)
        return noun_phrase(doc, who) if who is not None else None
    # the subject nearest the cue: "Language unclear ..., experts say" may parse with two
    subject = min((c for c in token.children if c.dep_ == "nsubj"), key=lambda c: abs(c.i - token.i), default=None)
    inverted = _inverted_subject(doc, token)
    if inverted is not None and (subject is None or subject.i < token.i):
        return inverted
    if subject is not None and relative_pronoun(subject) and token.dep_ == "relcl":
        subject = _described_person(token) or token.head  # "the other factions who have condemned ..."
    if subject is None:
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        subject = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    if subject is None and unattributed_passive(token):
        # "Mr. Quiros was accused of ...", "the Trump Foundation, which was accused of ...": by
        # someone unnamed, not by the accused nor whoever is named before
        return None
    if subject is None and token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
        subject = token.head
    if subject is None and token.dep_ == "conj":
        # "The strike killed 25 fighters, the ministry said, and added that ...": the aside's speaker
        told = next((t for t in doc[sentence_of(doc, token).start:token.i]
                     if t.pos_ == "VERB" and (aside := attribution_aside(doc, t)) is not None
                     and attribution_goes_on(doc, aside) == token), None)
        subject = next((c for c in (told or token.head).children if c.dep_ == "nsubj"), None)
        before = doc[token.i - 1] if token.i > 0 else None
        if told is None and before is not None and (
                before.dep_ == "conj" or before.dep_ == "pobj" and before.head.lower_ in _CLAUSE_OPENERS) and \
                before not in token.subtree and (subject is None or before not in subject.subtree) and \
                before.ent_type_ not in ("DATE", "TIME") and may_speak(before) and \
                before.lower_ not in _PERSONAL_PRONOUNS:
            # "Arbach is from Sisseton and police warn that ...", "after Europe's central aviation
            # agency warned ...": the noun right before the cue is its subject, which the
            # parser joined to the noun before it or made the object of a conjunction
            subject = before
        if subject is not None and told is None and not may_speak(subject):
            subject = _subject_of_the_clause_before(doc, token) or subject
        if subject is not None and told is None and guess and token.head.dep_ == "ccomp" and \
                not may_speak(subject, by_noun=False):  # "their son" inside what the parents said
            # "He said recent attacks had inspired him and added: ...": the parser joined the
            # cue to the reported clause, whose subject speaks no words; the teller does
            subject = next((c for c in token.head.head.children if c.dep_ == "nsubj"), subject)
    if subject is None and token.dep_ in ("advcl", "xcomp"):
        subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if (subject is None or relative_pronoun(subject)) and not guess:
        return None
    charge = gerund_after_agent(token)
    if charge is not None and subject is not None and charge.head == subject:
        return doc[noun_phrase(doc, subject).start:charge.i]  # "by its enemies" (of attempting ...)
    if subject is None or relative_pronoun(subject):
        # the parse lost the subject ("President Barham Salih — who ... — also threatened")
        return guess_speaker(doc, token) if subject is None else None
    named = _named_after_titles(subject)
    return noun_phrase(doc, named if named is not None else subject)


def _named_after_titles(subject: Token) -> Token | None:
    """The person two titles name: "YPJ commander and spokesperson Nesrin Abdullah said" is
    Nesrin Abdullah (a bare singular title, no article, coordinated with a named person);
    not "The minister and Ahmed said" (the minister first)."""
    if subject.tag_ != "NN" or subject.ent_type_ or any(c.dep_ in ("det", "poss") for c in subject.children) or \
            subject.lemma_.lower() not in person_words()["person_nouns"]:
        return None
    return next((c for c in subject.children if c.dep_ == "conj" and c.ent_type_ == "PERSON"), None)


def _subject_of_the_clause_before(doc: Doc, cue: Token) -> Token | None:
    """The named subject of the clause right before "and <cue>" when the parser joined the cue
    to a verb above it ("The Persian Gulf showdown took a more personal turn when Saddam
    Hussein called Bush a liar and said ...": Saddam Hussein said it, not the showdown)."""
    before = cue.left_edge.i - 1
    if before < 1 or doc[before].dep_ != "cc" or doc[before].head != cue.head:
        return None
    verb = doc[before - 1] if not doc[before - 1].is_punct else doc[before - 2]
    while verb != cue.head and not (verb.pos_ == "VERB" and any(c.dep_ == "nsubj" for c in verb.children)):
        verb = verb.head
    if verb == cue.head or verb.dep_ not in ("advcl", "ccomp"):
        return None
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    return subject if may_speak(subject, by_noun=False) and not relative_pronoun(subject) else None


def _described_person(cue: Token) -> Token | None:
    """The named subject of "X is a ... who <cue>" ("Trump is a serial liar ... and birther who
    has repeatedly pledged ..."): X speaks, unless a name stands beside the noun ("the
    Russian president, Vladimir Putin, who remarked")."""
    noun = cue.head
    if not any(c.lower_ == "who" for c in cue.children) or any(c.dep_ == "appos" for c in noun.children):
        return None
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return None
    return next((c for c in noun.head.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"), None)


def _inverted_subject(doc: Doc, token: Token) -> Span | None:
    """The name right after a cue that right follows a quotation ("“It’s the flow of foreign
    fighters,” said Dunford speaking to a conference"), whatever the parser hung it on: in
    that order the name is the speaker, never a noun inside the quotation."""
    before = token.i - 1
    while before >= 0 and doc[before].text in (",", " "):
        before -= 1
    if before < 0 or doc[before].text not in ("”", "\"", "''") or token.i + 1 >= len(doc):
        return None
    end = token.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end > token.i + 1:
        return doc[token.i + 1:end]
    # "... tweeted retired US army general Jack Keane": a name after its description
    while end < len(doc) and end - token.i <= 8 and doc[end].pos_ in ("ADJ", "NOUN", "PROPN", "DET", "VERB") and \
            doc[end].ent_type_ not in ("DATE", "TIME") and (doc[end].pos_ != "VERB" or doc[end].dep_ == "amod"):
        end += 1
    phrase = doc[token.i + 1:end]
    return phrase if len(phrase) > 1 and phrase[-1].ent_type_ == "PERSON" else None


# verbs whose participle clause tells of the accused, not of an accuser ("..., accused of
# being members of Isis"); not "Asked about the strikes, he said", "Worried that ..., she"


_CHARGING = {"accuse", "charge", "suspect", "blame", "allege", "indict", "convict"}


def unattributed_passive(token: Token) -> bool:
    """A passive cue with no "by" phrase: "is believed", "was accused of", "people accused
    of rape", "British men in custody in Syria, accused of being members of Isis" (by whom?),
    "an estimated 850 Britons believed to have joined the war" (which the parser may read as
    the Britons believing)."""
    passive = any(c.dep_ == "auxpass" for c in token.children) or token.tag_ == "VBN" and (
        token.dep_ == "acl" or token.dep_ == "advcl" and token.lemma_ in _CHARGING and
        not any(c.dep_.startswith("nsubj") for c in token.children)) or _reduced_passive(token)
    return passive and not any(c.dep_ == "agent" for c in token.children)


# verbs whose passive takes an infinitive: "believed to have joined", "said to be members"
_PASSIVE_REPORTING = {"say", "believe", "think", "report", "allege", "know", "rumour", "rumor", "estimate",
                      "understand", "presume", "suspect", "consider"}


# verbs whose participle opening a sentence is done to its main clause's subject ("Asked about
# the device, O'Neill said"), unlike a holder's state ("Worried that ..., El Hindawi told me")
_ASKED = {"ask", "question", "press", "quiz", "challenge", "tell", "urge", "interview"}


def _reduced_passive(token: Token) -> bool:
    """"Two men said to be members of the group", "Britons believed to have joined": a
    participle the parser tagged as a past tense with its noun as subject; no active use of
    these verbs takes "to be" or "to have" with no object."""
    return token.lemma_ in _PASSIVE_REPORTING and token.tag_ in ("VBD", "VBN") and \
        not any(c.dep_ in ("dobj", "aux", "auxpass") for c in token.children) and \
        any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) and
            (c.lemma_ in ("be", "have") or any(a.lower_ in ("have", "be") for a in c.children if a.dep_ == "aux"))
            for c in token.children)
