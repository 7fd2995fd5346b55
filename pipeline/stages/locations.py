"""newsevents_locations: places named in the article, resolved with the offline gazetteer.

Mentions are the model's GPE, LOC and FAC entities, ORG entities that are places
(the model tags "al-Qa'im" ORG; "the U.S. Embassy" is a facility), US datelines
("CLARKSVILLE, Tenn. —") and "Town, State" pairs. A country name used as a modifier
("U.S. strikes") or acting ("Iraq promised") is an actor, not a place. Resolution
prefers places in the states and countries the article names, then larger places.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from pipeline.actor_lexicon import plain_name
from pipeline.gazetteer import DIVISION_WORDS, Place, default_gazetteer, place_key
from pipeline.implied_states import implied_states
from pipeline.place_coherence import Reading, cohere
from pipeline.title_places import site_names_us_town, states_in_title, title_readings
from pipeline.layout import FURNITURE_ZONES, dateline_places
from pipeline.person_names import clean_name, people_named, place_called_a_people
from pipeline.speakers import given_names
from pipeline.place_words import (AGENCY_MENTION, AGENCY_WORDS, AREA_WORDS, COMPASS, FACILITY_HEADS, SITE_HEADS,
                                  FEATURE_BY_LABEL, HEADLINE_TAIL_WORDS, LAW_AGENCY_WORDS, LOCATIVES,
                                  MISREAD_LABELS, NAME_SUFFIXES, PERSON_NOUNS, agency_words, compass_of, inside_actor,
                                  kind_of, named_actor, person_words, station_market, street_corner, surname,
                                  untagged_name_before, untagged_sites, us_local_news, without_the)
from pipeline.stages.extensions import doc_id_of, doc_text, entities, per_doc, register_extensions, zone_of
from pipeline.types import LocationRow

PLACE_LABELS = ("GPE", "LOC", "FAC")
_COUNTY = re.compile(r"\b(?:[Cc]ounty|[Pp]arish|[Bb]orough)$")


class LocationsStage:
    def __init__(self, nlp: Language, *, labels: tuple[str, ...], ruler_min_population: int) -> None:
        register_extensions()
        self.labels = labels
        self.gazetteer = default_gazetteer()
        self.ruler = PhraseMatcher(nlp.vocab, attr="ORTH")
        names = self.gazetteer.ruler_names(min_population=ruler_min_population)
        self.ruler.add("place", list(nlp.tokenizer.pipe(names)))

    def mentions(self, doc: Doc) -> list[tuple[Span, str]]:
        acting = {(a.start, a.end) for a in doc._.actor_rows or () if a.rule_id.startswith("dict:")}
        local = self._us_story(doc)
        out = []
        ents = entities(doc)
        in_entities = {i for ent in ents for i in range(ent.start, ent.end)}
        widened: set[tuple[int, int]] = set()  # places the model cut short ("Deir" of "Deir ez-Zor")
        for _, start, end in self.ruler(doc):  # "Strikes in Iraq" in a headline the model misread
            inside = [ent for ent in ents if ent.start < end and start < ent.end]
            if inside and all(ent.label_ in PLACE_LABELS and start <= ent.start and ent.end <= end and
                              len(ent) < end - start for ent in inside):
                span = Span(doc, start, end, label="GPE")
                if zone_of(doc, span.start_char, span.end_char) not in FURNITURE_ZONES:
                    out.append((span, "gazetteer_ruler+widened"))
                    widened |= {(ent.start, ent.end) for ent in inside}
                continue
            if in_entities.intersection(range(start, end)) or start == 0:
                continue
            if doc[start - 1].lower_ in ("in", "into", "near", "from", "across", "inside", "outside") or \
                    kind_of(doc, start):  # "in the city of Deir ez-Zor"
                span = Span(doc, start, end, label="GPE")
                if zone_of(doc, span.start_char, span.end_char) not in FURNITURE_ZONES:
                    out.append((span, "gazetteer_ruler"))
        surnames = {surname(ent) for ent in ents if ent.label_ == "PERSON" and len(ent) > 1}
        people = people_named(doc)
        for ent in ents:
            if zone_of(doc, ent.start_char, ent.end_char) in FURNITURE_ZONES or (ent.start, ent.end) in widened:
                continue
            is_place = ent.label_ in self.labels
            if place_called_a_people(ent):
                out.append((ent, "ner:NORP+gazetteer"))  # the model's NORP "Aleppo": a city, no people
                continue
            if not is_place and ent.label_ not in ("ORG", "PERSON"):
                continue
            if is_place and ent.end < len(doc) and doc[ent.end].text in ("County", "Parish", "Borough"):
                ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)  # the model's "Terrebonne" + "Parish"
            elif is_place and ent.end < len(doc) and doc[ent.end].lower_ in DIVISION_WORDS and \
                    any(p.feature == "admin" for p in self.gazetteer.candidates(f"{ent.text} {doc[ent.end].text}")):
                # the word the model left out of a province's name: "Syria's Idlib" + "province"
                ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)
            head = self._before_headline_words(ent)
            if head is not None:  # "Teen Killed, Another Wounded in St. Paul Shooting"
                out.append((head, f"ner:{ent.label_}+trimmed"))
                continue
            town = self._agency_town(ent) if len(ent) > 1 else None
            if town is not None:  # an agency names its town or county whatever the model's label:
                out.append((town, f"ner:{ent.label_}+agency_town"))  # "the Todd County Sheriff's Office"
                continue
            if is_place:
                if ent.text.rstrip(".").lower() in NAME_SUFFIXES:
                    continue  # "Jose Martinez Jr.": the model's GPE "Jr."
                if ent.label_ == "GPE" and ent.text in surnames and self._following_state(doc, ent) is None and \
                        not (ent.start > 0 and doc[ent.start - 1].lower_ in LOCATIVES):
                    continue  # "Martinez told police": the man named earlier, not Martinez, Calif.
                if street_corner(doc, ent):
                    continue  # "the intersection of Poydras and Bolivar": streets, not Bolivar, Venezuela
                if station_market(doc, ent):
                    continue  # "told NBC 4 New York": a broadcaster's name, not a place of the story
                if (ent.start_char, ent.end_char) in acting or inside_actor(doc, ent):
                    continue  # "Iraq promised", "Iraq's National Security Council": actors here
                hyphened = ent.end + 1 < len(doc) and doc[ent.end].text == "-" and not ent[-1].whitespace_
                if hyphened and doc[ent.end + 1].lower_ not in AREA_WORDS:
                    continue  # "Iran-backed groups"; but "a Houston-area home" is in Houston's area
                if ent.label_ == "GPE" and ent.root.dep_ in ("compound", "nmod", "amod") and \
                        ent.root.head.pos_ in ("NOUN", "PROPN") and ent.root.head.lower_ not in FACILITY_HEADS:
                    # "U.S. strikes", "US position": a country modifier names an actor; a town's
                    # ("a Philadelphia man", "Durham police", "a west Charlotte bar") a place
                    place = self.gazetteer.resolve(ent.text)
                    if place is None or place.feature == "country":
                        continue
                    out.append((ent, "ner:GPE+modifier"))
                    continue
                out.append((ent, f"ner:{ent.label_}"))
            else:
                if people.place_named_as_person(ent):  # "As bombs rained down on Baghuz"
                    out.append((ent, "ner:PERSON+place_elsewhere"))
                    continue
                named_as = self._town_modifier(doc, ent, local)  # the model's PERSON "Clarksville police"
                if named_as:
                    out.append((ent, f"ner:{ent.label_}+{named_as}"))
                    continue
                after_locative = ent.start > 0 and doc[ent.start - 1].lower_ in ("in", "near", "outside", "into") or \
                    kind_of(doc, ent.start)
                if named_actor(doc, ent) and not (after_locative and self._is_town(ent, local)):
                    continue  # "Sadr" is a man, not Sadr City; but "near Allison" is a town
                if ent.end + 1 < len(doc) and doc[ent.end].tag_ == "POS" and doc[ent.end + 1].is_title:
                    continue  # "at Murphy's Tavern": an owner's name, not Murphy, Tex.
                if ent[-1].lower_ in FACILITY_HEADS:
                    out.append((ent, "ner:ORG+facility"))
                elif ent.end < len(doc) and doc[ent.end].lower_ in SITE_HEADS and not named_actor(doc, ent):
                    start = ent.start + (doc[ent.start].tag_ == "POS")  # the model's "’s al-Shayrat"
                    out.append((doc[start:ent.end + 1], f"ner:{ent.label_}+site+facility"))  # "al-Hawl camp"
                elif ent.label_ == "ORG" and people.person[name := clean_name(ent.text)] and \
                        not people.places[name] and not (after_locative or compass_of(doc, ent.start)):
                    continue  # "fired a handgun at Milner": the man the model tags PERSON elsewhere and never
                    # a place, not Milner, Ga.
                elif self._is_town(ent, local):
                    out.append((ent, f"ner:{ent.label_}+gazetteer"))
        taken = {i for span, _ in out for i in range(span.start, span.end)} | in_entities
        for token in agency_words(doc):  # "Garner police are investigating": a town
            span = untagged_name_before(doc, token.i, taken)  # the model left untagged
            if span is not None:
                place = self.gazetteer.resolve(span.text)
                if place is not None and place.feature in ("city", "admin") and \
                        zone_of(doc, span.start_char, span.end_char) not in FURNITURE_ZONES:
                    out.append((span, "agency_town"))
                    taken.update(range(span.start, span.end))
        out.extend(untagged_sites(doc, taken))  # "at Mar-a-Lago in Palm Beach"
        if local:
            out.extend(self._untagged_town_modifiers(doc, taken))
            dated = {(r.start, r.end) for r in doc._.date_rows or ()}
            misread = {i for ent in ents if ent.label_ in MISREAD_LABELS and (ent.start_char, ent.end_char) not in dated
                       for i in range(ent.start, ent.end)}  # "in Fellsmere" (a DATE), "in Laveen" (a LANGUAGE)
            out.extend(self._untagged_towns_after_locatives(doc, taken - misread))
        return out

    def _untagged_towns_after_locatives(self, doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
        """'in Fellsmere', 'north of Coushatta', 'in west Phoenix': a US town the model left
        untagged (or took for a date or a language) after a locative. Kept only where it
        resolves in the story's states."""
        out = []
        for token in doc[:-1]:
            if token.lower_ in ("in", "near", "outside"):
                start = token.i + 1
            elif compass_of(doc, token.i + 1):
                start = token.i + 1
            else:
                continue
            if doc[start].lower_ in COMPASS and start + 1 < len(doc):
                start += 1  # "in west Phoenix"
            for width in (3, 2, 1):
                words = doc[start:start + width]
                if len(words) < width or taken.intersection(range(start, start + width)) or \
                        not all(t.is_title and t.pos_ == "PROPN" for t in words):
                    continue
                if start + width < len(doc) and (doc[start + width].is_title and doc[start + width].pos_ == "PROPN"
                                                 or doc[start + width].lower_ == "of"):
                    continue  # part of a longer name ("in Crows Landing Park", "in Honor of")
                place = self.gazetteer.resolve(words.text, context_countries=("USA",), allow_minor=True)
                if place is not None and place.country == "USA" and place.feature == "city" and \
                        zone_of(doc, words.start_char, words.end_char) not in FURNITURE_ZONES:
                    out.append((Span(doc, start, start + width, label="GPE"), "locative_town"))
                    taken.update(range(start, start + width))
                    break
        return out

    def _untagged_town_modifiers(self, doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
        """'A Mountain Home teen', 'a 12-year-old Burley girl': a US town the model left
        untagged, named as local news names where its people are from (after an article or
        an age, before a person noun)."""
        out = []
        for token in person_words(doc):
            span = untagged_name_before(doc, token.i, taken, proper_nouns=True)
            if span is None or span.start == 0 or doc[span.start - 1].lower_ not in ("a", "an", "the", "old"):
                continue
            place = self.gazetteer.resolve(span.text, context_countries=("USA",), allow_minor=True)
            if place is not None and place.country == "USA" and place.feature in ("city", "admin") and \
                    zone_of(doc, span.start_char, span.end_char) not in FURNITURE_ZONES:
                out.append((span, "town_modifier"))
        return out

    def _town_modifier(self, doc: Doc, ent: Span, local: bool) -> str:
        """A US town the model took for a person or an organisation, named as a local story
        names its town: before a police word ("Clarksville police have arrested": an
        `agency_town`) or, for an organisation, before a person noun ("An Evansville teen":
        a `town_modifier`). Empty when it is neither."""
        if ent.end >= len(doc) or len(ent) > 3:
            return ""
        head = doc[ent.end]
        before_agency = head.lower_ in LAW_AGENCY_WORDS
        before_person = ent.label_ == "ORG" and local and ent.root.dep_ in ("compound", "amod", "nmod") and \
            ent.root.head.i == head.i and head.lower_ in PERSON_NOUNS
        if not (before_agency or before_person):
            return ""
        place = self.gazetteer.resolve(ent.text, context_countries=("USA",))
        if place is None or place.country != "USA" or place.feature not in ("city", "admin"):
            return ""
        return "agency_town" if before_agency else "town_modifier"

    def _agency_town(self, ent: Span) -> Span | None:
        """'Savannah Chatham Metropolitan Police', 'the Fort Bend County Sheriff's Office':
        a local agency is named after the town or county it serves."""
        words = [t for t in ent if not t.is_punct and t.tag_ != "POS"]
        if not any(t.lower_ in AGENCY_WORDS for t in words):
            return None
        doc = ent.doc
        start = ent.start + (1 if ent[0].lower_ == "the" else 0)
        while start > 0 and ent.start - start < 2 and doc[start - 1].is_title and doc[start - 1].lower_ != "the" \
                and not doc[start - 1].ent_type_:
            start -= 1  # "the Iberville [Parish Sheriff's Office]": the model cut the name short
        for width in (3, 2, 1):
            if start + width > ent.end or any(t.lower_ in AGENCY_WORDS for t in doc[start:start + width]):
                continue
            span = Span(doc, start, start + width, label="GPE")
            # an agency serves a US town or county, a small one too ("The Baker Police Department")
            place = self.gazetteer.resolve(span.text, context_countries=("USA",), allow_minor=True)
            if place is not None and place.feature in ("city", "admin") and place.country == "USA":
                return span
        return None

    def _before_headline_words(self, ent: Span) -> Span | None:
        """The town or county an entity opens when a title-case headline ran words on into
        it ("St. Paul Shooting", "Zanesville Bar Shooting"); None when it ends otherwise or
        its name alone is no town."""
        if ent.label_ not in PLACE_LABELS:
            return None  # "UN Women" is an organisation, not Un, India
        end = ent.end
        while end - ent.start > 1 and ent.doc[end - 1].lower_ in HEADLINE_TAIL_WORDS and ent.doc[end - 1].is_title:
            end -= 1
        if end == ent.end or self.gazetteer.resolve(ent.text) is not None:
            return None
        head = Span(ent.doc, ent.start, end, label="GPE")
        place = self.gazetteer.resolve(head.text)
        return head if place is not None and place.feature in ("city", "admin") else None

    def _state_not_city(self, text: str) -> bool:
        """Whether a name after "Town," is a state the name alone does not read as: "LA"
        (alone Los Angeles) after "Shreveport,"; not "D.C.", the city of Washington either way."""
        state, alone = self.gazetteer.state(text), self.gazetteer.resolve(text)
        return state is not None and (alone is None or alone.admin1 != state.admin1)

    def _us_story(self, doc: Doc) -> bool:
        """A US story: it names a US state, or a local agency ("the sheriff's office")."""
        return per_doc(doc, "us_story", lambda: self._names_us_state_or_agency(doc))

    def _names_us_state_or_agency(self, doc: Doc) -> bool:
        text = doc_text(doc)
        lowered = text.lower()  # the words first: a substring test costs a fraction of the regex
        return any(w in lowered for w in LAW_AGENCY_WORDS) and AGENCY_MENTION.search(text) is not None or any(
            ent.label_ == "GPE" and self.gazetteer.state(ent.text) is not None for ent in entities(doc))

    def _is_town(self, ent: Span, local: bool = False) -> bool:
        """The model's ORG/PERSON that is a town: after a locative preposition, or a
        transliterated name ("al-Qa'im") the gazetteer knows outside the US."""
        place = self.gazetteer.resolve(ent.text, context_countries=("USA",) if local else (), allow_minor=local)
        if place is None or place.feature != "city" or ent.root.dep_ == "nsubj":
            return False
        locative = ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("in", "near", "at", "outside", "from", "into") \
            or compass_of(ent.doc, ent.start) or kind_of(ent.doc, ent.start)  # "north of Coushatta", "the city of Lyon"
        transliterated = place.country != "USA" and re.search(r"[-'’]", ent.text) is not None
        return locative or transliterated

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        mentions = self.mentions(doc)
        states, countries = set(), set()  # what the article names: "Iowa", "Palm Beach, Fla.", a dateline
        us_admin = False  # a US state or county named
        for ent, _ in mentions:
            place = self.gazetteer.resolve(ent.text)
            us_admin = us_admin or (place is not None and place.feature == "admin" and place.country == "USA")
            if place is not None and place.feature == "country":
                countries.add(place.country)
            elif place is not None and place.feature == "admin" and place.country == "USA" and \
                    place.name == place.admin1:
                states.add(place.admin1)
        state_after = {ent.start: self._following_state(doc, ent) for ent, _ in mentions}  # "Palm Beach, Fla."
        states.update(state.admin1 for state in state_after.values() if state is not None)
        # "Garner police", "A Mountain Home teen": only a US town is named so
        us_named = any(r.endswith(("agency_town", "town_modifier")) for _, r in mentions)
        dateline = self._dateline(doc, states, mentions, us_admin or us_named)
        if dateline is not None and dateline[1]:
            states.add(dateline[1].admin1)
        # a US story (a state named, a US dateline, a local agency, county or town) may name small
        # towns the 15,000+ table lacks; they resolve only then
        local = us_admin or us_named or \
            (dateline is not None and dateline[2].country == "USA")
        # US local news: its own marks ("the 1600 block of", "the sheriff's office"), a US
        # dateline, a town named as local news names it, a US station's name after the record's
        # title ("- WBRC FOX6 News - Birmingham, AL"), or a US state or county named in a story
        # that names no other country (a story on Syria that names Maryland is not)
        local_news = us_named or (dateline is not None and dateline[2].country == "USA") or \
            site_names_us_town(self.gazetteer, self._title(doc)) or us_admin and not countries - {"USA"} or \
            us_local_news(doc_text(doc))  # the text search last
        if local or local_news:
            countries.add("USA")  # "Birmingham police ... the 1600 block of" is Birmingham, Ala.
        implied = self._implied_states(doc, mentions, states, local)
        if dateline is not None and not dateline[1] and dateline[2].country == "USA" and dateline[2].admin1:
            implied.setdefault(dateline[2].admin1, set()).add(place_key(dateline[0].text))  # "CLARISSA —"
        covered: set[int] = set()
        found: list[tuple[Span, str, Reading]] = []  # places read, before the article's readings cohere
        if dateline is not None:
            span, state, town = dateline
            choices = [] if state is not None else self.gazetteer.namesakes(
                span.text.title(), context_countries=countries, context_admin1=states, implied_admin1=implied,
                allow_minor=True, local=local_news)
            found.append((span, "dateline_place", Reading(place_key(span.text), town, choices, fixed=state is not None,
                                                          dateline=True)))
            covered.update(range(span.start, span.end))
        rows: list[LocationRow | int] = list(range(len(found)))  # a place read: its index in `found`
        for ent, rule in mentions:
            if covered.intersection(range(ent.start, ent.end)):
                continue
            place, choices = None, []
            state = state_after[ent.start]
            if ent.label_ not in ("FAC",) and not rule.endswith("facility"):
                if state is not None:  # "Palm Beach, Fla."
                    name = without_the(ent.text)  # a town or county the gazetteer lacks
                    place = self.gazetteer.in_state(ent.text, state.admin1) or Place(
                        name=name, country="USA", feature="admin" if _COUNTY.search(name) else "city",
                        admin1=state.admin1)
                elif ent.start > 1 and doc[ent.start - 1].text == "," and doc[ent.start - 2].pos_ == "PROPN" and \
                        self._state_not_city(ent.text):
                    place = self.gazetteer.state(ent.text)  # "Shreveport, LA": Louisiana, not Los Angeles
                else:
                    others = {state for state, sources in implied.items() if sources - {place_key(ent.text)}}
                    context = dict(context_countries=countries, context_admin1=states, implied_admin1=others,
                                   allow_minor=ent.label_ != "LOC", local=local_news)
                    place = self.gazetteer.resolve(ent.text, **context)
                    if place is None and ent.label_ == "GPE" and not _may_be_a_person(doc, ent):
                        place = self.gazetteer.romanized(ent.text, countries)  # "Hodeidah", "Deir Azzour"
                    # a small US town too, when it lies next to another of the article's places
                    wider = {**context, "allow_minor": True, "context_countries": countries | {"USA"}}
                    choices = self.gazetteer.namesakes(ent.text, **wider) if place is not None else []
            if rule == "locative_town" and (place is None or (states or implied) and
                                            place.admin1 not in states.union(implied)):
                continue  # "in Claremont" of a Bronx story: not the story's town
            if place is not None:
                rows.append(len(found))
                found.append((ent, rule, Reading(place_key(ent.text), place, choices, fixed=state is not None)))
                continue
            feature = FEATURE_BY_LABEL.get(ent.label_, "other") if not rule.endswith("facility") else "facility"
            name, country, admin1 = without_the(ent.text), "", ""
            if feature == "facility":
                town = self._facility_town(doc, ent, state_after)
                name = plain_name(name)
                if town is not None and rule == "site_in_town":  # "Mar-a-Lago in Palm Beach, Fla."
                    country, admin1 = town.country, town.admin1
                elif town is not None:  # "the U.S. Embassy compound in Baghdad" -> US Embassy Baghdad
                    name, country = f"{name} {town.name}", town.country
            rows.append(LocationRow(doc_id=doc_id, start=ent.start_char, end=ent.end_char, text=ent.text,
                                    name=name, country=country, admin1=admin1, feature=feature, label=ent.label_,
                                    rule_id=rule, zone=zone_of(doc, ent.start_char, ent.end_char)))
        title = self._title(doc)
        titled = [] if not title or title.strip() in doc_text(doc) else \
            title_readings(self.gazetteer, title, countries, states, implied, local_news)
        read = cohere([reading for _, _, reading in found] + [reading for _, reading in titled], states, local_news)
        placed = []
        for (span, rule, _), (place, how) in zip(found, read):
            how = f"+{how}" if how else ""  # read as the article's other places or mentions suggest
            rule_id = rule + how if rule == "dateline_place" else f"{rule}+gaz:{place.feature}{how}"
            placed.append(self._row(doc_id, place, "city" if rule == "dateline_place" else place.feature, rule_id,
                                    zone_of(doc, span.start_char, span.end_char), start=span.start_char,
                                    end=span.end_char, text=span.text, label=span.label_))
        doc._.location_rows = tuple(placed[row] if isinstance(row, int) else row for row in rows)
        # a site's town ("- WMC Action News 5 - Memphis, Tennessee") is a row of its own rule:
        # where the publisher is, not a place of the story
        doc._.title_place_rows = tuple(
            self._row(doc_id, place, place.feature, ("title_site+" if name.site else "") +
                      f"{name.rule}+gaz:{place.feature}" + (f"+{how}" if how else ""),
                      "record_title", start=None, end=None, text=name.text, title_start=name.start,
                      title_end=name.end)
            for (name, _), (place, how) in zip(titled, read[len(found):]) if place is not None)
        return doc

    @staticmethod
    def _row(doc_id: str, place: Place, feature: str, rule: str, zone: str, **where) -> LocationRow:
        """A resolved place's row; `where` is its span: in the text (start, end, text, label)
        or in the record's title (text, title_start, title_end; no start or end)."""
        return LocationRow(doc_id=doc_id, name=place.name, country=place.country, admin1=place.admin1, lat=place.lat,
                           lon=place.lon, geonameid=place.geonameid, feature=feature, rule_id=rule, zone=zone, **where)

    def _implied_states(self, doc: Doc, mentions: list[tuple[Span, str]], named: set[str],
                        local: bool) -> dict[str, set[str]]:
        return implied_states(self.gazetteer, doc, [ent for ent, _ in mentions], named, local,
                              self._title_states(doc))

    def _title_states(self, doc: Doc) -> set[str]:
        """US states the record's title gives (context only): a "Town, ST"
        ("WTVM.com-Columbus, GA"), a state's name, or a big city ("CBS San Francisco")."""
        title = self._title(doc)
        return per_doc(doc, "title_states", lambda: states_in_title(self.gazetteer, title)) if title else set()

    @staticmethod
    def _title(doc: Doc) -> str:
        meta = doc._.meta
        return meta.title if meta is not None else ""

    def _following_state(self, doc: Doc, ent: Span) -> Place | None:
        """'Palm Beach, Fla.', 'Clarksville, Tennessee': the state after the comma; not in a
        list of states ("New York, New Jersey and Pennsylvania")."""
        if ent.end + 1 >= len(doc) or doc[ent.end].text != "," or self.gazetteer.state(ent.text) is not None:
            return None
        for width in (2, 1):
            candidate = doc[ent.end + 1:ent.end + 1 + width]
            place = self.gazetteer.state(candidate.text)
            if place is not None:
                return place
        return None

    def _dateline(self, doc: Doc, named: set[str] = frozenset(), mentions: list[tuple[Span, str]] = (),
                  local_places: bool = False) -> tuple[Span, Place | None, Place] | None:
        """'CLARKSVILLE, Tenn. (WSMV) —': the place a local story was reported from. It opens
        the body or one of its first lines (after a photo credit or a caption). A dateline
        without a state is read in the story's context: "WARREN TOWNSHIP —" over a story
        that names Parma is the Ohio township, not New Jersey's."""
        layout = doc._.layout
        body = layout.body_start if layout is not None else 0
        local = self._us_story(doc)
        implied: dict[str, set[str]] | None = None  # the states the story implies, found when first needed
        for match in dateline_places(doc_text(doc), body):
            town_text = match.group(1).strip()
            state = self.gazetteer.state(match.group(2)) if match.group(2) else None
            if state is not None:  # "HANOVER, Va." is not Hannover
                town = self.gazetteer.in_state(town_text.title(), state.admin1)
            else:  # "LONDON —" is London; "CLARISSA —" a small town of a US story
                if implied is None:
                    implied = self._implied_states(doc, list(mentions), named, local_places)
                others = {s for s, sources in implied.items() if sources - {place_key(town_text)}}
                town = self.gazetteer.resolve(town_text.title(), context_admin1=named, implied_admin1=others,
                                              local=local) or (
                    self.gazetteer.resolve(town_text.title(), context_countries=("USA",), context_admin1=named,
                                           implied_admin1=others, allow_minor=True, local=True) if local else None)
            if town is None:
                if state is None:
                    continue  # "UPDATE —", "WATCH -"
                town = Place(name=town_text.title(), country="USA", feature="city", admin1=state.admin1)
            span = doc.char_span(match.start(1), match.start(1) + len(town_text), alignment_mode="expand")
            if span is not None:
                return span, state, town
        return None

    def _facility_town(self, doc: Doc, ent: Span, state_after: dict[int, Place | None]) -> Place | None:
        """'the U.S. Embassy compound in Baghdad' stands in Baghdad: the town named within a
        few words after the facility (in its state: "in Palm Beach, Fla.")."""
        for token in doc[ent.end:min(ent.end + 5, len(doc))]:
            if token.lower_ in ("in", "near", "outside", "at") and token.i + 1 < len(doc):
                obj = next((e for e in entities(doc) if e.start == token.i + 1 and e.label_ in ("GPE", "LOC")), None)
                if obj is not None:
                    state = state_after.get(obj.start)
                    place = self.gazetteer.in_state(obj.text, state.admin1) if state is not None else \
                        self.gazetteer.resolve(obj.text)
                    if place is not None and place.feature == "city":
                        return place
        return None


@Language.factory("newsevents_locations",
                  default_config={"labels": list(PLACE_LABELS), "ruler_min_population": 100_000})
def make_locations_stage(nlp: Language, name: str, labels: list[str], ruler_min_population: int) -> LocationsStage:
    return LocationsStage(nlp, labels=tuple(labels), ruler_min_population=ruler_min_population)


def _may_be_a_person(doc: Doc, ent: Span) -> bool:
    """Whether the model's GPE may be someone's name: a given name the census lists
    ("Adrienne", "Jamal"), or a name the story also tags a person ("Sylvana")."""
    name = clean_name(ent.text)
    return bool(name) and (name.split()[0] in given_names() or people_named(doc).person[name] > 0)
