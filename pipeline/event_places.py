"""Where an event happened, read from the parse around its trigger.

The place of an event is a place phrase attached to the trigger's own clause:

    "the al-Qa'im strikes"                       a town modifying the trigger
    "strikes in Iraq and Syria"                  a locative phrase of the trigger
    "conducted five airstrikes in Syria"         ... of the light verb whose object it is
    "a bomb went off in Belfast"                 ... of the verb the trigger is the subject of
    "exploded ..., wounding 13 people on a busy street in the city of Lyon"
                                                 ... of a participle that tells its toll
    "a convoy of soldiers near the city of Deir ez-Zor", "in the Dagestani towns of
    Budennovsk and Kizlyar"                      a named place inside the locative phrase,
                                                 through "in"/"near" and "the city of"
    "attacks from militias against U.S. targets in Iraq"
                                                 the place of its target, where the
                                                 parser hung the target on the attacker
    "jets bombed Afrin", "attacked the province of Idlib", "the shelling of Aleppo"
                                                 the place it acts on, when no phrase
                                                 places it
    "IED kills Russian general in Syria"         the one place its sentence gives the toll
                                                 of a violent event (not an arrest's)

A place is a location row of the locations stage (so places the model missed or
mislabelled count) or a GPE/LOC/FAC entity. Where someone spoke about the event ("said
at Mar-a-Lago") is not its place: only the trigger's clause is read (with its "when"
clause: "shot when he answered the door in Deerpark Road"), never the clause of a verb
of saying above it, nor where someone was taken after ("flown to a hospital in
Baltimore").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from pipeline.place_words import PLACE_KIND_NOUNS
from pipeline.stages.extensions import per_doc

# prepositions that put an event somewhere
PLACE_PREPS = {"in", "at", "near", "into", "inside", "outside", "across", "around", "on", "throughout", "within"}
# verbs whose object names the event ("conducted five airstrikes in Syria")
LIGHT_VERBS = {"conduct", "carry", "launch", "stage", "mount", "hold", "unleash", "perpetrate", "commit", "claim",
               "order", "lead", "undertake", "execute"}
# prepositions whose phrase may hold the place: "detonated under a convoy ... near the city of X"
_PHRASE_PREPS = {"under", "along", "off", "beside", "against"}
# verbs the event is the object or subject of that say it happened somewhere
_HAPPENING = {"occur", "happen", "take", "go", "explode", "erupt", "break", "continue", "rock", "hit", "strike",
              "kill", "wound", "injure", "leave", "detonate", "blow", "shake", "tear", "target", "ravage", "come",
              "rage", "rag", "spread", "intensify", "resume", "begin", "start", "end", "escalate", "flare",
              "unfold"}  # "rag": the model's lemma of "raged"
# participles after a trigger that tell its toll: "exploded, wounding 13 people on a street"
_TOLL_VERBS = {"kill", "wound", "injure", "leave", "claim", "hurt", "maim", "destroy", "damage"}
# events whose object may be a place: "bombed Afrin", "the siege of Aleppo"
_STRIKING = {"attack", "bomb", "bombing", "shell", "shelling", "strike", "airstrike", "hit", "raid", "storm", "seize",
             "capture", "besiege", "siege", "target", "pound", "overrun", "invade", "invasion", "assault",
             "bombard", "bombardment", "occupy", "occupation", "liberate", "liberation", "fall", "recapture"}
# conjunctions of a clause that tells the circumstances of the event: "shot when he answered"
_AT_THE_TIME = {"when", "while", "as", "after"}
# verbs that move people elsewhere: "taken to a hospital in Baton Rouge"
_ELSEWHERE = {"take", "fly", "airlift", "transport", "rush", "carry", "drive", "bring", "hospitalize", "treat",
              "admit", "flee", "escape", "go", "return", "move", "transfer", "send", "live", "grow", "bear", "study",
              "work"}
# a noun naming a kind of place or a part of one, whose "of" phrase names it: "the city of
# Lyon", "the outskirts of Kirkuk"
_PLACE_NOUNS = PLACE_KIND_NOUNS | {"area", "state", "neighborhood", "neighbourhood", "outskirts", "street", "provinces",
                                   "districts", "areas", "border", "territory", "island", "camp", "base", "center",
                                   "centre", "heart", "streets", "parts", "part", "edge", "zone"}
# how deep a locative phrase is read for its named place
_MAX_DEPTH = 3


def event_place(doc: Doc, token: Token, is_town, *, violent: bool = True) -> Span | None:
    """The span of the place where the event `token` triggers happened, or None.
    `is_town(token)` says whether a modifier names a town ("the al-Qa'im strikes");
    only a `violent` event takes the place its sentence gives a toll ("an arrest" does not)."""
    places = per_doc(doc, "place_index", lambda: _place_index(doc))
    for child in token.children:  # "the al-Qa'im strikes"
        if child.dep_ in ("compound", "nmod") and is_town(child):
            return _span_at(doc, child, places) or doc[child.i:child.i + 1]
    heads = _clause_heads(token)
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS | _PHRASE_PREPS:
                continue
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = _named_place(doc, obj, places, 0)
                    if found is not None:
                        return found
    for obj in _target_after_attacker(token):  # "attacks from Shia militias against U.S. targets in Iraq"
        found = _named_place(doc, obj, places, 0)
        if found is not None:
            return found
    for clause in (h for h in heads if h.dep_ == "advcl" and h.i != token.i):  # the object of a clause below
        for obj in (c for c in clause.children if c.dep_ == "dobj"):  # "when he answered a knock at his door in X"
            found = _named_place(doc, obj, places, 1)
            if found is not None:
                return found
    for obj in _objects(token):  # "jets bombed Afrin", "the shelling of the city of Aleppo"
        found = _named_place(doc, obj, places, 1)
        if found is not None:
            return found
    return _sentence_place(doc, token, places) if violent else None


def _sentence_place(doc: Doc, token: Token, places: dict[int, Span]) -> Span | None:
    """The one place the sentence gives the toll of its event, when the parse hung the
    participle elsewhere or the place on the victim: "a device that exploded on Friday,
    wounding 13 people on a street in the city of Lyon" (the participle under the main
    verb, "hunting"), "IED kills Russian general in Syria". Two places, none."""
    found: dict[str, Span] = {}
    for prep in token.sent:
        if prep.dep_ != "prep" or prep.lower_ not in PLACE_PREPS:
            continue
        verb = next((a for a in [prep.head, *prep.head.ancestors] if a.pos_ in ("VERB", "AUX")), None)
        if verb is None or verb.lemma_ not in _TOLL_VERBS:
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj":
                span = _named_place(doc, obj, places, 1)
                if span is not None:
                    found.setdefault(span.text, span)
    return next(iter(found.values())) if len(found) == 1 else None


def _target_after_attacker(token: Token) -> list[Token]:
    """The target of an attack noun that the parser hung on its attacker: in "attacks from
    Shia militias against U.S. targets in Iraq", "against" hangs from "militias"."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _STRIKING:
        return []
    return [target for prep in token.children if prep.dep_ == "prep" and prep.lower_ in ("from", "by")
            for attacker in prep.children if attacker.dep_ == "pobj"
            for inner in attacker.children if inner.dep_ == "prep" and inner.lower_ in ("against", "on")
            for target in inner.children if target.dep_ == "pobj"]


def _objects(token: Token) -> list[Token]:
    """What the trigger acts on: a verb's object or passive subject, an event noun's "of"
    phrase. A place there is where the event happened."""
    if token.lemma_.lower() not in _STRIKING:
        return []  # "they shot Giddings": a person, whatever the gazetteer says
    if token.pos_ == "VERB":
        return [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    return [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]


def _clause_heads(token: Token) -> list[Token]:
    """The trigger, the verb that tells it happened, the participles of its toll and the
    clause that tells its circumstances ("when ...", "while ...")."""
    heads = [token]
    head = token.head
    if token.dep_ in ("dobj", "attr", "nsubjpass") and head.lemma_ in LIGHT_VERBS | _HAPPENING:
        heads.append(head)  # "conducted airstrikes in Syria", "the attack took place in Kabul"
    elif token.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX") and head.lemma_ in _HAPPENING:
        heads.append(head)  # "a bomb went off in Belfast", "the blast killed three in Kabul"
    for relcl in (c for c in token.children if c.dep_ in ("relcl", "acl") and c.lemma_ in _HAPPENING):
        heads.append(relcl)  # "the bombing, which took place in Kabul"
    for verb in list(heads):
        heads.extend(c for c in verb.children if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and
                     c.lemma_ in _TOLL_VERBS)  # "exploded on Friday, wounding 13 people on a street in Lyon"
        # "shot dead when he answered a knock at his door in Deerpark Road", "shot while hunting in South Carolina"
        heads.extend(c for c in verb.children if c.dep_ == "advcl" and c.pos_ == "VERB" and c.lemma_ not in _ELSEWHERE
                      and any(m.dep_ in ("mark", "advmod") and m.lower_ in _AT_THE_TIME for m in c.children))
    return heads


def _named_place(doc: Doc, token: Token, places: dict[int, Span], depth: int) -> Span | None:
    """The place `token` names, or the first named one inside its phrase: "the city of
    Lyon", "a market in Kabul", "a convoy near the city of Deir ez-Zor"."""
    span = _span_at(doc, token, places)
    if span is not None:
        return span
    if depth >= _MAX_DEPTH:
        return None
    for child in token.children:
        if child.dep_ == "prep" and (child.lower_ in ("in", "near", "outside", "inside", "at") or
                                     child.lower_ == "of" and token.lemma_.lower() in _PLACE_NOUNS):
            for obj in child.children:
                if obj.dep_ == "pobj":
                    found = _named_place(doc, obj, places, depth + 1)
                    if found is not None:
                        return found
        elif child.dep_ == "appos" and token.lemma_.lower() in _PLACE_NOUNS:  # "the capital, Baghdad"
            found = _span_at(doc, child, places)
            if found is not None:
                return found
    return None


def _span_at(doc: Doc, token: Token, places: dict[int, Span]) -> Span | None:
    if token.i in places:
        return places[token.i]
    if token.ent_type_ in ("GPE", "LOC", "FAC"):
        ent = next(e for e in doc.ents if e.start <= token.i < e.end)
        # "in St. Paul Shooting": the town a headline's entity opens
        return next((places[t.i] for t in ent if t.i in places), ent)
    return None


def _place_index(doc: Doc) -> dict[int, Span]:
    """Token index -> the span of the location row that covers it."""
    index: dict[int, Span] = {}
    for row in doc._.location_rows or ():
        span = doc.char_span(row.start, row.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            index.setdefault(tok.i, span)
    return index
