"""People the model tagged as something else, or did not tag: repairs the actors stage makes
from how a story names people.

The small model tags a person's name ORG in one sentence and PERSON in the next, and leaves
a surname untagged after naming someone in full. What stands beside a name (a title, a
person noun) and how the rest of the story tags the same name tell which it is.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Span

from pipeline.config import data_path
from pipeline.speakers import gender_of, given_names, person_words
from pipeline.stages.extensions import doc_text, per_doc

TITLES = {"president", "minister", "prime", "secretary", "general", "gen.", "ambassador", "senator", "sen.",
          "governor", "gov.", "mayor", "commander", "chief", "king", "prince", "sheikh", "ayatollah", "spokesman",
          "spokeswoman", "envoy", "colonel", "col.", "lt.", "sgt.", "director", "interim-prime"}
# words of a name the model tags ORG that may still be a person's ("Staffan de Mistura")
_NAME_PARTICLES = {"de", "da", "di", "van", "von", "der", "al", "bin", "ibn", "abu", "el", "la", "le", "du", "ben"}
# those of European surnames only: "al" is as often in an armed group's name ("Jaish al Islam")
_SURNAME_PARTICLES = {"de", "da", "di", "van", "von", "der", "du", "del", "dos", "das"}
# words that make a name an organisation's whatever stands beside it
ORG_WORDS = {"office", "ministry", "department", "company", "group", "party", "council", "committee", "university",
             "bank", "agency", "times", "post", "news", "fund", "foundation", "institute", "association", "union",
             "court", "army", "force", "forces", "corp", "inc", "ltd", "media", "press", "network", "commission",
             "organisation", "organization", "watch", "international", "center", "centre", "college", "school",
             "hospital", "church", "government", "command", "brigade", "brigades", "front", "movement", "league",
             "club", "service", "services", "trust", "house", "radio", "tv",
             # the same in the names of French, Spanish and Portuguese organisations
             "banque", "banco", "médecins", "medecins", "ejército", "ejercito", "armée", "fuerzas", "frente",
             "partido", "parti", "comité", "conseil", "consejo", "institut", "instituto", "agence", "agencia",
             "ministère", "ministerio", "université", "universidad", "mouvement", "movimiento"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# what only a person does or suffers: a name that does it is a person's, whatever else the model tagged it
_PERSON_VERBS = {"say", "tell", "whisper", "add", "explain", "recall", "shout", "cry", "laugh", "smile", "write", "ask",
                 "reply", "sigh", "insist", "remember", "weep", "kill", "die", "arrest", "shoot", "wound", "injure",
                 "marry", "bear", "detain", "charge", "sentence", "execute", "convict"}


def clean_name(text: str) -> str:
    """A name without a leading "the" or abbreviated rank ("Sgt. Kari Thompson", the model's
    PERSON), a possessive ending or extra spaces (a rank alone, "Sr.", stays as it is)."""
    name = re.sub(r"^(?:the|The)\s+", "", text.strip())
    name = re.sub(r"(?:'s|’s|'|’)$", "", name)
    words = name.split()
    while len(words) > 1 and words[0] in title_abbreviations():
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1)
def title_abbreviations() -> frozenset[str]:
    """Abbreviated ranks and titles ("Sgt.", "Lt.": models/dictionaries/abbreviations.json)."""
    return frozenset(json.loads(data_path("dictionaries/abbreviations.json").read_text(encoding="utf-8"))
                     ["title_abbreviations"])


def known_place(text: str) -> bool:
    """Whether the gazetteer knows a name as a city, country or region and the actor
    dictionary does not know it as an actor."""
    from pipeline.actor_lexicon import default_lexicon
    from pipeline.gazetteer import default_gazetteer

    place = default_gazetteer().resolve(text)
    return place is not None and place.feature in ("city", "country", "admin") and \
        default_lexicon().lookup(text) is None


# a city this big is a place whatever the model tags its name ("Aleppo")
_BIG_CITY = 100_000


def _acts_as_person(ent: Span) -> bool:
    """Whether a name does or suffers what only people do ("Bali said", "Tamerlan was killed")."""
    return ent.root.dep_ in ("nsubj", "nsubjpass") and ent.root.head.lemma_ in _PERSON_VERBS


def place_called_a_people(ent: Span) -> bool:
    """Whether the model's NORP is a country or a city of 100,000 or more by its own name
    ("took over Aleppo", "in Sochi"), not a people, nor a given name that is some town's other
    name ("Eian H. Santiago")."""
    from pipeline.gazetteer import Gazetteer, default_gazetteer

    if ent.label_ != "NORP" or ent.root.dep_ in ("amod", "compound") or not known_place(ent.text):
        return False
    gazetteer = default_gazetteer()
    place = gazetteer.resolve(ent.text)
    return Gazetteer.own_name(place, ent.text) and \
        (place.feature == "country" or gazetteer.population(place) >= _BIG_CITY)


@lru_cache(maxsize=1)
def _person_heads() -> frozenset[str]:
    """Nouns and titles that name one person ("father", "envoy", "minister")."""
    return person_words()["person_nouns"] | frozenset(TITLES)


def _name_shaped(ent: Span, fewest_words: int) -> bool:
    """Capitalised words (and name particles) without an organisation word among them."""
    words = [t for t in ent if not t.is_punct]
    return fewest_words <= len(words) <= 4 and words[0].is_title and \
        all((t.is_title or t.lower_ in _NAME_PARTICLES) and t.lower_ not in ORG_WORDS for t in words)


def org_names_a_person(ent: Span) -> bool:
    """Whether a name the model tagged ORG is a person's by what stands beside it: a person
    noun or title right before it ("her father Dirk Campbell", "envoy Staffan de Mistura")
    or in apposition ("the UN envoy, Staffan de Mistura", "Dirk Campbell, her father"), and
    no organisation word in it (words in models/dictionaries/person_words.json)."""
    if not _name_shaped(ent, 2):
        return False
    nouns = _person_heads()
    doc, root = ent.doc, ent.root
    if ent.start > 0 and doc[ent.start - 1].lower_ in nouns and doc[ent.start - 1].pos_ != "ADJ":
        return True  # not an adjective that is also a rank: "a major Saudi Aramco oil facility"
    if root.dep_ == "appos":  # beside a title, or beside its "for ..." ("envoy for Syria, Staffan de Mistura")
        head = root.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i != head.head.i:
            head = head.head.head
        if head.lower_ in nouns:
            return True
    if any(c.dep_ == "appos" and c.lower_ in nouns for c in root.children):
        return True
    # "Staffan de Mistura said": a surname particle inside a name that speaks or suffers as people
    # do; not a name ending in a place ("Banque de France")
    words = [t for t in ent if not t.is_punct]  # given name, particles, one surname: "Ursula von der Leyen"
    return _acts_as_person(ent) and len(words) >= 3 and all(t.text in _SURNAME_PARTICLES for t in words[1:-1]) \
        and not known_place(words[-1].text)


@dataclass(frozen=True)
class PeopleNamed:
    """How the model tagged the names of one story: how often each was PERSON and ORG, the
    names it also tagged a place, and the people it named in full, by surname in the order
    the story names them."""
    person: Counter
    org: Counter
    places: Counter  # how often each name was tagged a place (GPE, LOC, FAC)
    full_names: dict[str, list[str]]

    def full_name(self, surname: str, gender: str = "") -> str | None:
        """The person a surname alone names: the first the story named in full with it whose
        given name does not tell another gender ("Mr Campbell" is not "Anna Campbell"); none
        when the surname is also a place here (`told_as_place`) and the full name starts with no
        given name the census lists ("Afrin" after the model's PERSON "Inside Afrin"; but
        "Campbell" after "Anna Campbell", "Obama" after "Barack Obama")."""
        names = given_names()
        for name in self.full_names.get(surname, ()):
            given = name.split()[0]
            if gender and names.get(given, gender) != gender:
                continue
            return None if self.told_as_place(surname) and given not in names else name
        return None

    def person_shown(self, ent: Span) -> bool:
        """Whether the text shows a one-word PERSON to be someone, whatever place shares the
        name: a given name the census lists ("Anna", "Ali"), a name the story never tags a
        place that speaks or suffers as people do ("Bali said", "Obama blinked" is not enough),
        or a title before it ("President Obama"; not "a former resident Homs")."""
        name = clean_name(ent.text)
        if " " in name or self.places[name]:
            return False
        titled = ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in TITLES
        return name in given_names() or _acts_as_person(ent) or titled

    def told_as_place(self, name: str) -> bool:
        """Whether a name the model tagged a person is a place here: one the gazetteer knows that
        the story also tags a place, or a country or city of 100,000 or more ("Aleppo"); not a
        small town no place in the story is ("Obama", a town in Japan, in a story of Barack Obama)."""
        if not known_place(name):
            return False
        if self.places[name]:
            return True
        from pipeline.gazetteer import default_gazetteer

        gazetteer = default_gazetteer()
        place = gazetteer.resolve(name)
        return place.feature != "city" or gazetteer.population(place) >= _BIG_CITY

    def place_named_as_person(self, ent: Span) -> bool:
        """Whether the model's one-word PERSON is a place it tagged as one elsewhere in the
        story at least half as often ("As bombs rained down on Baghuz", "Douma", "Rojava"): no
        one it named in full bears that name, and no census given name is it ("Kotey" after
        "Alexanda Kotey", "Adrienne", and "Berivan" three times a PERSON, once a GPE, stay people),
        nor is one the gazetteer lacks that modifies a noun ("A Bloomberg poll shows"; but "the
        Douma attack")."""
        name = clean_name(ent.text)
        # "Tamerlan was killed", "sister Sylvana": a person
        speaks = _acts_as_person(ent) or ent.start > 0 and ent.doc[ent.start - 1].lower_ in _person_heads()
        return ent.label_ == "PERSON" and " " not in name and 2 * self.places[name] >= self.person[name] > 0 and \
            not speaks and name not in given_names() and (ent.root.dep_ != "compound" or known_place(name)) and \
            not any(name in full.split() for full in self.person if " " in full)  # "Tamerlan Tsarnaev"


def honorific_gender(span: Span) -> str:
    """The gender the word right before a name tells ("Mr Campbell", "her father Campbell"),
    or "" (the words of models/dictionaries/person_words.json)."""
    return gender_of([span.doc[span.start - 1].lower_.rstrip(".")]) if span.start > 0 else ""


def untagged_full_names(doc: Doc, covered: set[int]) -> list[Span]:
    """A given name the census lists and a capitalised surname the model tagged as nothing
    (or as a date: "Theresa May"), standing alone as a name: not inside a longer name or
    another actor's words, not a title ("Princess Firyal"), not a modifier of another noun
    ("the Olive Branch operation")."""
    names, heads = given_names(), _person_heads()
    out = []
    for given in doc[:-1]:
        surname = doc[given.i + 1]
        if given.text not in names or given.lower_ in heads or not (given.is_title and surname.is_title) or \
                given.pos_ != "PROPN" or surname.pos_ != "PROPN" or given.ent_type_ or \
                surname.ent_type_ not in ("", "DATE") or surname.dep_ == "compound" or \
                covered.intersection((given.i, surname.i)):
            continue
        if any(0 <= j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].ent_type_) for j in (given.i - 1, surname.i + 1)):
            continue
        if _title_case_line(doc, given.idx):
            continue  # a headline capitalises every word ("... Underscores Failure of Max Pressure")
        out.append(doc[given.i:surname.i + 1])
    return out


def _title_case_line(doc: Doc, at: int) -> bool:
    """Whether the line around a character capitalises (nearly) every word of four letters or more."""
    text = doc_text(doc)
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    words = re.findall(r"[A-Za-z][A-Za-z'’.-]*", text[start:end if end >= 0 else len(text)])
    content = [w for w in words if len(w) > 3]
    return len(content) >= 3 and sum(w[0].isupper() for w in content) >= 0.8 * len(content)


def people_named(doc: Doc, untagged: list[Span] = ()) -> PeopleNamed:
    """How the model tagged the story's names (read once per Doc: the actors and locations
    stages both ask), with the full names it left untagged."""
    tagged = per_doc(doc, "people_named", lambda: _people_tagged(doc))
    if not untagged:
        return tagged
    full_names = {surname: list(names) for surname, names in tagged.full_names.items()}
    for span in untagged:
        named = full_names.setdefault(span[-1].text, [])
        if span.text not in named:
            named.append(span.text)
    return PeopleNamed(tagged.person, tagged.org, tagged.places, full_names)


def _people_tagged(doc: Doc) -> PeopleNamed:
    person, org, places = Counter(), Counter(), Counter()
    for ent in doc.ents:
        name = clean_name(ent.text)
        if ent.label_ == "PERSON":
            person[name] += 1
        elif ent.label_ == "ORG":
            org[name] += 1
        elif ent.label_ in _PLACE_LABELS:
            places[name] += 1
    full_names: dict[str, list[str]] = {}
    for ent in doc.ents:
        name = clean_name(ent.text)
        if ent.label_ == "PERSON" and " " in name and name not in places and \
                (name.split()[-1] not in places or name.split()[0] in given_names()) and \
                not re.search(r"['’]s ", name):  # not "Donald Trump’s Twitter", "Inside Afrin"; "James Mattis"
            named = full_names.setdefault(name.split()[-1], [])
            if name not in named:
                named.append(name)
    return PeopleNamed(person, org, places, full_names)


def org_is_a_person_named_elsewhere(ent: Span, people: PeopleNamed) -> bool:
    """Whether a name the model tagged ORG (or NORP: "Mattis") is a person's by how it tagged
    names in the rest of the story: the same name PERSON more often than ORG (for an ORG),
    or the surname alone of someone it named in full ("Begum" after "Shamima Begum"), or
    that surname after a given name the census lists ("Dirk Campbell" where "Anna Campbell"
    is a PERSON); never a name it also tagged a place ("Ghouta" after "Eastern Ghouta") unless
    it is the surname of someone named in full, nor one after "the" ("told the Hill"), nor one
    with an organisation word in it."""
    if not _name_shaped(ent, 1):
        return False
    name = clean_name(ent.text)
    if name in people.places and people.full_name(name, honorific_gender(ent)) is None or \
            ent.text.lower().startswith("the ") or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return False  # (a surname of someone named in full is theirs, whatever else the model tagged it)
    if ent.label_ == "ORG" and people.person[name] > people.org[name]:
        return True
    words = name.split()
    if people.full_name(words[-1], honorific_gender(ent)) is None:
        return False
    return len(words) == 1 or words[0] in given_names()


def untagged_surnames(doc: Doc, people: PeopleNamed, covered: set[int]) -> list[tuple[Span, str]]:
    """A surname of someone the model named in full, standing alone where it tagged nothing
    ("Prakash reportedly told Turkish police", after "Neil Prakash"): that person, by the
    first full name the story gives them."""
    out = []
    if not people.full_names:
        return out
    for token in doc:
        if token.text not in people.full_names or token.i in covered or token.ent_type_ or token.pos_ != "PROPN" or \
                not token.is_title:
            continue
        if any(0 <= j < len(doc) and (doc[j].pos_ == "PROPN" or doc[j].ent_type_) for j in (token.i - 1, token.i + 1)):
            continue  # part of another name ("Hunt Oil")
        name = people.full_name(token.text, honorific_gender(doc[token.i:token.i + 1]))
        if name is not None:
            out.append((doc[token.i:token.i + 1], name))
    return out
