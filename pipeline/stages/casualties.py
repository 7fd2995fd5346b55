"""newsevents_casualties: who was killed or injured, how many, in which event; then the
event rows with their de-duplicated tolls, and the actor and place roles they imply.

Counts are found by pipeline.casualty_counts. Each is linked to the event mention that
governs it (or the nearest in its sentence, else the story's most recent violent incident,
else its first one; a count with no event at all makes an implicit killing or attack
event); the counts of one local incident told under several event words are then moved to
its first event (pipeline.incidents). An event's total is the latest stated toll if there
is one; otherwise victims named in one sentence add up, and repeated mentions in other
sentences (headline, lead, body) are not added again.
"""

from __future__ import annotations

import dataclasses

from spacy.language import Language
from spacy.tokens import Doc, Token

from pipeline.acled_coding import AcledCoder
from pipeline.actor_lexicon import default_lexicon, plain_name
from pipeline.casualty_counts import Casualty, CasualtyFinder
from pipeline.casualty_tolls import distinct, injured_toll, toll
from pipeline.event_dates import event_date
from pipeline.gazetteer import default_gazetteer
from pipeline.incidents import INCIDENT_TYPES, one_incident, told_again
from pipeline.layout import FURNITURE_ZONES
from pipeline.event_mentions import Argument, EventMention
from pipeline.stages.events import in_a_travel_mishap, load_event_types
from pipeline.speakers import coordinated
from pipeline.stages.extensions import doc_id_of, doc_text, register_extensions, sentence_index, zone_of
from pipeline.story_dates import (date_of, day_within, lead_date, own_day, small_hours_after, takes_the_storys_day,
                                  wound_sentences)
from pipeline.title_tolls import with_title_tolls
from pipeline.types import ActorRow, CasualtyRow, EventRow

_VIOLENT = {"airstrike", "shelling", "bombing", "armed_clash", "attack", "shooting", "killing", "storming", "riot",
            "abduction"}




class CasualtiesStage:
    def __init__(self, *, event_types: str) -> None:
        register_extensions()
        self.lexicon = default_lexicon()
        self.finder = CasualtyFinder(self.lexicon)
        self.acled = load_event_types(event_types)
        self.acled_coder = AcledCoder(self.lexicon)

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        casualties = distinct([c for c in self.finder.find(doc)
                               if zone_of(doc, c.count.start_char, c.count.end_char) not in FURNITURE_ZONES])
        mentions = list(doc._.event_mentions or ())
        links: list[int | None] = []
        for casualty in casualties:
            # "died in a car crash": a death of no violent event, a count of no event's toll
            mishap = in_a_travel_mishap(casualty.predicate)
            index = None if mishap else self._link(doc, casualty, mentions)
            if index is None and not mishap and casualty.predicate.pos_ in ("VERB", "ADJ", "NOUN"):
                mentions.append(self._implicit_event(doc, casualty, len({m.cluster for m in mentions}), mentions))
                index = len(mentions) - 1
            links.append(index)
        links = one_incident(doc, mentions, links)
        tolled = {mentions[i].cluster for i in links if i is not None}  # the events that hold a toll
        incident_told = any(m.event_type in INCIDENT_TYPES and (m.cluster in tolled or m.date and m.date.first_day)
                            for m in mentions)
        clusters = sorted({m.cluster for m in mentions})
        event_ids = {}
        for cluster_id in clusters:
            first = min((m for m in mentions if m.cluster == cluster_id), key=lambda m: m.trigger_start)
            event_ids[cluster_id] = f"{doc_id}:E{first.trigger_start}"
        casualty_rows = []
        for casualty, index in zip(casualties, links):
            mention = mentions[index] if index is not None else None
            members = [m for m in mentions if mention is not None and m.cluster == mention.cluster]
            agent = next((m.agent for m in members if m.agent), None)
            casualty_rows.append(CasualtyRow(
                doc_id=doc_id, event_id=event_ids[mention.cluster] if mention else "",
                start=casualty.count.start_char, end=casualty.count.end_char, text=casualty.count.text,
                kind=casualty.kind, min=casualty.quantity.min, max=casualty.quantity.max, best=casualty.quantity.best,
                qualifier=casualty.quantity.qualifier, victim=casualty.victim.text if casualty.victim else "",
                victim_start=casualty.victim.start_char if casualty.victim else None,
                victim_end=casualty.victim.end_char if casualty.victim else None,
                perpetrator=agent.name if agent else "", rule_id=casualty.rule_id,
                zone=zone_of(doc, casualty.count.start_char, casualty.count.end_char)))
        killed_victims = {(c.victim.start, c.victim.end) for c in casualties if c.kind == "killed" and c.victim is not None}
        keep = [not (c.kind == "injured" and c.victim is not None and (c.victim.start, c.victim.end) in killed_victims)
                for c in casualties]
        casualties = [c for c, k in zip(casualties, keep) if k]
        links = [i for i, k in zip(links, keep) if k]
        casualty_rows = [row for row, k in zip(casualty_rows, keep) if k]
        events = tuple(self._event_row(doc, doc_id, [m for m in mentions if m.cluster == c], event_ids[c],
                                       [(cas, i) for cas, i in zip(casualties, links)
                                        if i is not None and mentions[i].cluster == c], mentions, c in tolled,
                                       incident_told) for c in clusters)
        # a page whose text tells no toll: the one its record's title tells ("Teen Shot To Death In Pacoima")
        doc._.event_rows, title_rows = with_title_tolls(
            doc_id, doc._.meta.title if doc._.meta is not None else "", doc_text(doc), events,
            doc._.published.isoformat() if doc._.published else "", self.acled)
        doc._.casualty_rows = tuple(casualty_rows) + title_rows
        self._assign_roles(doc, doc_id, mentions, event_ids, casualties, links)
        return doc

    @staticmethod
    def _link(doc: Doc, casualty: Casualty, mentions: list[EventMention]) -> int | None:
        predicate = casualty.predicate
        # an arrest holds no toll: "an adult was arrested ... in the death of a student" is the
        # toll of the story's shooting
        same = [(i, m) for i, m in enumerate(mentions) if m.sentence == sentence_index(doc, predicate)
                and m.event_type != "arrest"]
        own = next((i for i, m in same if m.token_i == predicate.i), None)
        if own is not None:  # "a day after a man was fatally shot": that shooting's toll
            return own
        if same:
            ancestors = {t.i for t in predicate.ancestors} | {c.i for c in predicate.children if c.dep_.startswith("nsubj")}
            governing = [(i, m) for i, m in same if m.token_i in ancestors]
            # "apprehended a suspect in a shooting that left three injured": the shooting's toll
            violent = [(i, m) for i, m in same if m.event_type in _VIOLENT]
            pool = [im for im in governing if im in violent] or violent or governing or same
            return min(pool, key=lambda im: abs(im[1].token_i - predicate.i))[0]
        # else the story's most recent violent event (a local story tells one incident: "the
        # victim was taken to a hospital in critical condition" paragraphs after "a shooting"),
        # else the first one it tells after (a headline's "2 dead" before the lead's shooting)
        sentence = sentence_index(doc, predicate)
        # not one whose day is after the death's ("the funeral of Brandon Porraz, who died Nov. 27"
        # in a story of a shooting at the funeral): no one dies of an attack before it
        died = event_date(doc, predicate) if casualty.kind == "killed" else None
        violent = [(i, m) for i, m in enumerate(mentions) if m.event_type in _VIOLENT and m.sentence != sentence
                   and not _generic(m) and not any(_after_the_death(died, o) for o in mentions if o.cluster == m.cluster)]
        earlier = [(i, m) for i, m in violent if m.sentence < sentence]
        if earlier:
            return earlier[-1][0]
        return violent[0][0] if violent else None

    @staticmethod
    def _implicit_event(doc: Doc, casualty: Casualty, cluster_id: int, mentions: list[EventMention]) -> EventMention:
        token = casualty.predicate
        event_type = "killing" if casualty.kind == "killed" else "attack"
        # a death dated before the story's attacks ("the funeral of Brandon Porraz, who died Nov.
        # 27") keeps its day, so that it is not joined to their incident; else the day is left to
        # the event row ("died Sunday after he was stabbed on Friday night" is Friday's)
        day = event_date(doc, token) if casualty.kind == "killed" else None
        before = any(_after_the_death(day, m) for m in mentions if m.event_type in _VIOLENT)
        return EventMention(token.idx, token.idx + len(token.text), token.text, token.i, sentence_index(doc, token),
                            event_type, "ev_implicit_casualty", zone_of(doc, token.idx, token.idx + len(token.text)),
                            date=day if before else None, cluster=cluster_id + 1000)

    def _event_row(self, doc: Doc, doc_id: str, members: list[EventMention], event_id: str,
                   casualties: list[tuple[Casualty, int]], mentions: list[EventMention],
                   holds_toll: bool, incident_told: bool) -> EventRow:
        members = sorted(members, key=lambda m: m.trigger_start)
        anchor = members[0]
        agent = next((m.agent for m in members if m.agent), None)
        target = next((m.target for m in members if m.target), None)
        place = next((m.place for m in members if m.place), None)
        # a duration ("within 30 minutes") does not date an event; a calendar day does; an event
        # that holds a toll and has no day of its own takes the day of the same incident told
        # again ("charged in the August 14 shooting death"; "shot in August" told "on Aug. 5")
        dated = next((m.date for m in members if m.date and m.date.first_day), None)
        if dated is not None and dated.value.endswith("TNI"):  # "overnight", then "around 1 a.m. Sunday"
            dated = next((m.date for m in members if m.date and m.date.first_day and
                          small_hours_after(m.date, dated)), dated)
        if holds_toll and (dated is None or dated.first_day < dated.last_day):
            day = own_day(doc, told_again(doc, mentions, anchor.cluster))
            if day is not None and (dated is None or dated.first_day <= day.first_day <= dated.last_day):
                dated = day
        if holds_toll and dated is not None and dated.first_day and dated.last_day and \
                0 < (date_of(dated.last_day) - date_of(dated.first_day)).days <= 31:
            told = members + told_again(doc, mentions, anchor.cluster)
            sentences = {m.sentence for m in told} | {sentence_index(doc, c.predicate) for c, _ in casualties}
            if anchor.event_type == "shooting":
                sentences |= wound_sentences(doc)  # "after suffering a gunshot wound to the head last Thursday"
            words = doc.char_span(dated.start, dated.end, alignment_mode="expand")
            if words is not None:  # "attacks this week have killed 250, and two dozen on Wednesday alone": a part
                sentences.discard(sentence_index(doc, words.root))
            dated = day_within(doc, dated, anchor, sentences) or dated
        if dated is None:  # the day the story ties it to; only its sentence's for no incident the story tells
            dated = lead_date(doc, members,
                              own_sentence=not takes_the_storys_day(doc, members, bool(casualties), incident_told))
        location, country = self._place_name(doc, place)
        if not location:  # a local story's dateline ("CLARKSVILLE, Tenn. —") places its events,
            # else the one town or county its record's title names ("... in Killeen shooting")
            dateline = next((r for r in doc._.location_rows or () if r.rule_id.startswith("dateline_place")), None) or \
                _title_town(doc)
            if dateline is not None:
                location, country = dateline.name, dateline.country
        if not country:  # "attacks ... on Iraqi bases": the targets' nationality places the event
            for member in members:
                span = doc.char_span(member.target.start, member.target.end, alignment_mode="expand") \
                    if member.target else None
                country = _nationality(list(span.root.subtree) if span is not None else [], self.lexicon)
                if country:
                    break
            if not country and self.acled.get(anchor.event_type, ("", ""))[0] in ("Protests", "Riots"):
                country = _governed_country(doc, anchor, self.lexicon)  # "the prime minister resigned amid protests"
            if country and not location:
                location = default_gazetteer().country_name(country)
        date, date_start, date_end, date_text = "", None, None, ""
        if dated is not None and dated.first_day:
            date = dated.first_day if dated.first_day == dated.last_day else f"{dated.first_day}/{dated.last_day or ''}"
            date_start, date_end, date_text = dated.start, dated.end, dated.text
        elif doc._.published is not None:
            date = doc._.published.isoformat()
        killed = toll([c for c, _ in casualties if c.kind == "killed"])
        acled_type, acled_sub = self.acled_coder.code(doc, self.acled.get(anchor.event_type, ("", "")), members,
                                                      agent, target, killed)
        return EventRow(
            doc_id=doc_id, event_id=event_id, event_type=anchor.event_type, start=anchor.trigger_start,
            end=anchor.trigger_end, text=anchor.trigger_text, date=date, date_start=date_start, date_end=date_end,
            location=location, country=country, agent=_name(agent), target=_name(target), killed=killed,
            injured=injured_toll([c for c, _ in casualties if c.kind == "injured"], killed,
                                 [c for c, _ in casualties if c.kind == "killed"]), date_text=date_text,
            acled_event_type=acled_type, acled_sub_event_type=acled_sub, rule_id=anchor.rule_id, zone=anchor.zone,
            locality=self._locality(doc, place, location))

    @staticmethod
    def _locality(doc: Doc, place: Argument | None, location: str) -> str:
        """The town an event happened in. Its own place when that is a town; when it is a
        part of one the gazetteer does not know (a neighbourhood, a part of town: "the West
        Side", a street, a building), the story's town: its dateline's, else the one town of the
        first paragraph that names a town, else the town it names most. A country, state or
        county has no one town."""
        rows = doc._.location_rows or ()
        own = next((r for r in rows if place is not None and (r.start, r.end) == (place.start, place.end)), None)
        if own is None and place is None:
            own = next((r for r in rows if r.rule_id.startswith("dateline_place") and r.name == location), None) or \
                next((r for r in doc._.title_place_rows or () if r.name == location), None)
        if own is None:
            return ""
        if own.feature == "city":  # "North Lawndale" (a town to GeoNames) lies within Chicago
            gazetteer = default_gazetteer()
            return next((r.name for r in rows if r.feature == "city" and gazetteer.part_of(own, r)),
                        gazetteer.city_of(own) or own.name)
        if own.feature == "admin" and own.admin1:
            # a county or state: the one town the story names in it ("Oldsmar" in a Pinellas County story)
            towns = {r.name for r in rows if r.feature == "city" and r.admin1 == own.admin1 and
                     not r.name.endswith((" County", " Parish"))}
            return next(iter(towns)) if len(towns) == 1 else ""
        if own.feature not in ("other", "facility", "region"):
            return ""
        towns = [r for r in rows if r.feature == "city" and (not own.country or r.country == own.country)]
        dateline = next((r for r in towns if r.rule_id.startswith("dateline_place")), None)
        if dateline is not None:
            return dateline.name
        text = doc_text(doc)
        lead_end = text.find("\n\n", next((r.start for r in rows if r.zone == "body"), 0))
        lead = [r.name for r in towns if r.zone == "body" and (lead_end < 0 or r.start < lead_end)]
        if len(set(lead)) == 1:  # "... in West Palm Beach, police said." opens a local story
            # (related stories after it name other towns: "Sunrise" three times)
            return lead[0]
        names = [r.name for r in towns]
        return max(names, key=lambda n: (names.count(n), -names.index(n))) if names else ""

    @staticmethod
    def _place_name(doc: Doc, place: Argument | None) -> tuple[str, str]:
        if place is None:
            return "", ""
        for row in doc._.location_rows or ():
            if row.start == place.start and row.end == place.end:
                return row.name, row.country
        resolved = default_gazetteer().resolve(place.text)
        return (resolved.name, resolved.country) if resolved else (place.name, "")

    def _assign_roles(self, doc: Doc, doc_id: str, mentions, event_ids, casualties, links) -> None:
        roles: dict[tuple[int, int], tuple[str, str]] = {}
        for mention in mentions:
            event_id = event_ids[mention.cluster]
            for argument, role in ((mention.agent, "agent"), (mention.target, "target")):
                if argument is not None:
                    roles.setdefault((argument.start, argument.end), (role, event_id))
        for casualty, index in zip(casualties, links):
            if casualty.victim is not None and index is not None:
                roles[(casualty.victim.start_char, casualty.victim.end_char)] = \
                    ("victim", event_ids[mentions[index].cluster])
        actors = []
        claimed = set()
        for row in doc._.actor_rows or ():
            start, end = _with_coordinated_head(doc, row)
            hits = [value for (s, e), value in roles.items() if s < end and start < e]
            # the people an event killed or hurt are its victims, also where they are its target
            hit = next((value for value in hits if value[0] == "victim"), hits[0] if hits else None)
            if hit is not None:
                claimed.update((s, e) for (s, e) in roles if s < end and start < e)
                row = dataclasses.replace(row, role=hit[0], event_id=hit[1])
            actors.append(row)
        for mention in mentions:  # arguments the actors stage did not list ("U.S." in "U.S. strikes")
            for argument, role in ((mention.agent, "agent"), (mention.target, "target")):
                if argument is None or (argument.start, argument.end) in claimed:
                    continue
                entry = self.lexicon.lookup(argument.name)
                if entry is None or zone_of(doc, argument.start, argument.end) in FURNITURE_ZONES:
                    continue
                claimed.add((argument.start, argument.end))
                actors.append(ActorRow(doc_id=doc_id, start=argument.start, end=argument.end, text=argument.text,
                                       name=entry.name, actor_type=entry.actor_type, country=entry.country,
                                       event_id=event_ids[mention.cluster], role=role, rule_id="event_argument",
                                       zone=zone_of(doc, argument.start, argument.end)))
        doc._.actor_rows = tuple(actors)
        places = []
        for row in doc._.location_rows or ():
            mention = next((m for m in mentions if m.place and m.place.start == row.start and m.place.end == row.end),
                           None)
            if mention is not None:
                row = dataclasses.replace(row, role="event_location", event_id=event_ids[mention.cluster])
            places.append(row)
        doc._.location_rows = tuple(places)


def _title_town(doc: Doc):
    """The one town or county a record's title names (when the title is not in the text) as
    the place of its incident ("Killeen shooting", "killed in Deer Lodge"), not as where
    someone is from ("Atlanta man ... shot while hunting")."""
    towns = {r.name: r for r in doc._.title_place_rows or () if (r.feature == "city" or
             r.feature == "admin" and r.name != r.admin1) and not r.rule_id.startswith(("title_resident", "title_site"))}
    return next(iter(towns.values())) if len(towns) == 1 else None


def _after_the_death(died, mention: EventMention) -> bool:
    """Whether an event mention is dated, to the day, after the day a death is dated (any
    mention of the event: "shot ... Friday", then "the drive-by shooting")."""
    if died is None or mention.date is None or not died.first_day or not mention.date.first_day:
        return False
    return died.first_day == died.last_day and mention.date.first_day == mention.date.last_day and \
        date_of(died.first_day) < date_of(mention.date.first_day)


def _governed_country(doc: Doc, mention: EventMention, lexicon) -> str:
    """The country of the official or government whose clause a protest is the backdrop
    of ("Prime Minister Adel Abdul Mahdi resigned amid anti-government protests": Iraq's;
    "Lebanese Prime Minister Saad Hariri resigned amid protests": Lebanon's), or ""."""
    token = doc[mention.token_i]
    if token.dep_ != "pobj" or token.head.lower_ not in ("amid", "over", "after", "following", "despite"):
        return ""
    subjects = [c for c in token.head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    for row in doc._.actor_rows or ():
        if row.actor_type in ("official", "government") and \
                any(s.left_edge.idx <= row.start < s.right_edge.idx + len(s.right_edge) for s in subjects):
            return row.country or _nationality([t for s in subjects for t in s.subtree], lexicon)
    return ""


# words that make a nationality before them a street's name ("2100 N. Australian Ave.")
_STREET_WORDS = {"ave", "avenue", "st", "street", "road", "rd", "blvd", "boulevard", "drive", "dr", "lane", "ln",
                 "way", "highway", "hwy", "court", "ct", "place", "pl", "terrace", "parkway", "pkwy"}


def _nationality(words: list[Token], lexicon) -> str:
    """The country of the first nationality word among these ("Iraqi bases": IRQ), or ""; not
    a street's ("Australian Ave.")."""
    for word in words:
        following = word.doc[word.i + 1].lower_.rstrip(".") if word.i + 1 < len(word.doc) else ""
        country = lexicon.country_of_word(word.text) if following not in _STREET_WORDS else ""
        if country:
            return country
    return ""


def _generic(mention: EventMention) -> bool:
    """Shootings counted over a month or more ("the 46 shootings this year"), not an
    incident (one "last week" is)."""
    first, last = (date_of(mention.date.first_day), date_of(mention.date.last_day)) if mention.date else (None, None)
    return first is not None and last is not None and (last - first).days > 7


def _with_coordinated_head(doc: Doc, row: ActorRow) -> tuple[int, int]:
    """An actor row's offsets, out to the noun it shares when it is the first of coordinated
    peoples ("Russian" in "Russian and Syrian forces" has the role "Syrian forces" has)."""
    span = doc.char_span(row.start, row.end, alignment_mode="expand")
    if span is None or len(span) != 1 or span.root.dep_ not in ("amod", "nmod", "compound", "conj") or \
            not coordinated(span.root):
        return row.start, row.end  # not "Trump" in "Trump administration officials"
    head = span.root.head
    while head.dep_ == "conj" and head.head.i != head.i:  # "French" in "British and French troops"
        head = head.head
    head = head.head if head.dep_ in ("amod", "nmod", "compound") else head
    if head.i <= span.root.i or head.pos_ not in ("NOUN", "PROPN"):
        return row.start, row.end
    return row.start, head.idx + len(head.text)


def _name(argument: Argument | None) -> str:
    return plain_name(argument.name) if argument is not None else ""



@Language.factory("newsevents_casualties", default_config={"event_types": "dictionaries/event_types.jsonl"})
def make_casualties_stage(nlp: Language, name: str, event_types: str) -> CasualtiesStage:
    return CasualtiesStage(event_types=event_types)

