"""Who a claim's speaker mention names: an actor's name, so that claims.speaker matches
actors.name.

A named or descriptive mention is the person set beside its head ("The US secretary of
state, Rex Tillerson"), else the actor whose span holds its head ("Scott's niece" is not
Scott); "the group", "the ministry" the nearest earlier actor of a fitting type; "he" and
"she" the nearest earlier person, never a country, a newspaper or a group: the last person
who spoke or was the subject of a main clause (not in a quotation), of the pronoun's gender
where the text tells it ("Mrs.", "spokeswoman", "his mother") or a full name's given name
does (models/dictionaries/given_names.json, US Census lists), else the last person named;
"it" and "they" the last group, organisation or state of their number that spoke or was a
main clause's subject, never a person. A cue whose subject the parse lost takes the
nearest person named before it in its sentence, the active subject of a clause above the
cue first. The words are data in models/dictionaries/person_words.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from pipeline.config import data_path
from pipeline.place_words import COMPASS_ADJECTIVE
from pipeline.stages.extensions import per_doc, sentence_of

PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# a person quoted as the object ("the agency quoted him as saying") is whom "he" would stand for
_SUBJECT_FORMS = {"him": "he", "her": "she"}
GROUP_ANAPHORS = {"the group", "the militia", "the movement", "the organization", "the organisation",
                  "the ministry", "the agency", "the government", "the official", "the spokesman", "the army"}
ANAPHOR_TYPES = {
    "the group": ("armed_group", "political_party", "organization"), "the militia": ("armed_group",),
    "the movement": ("armed_group", "political_party"), "the ministry": ("government",),
    "the agency": ("government", "international_org", "organization"), "the government": ("government",),
    "the army": ("state_military",),
}
PERSON_TYPES = ("person", "official")


@lru_cache(maxsize=1)
def person_words() -> dict[str, frozenset[str]]:
    """Nouns that name one person and words that tell a person's gender."""
    data = json.loads(data_path("dictionaries/person_words.json").read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}


@lru_cache(maxsize=1)
def given_names() -> dict[str, str]:
    """Given names that tell a person's gender ("Anna": "f"), from the US Census lists
    scripts/build_given_names.py keeps."""
    data = json.loads(data_path("dictionaries/given_names.json").read_text(encoding="utf-8"))
    return {**{name: "f" for name in data["female"]}, **{name: "m" for name in data["male"]}}


def _given_name_gender(name: str) -> str:
    """The gender a person's full name tells by its given name ("Anna Campbell") or its
    kunya ("Abu Sayyaf", "Umm Sayyaf"); none for a single name, which may be a surname
    ("Campbell")."""
    words = name.split()
    return given_names().get(words[0], "") or gender_of([words[0].lower()]) if len(words) >= 2 else ""


@dataclass(frozen=True, slots=True)
class Told:
    """A speaker the text resolved: where, to whom, whether one person, and of what gender
    ("f", "m" or "" when the text does not say)."""
    start: int
    name: str
    person: bool
    gender: str = ""
    plural: bool = False


def speaker_name(doc: Doc, speaker: Span, earlier: list[Told], quoted: tuple[tuple[int, int], ...] = ()) -> str:
    """The actor name a speaker mention stands for ("" when nothing fits); `quoted` are the
    quotations' offsets (who a quotation names is not who the story tells of)."""
    head = speaker.root
    rows = doc._.actor_rows or ()
    # the person set beside the head is who speaks ("The US secretary of state, Rex Tillerson,
    # said"); else the actor the head names; else one inside ("the senior State Department
    # official" speaks for the State Department; "Scott's niece" is not Scott)
    beside = [] if head.tag_ in ("NNS", "NNPS") else [  # "His parents, John and Sally Letts" are two
        c.idx for c in _apposed(head)]
    actors = [a for a in rows if any(a.start <= at < a.end for at in beside) and
              a.actor_type in PERSON_TYPES and not a.rule_id.startswith("group")] if beside else []
    at = head.idx
    actors = actors or [a for a in rows if a.start <= at < a.end] or \
        [a for a in rows if speaker.start_char <= a.start and a.end <= speaker.end_char
         and not any(t.tag_ == "POS" for t in speaker if a.end <= t.idx) and not _not_whom_they_speak_for(doc, a, head)]
    if actors:
        # "Russian and Syrian officials": the first of the peoples coordinated before the head, as
        # an event's agent is (each is an actor row of its own)
        named = first_coordinated_actor(doc, head, actors[0].start) if speaker.start_char < actors[0].start else None
        return (named or actors[0]).name
    text = _SUBJECT_FORMS.get(speaker.text.lower(), speaker.text.lower())
    if text in ("he", "she"):
        return _person_antecedent(doc, speaker, earlier, "f" if text == "she" else "m", quoted)
    if text in ("it", "they"):
        return _group_antecedent(doc, speaker, earlier, quoted, plural=text == "they")
    if text in PRONOUNS or text in GROUP_ANAPHORS:
        if text in GROUP_ANAPHORS:  # "the group" -> the nearest earlier group or organisation
            wanted = ANAPHOR_TYPES.get(text, ("armed_group", "organization", "political_party"))
            groups = [a for a in rows if a.end <= speaker.start_char and a.actor_type in wanted]
            named = [a for a in groups if a.rule_id.startswith(("dict:", "group+dict:"))]
            if named or groups:
                return (named or groups)[-1].name
            if text not in ("the official", "the spokesman"):
                return ""  # "the agency" with no agency named before: no person stands in for it
        if text in ("i", "we") and not any(start <= speaker.start_char < end for start, end in quoted):
            return ""  # the writer's own "I said", whom the text does not name
        persons = [a for a in rows if a.end <= speaker.start_char and a.actor_type in PERSON_TYPES]
        return persons[-1].name if persons else ""
    # "father of Shamima Begum, a teenager who ...", "One of the hostages, who was set free":
    # the name before its aside; not "Some of those who left"
    asides = [t.left_edge.i for t in speaker if t.i > head.i and speaker.start < t.left_edge.i and
              t.dep_ in ("appos", "relcl") and doc[t.left_edge.i - 1].text == ","]
    end = min(asides, default=speaker.end)
    while asides and end > speaker.start + 1 and doc[end - 1].is_punct:
        end -= 1
    name = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", doc[speaker.start:end].text)
    return " ".join(name.split())


def coordinated(token: Token) -> bool:
    """Whether a word is one of coordinated modifiers: "Russian" (its conjunct "Syrian") and
    "Syrian" in "Russian and Syrian forces", "US" in "US, British and French forces"."""
    doc = token.doc
    return token.dep_ == "conj" or any(c.dep_ == "conj" for c in token.children) or \
        token.i + 1 < len(doc) and doc[token.i + 1].text == ","


def first_coordinated_actor(doc: Doc, head: Token, before: int):
    """The actor row of the first of the peoples coordinated before a head, ahead of offset
    `before` ("Russian" in "Russian and Syrian officials", "US" in "US, British and French
    forces"; the actors stage gives each its own row), or None: who an event's agent or a
    claim's speaker is named by."""
    first = min((c for c in head.children if c.dep_ in ("amod", "nmod", "compound") and c.idx < before and
                 coordinated(c)), key=lambda c: c.i, default=None)
    if first is None:
        return None
    return next((a for a in doc._.actor_rows or () if a.start == first.idx and a.end == first.idx + len(first.text)),
                None)


def _apposed(head: Token) -> list[Token]:
    """The words set beside a speaker's head: its own appositions, and one the parser hung on
    the place or organisation of the head's title ("The UN special envoy for Syria, Staffan de
    Mistura": the name is the envoy's, not Syria's)."""
    beside = [c for c in head.children if c.dep_ == "appos"]
    for prep in head.children:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.ent_type_ in ("GPE", "LOC", "ORG", "NORP", "FAC"):
                beside += [c for c in pobj.children if c.dep_ == "appos"]
    return beside


# prepositions of where someone is; "in", "at" also of whom they work for ("officials at the
# State Department"), so these only before a place the model names as one
_LOCATIVE = {"inside", "near", "across", "around", "throughout", "within"}
_LOCATIVE_BEFORE_PLACE = {"in", "at", "on"}  # not "from": "officials from Turkey" speak for it
# prepositions of whom or what someone acts or speaks on ("the coalition against Isis")
_OPPOSITE = {"against", "about", "over", "toward", "towards"}


def _not_whom_they_speak_for(doc: Doc, actor, head: Token) -> bool:
    """Whether an actor inside a speaker's phrase is not whom the speakers speak for: where
    they are ("Doctors inside Ghouta say", "residents in Idlib said"), whom they act against
    ("the US-led coalition against Isis is seeking"), or one named in a clause of their own
    ("The father of Shamima Begum, a teenager who travelled to Syria to join Islamic State"), or
    one named by their tie to another ("The father of Shamima Begum")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None or head.pos_ not in ("NOUN", "PROPN"):
        return False
    path, token = [], span.root
    while token.i != head.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    if token.i != head.i:
        return False
    if any(t.dep_ in ("relcl", "advcl", "ccomp") for t in path):
        return True
    if any(t.lemma_ in ("user", "follower", "feed", "post", "page") for t in [*path[1:], head]):
        return True  # "one Twitter user": not Twitter's words
    if head.lower_ in person_words()["relation_nouns"] and \
            any(t.dep_ == "pobj" and t.head.lower_ == "of" for t in path):
        return True  # "The father of Shamima Begum" is not Shamima Begum
    prep = span.root.head
    # a place by a compass word the model may tag ORG ("a doctor in eastern Ghouta")
    placed = span.root.ent_type_ in ("GPE", "LOC", "FAC") or \
        any(c.dep_ in ("amod", "compound") and COMPASS_ADJECTIVE.fullmatch(c.lower_) for c in span.root.children)
    return span.root.dep_ == "pobj" and prep.head == head and head.pos_ == "NOUN" and (
        prep.lower_ in _LOCATIVE or prep.lower_ in _OPPOSITE or prep.lower_ in _LOCATIVE_BEFORE_PLACE and placed)



def told(doc: Doc, speaker: Span, name: str) -> Told:
    """A resolved speaker, for the pronouns after it: one person or not ("officials" and
    "the ministry" are not; "he", a PERSON, an official, "one friend", "his mother" are),
    and the gender its words tell."""
    head = speaker.root
    text = _SUBJECT_FORMS.get(speaker.text.lower(), speaker.text.lower())
    if text in ("he", "she"):
        return Told(speaker.start_char, name, bool(name), "f" if text == "she" else "m")
    if text in ("it", "they"):
        return Told(speaker.start_char, name, False, plural=text == "they")
    at = head.idx
    actors = [a for a in doc._.actor_rows or () if a.start <= at < a.end]
    if head.tag_ in ("NNS", "NNPS"):
        person = False  # "officials", "Democrats"
    elif actors:
        person = actors[0].actor_type in PERSON_TYPES
    else:
        person = head.ent_type_ == "PERSON" or head.lower_ in person_words()["person_nouns"]
    return Told(speaker.start_char, name, person, gender_of([t.lower_.rstrip(".") for t in speaker]), _plural(head))


def gender_of(words: list[str]) -> str:
    """The one gender the words tell ("mrs", "spokeswoman", "his father"), or ""."""
    marks = {"f" for w in words if w in person_words()["female_words"]} | \
        {"m" for w in words if w in person_words()["male_words"]}
    return next(iter(marks)) if len(marks) == 1 else ""


@dataclass(frozen=True, slots=True)
class _Mention:
    """An actor mention as the pronouns read it (built once per document)."""
    start: int
    name: str
    person: bool  # one person: not a group a name is part of ("Trump's policies"), nor "officials"
    plural: bool
    subject: bool  # the subject of a main clause
    quotation: int  # the index of the quotation it is told in, -1 outside any


def _quotation(offset: int, quoted: tuple[tuple[int, int], ...]) -> int:
    return next((i for i, (start, end) in enumerate(quoted) if start <= offset < end), -1)


def _mentions(doc: Doc, quoted: tuple[tuple[int, int], ...]) -> tuple[list[_Mention], dict[str, str]]:
    """The document's actor mentions and the gender its text gives each person's name."""
    def build() -> tuple[list[_Mention], dict[str, str]]:
        mentions, marks = [], {}
        for actor in doc._.actor_rows or ():
            span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
            if span is None:
                continue
            plural = _plural(span.root)
            person = actor.actor_type in PERSON_TYPES and not actor.rule_id.startswith("group+") and not plural
            mentions.append(_Mention(actor.start, actor.name, person, plural, _main_subject(span),
                                     _quotation(actor.start, quoted)))
            if person:
                gender = gender_of(_words_around(span))
                marks.setdefault(actor.name, set()).update({gender} if gender else set())
        for name, told_marks in marks.items():  # the text's words first, else the given name
            if not told_marks and (gender := _given_name_gender(name)):
                told_marks.add(gender)
        return mentions, {name: (next(iter(m)) if len(m) == 1 else "?") for name, m in marks.items() if m}
    return per_doc(doc, "speaker_mentions", build)


def _person_antecedent(doc: Doc, pronoun: Span, earlier: list[Told], gender: str,
                       quoted: tuple[tuple[int, int], ...]) -> str:
    """The person "he" or "she" stands for: of the people who spoke, or were the subject of
    a main clause, before it, the last one whose gender is not known to differ; else the
    last person named. A subject inside what someone said is not the story's ("Blannin said
    Holmes had left a will. “...,” she said" is Blannin)."""
    mentions, known = _mentions(doc, quoted)
    here = _quotation(pronoun.start_char, quoted)  # who a quotation names is not who the story goes on about
    genders = dict(known)
    for said in earlier:  # what a resolved "she", or "his mother", tells of a name
        if said.person and said.gender and said.start < pronoun.start_char:
            genders[said.name] = said.gender if genders.get(said.name, said.gender) == said.gender else "?"
    fits = [m for m in mentions if m.person and m.start < pronoun.start_char and genders.get(m.name, gender) == gender]
    subjects = [(m.start, m.name) for m in fits if m.subject and m.quotation in (-1, here)]
    spoke = [(said.start, said.name) for said in earlier if said.person and said.start < pronoun.start_char and
             (said.gender or genders.get(said.name, gender)) == gender]
    candidates = subjects + spoke or ([(fits[-1].start, fits[-1].name)] if fits else [])
    introduced = _introduced_person(doc, pronoun, gender, max(candidates)[0] if candidates else -1)
    return introduced or _latest(candidates)


def _introduced_person(doc: Doc, pronoun: Span, gender: str, after: int) -> str:
    """A person of the pronoun's gender a noun introduces as a subject in its sentence or
    the one before, after the person named last ("there was a lady in a cell for 13 days ...
    She was there because she threatened to kill a man"): "lady"; not one met or seen ("Sarah
    Jones met a woman. She said ..." is Sarah Jones)."""
    words = person_words()["female_words" if gender == "f" else "male_words"]
    sentence = sentence_of(doc, doc[pronoun.start])
    start = sentence_of(doc, doc[sentence.start - 1]).start if sentence.start > 0 else sentence.start
    actors = [(a.start, a.end) for a in doc._.actor_rows or ()]
    nouns = [t for t in doc[start:pronoun.start]
             if t.left_edge.idx > after and t.pos_ == "NOUN" and t.lower_ in words and
             t.dep_ in ("nsubj", "nsubjpass", "attr") and
             any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) and
             not any(s <= t.idx < e for s, e in actors)]  # "a Canadian woman" is the actor told
    return nouns[-1].lower_ if nouns else ""


def _group_antecedent(doc: Doc, pronoun: Span, earlier: list[Told], quoted: tuple[tuple[int, int], ...], *,
                      plural: bool) -> str:
    """What "it" or "they" stands for: never a person; of the groups, organisations and
    states that spoke, or were the subject of a main clause, before it, the last one of the
    pronoun's number ("Turkish officials said ... suggesting it intended": not the
    officials)."""
    mentions, _ = _mentions(doc, quoted)
    here = _quotation(pronoun.start_char, quoted)
    subjects = [(m.start, m.name) for m in mentions if m.start < pronoun.start_char and m.subject and not m.person
                and m.plural == plural and m.quotation in (-1, here)]
    spoke = [(said.start, said.name) for said in earlier if not said.person and said.start < pronoun.start_char
             and said.plural == plural]
    return _latest(subjects + spoke)


def _latest(told_at: list[tuple[int, str]]) -> str:
    """The name told last, of (offset, name) pairs."""
    return max(told_at)[1] if told_at else ""


def _plural(head: Token) -> bool:
    """Whether a mention is told of as many: a plural noun ("officials", "the rebels") or a
    collective the text gives as such ("the Kurds")."""
    return head.tag_ in ("NNS", "NNPS") or head.lower_ in ("police", "people")


def _main_subject(span: Span) -> bool:
    """Whether a mention is the subject of a main clause, or set beside one ("The US
    Secretary of State, Rex Tillerson, said")."""
    root = span.root
    if root.dep_ == "appos":
        root = root.head
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb: Token = root.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _words_around(span: Span) -> list[str]:
    """The words that may tell a person's gender: an honorific before the mention ("Mrs.
    Clinton"), a noun in it or beside it ("spokeswoman Maria Zakharova", "Ivanka Trump, the
    nominee's eldest daughter"); not a possessive's ("her husband, Abu Sayyaf")."""
    doc = span.doc
    words = [t.lower_.rstrip(".") for t in doc[max(span.start - 2, 0):span.end]]
    words += [t.lower_ for c in span.root.children if c.dep_ == "appos" for t in c.subtree if t.dep_ != "poss"]
    if span.root.dep_ == "appos":
        words += [t.lower_ for t in span.root.head.subtree if t.i < span.start and t.dep_ != "poss"]
    return words


def guess_speaker(doc: Doc, cue: Token) -> Span | None:
    """The speaker of a cue whose subject the parse lost: the nearest person (else
    organisation) named before it in its sentence, preferring one outside a relative clause
    and, among those, the active subject of a clause the cue hangs under."""
    sentence_start_char = sentence_of(doc, cue).start_char
    before = [a for a in doc._.actor_rows or () if sentence_start_char <= a.start and a.end <= cue.idx
              and a.actor_type in ("person", "official", "government", "organization", "armed_group",
                                   "political_party", "international_org", "media")]
    if not before:
        return None
    people = [a for a in before if a.actor_type in PERSON_TYPES] or before
    main = [a for a in people if not _embedded(doc, a, cue)]
    subjects = [a for a in main if _subject_above(doc, a, cue)]  # not "a lawyer for Begum's family"
    row = (subjects or main or people)[-1]
    return doc.char_span(row.start, row.end, alignment_mode="expand")


def _subject_above(doc: Doc, actor, cue: Token) -> bool:
    """Whether an actor mention, or the one it is set beside, is the active subject of a
    clause the cue hangs under ("Akunjee, a lawyer for Begum's family, told the Guardian ...
    and rejected claims"); not a passive's ("Morsi, was ousted by ..., Erdoğan all but
    declared war") nor a subordinate clause's ("Though Mahdi remains ..., Salih also threatened")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root.head if span.root.dep_ == "appos" else span.root
    return root.dep_ == "nsubj" and (root.head == cue or root.head in cue.ancestors)


def _embedded(doc: Doc, actor, cue: Token) -> bool:
    """Whether an actor mention sits in a relative clause ("— who enjoys ties with US officials —")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    for ancestor in span.root.ancestors:
        if ancestor == cue:
            return False
        if ancestor.dep_ in ("relcl", "acl"):
            return True
    return False
