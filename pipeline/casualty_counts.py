"""Casualty counts read from the parse: who was killed or injured, and how many.

A casualty is a casualty word (kill, dead, death, wounded, injured, shot, toll; lexicon
in models/dictionaries/groups.json) with the count of its victims: the object of
"killed", the subject of "were wounded", the noun before "dead", the number in "the death
toll rose to 30", the people who "suffered gunshot wounds". Counts are read by
pipeline.quantities; pipeline.casualty_tolls keeps each victim once per article and
forms an event's totals.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.actor_lexicon import ActorLexicon
from pipeline.casualty_grammar import (AILMENTS, DEADLY_EVENTS, MULTIPLE_EVENTS, REFLEXIVES, body_found, deadly_mark,
                                       dies, governing_subject, multiple_mark, name_before, natural_death, statistic,
                                       tally, turned_on_self, unsaved)
from pipeline.matching import WordFilter
from pipeline.casualty_numbers import COUNT_WORDS, counted, expand_count, is_share, members_count
from pipeline.event_modality import happened
from pipeline.quantities import Quantity, parse_quantity

# "a stray bullet struck a girl": what hits people when a verb of striking is an injury
_PROJECTILES = {"bullet", "bullets", "round", "rounds", "gunfire", "shot", "shots", "shrapnel", "pellet", "pellets",
               "fire"}
# "was rushed to the hospital": where the injured are taken
_HOSPITALS = {"hospital", "hospitals", "center", "centre", "clinic", "infirmary"}
_NOT_VICTIMS = {"bill", "deal", "plan", "idea", "time", "engine", "motion", "proposal", "project", "talks", "economy",
                "program", "programme", "process", "effort", "agreement", "legislation", "measure"}


@dataclass(frozen=True, slots=True)
class Casualty:
    count: Span
    quantity: Quantity
    kind: str
    victim: Span | None
    predicate: Token
    toll: bool = False
    rule_id: str = ""


class CasualtyFinder:
    def __init__(self, lexicon: ActorLexicon) -> None:
        self.lexicon = lexicon
        # the tokens kind_of() can accept: the lexicon's casualty words and the lemmas it reads
        self._candidates = WordFilter(lower=lexicon.killed_words | lexicon.injured_words | DEADLY_EVENTS |
                                      set(MULTIPLE_EVENTS) | _HOSPITALS |
                                      {"condition", "toll", "body", "bodies", "life", "lives"},
                                      folded_lemma=_CANDIDATE_LEMMAS)

    def kind_of(self, token: Token) -> str | None:
        word = token.lower_
        if multiple_mark(token) is not None:
            return MULTIPLE_EVENTS[word]  # "a quadruple shooting": four people shot
        if word == "dead" and token.head.lemma_ == "play":
            return None  # "one of the wounded played dead"
        if word == "deceased" and token.dep_ == "amod":
            return None  # "her deceased husband": long dead, no casualty
        if token.lemma_ == "save":  # "were unable to save him", "could not save her": they died
            return "killed" if unsaved(token, self._is_person) else None
        if word in ("life", "lives"):  # "lost her life", "claimed the lives of three people"
            return "killed" if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_ in _LIFE_TAKERS else None
        if word in self.lexicon.killed_words or token.lemma_.lower() in _KILL_LEMMAS or dies(token):
            return None if token.lemma_.lower() == "death" and natural_death(token) else "killed"
        if word in self.lexicon.injured_words or token.lemma_.lower() in _INJURE_LEMMAS:
            if any(c.lower_ in ("fatally", "mortally", "fatal", "mortal") for c in token.children) or \
                    token.head.lower_ == "fatally":
                return "killed"  # "fatally wounded", "suffering fatal injuries"
            return "injured"
        if word == "condition" and any(c.lower_ in ("critical", "serious", "stable", "fair", "grave")
                                       for c in token.children) and token.head.lower_ in ("in", "to"):
            return "injured"  # "in critical condition", "upgraded to serious condition"
        if word in _HOSPITALS and token.head.lower_ == "in" and token.head.head.lemma_ == "be" and \
                any(c.dep_ == "nsubj" and (self._is_person(c) or c.like_num) for c in token.head.head.children):
            return "injured"  # "another person is in the hospital"
        if token.lemma_ in _STRIKE_LEMMAS and token.pos_ == "VERB":
            agents = [g for c in token.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
            subjects = [c for c in token.children if c.dep_ == "nsubj"] + agents
            if any(s.lower_ in _PROJECTILES for s in subjects):
                return "injured"  # "a bullet struck an 11-year-old", "was grazed by a bullet"
            if token.lemma_ == "graze" and any(c.dep_ == "nsubjpass" and self._is_person(c) for c in token.children):
                return "injured"  # "Spells was grazed on the forehead"
            if not subjects and token.dep_ == "advcl" and token.head.lemma_ in ("fire", "open", "spray", "shoot") and \
                    any(c.dep_ == "dobj" and self._is_person(c) for c in token.children):
                return "injured"  # "opened fire on the crowd, striking three people"
        if token.lemma_ in _CARRY_LEMMAS and token.pos_ == "VERB" and \
                any(c.dep_ == "auxpass" or c.dep_ == "dobj" and (self._is_person(c) or c.like_num)
                    for c in token.children) and any(
                    c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ in _HOSPITALS for g in c.subtree)
                    for c in token.children) and not any(
                    c.dep_ == "prep" and (c.lower_ == "for" and any(g.lower_ in _CHECKS for g in c.children) or
                                          c.lower_ == "with" and any(g.lower_ in AILMENTS for g in c.subtree))
                    for c in token.children):
            return "injured"  # "a one-year-old was rushed to the hospital", "transported one to the hospital"
        if token.lemma_ == "treat" and token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children) \
                and any(c.dep_ == "conj" and c.lemma_ == "release" or c.dep_ == "prep" and c.lower_ in ("at", "in")
                        and any(g.lower_ in _HOSPITALS for g in c.subtree) for c in token.children):
            return "injured"  # "he was treated and released", "was treated at a local hospital"
        if word in ("body", "bodies") and body_found(token):
            return "killed"  # "found the body of a 15-year-old boy", "two bodies were recovered"
        if token.lemma_ == "turn" and turned_on_self(token) is not None:
            return "killed"  # "before turning the gun on himself": the killer's suicide
        if word == "toll":
            return "killed" if any(c.lower_ in ("death", "casualty") for c in token.children) else None
        if word in DEADLY_EVENTS and token.tag_ == "NN" and deadly_mark(token) is not None:
            return "killed"  # "a deadly shooting": someone died, however many
        if token.lemma_ in _TO_DEATH_VERBS and any(c.dep_ == "prep" and c.lower_ == "to" and
                                        any(g.dep_ == "pobj" and g.lower_ == "death" for g in c.children)
                                        for c in token.children):
            return "killed"  # "shot to death", "beaten to death"
        if token.lemma_ == "shoot" and token.pos_ == "VERB":
            # Shot and not killed is injured (the Gun Violence Archive's convention too);
            # "shot and killed" and "fatally shot" are read as killed.
            if any(c.lower_ == "fatally" for c in token.children) or \
                    token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "dead" and \
                    token.doc[token.i + 1].dep_ == "amod":
                return "killed"  # "fatally shot"; "shot dead three protesters" (the parser's "dead three")
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
            own_object = any(c.dep_ == "dobj" for c in token.children)
            if any(c.dep_ == "conj" and self._killing_word(c) and
                   not any(g.dep_ in ("nsubj", "nsubjpass") or (own_object and g.dep_ == "dobj") for g in c.children)
                   for c in token.children) or \
                    (token.dep_ == "conj" and self._killing_word(token.head) and not own_subject) or \
                    any(c.dep_ in ("oprd", "acomp", "advmod", "advcl") and c.lower_ == "dead" for c in token.children):
                return None  # "shot and killed", "shot dead": a killing, counted by its kill word
            passive = any(c.dep_ == "auxpass" for c in token.children) or token.tag_ == "VBN"
            if passive or any(c.dep_ == "dobj" for c in token.children):
                return "injured"
        return None

    def _killing_word(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.killed_words or token.lemma_.lower() == "kill" or dies(token)

    def find(self, doc: Doc) -> list[Casualty]:
        found: list[Casualty] = []
        seen: set[tuple[int, str]] = set()
        for token in self._candidates(doc):
            kind = self.kind_of(token)
            if kind is None or not happened(token) or statistic(doc, token):
                continue
            if token.dep_ == "compound" and token.head.lower_ in ("penalty", "sentence", "threat", "threats", "squad"):
                continue
            for casualty in self._counts_for(doc, token, kind):
                if casualty.quantity.best != 1 and tally(doc, casualty.count, token):
                    continue
                key = (casualty.count.start, casualty.kind)
                if key not in seen:
                    seen.add(key)
                    found.append(casualty)
        return found

    def _counts_for(self, doc: Doc, predicate: Token, kind: str) -> list[Casualty]:
        if predicate.lower_ == "toll":
            verb = predicate.head
            for prep in verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "at"):
                    for obj in prep.children:
                        count = self._count_span(doc, obj)
                        if count is not None:
                            return [self._make(count, kind, None, predicate, toll=True, rule="cas_toll")]
            for child in predicate.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    obj = next((g for g in child.children if g.dep_ == "pobj"), None)
                    count = self._count_span(doc, obj) if obj is not None else None
                    if count is not None:
                        return [self._make(count, kind, None, predicate, toll=True, rule="cas_toll")]
            return []
        multiple = multiple_mark(predicate)
        mark = deadly_mark(predicate) if predicate.lower_ in DEADLY_EVENTS and predicate.tag_ == "NN" else None
        if mark is None and multiple is not None:
            mark = deadly_mark(multiple[0]) or deadly_mark(predicate)  # the parse may hang "deadly" on either
        deadly = [self._make(doc[mark.i:mark.i + 1], "killed", None, predicate, rule="cas_deadly_event",
                             quantity=Quantity(1, 1, None, "at_least"))] if mark is not None else []
        if multiple is not None:  # "a deadly quadruple shooting": four shot, at least one dead
            word, number = multiple
            return [self._make(doc[word.i:word.i + 1], kind, None, predicate, rule="cas_multiple_event",
                               quantity=Quantity(number, number, number, "exact"))] + deadly
        if deadly:
            return deadly
        if predicate.lemma_ == "turn":
            self_ = turned_on_self(predicate)
            return [self._make(doc[self_.i:self_.i + 1], kind, doc[self_.i:self_.i + 1], predicate,
                               rule="cas_turned_gun", quantity=Quantity(1, 1, 1, "exact"))]
        if predicate.lower_ in ("body", "bodies"):
            return [c for c in self._bodies(doc, predicate, kind) if c is not None]
        heads: list[tuple[Token, str]] = []
        passive = any(c.dep_ == "auxpass" for c in predicate.children)
        for child in predicate.children:
            if child.dep_ == "dobj" and predicate.pos_ == "VERB" and not passive:
                heads.append((child, "cas_object"))
            elif child.dep_ == "nsubjpass" or (child.dep_ == "nsubj" and dies(predicate)):
                heads.append((child, "cas_subject"))
            elif child.dep_ == "nsubj" and predicate.tag_ == "VBN" and \
                    not any(c.lower_ in ("has", "have", "had") for c in predicate.children):
                heads.append((child, "cas_subject"))  # gapped passive: "and 11 wounded"
            elif (child.dep_ == "nsubj" or child.dep_ == "npadvmod" and child.like_num) and \
                    predicate.lower_ in ("wounded", "injured", "hurt") and \
                    (predicate.dep_ == "conj" or predicate.head.lemma_ == "leave") and \
                    not any(c.dep_ == "dobj" for c in predicate.children):
                # "left a girl dead and her grandmother wounded", "left a boy critically injured",
                # "left two people dead and two more wounded"
                heads.append((child, "cas_subject"))
            elif child.dep_ in ("nummod", "quantmod") and predicate.lower_ not in _WOUND_NOUNS:
                heads.append((predicate, "cas_noun_count"))  # not "suffered three gunshot wounds"
            elif child.dep_ == "prep" and child.lower_ == "of" and predicate.pos_ == "NOUN":
                heads.extend((g, "cas_death_of") for g in child.children if g.dep_ == "pobj")
        if not heads and predicate.tag_ == "VBN" and (predicate.dep_ in ("pcomp", "advcl", "xcomp") or (
                predicate.dep_ == "ccomp" and predicate.head.lemma_ in ("find", "leave"))):
            # "a girl is recovering after being accidentally shot": the main clause's subject
            subject = governing_subject(predicate)
            if subject is not None:
                heads.append((subject, "cas_main_subject"))
        if not heads and predicate.dep_ == "conj" and predicate.head.pos_ == "VERB":
            # "was shot and killed", "killed three and wounded seven": the first verb's people;
            # "shot and killed his daughter": the object the two verbs share
            head_passive = any(c.dep_ == "auxpass" for c in predicate.head.children)
            between = doc[predicate.head.i + 1:predicate.i]
            passive = any(c.dep_ == "auxpass" for c in predicate.children) and len(between) <= 8 and \
                not any(t.tag_ in ("WDT", "WP") for t in between)  # not "..., in which seven were shot"
            for child in predicate.head.children:
                if child.dep_ in ("nsubjpass",) or (child.dep_ == "nsubj" and (dies(predicate) or passive)):
                    # "a girl ran into the scene and was hit in the shoulder by a bullet"
                    heads.append((child, "cas_conj_subject"))
                elif child.dep_ == "dobj" and child.i > predicate.i and not head_passive:
                    heads.append((child, "cas_conj_object"))
        if not heads and dies(predicate) and predicate.dep_ in ("conj", "advcl"):
            # "shot himself while handling a revolver and died": the clause's subject died
            subject = governing_subject(predicate)
            if subject is not None:
                heads.append((subject, "cas_main_subject"))
        if not heads and dies(predicate) and predicate.pos_ == "VERB" and \
                not any(c.dep_ in ("nsubj", "nsubjpass") for c in predicate.children):
            # "Damon Sochko, 16, of Morgantown, died": the parse hung the name elsewhere
            person = name_before(doc, predicate)
            if person is not None:
                heads.append((person, "cas_subject"))
        if not heads and predicate.lower_ in ("life", "lives") and predicate.head.lemma_ == "lose":
            # "a woman lost her life", "three people lost their lives": who lost it
            heads.extend((c, "cas_subject") for c in predicate.head.children if c.dep_ == "nsubj")
        if predicate.pos_ == "NOUN" and predicate.lemma_.lower() == "death" and not heads:
            # "her young child's accidental shooting death": the possessor died
            heads.extend((c, "cas_death_of") for c in predicate.children if c.dep_ == "poss" and c.pos_ != "PRON")
        left = doc[predicate.left_edge.i - 1] if predicate.left_edge.i > 0 else None
        if not heads and left is not None and left.dep_ == "dobj" and left.head.lemma_ == "leave" and \
                left.head.i < left.i and self._is_person(left):
            heads.append((left, "cas_left_dead"))  # "left a boy critically injured", the parse aside
        if not heads and predicate.dep_ == "acl" and predicate.tag_ in ("VBN", "VBD") and \
                predicate.head.pos_ in ("NOUN", "PRON"):
            heads.append((predicate.head, "cas_reduced_relative"))  # "left three other people wounded"
        if predicate.pos_ == "ADJ" and not heads:
            # "found the teen dead": the adjective's own subject
            heads.extend((c, "cas_left_dead") for c in predicate.children if c.dep_ == "nsubj")
        if not heads and (predicate.dep_ == "oprd" or
                          predicate.pos_ == "ADJ" and predicate.dep_ in ("acomp", "xcomp", "conj", "advmod", "advcl")):
            # "left a girl dead": the object; "the man was dead", "two are dead": the subject;
            # "shot dead three protesters": the object after it
            right_after = predicate.i == predicate.head.i + 1  # "shot dead three protesters"
            obj = next((c for dep in ("dobj", "nsubjpass", "nsubj") for c in predicate.head.children
                        if c.dep_ == dep and (c.i < predicate.i or dep == "dobj" and right_after)), None)
            if obj is not None:
                heads.append((obj, "cas_left_dead"))
        if predicate.pos_ == "NOUN" and predicate.lemma_.lower() in ("wound", "injury", "condition", "hospital") \
                and not heads:
            # "suffered (from) gunshot wounds", "was taken to hospital with a gunshot wound",
            # "were left in critical condition": the people are the clause's subject
            verb = next((a for a in predicate.ancestors if a.pos_ in ("VERB", "AUX")), None)
            if verb is not None and dies(verb):
                verb = None  # "two of the victims died of their injuries": counted by "died"
            roles = ("dobj",) if verb is not None and verb.lemma_ == "send" else ("nsubj", "nsubjpass")
            # "sent four people to the hospital with injuries": the object
            subject = next((c for c in verb.children if c.dep_ in roles), None) if verb else None
            if subject is None and verb is not None and verb.dep_ in ("pcomp", "advcl") and verb.tag_ == "VBG":
                subject = governing_subject(verb)  # "resting in the hospital after suffering a gunshot wound"
            if subject is not None:
                heads.append((subject, "cas_suffered"))
        if predicate.dep_ == "amod" and predicate.head.lower_ in self.lexicon.victim_nouns:
            heads.append((predicate.head, "cas_adjective"))
        elif predicate.dep_ == "amod" and predicate.head.like_num and predicate.head.i < predicate.i:
            heads.append((predicate.head, "cas_adjective"))  # "left two people dead and two more wounded"
        out = []
        for head, rule in heads:
            out.extend(self._from_phrase(doc, head, kind, predicate, rule))
        if not out:
            count = self._preceding_count(doc, predicate)
            if count is not None:
                out.append(self._make(count, kind, None, predicate, rule="cas_number_before"))
        return [c for c in out if c is not None]

    def _from_phrase(self, doc: Doc, head: Token, kind: str, predicate: Token, rule: str) -> list[Casualty]:
        """The count and victims of a noun phrase (and its conjuncts)."""
        if head.lower_ in ("who", "that") and predicate.dep_ == "relcl":
            head = predicate.head  # "a man who was killed"
        elif head.lower_ in ("who", "that") and head.head.dep_ == "relcl":
            head = head.head.head  # "a man who was shot and killed": the relative clause's noun
        phrases = [head] + [c for c in head.children if c.dep_ == "conj" and
                            (c.pos_ in ("NOUN", "PROPN", "NUM") or c.lower_ in REFLEXIVES) and
                            not (rule == "cas_adjective" and counted(c))]
        # an adjective before the first noun leaves a counted one after it alone ("Dead civilians
        # and thousands fleeing the fighting": the thousands are not dead)
        out = []
        for noun in phrases:
            total = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                          if g.dep_ == "pobj"), None) if noun.lower_ == "total" else None
            noun = total or noun  # "a total of four people"
            if is_share(noun):  # "20%, some 180 people, were killed": the count beside the share
                noun = next((c for c in noun.children if c.dep_ == "appos"), noun)
            if noun is not head and noun.tag_ == "NN" and self._is_person(noun) and \
                    not any(c.dep_ in ("det", "poss", "nummod") for c in noun.children) and \
                    out and out[0].quantity.best == 1 and out[0].rule_id.endswith(":single"):
                # "a mother and son": the second noun shares the first one's article
                out.append(self._make(doc[noun.i:noun.i + 1], kind, doc[noun.i:noun.i + 1], predicate,
                                      rule=out[0].rule_id, quantity=Quantity(1, 1, 1, "exact")))
                continue
            words = {t.lower_ for t in noun.subtree}
            has_number = any(t.like_num and t.lower_ != "one" for t in noun.subtree)
            if not has_number and words & {"no", "nobody", "none"} and \
                    (noun.lower_ in ("one", "nobody", "none") or any(c.lower_ == "no" for c in noun.children)):
                start = min([noun.i] + [c.i for c in noun.children if c.lower_ == "no"])
                if start == noun.i and noun.i > 0 and doc[noun.i - 1].lower_ == "no":
                    start -= 1
                out.append(self._make(doc[start:noun.i + 1], kind, None, predicate, rule="cas_zero",
                                      quantity=Quantity(0, 0, 0, "exact")))
                continue
            if noun.lower_ in ("another",) and noun.pos_ in ("PRON", "DET", "NOUN"):  # "and another critically injured"
                out.append(self._make(doc[noun.i:noun.i + 1], kind, doc[noun.i:noun.i + 1], predicate,
                                      rule=f"{rule}:another", quantity=Quantity(1, 1, 1, "exact")))
                continue
            if noun.lower_ in ("he", "she", "him", "her") or noun.lower_ in REFLEXIVES:  # "He was shot", "shot himself"
                out.append(self._make(doc[noun.i:noun.i + 1], kind, doc[noun.i:noun.i + 1], predicate,
                                      rule=f"{rule}:pronoun", quantity=Quantity(1, 1, 1, "exact")))
                continue
            count = self._count_span(doc, noun)
            lenient = predicate.lemma_.lower() in ("kill", "wound", "injure")
            victim = self._victim_span(doc, noun, count, lenient=lenient)
            members = members_count(noun)
            if count is not None and members is not None:  # "a family of seven civilians": all of it
                members_noun = members if members.dep_ == "pobj" else members.head  # "five", "civilians"
                victim = doc[noun.left_edge.i:max(members_noun.i + 1, count.end)]
            if count is None and victim is not None and noun.ent_type_ == "PERSON":
                ent = next(e for e in doc.ents if e.start <= noun.i < e.end)
                out.append(self._make(ent, kind, ent, predicate, rule=f"{rule}:person",
                                      quantity=Quantity(1, 1, 1, "exact")))
                continue
            if count is None and noun.pos_ == "PROPN" and noun.dep_ == "nsubj" and \
                    dies(predicate) and noun.ent_type_ not in ("ORG", "NORP"):
                # "Madueno died on December 25": only a person dies (the model may call the name a place)
                start = noun.i
                while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == noun.i:
                    start -= 1
                name = doc[start:noun.i + 1]
                out.append(self._make(name, kind, name, predicate, rule=f"{rule}:name",
                                      quantity=Quantity(1, 1, 1, "exact")))
                continue
            if count is None:
                continue
            if victim is None and noun.lower_ not in COUNT_WORDS and not noun.like_num and \
                    noun.lower_ not in ("dead", "deaths", "fatalities", "casualties"):
                continue
            if victim is None and not dies(predicate) and any(
                    c.dep_ == "prep" and c.lower_ == "of" and
                    any(g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN") and g.lower_ not in COUNT_WORDS and
                        any(d.dep_ in ("det", "poss") for d in g.children) for g in c.children)
                    for c in noun.children):
                continue  # "shot down seven of the 13 drones": what the number counts is no people
            single = count.end > noun.i and not noun.like_num and noun.lower_ not in COUNT_WORDS and members is None
            out.append(self._make(count, kind, victim, predicate, rule=f"{rule}:single" if single else rule,
                                  quantity=Quantity(1, 1, 1, "exact") if single else None))
        return out

    def _bodies(self, doc: Doc, body: Token, kind: str) -> list[Casualty | None]:
        """'the body of a 15-year-old boy' (the person), 'two bodies', 'a body' (the count)."""
        owners = [g for c in body.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                  if g.dep_ == "pobj"]
        if owners:
            return self._from_phrase(doc, owners[0], kind, body, "cas_body_of")
        owner = next((c for c in body.children if c.dep_ == "poss"), None)
        if owner is not None and body.lower_ == "body":  # "the man's body was found", "his body"
            if owner.lower_ in ("his", "her"):
                return [self._make(doc[owner.i:body.i + 1], kind, doc[owner.i:owner.i + 1], body,
                                   rule="cas_body_of:pronoun", quantity=Quantity(1, 1, 1, "exact"))]
            if owner.pos_ in ("NOUN", "PROPN"):
                return self._from_phrase(doc, owner, kind, body, "cas_body_of")
        number = next((c for c in body.children if c.dep_ == "nummod"), None)
        if number is not None:
            return [self._make(expand_count(doc, number), kind, None, body, rule="cas_bodies")]
        article = next((c for c in body.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
        if article is not None and body.lower_ == "body":
            return [self._make(doc[article.i:body.i + 1], kind, None, body, rule="cas_bodies",
                               quantity=Quantity(1, 1, 1, "exact"))]
        return []

    def _count_span(self, doc: Doc, noun: Token | None) -> Span | None:
        if noun is None:
            return None
        if is_share(noun):
            return None  # "77% were killed in contravention of humanitarian law": a share, not a count
        if noun.like_num or noun.lower_ in COUNT_WORDS:  # "25 were killed", "dozens wounded"
            return expand_count(doc, noun)
        members = members_count(noun)
        if members is not None:  # "a family of seven civilians was killed", "a group of 12 was wounded"
            return expand_count(doc, members)
        numbers = [c for c in noun.children if c.dep_ in ("nummod", "quantmod") or
                   (c.dep_ in ("amod", "det") and c.lower_ in COUNT_WORDS)]
        before = doc[noun.i - 1] if noun.i > 0 else None
        if before is not None and before.like_num and not before.ent_type_ and before not in numbers:
            # "on 16 and 17 July 36 civilians were killed", "On 12 March 14 people were killed": the
            # number right before the noun counts it, whatever the parser hung it on
            return expand_count(doc, before)
        if numbers:
            return expand_count(doc, numbers[0])
        of_head = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if of_head is not None and (of_head.head.lower_ in COUNT_WORDS or of_head.head.like_num):
            return expand_count(doc, of_head.head)  # "dozens of people"
        det = next((c for c in noun.children if c.dep_ == "det" or
                    (c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "my", "our"))), None)
        if det is None and (noun.tag_ == "NN" or noun.tag_ == "NNP" and noun.lower_ in self.lexicon.victim_nouns) and \
                noun.dep_ in ("nsubj", "nsubjpass") and self._is_person(noun) and \
                noun.left_edge.is_sent_start and noun.lower_ not in _NOT_VICTIMS and \
                all(t.dep_ in ("amod", "compound", "nummod", "npadvmod", "punct") and t.text not in ",;"
                    for t in doc[noun.left_edge.i:noun.i]):
            return doc[noun.left_edge.i:noun.i + 1]  # a headline's "7-year-old boy was fatally shot"
        if det is not None and det.lower_ in ("a", "an", "one", "another", "the", "her", "his", "their") and \
                noun.tag_ in ("NN", "NNP", "JJ") and (self._is_person(noun) or noun.head.lemma_ in ("kill", "wound")) \
                and noun.lower_ not in _NOT_VICTIMS and \
                (det.lower_ in ("a", "an", "one", "another") or noun.lower_ not in ("people", "others")):
            start = det.i
            return doc[start:noun.i + 1]  # "an American contractor": the phrase is the count
        return None

    def _victim_span(self, doc: Doc, noun: Token, count: Span | None, *, lenient: bool = False) -> Span | None:
        target = noun
        if noun.like_num or noun.lower_ in COUNT_WORDS:
            of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            target = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if target is None:
                return None
        if not self._is_person(target) and not (lenient and target.pos_ in ("NOUN", "PROPN")
                                                  and target.lower_ not in _NOT_VICTIMS):
            return None
        left = [t for t in target.subtree if t.i <= target.i]
        start = left[0].i
        if count is not None and count.start <= start < count.end or (count is not None and count.end <= target.i
                                                                     and start < count.end):
            start = count.end
        while start < target.i and doc[start].lower_ in ("of", "the"):
            start += 1
        if count is not None and count.end > target.i:  # "an American contractor": the count is the victim
            return count
        return doc[start:target.i + 1]

    def _is_person(self, token: Token) -> bool:
        if token.lower_ in self.lexicon.victim_nouns or token.lemma_.lower() in self.lexicon.victim_nouns:
            return True
        if token.ent_type_ in ("PERSON", "NORP") or token.lower_ in self.lexicon.group_nouns:
            return True
        return token.lower_ == "old" and any(t.lower_ in ("year", "month") for t in token.subtree)  # "the 15-year-old"

    def _preceding_count(self, doc: Doc, predicate: Token) -> Span | None:
        """'more than 500 dead', 'almost two dozen dead', 'three people injured'."""
        i = predicate.i - 1
        if i >= 0 and doc[i].lower_ in self.lexicon.victim_nouns:
            i -= 1
        if i < 0 or not (doc[i].like_num or doc[i].lower_ in COUNT_WORDS or doc[i].lower_ == "dozen"):
            return None
        return expand_count(doc, doc[i])

    def _make(self, count: Span, kind: str, victim: Span | None, predicate: Token, *, toll: bool = False,
              rule: str = "", quantity: Quantity | None = None) -> Casualty | None:
        quantity = quantity or parse_quantity(count.text)
        if quantity is None:
            return None
        return Casualty(count, quantity, kind, victim, predicate, toll, rule)


# taken to a hospital for these, nobody is hurt
_CHECKS = {"examination", "evaluation", "observation", "check", "assessment", "tests"}
# nouns whose number counts wounds, not people
_WOUND_NOUNS = {"wound", "wounds", "injury", "injuries"}
# "lost her life", "claimed the lives of", "took the life of"
_LIFE_TAKERS = {"lose", "claim", "take"}
_TO_DEATH_VERBS = {"shoot", "stab", "beat", "burn", "stone", "hack", "club", "bludgeon", "crush", "trample",
                   "strangle", "choke", "kick", "batter", "maul", "torture", "gun", "starve", "freeze"}
# the lemmas kind_of() reads, besides the lexicon's casualty words
_KILL_LEMMAS = ("kill", "die", "death")
_INJURE_LEMMAS = ("wound", "injure", "injury")
_STRIKE_LEMMAS = ("strike", "hit", "graze", "pierce")  # "a bullet struck an 11-year-old"
_CARRY_LEMMAS = ("rush", "take", "transport", "airlift", "fly", "carry")  # "was rushed to the hospital"
_CANDIDATE_LEMMAS = frozenset(_KILL_LEMMAS + _INJURE_LEMMAS + _STRIKE_LEMMAS + _CARRY_LEMMAS +
                              ("shoot", "turn", "perish", "pass", "succumb", "treat", "survive", "save")) | \
    _TO_DEATH_VERBS
