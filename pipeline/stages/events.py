"""newsevents_events: event triggers, their arguments, and which mentions are one event.

Triggers come from models/patterns/events.jsonl (spaCy Matcher patterns, each with an id
and an event type from models/dictionaries/event_types.jsonl). A trigger is dropped when
the event did not happen (pipeline/event_modality.py: negated, modal, future, possible,
urged, prepared for, or in an "if" clause). Arguments come from the parse: agent
(subject, "by" phrase, possessive or national modifier: "U.S. strikes"), target (object,
"on"/"against" phrase), place ("in"/"near"/"into" phrase) and date (the date expression
of the clause). Mentions of one event (headline and body, "the strikes" again) are
grouped; a new indefinite mention ("a missile attack") or one whose arguments conflict
starts a new event.
"""

from __future__ import annotations


from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from pipeline.actor_lexicon import default_lexicon, plain_name
from pipeline.config import read_jsonl_rules
from pipeline.event_dates import event_date
from pipeline.event_mentions import VIOLENT, Argument, EventMention, cluster
from pipeline.event_modality import happened
from pipeline.event_places import LIGHT_VERBS, event_place
from pipeline.layout import FURNITURE_ZONES
from pipeline.matching import AnchoredMatcher
from pipeline.speakers import first_coordinated_actor
from pipeline.stages.extensions import doc_text, register_extensions, sentence_index, zone_of

# what is fired at someone in a shooting ("fired shots at the car")
_FIRED_SHOTS = {"shot", "bullet", "round", "gun", "weapon", "rifle", "pistol", "volley", "gunfire"}
_FIRED_AT = {"at", "on", "upon", "into", "toward", "towards"}
_TARGET_PREPS = {"on", "against", "targeting", "at"}
# events whose "at" phrase is where they happen, not whom they hit: "detained at the border"
_HELD_AT = {"detain", "arrest", "apprehend", "protest", "demonstrate", "rally", "march", "gather", "detention"}
_NOT_TARGETS = {"deal", "agreement", "balance", "tone", "chord", "note", "plan", "order", "strategy", "trade", "policy"}
# a strike these name is a stoppage of work, not an attack ("a global strike", "a general strike")
_WORK_STOPPAGES = {"hunger", "general", "labor", "labour", "global", "nationwide", "national", "workers", "teachers",
                   "rail", "transport", "union", "women", "student", "students", "doctors", "nurses"}
# a death in a mishap of travel is no violence ("killed in a high-speed motorcycle accident",
# "died in a car crash"); a hunting accident with a gun is
_MISHAPS = {"crash", "collision", "wreck", "accident"}
_TRAVEL = {"car", "motorcycle", "traffic", "road", "vehicle", "plane", "helicopter", "bus", "train", "boating", "boat",
           "truck", "auto", "automobile", "highway", "motor", "air", "aircraft", "skiing", "climbing", "crash"}
_NOT_BATTLES = {"political", "legal", "court", "budget", "custody", "uphill", "electoral", "bureaucratic", "diplomatic"}
_FINANCE = {"stock", "stocks", "market", "markets", "price", "prices", "share", "shares", "index", "dollar", "bond"}
# a crime named as a charge is not an event told: "charged with murder", "booked for
# first-degree murder", "arraigned on aggravated assault charges"
_CHARGE_VERBS = {"charge", "book", "arrest", "jail", "indict", "convict", "sentence", "plead", "accuse", "try",
                 "arraign", "hold", "face", "acquit", "find"}
# words a deed is put on someone by: "suspected of shooting a 2-year-old", "guilty of killing"
_CHARGING = _CHARGE_VERBS | {"suspect", "suspected", "guilty", "responsible", "blame", "confess", "admit", "wanted",
                              "detain", "apprehend", "investigate", "question"}
_CHARGE_MODIFIERS = {"degree", "aggravated", "attempted", "felony", "felonious", "capital", "involuntary",
                     "voluntary", "negligent", "reckless", "vehicular"}
# nouns an event word before them still names the event: "the August 14 shooting death"
_EVENT_HEADS = {"death", "incident", "spree", "rampage"}
# ACLED event types whose events leave the dead and wounded
_SERIES = {"series", "wave", "spate", "string", "barrage", "number", "round", "campaign"}


def load_event_types(path: str = "dictionaries/event_types.jsonl") -> dict[str, tuple[str, str]]:
    return acled_types(read_jsonl_rules(path, required=("id", "acled_event_type", "acled_sub_event_type")))


def acled_types(rows) -> dict[str, tuple[str, str]]:
    """Each event type's ACLED event type and sub-event type."""
    return {obj["id"]: (obj["acled_event_type"], obj["acled_sub_event_type"]) for obj in rows}


def _charge(token: Token) -> bool:
    """Whether a crime noun names a charge: "first-degree murder", "aggravated assault",
    "charged with murder and attempted murder", "booked for murder", "on assault charges"."""
    if any(c.lower_ in _CHARGE_MODIFIERS for c in token.children if c.dep_ in ("amod", "compound")):
        return True
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if any(c.dep_ == "conj" and c.lemma_ == "charge" for c in token.children):
        return True  # "on aggravated assault and reckless endangerment charges"
    return token.dep_ == "pobj" and token.head.lower_ in ("with", "for", "on", "of") and \
        (token.head.head.lemma_ in _CHARGE_VERBS or token.head.head.lower_ == "guilty")


class EventsStage:
    def __init__(self, nlp: Language, *, patterns: str, event_types: str) -> None:
        register_extensions()
        self.matcher = AnchoredMatcher(nlp.vocab, validate=True)
        self.type_of: dict[str, str] = {}
        self.hit_verbs: dict[str, set[str]] = {}
        self.projectiles: set[str] = set()
        self.fired_at: set[str] = set()  # rules whose verb is an event only as firing at someone
        self.object_group: dict[str, str] = {}  # rules whose verb is an event only done to a group
        types = list(read_jsonl_rules(event_types, required=("id", "acled_event_type", "acled_sub_event_type")))
        self.acled = acled_types(types)
        # the weapons that make a killing or an attack of their type: "a roadside bomb killed
        # three soldiers" is a bombing, "a rocket killed two" shelling
        self.weapon_type = {weapon: row["id"] for row in types for weapon in row.get("weapons", ())}
        for rule in read_jsonl_rules(patterns, required=("id", "event_type", "pattern")):
            if rule["event_type"] not in self.acled:
                raise ValueError(f"{patterns}: rule {rule['id']} has unknown event_type {rule['event_type']}")
            self.matcher.add(rule["id"], [rule["pattern"]])
            self.type_of[rule["id"]] = rule["event_type"]
            if "hit_verbs" in rule:  # a projectile is a trigger only as what hits: its verb is the event
                self.hit_verbs[rule["id"]] = set(rule["hit_verbs"])
                lemmas = rule["pattern"][0]["LEMMA"]
                self.projectiles |= set(lemmas["IN"] if isinstance(lemmas, dict) else [lemmas])
            if rule.get("fired_at"):
                self.fired_at.add(rule["id"])
            if rule.get("object_group"):  # "dispersed the protesters": an event only done to these
                self.object_group[rule["id"]] = rule["object_group"]
        self.lexicon = default_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans([Span(doc, s, e, label=m) for m, s, e in self.matcher(doc)])
        mentions: list[EventMention] = []
        for span in spans:
            token = self._trigger_token(span)
            if span.label_ in self.hit_verbs:
                verb = self._hitting(token, self.hit_verbs[span.label_])
                if verb is None or any(m.token_i == verb.i for m in mentions):
                    continue
                end = next((c.i + 1 for c in verb.children if c.dep_ == "prt" and c.i == verb.i + 1), verb.i + 1)
                span, token = Span(doc, verb.i, end, label=span.label_), verb  # "went off"
            zone = zone_of(doc, span.start_char, span.end_char)
            if zone in FURNITURE_ZONES or not self._is_event(span, token) or not (
                    happened(token) or span.label_ in self.object_group and self._done_for(token)):
                continue
            sentence = sentence_index(doc, token)
            mentions.append(self._mention(doc, span, token, sentence, zone))
        mentions = self._drop_kill_verbs_with_other_events(doc, mentions)
        doc._.event_mentions = tuple(cluster(mentions, doc._.published))
        return doc

    @staticmethod
    def _trigger_token(span: Span) -> Token:
        return span.root if len(span) > 1 and span.root.lemma_ != "of" else span[-1] if len(span) > 1 else span[0]

    @staticmethod
    def _hitting(projectile: Token, verbs: set[str]) -> Token | None:
        """The verb of which a projectile is what hits: "A bullet struck an 11-year-old girl",
        "was struck by a stray bullet", "a rocket landed near the embassy", "the gun went off";
        not "fired a rocket", "bullet holes"."""
        head = projectile.head
        if projectile.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
            head = head.head
        elif projectile.dep_ == "pobj" and head.lower_ == "of" and head.head.dep_ == "nsubj" and \
                head.head.lower_ in ("one", "some", "two", "three", "several"):
            head = head.head.head  # "one of the bullets hit Ariana Wilson"
        elif projectile.dep_ != "nsubj":
            return None
        return head if head.pos_ == "VERB" and (head.lemma_ in verbs or any(
            c.dep_ == "prt" and f"{head.lemma_} {c.lower_}" in verbs for c in head.children)) else None

    def _is_event(self, span: Span, token: Token) -> bool:
        if token.dep_ in ("compound", "amod") and token.head.pos_ in ("NOUN", "PROPN") and len(span) == 1 and \
                token.head.lemma_ not in _EVENT_HEADS:
            return False  # "attack helicopter", "protest movement"; but "the shooting death", "a shooting spree"
        if token.dep_ == "pcomp" and not self._deed_charged(span, token):
            return False  # gerunds after prepositions: "from working with ... to clashing with"
        lemma = token.lemma_.lower()
        children = {c.lower_ for c in token.children}
        if lemma == "strike":
            if token.head.lower_ == "on" or children & _WORK_STOPPAGES:
                return False
            if token.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in _NOT_TARGETS for c in token.children):
                return False
        if token.pos_ in ("NOUN", "PROPN") and _charge(token):
            return False
        if lemma in ("battle", "fight") and children & _NOT_BATTLES:
            return False
        if lemma in ("kill", "die") and in_a_travel_mishap(token):
            return False
        if span.label_ in self.object_group and not any(
                self.lexicon.group_nouns.get(o.lower_) == self.object_group[span.label_]
                for c in token.children if c.dep_ in ("dobj", "nsubjpass")
                for o in (c, *(g for p in c.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children))):
            return False  # "dispersed (thousands of) protesters", not "dispersed the smoke"
        if span.label_ in self.fired_at and not self._fired_at(token):
            return False  # "Trump fired Comey", "fired up the crowd"
        if lemma == "execute" and any(c.dep_ == "dobj" and c.lemma_.lower() in _NOT_TARGETS for c in token.children):
            return False
        if lemma == "rally" and any(c.dep_.startswith("nsubj") and c.lemma_.lower() in _FINANCE for c in token.children):
            return False
        if lemma == "demonstrate" and any(c.dep_ in ("dobj", "ccomp") or c.dep_ == "mark" and c.lower_ == "as"
                                          for c in token.children):
            return False  # "demonstrating Russia's new clout", "as last weekend's clashes demonstrated": shown
        if lemma == "protest" and token.dep_ == "pobj" and token.head.lower_ == "in" and \
                not any(c.dep_ in ("det", "poss", "amod") for c in token.children):
            return False  # "resigned in protest": the reason for an act, no protest held
        return True

    @staticmethod
    def _done_for(token: Token) -> bool:
        """Whether a verb is the purpose of an act that happened ("police fired tear gas to
        disperse the protesters": the protest was there to be dispersed)."""
        return token.dep_ in ("advcl", "xcomp") and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children) \
            and token.head.pos_ == "VERB" and token.head.tag_ in ("VBD", "VBN") and happened(token.head)

    def _fired_at(self, token: Token) -> bool:
        """Whether "fire" is shooting: at or on someone ("soldiers fired on protesters",
        "fired shots at the car") or a projectile fired ("fired a rocket at the base")."""
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(o.lemma_.lower() in self.projectiles for o in objects):
            return True
        return all(o.lemma_.lower() in _FIRED_SHOTS for o in objects) and \
            any(c.dep_ == "prep" and c.lower_ in _FIRED_AT for c in token.children)

    def _deed_charged(self, span: Span, token: Token) -> bool:
        """Whether a gerund after a preposition is a violent act done to someone, the deed an
        arrest or charge is for: "arrested Friday for shooting a man", "suspected of shooting
        a 2-year-old", "charged with killing his wife"; it is an event, and the toll its own."""
        charged = token.head.head  # "arrested" of "arrested ... for shooting"
        return token.tag_ == "VBG" and self.acled.get(self.type_of[span.label_], ("", ""))[0] in VIOLENT and \
            (charged.lemma_ in _CHARGING or charged.lower_ in _CHARGING) and \
            any(c.dep_ == "dobj" and c.lemma_.lower() not in _NOT_TARGETS for c in token.children)

    def _mention(self, doc: Doc, span: Span, token: Token, sentence: int, zone: str) -> EventMention:
        event_type = self.type_of[span.label_]
        fired = next((c.lemma_.lower() for c in token.children if c.dep_ in ("dobj", "nsubjpass") and
                      c.lemma_.lower() in self.projectiles), None) if span.label_ in self.fired_at else None
        if fired is not None:  # "fired a rocket at", "missiles were fired at": the projectile's type
            event_type = self.weapon_type.get(fired, event_type)  # (bullets fired are a shooting)
        dets = {c.lower_ for c in token.children if c.dep_ in ("det", "poss")}
        definite = bool(dets & {"the", "this", "that", "these", "those"}) or any(c.dep_ == "poss" for c in token.children)
        series = token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _SERIES
        # "died from a gunshot to the torso": the wound's cause, the story's shooting told again
        cause = token.dep_ == "pobj" and token.head.lower_ in ("from", "of", "by", "with") and \
            token.head.head.lemma_ in _CAUSE_HEADS
        indefinite = bool(dets & {"a", "an", "another"}) and not series and not cause
        agent, target = self._agent_target(doc, token)
        if event_type in ("killing", "attack"):
            event_type = self._weapon_type(token) or event_type
        place = self._place(doc, token, self.acled.get(event_type, ("", ""))[0] in VIOLENT)
        date = event_date(doc, token)
        plural = None if token.pos_ == "VERB" or cause else token.tag_ in ("NNS", "NNPS") or token.text.endswith("s")
        return EventMention(span.start_char, span.end_char, span.text, token.i, sentence, event_type,
                            span.label_, zone, agent, target, place, date, definite, indefinite, plural,
                            self.acled.get(event_type, ("", ""))[0],
                            separate=marked_by(token, _NEW_EVENT_WORDS),
                            modified=any(c.dep_ in ("amod", "compound", "nmod") and c.i < token.i and
                                         c.pos_ != "PROPN" and not c.ent_type_ for c in token.children))

    def _weapon_type(self, token: Token) -> str:
        """The event type of the weapon that kills or attacks: the verb's subject ("a roadside
        bomb killed", "an explosive device killed") or its passive agent ("killed by a drone")."""
        passive = any(c.dep_ == "auxpass" for c in token.children)
        for child in token.children:
            if child.dep_ == "agent":
                child = next((g for g in child.children if g.dep_ == "pobj"), child)
            elif child.dep_ != "nsubj" or passive:
                continue
            for word in (child, *(c for c in child.children if c.dep_ in ("amod", "compound"))):
                if word.pos_ in ("NOUN", "ADJ", "PROPN") and word.lemma_.lower() in self.weapon_type:
                    return self.weapon_type[word.lemma_.lower()]
        return ""

    def _argument(self, doc: Doc, token: Token, *, before: int | None = None) -> Argument | None:
        """The actor a token heads: its row in actors.csv, else the phrase itself (up to the
        token `before`, when given: the antecedent of a relative clause without the clause)."""
        if token.pos_ == "PRON" or token.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY",
                                                          "QUANTITY"):
            return None  # "Saturday morning" is when, not who
        for row in doc._.actor_rows or ():
            if row.start <= token.idx < row.end:
                # "Russian and Syrian forces": the first of the peoples coordinated before the head
                # names the argument, which spans them all (each is an actor row of its own)
                named = first_coordinated_actor(doc, token, row.start)
                if named is not None:
                    return Argument(named.name, named.start, row.end, doc_text(doc)[named.start:row.end])
                return Argument(row.name, row.start, row.end, row.text)
        subtree = [t for t in token.subtree if before is None or t.i < before]
        phrase_start, phrase_end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
        inside = [row for row in doc._.actor_rows or () if phrase_start <= row.start and row.end <= phrase_end]
        if inside:  # "Dozens of angry ... supporters", "a U.S. military base"
            row = inside[0]
            return Argument(row.name, row.start, row.end, row.text)
        country = self.lexicon.country_of_word(token.text)
        if country:
            entry = self.lexicon.state_actor(country, "state_military") or self.lexicon.state_actor(country, "government")
            if entry is not None:
                return Argument(entry.name, token.idx, token.idx + len(token.text), token.text)
        start = subtree[0]
        while start.i < token.i and start.pos_ in ("DET", "NUM", "ADJ") and doc[start.i + 1].text != "-":
            start = doc[start.i + 1]  # "three children"; but "an 11-year-old girl"
        words = doc[start.i:token.i + 1]
        for ent in doc.ents:  # "the U.S. Embassy walls" -> the named facility
            if ent.start >= start.i and ent.end <= token.i + 1 and ent.label_ in ("FAC", "ORG", "GPE"):
                words = ent
                break
        name = plain_name(words.text)
        if name.lower().startswith("the "):
            name = name[4:]
        return Argument(name, words.start_char, words.end_char, words.text) if name else None

    def _agent_target(self, doc: Doc, token: Token) -> tuple[Argument | None, Argument | None]:
        agent = target = None
        passive = any(c.dep_ == "auxpass" for c in token.children) or _found_done_to(token)
        for child in token.children:
            projectile = child if child.lemma_ in self.projectiles else next(
                (g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                 if g.lemma_ in self.projectiles), None)  # "one of the bullets"
            if projectile is not None:  # "a rocket hit the base": what hit, not who fired it
                agent = agent or self._launcher(doc, projectile)
                continue
            if child.dep_ in ("dobj", "nsubjpass") and token.lemma_ == "fire" and child.lemma_.lower() in _FIRED_SHOTS:
                continue  # "fired shots at a car": the car is hit
            if child.dep_ == "nsubj" and not passive:
                agent = agent or self._argument(doc, child)
            elif child.dep_ == "nsubjpass" or (child.dep_ == "dobj" and not passive) or child.dep_ == "nsubj":
                target = target or self._argument(doc, child)  # (a subject in a passive: "found a boy shot")
            elif child.dep_ == "agent":
                by = next((g for g in child.children if g.dep_ == "pobj"), None)
                if by is not None:
                    agent = agent or (self._launcher(doc, by) if by.lemma_ in self.projectiles else
                                      self._argument(doc, by))
            elif child.dep_ == "poss" or (child.dep_ in ("compound", "amod", "nmod") and
                                          (child.ent_type_ in ("GPE", "NORP", "ORG") or
                                           self.lexicon.country_of_word(child.text))):
                if _is_town(child) and not self.lexicon.country_of_word(child.text):
                    continue  # "the al-Qa'im strikes": a place, found by _place
                agent = agent or self._argument(doc, child)
            elif child.dep_ == "prep" and child.lower_ in _TARGET_PREPS | {"into", "by", "from"}:
                obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if obj is None:
                    continue
                if child.lower_ in ("by", "from") and token.pos_ == "NOUN":
                    agent = agent or self._argument(doc, obj)
                elif child.lower_ in _TARGET_PREPS and obj.ent_type_ not in ("GPE", "LOC", "DATE", "TIME") and \
                        not (child.lower_ == "on" and obj.ent_type_ in ("DATE", "TIME")) and \
                        not (child.lower_ == "at" and token.lemma_ in _HELD_AT):
                    target = target or self._argument(doc, obj)
                elif child.lower_ == "into" and token.lemma_ == "break":
                    target = target or self._argument(doc, obj)
        if token.dep_ in ("dobj", "attr") and token.head.lemma_ in LIGHT_VERBS:  # "the U.S. conducted five airstrikes"
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            clause = token.head.left_edge.i  # "the Kurdish militias who led the ground assault": the militias
            if subject is not None and subject.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":
                agent = agent or self._argument(doc, token.head.head, before=clause)
            elif subject is not None:
                agent = agent or self._argument(doc, subject)
        if token.dep_ in ("nsubj",) and token.head.pos_ == "VERB" and token.head.lemma_ in ("target", "hit"):
            target = target or next((self._argument(doc, c) for c in token.head.children if c.dep_ == "dobj"), None)
        return agent, target

    def _launcher(self, doc: Doc, projectile: Token) -> Argument | None:
        """Who fired a projectile: "a Turkish missile", "Mortars fired by western special forces"."""
        for child in projectile.children:
            if child.dep_ in ("amod", "compound", "poss") and (
                    child.ent_type_ in ("GPE", "NORP", "ORG") or self.lexicon.country_of_word(child.text)):
                return self._argument(doc, child)
            if child.dep_ == "acl":
                by = next((g for a in child.children if a.dep_ == "agent" for g in a.children
                           if g.dep_ == "pobj"), None)
                if by is not None:
                    return self._argument(doc, by)
        return None

    @staticmethod
    def _place(doc: Doc, token: Token, violent: bool) -> Argument | None:
        span = event_place(doc, token, _is_town, violent=violent)
        return Argument(span.text, span.start_char, span.end_char, span.text) if span is not None else None

    @staticmethod
    def _drop_kill_verbs_with_other_events(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
        """'an attack killed a contractor': the killing is the attack's toll, not an event of its own."""
        by_sentence: dict[int, list[EventMention]] = {}
        for mention in mentions:
            by_sentence.setdefault(mention.sentence, []).append(mention)
        kept = []
        lent: dict[int, EventMention] = {}  # id() of an event mention -> the killing verb that tells it
        for mention in mentions:
            others = [m for m in by_sentence[mention.sentence] if m.event_type != "killing"]
            verb = doc[mention.token_i]
            if mention.event_type == "killing" and verb.pos_ == "VERB" and others:
                # "Militants killed three soldiers in an ambush": the ambush is the killers' and
                # the killed's, when the verb tells it ("in an ambush") or it is the verb's subject
                # (not a clash: those killed in it fought in it, "killed fighting alongside the YPG")
                told = [m for m in others if (doc[m.token_i].head.head.i == verb.i or doc[m.token_i].head.i == verb.i)
                        and m.event_type != "armed_clash"]
                if len(told) == 1:
                    lent[id(told[0])] = mention
                continue
            kept.append(mention)
        return [m.with_arguments_of(lent[id(m)]) if id(m) in lent else m for m in kept]


# words that set an event apart from those told before ("a separate attack"): with "other"
# ("three other shootings"), a new event here; pipeline.incidents adds "second", "earlier"
# and "previous" to keep one incident's tolls apart from another's
SET_APART_WORDS = {"another", "separate", "unrelated", "different"}
_NEW_EVENT_WORDS = SET_APART_WORDS | {"other"}


# verbs whose object a participle after it tells the state of: "found a boy shot", "left him dead"
_FINDING = {"find", "discover", "leave"}


def _found_done_to(token: Token) -> bool:
    """Whether a participle tells what was done to the one found ("Police found a 21-month-old
    boy shot in the head": the parser makes the boy its subject, as if he shot): its subject
    is who was shot, as in a passive."""
    return token.dep_ in ("ccomp", "xcomp", "oprd") and token.head.lemma_ in _FINDING and \
        token.tag_ in ("VBN", "VBD") and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in token.children)


def marked_by(token: Token, words: set[str]) -> bool:
    """Whether one of the token's determiners or adjectives is one of these words."""
    return any(c.dep_ in ("det", "amod") and c.lower_ in words for c in token.children)


# words whose "from/of/by/with a gunshot" names how someone was hurt, not a new event
_CAUSE_HEADS = {"die", "succumb", "suffer", "injure", "wound", "kill", "hit", "strike", "treat", "hospitalize",
                "take", "transport", "rush", "pronounce", "injury", "death"}
def _is_town(token: Token) -> bool:
    from pipeline.gazetteer import default_gazetteer

    if token.ent_type_ not in ("GPE", "ORG", "LOC", "FAC", "PERSON"):
        return False
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    place = default_gazetteer().resolve(ent.text if ent is not None else token.text)
    return place is not None and place.feature in ("city", "admin")


@Language.factory("newsevents_events", default_config={"patterns": "patterns/events.jsonl",
                                                       "event_types": "dictionaries/event_types.jsonl"})
def make_events_stage(nlp: Language, name: str, patterns: str, event_types: str) -> EventsStage:
    return EventsStage(nlp, patterns=patterns, event_types=event_types)


def in_a_travel_mishap(token: Token) -> bool:
    """Whether a death is told as one of a crash or accident of travel: "killed in a
    high-speed motorcycle accident", "died in a car crash", "a plane crash killed ..."."""
    causes = [g for c in token.children if c.dep_ == "prep" and c.lower_ in ("in", "from")
              for g in c.children if g.dep_ == "pobj"] + \
        [c for c in token.children if c.dep_ == "nsubj"]
    return any(cause.lemma_.lower() in _MISHAPS and (cause.lemma_.lower() != "accident" or any(
        m.lemma_.lower() in _TRAVEL for m in cause.children if m.dep_ in ("compound", "amod", "nmod")))
               for cause in causes)
