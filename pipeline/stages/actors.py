"""newsevents_actors: people, organisations and groups, with canonical names.

Three sources, in order of trust: the actor dictionary (models/dictionaries/actors.jsonl,
matched on its aliases, which also corrects the model's labels: it tags "Kataib
Hezbollah" PERSON), noun phrases headed by a group noun ("Iraqi militiamen", "several US
troops", "the senior State Department official"), and the model's PERSON/ORG/NORP
entities. A country name is an actor where it acts ("Iraq promised"), not where it is a
place. Roles start as "mentioned"; the events and claims stages set agent, target,
victim and speaker.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.actor_lexicon import ActorEntry, default_lexicon
from pipeline.layout import FURNITURE_ZONES
from pipeline.person_names import TITLES as _TITLES
from pipeline.person_names import (PeopleNamed, clean_name, honorific_gender, known_place,
                                   org_is_a_person_named_elsewhere, org_names_a_person, people_named,
                                   place_called_a_people, title_abbreviations, untagged_full_names, untagged_surnames)
from pipeline.place_words import SITE_HEADS
from pipeline.speakers import given_names
from pipeline.stages.extensions import doc_id_of, register_extensions, zone_of
from pipeline.types import ActorRow

ACTOR_TYPES_BY_LABEL = {"PERSON": "person", "ORG": "organization", "NORP": "group"}
# words before a surname that are no given name ("Mr. Trump", "Rep. Pelosi", "Candidate Trump")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "rep", "reps", "sens", "gov", "govs", "capt", "maj", "adm", "cpl",
               "pvt", "sir", "dame", "lady", "lord", "judge", "justice", "candidate", "nominee", "speaker", "vice",
               "first", "former", "late", "then", "rev", "father", "sister", "brother", "imam", "rabbi", "dean",
               "professor", "prof", "coach", "officer", "detective", "deputy", "trooper", "sheriff", "attorney"}
_ACTING_DEPS = {"nsubj", "nsubjpass", "dobj", "agent"}
_STATE_HEADS = {"state_military", "government"}


@lru_cache(maxsize=512)
def _country_actor(entry: ActorEntry) -> bool:
    """Entries named after a country ("Iraq", "United States"): places unless they act."""
    from pipeline.gazetteer import default_gazetteer

    place = default_gazetteer().resolve(entry.name)
    return place is not None and place.feature == "country"


def acts(span: Span) -> bool:
    """Whether a country name in the text is an actor rather than a place."""
    root = span.root
    if root.dep_ in _ACTING_DEPS:
        return True
    return root.dep_ == "pobj" and root.head.lower_ in ("by", "from") and root.head.head.pos_ in ("NOUN", "VERB")


class ActorsStage:
    def __init__(self, nlp: Language, *, labels: dict[str, str]) -> None:
        register_extensions()
        self.labels = labels
        self.lexicon = default_lexicon()
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entry_by_key: dict[str, ActorEntry] = {}
        for alias, entry, case_sensitive in self.lexicon.all_aliases():
            self.entry_by_key[entry.id] = entry
            (self.exact if case_sensitive else self.folded).add(entry.id, [nlp.make_doc(alias)])

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        matches = self._raw_matches(doc)  # every alias match, overlapping ones included
        dictionary = self._dictionary_spans(doc, matches)
        found: list[tuple[Span, str, str, str, str]] = []  # span, name, type, country, rule
        covered: set[int] = set()

        for chunk in doc.noun_chunks:
            for mention in self._group_phrases(doc, chunk, matches):
                found.append(mention)
                covered.update(range(mention[0].start, mention[0].end))
        for span, entry in dictionary:
            if covered.intersection(range(span.start, span.end)):
                continue
            if _country_actor(entry) and not acts(span):
                continue  # "in Iraq" is a place; "Iraq promised" an actor
            if entry.actor_type in ("official", "person", "political_party"):
                span = with_title(span)
            found.append((span, entry.name, entry.actor_type, entry.country, f"dict:{entry.id}"))
            covered.update(range(span.start, span.end))
        for span in _untagged_names(doc, matches):
            if not covered.intersection(range(span.start, span.end)):
                found.append((span, span.text, "person", "", "name:given+surname"))
                covered.update(range(span.start, span.end))
        untagged = untagged_full_names(doc, covered)  # "Theresa May said ...": no entity at all
        full_names: list[str] = []
        named = people_named(doc, untagged)
        for ent in doc.ents:
            ent = _without_edge_punct(ent)  # "― Jacklyn Ashley" signing a quotation
            if ent is None or ent.label_ not in self.labels or covered.intersection(range(ent.start, ent.end)):
                continue
            # "her father Dirk Campbell", "the UN envoy, Staffan de Mistura", "Begum" after "Shamima Begum"
            org_person = ent.label_ in ("ORG", "NORP") and org_names_a_person(ent) or \
                ent.label_ in ("ORG", "NORP") and org_is_a_person_named_elsewhere(ent, named) or \
                ent.label_ == "ORG" and _ends_a_name_told(ent, full_names)  # "De Mistura" after "Staffan de Mistura"
            if ent.label_ == "NORP" and not org_person and (ent.root.dep_ in ("amod", "compound", "nmod") or
                                                           ent.text.islower()):
                continue  # "Iraqi" in "Iraqi bases" gives a country, it is not an actor
            surname = named.full_name(clean_name(ent.text), honorific_gender(ent)) \
                if org_person or ent.label_ == "PERSON" and " " not in clean_name(ent.text) else None
            if named.place_named_as_person(ent):
                continue  # "As bombs rained down on Baghuz": the model's PERSON is a place it tagged one
            if ent.label_ in ("ORG", "PERSON") and len(ent) == 1 and ent.text.isalpha() and ent.text.islower():
                continue  # the model's ORG "state" of "secretary of state": a common noun, no name
            if ent.label_ in ("ORG", "PERSON") and not (org_person or surname) and ent.end < len(doc) and \
                    doc[ent.end].lower_ in SITE_HEADS:
                continue  # "al-Hawl camp", "Rukban camp": a site (the locations stage's), not a person
            if ent.label_ in ("ORG", "PERSON") and not (org_person or surname) and _is_place_or_event(ent, named) or \
                    place_called_a_people(ent):
                continue  # the model's ORG "al-Qa'im", NORP "Aleppo" are towns, "U.S. Strikes" an event
            if ent.label_ == "PERSON" or org_person:
                name = surname or self._person_name(ent, full_names)
            else:
                name = clean_name(ent.text)
            if name in title_abbreviations():
                continue  # the model's ORG "Sr.": a rank, no one named
            actor_type = "person" if org_person else self.labels[ent.label_]
            if ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ in _TITLES:
                actor_type = "official"
            country = self.lexicon.country_of_word(ent.text) if ent.label_ == "NORP" else ""
            found.append((with_title(ent) if ent.label_ == "PERSON" else ent, name, actor_type, country,
                          f"ner:{ent.label_}"))
            covered.update(range(ent.start, ent.end))
        for span in untagged:
            if not covered.intersection(range(span.start, span.end)):
                found.append((span, span.text, "person", "", "name:untagged"))
                covered.update(range(span.start, span.end))
        for span, name in untagged_surnames(doc, named, covered):
            found.append((span, name, "person", "", "name:surname"))  # "Prakash reportedly told ..."
        # a name the text shows to be a person's is one wherever the model tagged it ORG
        people = {name for _, name, actor_type, _, rule in found if rule == "ner:ORG" and actor_type == "person"}
        found = [(span, name, "person" if rule == "ner:ORG" and name in people else actor_type, country, rule)
                 for span, name, actor_type, country, rule in found]
        rows = []
        for span, name, actor_type, country, rule in found:
            zone = zone_of(doc, span.start_char, span.end_char)
            if zone in FURNITURE_ZONES:
                continue
            rows.append(ActorRow(doc_id=doc_id, start=span.start_char, end=span.end_char, text=span.text, name=name,
                                 actor_type=actor_type, country=country, role="mentioned", label=span.label_,
                                 rule_id=rule, zone=zone))
        doc._.actor_rows = tuple(sorted(rows, key=lambda r: (r.start, r.end)))
        return doc

    def _raw_matches(self, doc: Doc) -> list[tuple[Span, ActorEntry]]:
        matches = [Span(doc, s, e, label=m) for m, s, e in self.exact(doc)] + \
                  [Span(doc, s, e, label=m) for m, s, e in self.folded(doc)]
        return [(span, self.entry_by_key[span.label_]) for span in matches]

    def _dictionary_spans(self, doc: Doc, matches: list[tuple[Span, ActorEntry]]) -> list[tuple[Span, ActorEntry]]:
        spans = filter_spans([span for span, _ in matches])
        out = []
        for span in spans:
            entry = self.entry_by_key[span.label_]
            if entry.actor_type in ("person", "official") and span.text.islower():
                continue  # "their trump card", "a rice farmer": a common word, not the person's name
            if entry.actor_type in ("person", "official") and _inside_another_name(doc, span, entry):
                continue  # "Ivanka Trump", "Eric Trump", "Donald Trump Jr." are not Donald Trump;
                # the model's PERSON names them, or _untagged_names when it has none
            if span.start > 0 and doc[span.start - 1].lower_ == "the" and not _country_actor(entry):
                span = doc[span.start - 1:span.end]
            out.append((span, entry))
        return out

    def _group_phrases(self, doc: Doc, chunk: Span, matches: list[tuple[Span, ActorEntry]]) -> list[tuple]:
        """The group a noun chunk names; one each where peoples or countries are coordinated
        before its head ("Russian and Syrian forces": "Russian", the Russian military, and
        "Syrian forces", the Syrian military; "US, British and French forces": three)."""
        head = chunk.root
        peoples = []
        for word in head.children:  # "US" (nmod), "British" (amod) and its conjunct "French"
            if word.dep_ in ("amod", "nmod", "compound") and chunk.start <= word.i < head.i and self._of_a_people(word):
                peoples.append(word)
                while (after := next((g for g in peoples[-1].children if g.dep_ == "conj" and
                                      self._of_a_people(g)), None)) is not None:
                    peoples.append(after)  # "Kurdish, Yazidi and Arab": a chain of conjuncts
        peoples.sort(key=lambda t: t.i)
        coordinated = len(peoples) > 1 and all(
            any(t.text == "," or t.dep_ == "cc" for t in doc[a.i + 1:b.i]) for a, b in zip(peoples, peoples[1:]))
        rest = self._group_phrase(doc, doc[peoples[-1].i:chunk.end], matches) if coordinated else None
        if rest is None:
            mention = self._group_phrase(doc, chunk, matches)
            return [mention] if mention is not None else []
        group_type = self.lexicon.group_nouns.get(head.lower_) or self.lexicon.group_nouns.get(head.lemma_.lower())
        return [self._one_people(doc, people, head, group_type) for people in peoples[:-1]] + [rest]

    def _one_people(self, doc: Doc, people: Token, head: Token, group_type: str) -> tuple:
        """The group of one of coordinated peoples, its span the people's word alone."""
        country = self.lexicon.country_of_word(people.text)
        without_state = people.lower_ in self.lexicon.non_state_words or \
            people.lower_ in self.lexicon.peoples_without_state
        entry = self.lexicon.state_actor(country, group_type) \
            if group_type in _STATE_HEADS and country and not without_state else None
        if entry is not None:
            return doc[people.i:people.i + 1], entry.name, entry.actor_type, entry.country, f"group+state:{entry.id}"
        kind = "armed_group" if without_state and group_type == "state_military" else group_type
        return doc[people.i:people.i + 1], f"{people.text} {head.text}", kind, country, f"group:{head.lower_}"

    def _of_a_people(self, token: Token) -> bool:
        """A word of a country or a people ("Russian", "Iraqi", "Kurdish")."""
        return bool(self.lexicon.country_of_word(token.text)) or token.lower_ in self.lexicon.peoples_without_state

    def _group_phrase(self, doc: Doc, chunk: Span, matches: list[tuple[Span, ActorEntry]]) -> tuple | None:
        head = chunk.root
        head_word = head.lower_
        group_type = self.lexicon.group_nouns.get(head_word) or self.lexicon.group_nouns.get(head.lemma_.lower())
        if group_type is None or head.ent_type_ in ("PERSON",):
            return None
        if any(child.dep_ == "amod" and child.lower_ in _NOT_GROUPS for child in head.children):
            return None  # "political forces", "market forces"
        inner = [(span, entry) for span, entry in matches
                 if chunk.start <= span.start and span.end <= chunk.end and span.end <= head.i + 1]
        span = _trim_chunk(chunk)
        if span is None:
            return None
        country = ""
        # "State Department officials" speak for the State Department; "Trump administration
        # officials" for the administration, not for Trump himself.
        inner.sort(key=lambda item: (item[1].actor_type in ("person", "official"), -(item[0].end - item[0].start)))
        for inner_span, entry in inner:
            if _country_actor(entry):
                country = entry.country
                continue
            return span, entry.name, entry.actor_type, entry.country, f"group+dict:{entry.id}"
        non_state = False  # "Kurdish forces", "rebel forces", "the Free Syria Army": no state's forces
        for token in span:
            if token.i != head.i:
                country = country or self.lexicon.country_of_word(token.text) or _backed_country(token, self.lexicon)
                non_state = non_state or token.lower_ in self.lexicon.non_state_words or \
                    token.lower_ in self.lexicon.peoples_without_state
        if not country:
            country = _place_country(head, self.lexicon)
        if non_state and group_type == "state_military":
            group_type = "armed_group"
        if group_type in _STATE_HEADS and country and not non_state:
            entry = self.lexicon.state_actor(country, group_type)
            if entry is not None:
                return span, entry.name, entry.actor_type, entry.country, f"group+state:{entry.id}"
        name = _group_name(span, head, self.lexicon.non_state_words)
        if not name:
            return None
        return span, name, group_type, country, f"group:{head_word}"

    def _person_name(self, ent: Span, full_names: list[str]) -> str:
        entry = self.lexicon.lookup(ent.text)
        if entry is not None:
            return entry.name
        name = clean_name(ent.text)
        earlier = _full_name_ending(name, full_names)
        if earlier is not None:
            return earlier
        if " " not in name and name in given_names():  # "Anna" after "Anna Campbell" (and no other Anna)
            named_so = {earlier for earlier in full_names if earlier.startswith(name + " ")}
            if len(named_so) == 1:
                return named_so.pop()
        if len(name.split()) > 1:
            full_names.append(name)
        return name


def _full_name_ending(name: str, full_names: list[str], *, after_hyphen: bool = True) -> str | None:
    """The full name told before that this name ends, in any case ("Mahdi" after "Adel Abdul
    Mahdi", "De Mistura" after "Staffan de Mistura"; "Mahdi" after "Abdul-Mahdi" too unless
    not `after_hyphen`)."""
    ending = (" " + name.lower(), "-" + name.lower()) if after_hyphen else (" " + name.lower(),)
    return next((earlier for earlier in full_names if earlier != name and earlier.lower().endswith(ending)), None)


def _ends_a_name_told(ent: Span, full_names: list[str]) -> bool:
    """Whether the model's ORG is the end of a person's full name the story told before it
    ("De Mistura" after "Staffan de Mistura"); not after "the" ("told the Hill")."""
    name = clean_name(ent.text)
    if not name or ent.text.lower().startswith("the ") or (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"):
        return False
    return _full_name_ending(name, full_names, after_hyphen=False) is not None


_SKIP_IN_NAME = {"DET", "NUM", "PRON", "PUNCT", "ADP", "CCONJ"}
_VAGUE = {"several", "many", "dozens", "hundreds", "thousands", "scores", "some", "few", "other", "all", "both",
          "senior", "angry", "embattled", "suspected", "local", "top", "former", "recent", "armed"}


_QUANTIFIERS = {"several", "many", "dozens", "hundreds", "thousands", "scores", "few", "some", "all", "both", "of"}


def _trim_chunk(chunk: Span) -> Span | None:
    """Numbers and quantifiers belong to the count, not the actor: "(5,200) American troops"."""
    start = chunk.start
    while start < chunk.end - 1 and (chunk.doc[start].pos_ == "NUM" or chunk.doc[start].lower_ in _QUANTIFIERS
                                     or chunk.doc[start].like_num):
        start += 1
    return chunk.doc[start:chunk.end]


_NAME_TITLES = {"president", "minister", "prime", "interim-prime", "grand", "ayatollah", "king", "prince", "sheikh",
                "pope", "cleric", "influential"}


def with_title(span: Span) -> Span:
    """'President Barham Salih', 'Prime Minister Adel Abdul Mahdi': titles belong to the mention."""
    start = span.start
    doc = span.doc
    while start > 0:
        previous = doc[start - 1]
        if previous.lower_ in _NAME_TITLES and previous.text[:1].isupper():
            start -= 1
        elif previous.text == "-" and start > 1 and doc[start - 2].lower_ in _NAME_TITLES | {"interim", "acting"} \
                and not previous.whitespace_:
            start -= 2  # "Interim-Prime Minister"
        else:
            break
    return doc[start:span.end]


def _group_name(span: Span, head, keep: frozenset[str] = frozenset()) -> str:
    """The phrase without its leading determiners, numbers and evaluative adjectives (but a
    word it keeps: "rebel forces", "opposition forces")."""
    start = span.start
    while start < head.i and span.doc[start].lower_ not in keep and (
            span.doc[start].pos_ in _SKIP_IN_NAME or span.doc[start].lower_ in _VAGUE or
            (span.doc[start].pos_ == "ADJ" and span.doc[start].ent_type_ != "NORP"
             and not span.doc[start].text[:1].isupper() and "-" not in span.doc[start + 1].text)):
        start += 1
    words = span.doc[start:head.i + 1].text
    name = words[:len(words) - len(head.text)] + (head.lower_ if head.pos_ != "PROPN" else head.text)
    return " ".join(name.split()).replace("protestors", "protesters")


def _backed_country(token, lexicon) -> str:
    """'Iran-backed groups' belong to Iran's side."""
    if token.lower_ in ("backed", "-backed", "sponsored", "led", "allied", "aligned"):
        for child in token.children:
            country = lexicon.country_of_word(child.text)
            if country:
                return country
    return ""


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def _inside_another_name(doc: Doc, span: Span, entry: ActorEntry) -> bool:
    """Whether a person's alias match is part of someone else's name: a given name before
    it inside one entity ("Ivanka Trump", "Eric Trump"; not a title, "President Trump", nor
    an initial, "Donald J. Trump"), or "Jr." after it ("Donald Trump Jr.")."""
    if span.end < len(doc) and doc[span.end].text.rstrip(".").lower() in _NAME_SUFFIXES:
        return True
    if span.start == 0:
        return False
    before = doc[span.start - 1]
    word = before.text.rstrip(".")
    if not before.is_title or len(word) < 2 or before.lower_ in _TITLES or word.lower() in _TITLES | _HONORIFICS:
        return False
    if any(word.lower() in alias.lower().split() for alias in (entry.name, *entry.aliases)):
        return False  # the entry's own given name ("Recep Erdoğan", "Donald Trump")
    same_entity = before.ent_iob_ in ("B", "I") and doc[span.start].ent_iob_ == "I"
    # the model may leave the whole name untagged ("Ivanka Trump noted ..."): a proper noun
    # the parser joins to the alias, not a party, place or organisation ("Democrat Clinton")
    given_name = before.pos_ == "PROPN" and before.dep_ == "compound" and span.start <= before.head.i < span.end and \
        before.ent_type_ not in ("NORP", "ORG", "GPE", "LOC", "FAC")
    return same_entity or given_name


def _untagged_names(doc: Doc, matches: list[tuple[Span, ActorEntry]]) -> list[Span]:
    """Someone who shares a dictionary person's surname, named with a given name the model
    left untagged ("Ivanka Trump noted ..."): the given name and the surname, one person."""
    out = []
    for span, entry in matches:
        if entry.actor_type not in ("person", "official") or span.start == 0:
            continue
        given = doc[span.start - 1]
        if not given.ent_type_ and not span[0].ent_type_ and _inside_another_name(doc, span, entry):
            out.append(doc[span.start - 1:span.end])
    return out


def _place_country(head, lexicon) -> str:
    """'the government in Baghdad' -> Iraq, through the gazetteer."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "of"):
            for obj in child.children:
                if obj.ent_type_ == "GPE":
                    from pipeline.gazetteer import default_gazetteer

                    place = default_gazetteer().resolve(obj.text)
                    if place is not None:
                        return place.country
    return ""


_NOT_GROUPS = {"political", "market", "economic", "labor", "labour", "special", "natural", "opposing", "social"}
_PLACE_HEADS = {"embassy", "base", "compound", "airport", "hospital", "prison", "camp", "school", "mosque",
                "church", "bridge", "square", "street", "road", "province", "city", "town", "village"}
_EVENT_HEADS = {"strike", "strikes", "attack", "attacks", "war", "bombing", "protest", "protests", "crisis", "deal"}


def _is_place_or_event(ent: Span, named: PeopleNamed) -> bool:
    """The model's ORG "al-Qa'im" is a town, "U.S. Strikes" an event, its PERSON "Manbij" a
    town; but a PERSON the text shows to be one is not a place that shares the name ("Anna",
    a given name; "Bali said"; `PeopleNamed.person_shown`)."""
    if ent.root.lower_ in _PLACE_HEADS or ent.root.lower_ in _EVENT_HEADS:
        return True
    if ent.label_ == "PERSON" and named.person_shown(ent):
        return False
    return known_place(ent.text)


@Language.factory("newsevents_actors", default_config={"labels": ACTOR_TYPES_BY_LABEL})
def make_actors_stage(nlp: Language, name: str, labels: dict[str, str]) -> ActorsStage:
    return ActorsStage(nlp, labels=dict(labels))


def _without_edge_punct(ent: Span) -> Span | None:
    """An entity without the punctuation the model took in at its edges (a final "." stays:
    "Jr.", "Inc.")."""
    start, end = ent.start, ent.end
    while start < end and ent.doc[start].is_punct:
        start += 1
    while end > start and ent.doc[end - 1].is_punct and ent.doc[end - 1].text != ".":
        end -= 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(ent.doc, start, end, label=ent.label_) if end > start else None
