"""An event's ACLED event type and sub-event type, beyond its type's default mapping.

`models/dictionaries/event_types.jsonl` maps each event type to one ACLED type and
sub-event type; ACLED's codebook also looks at who did what to whom and with what:
- a sub-event type the event's own words name (`acled_sub_events.json`): "a chemical
  attack" is Explosions/Remote violence / Chemical weapon, "a suicide bombing" Suicide
  bomb, not "tear gas";
- violence by a state's forces against protesters, or a protest with a death toll and such
  forces as its agent, is Protests / Excessive force against protesters; a protest told
  with its dispersal or arrests by those forces is Protest with intervention;
- an attack, shooting or killing between two armed forces (an armed group, a state's
  military or police, or a place one holds: "attacked a checkpoint") is Battles / Armed
  clash, not Violence against civilians.
"""

from __future__ import annotations

import json

from spacy.tokens import Doc

from pipeline.actor_lexicon import ActorLexicon
from pipeline.config import data_path
from pipeline.event_mentions import Argument, EventMention
from pipeline.stages.extensions import sentence_spans

SUB_EVENTS_FILE = "dictionaries/acled_sub_events.json"
# the actor types of an armed force
_ARMED = {"armed_group", "state_military"}
# ACLED's families of political violence, whose sub-event types an event's words may name
_VIOLENT_FAMILIES = {"Explosions/Remote violence", "Violence against civilians", "Battles"}


class AcledCoder:
    def __init__(self, lexicon: ActorLexicon, sub_events: str = SUB_EVENTS_FILE) -> None:
        self.lexicon = lexicon
        data = json.loads(data_path(sub_events).read_text(encoding="utf-8"))
        self.sub_events = [{"words": frozenset(r["words"]), "unless": frozenset(r.get("unless", ())),
                            "acled": (r["acled_event_type"], r["acled_sub_event_type"])}
                           for r in data["refinements"]]
        self.intervention_words = frozenset(data.get("protest_intervention_words", ()))

    def code(self, doc: Doc, default: tuple[str, str], members: list[EventMention], agent: Argument | None,
             target: Argument | None, killed: int | None) -> tuple[str, str]:
        """The ACLED event type and sub-event type of an event told by these mentions (the
        first its anchor), with this agent, target and death toll."""
        acled_type, acled_sub = default
        named = self._named_sub_event(doc, members, agent) if acled_type in _VIOLENT_FAMILIES else None
        if named is not None:  # "a chemical attack", "a suicide bombing"
            return named
        if acled_type in ("Protests", "Violence against civilians") and \
                self._actor_type(doc, agent) == "state_military" and \
                (killed if acled_type == "Protests" else self._actor_type(doc, target) == "protesters"):
            # "soldiers shot dead two protesters", "killed 12 demonstrators during protests"
            return "Protests", "Excessive force against protesters"
        if acled_type == "Protests" and self._intervened(doc, members[0]):  # "fired tear gas at the protest"
            return acled_type, "Protest with intervention"
        if acled_type == "Violence against civilians" and acled_sub == "Attack" and agent is not None and \
                target is not None and self._armed(doc, agent) and self._armed(doc, target, site=True) and \
                agent.name != target.name:
            # "Taliban fighters attacked a checkpoint", "militants killed three soldiers"
            return "Battles", "Armed clash"
        return acled_type, acled_sub

    def _named_sub_event(self, doc: Doc, members: list[EventMention], agent: Argument | None):
        """The ACLED type and sub-event type an event's own words name (acled_sub_events.json):
        a modifier of its first trigger, the subject of its verb, or a word of its agent."""
        words: set[str] = set()
        for member in members[:1]:  # the event's first telling (others may tell it loosely)
            trigger = doc[member.token_i]
            if trigger.pos_ == "VERB":  # "Sarin nerve gas dropped from the air killed ..."
                words.update(t.lower_ for c in trigger.children if c.dep_ == "nsubj"
                             for t in (c, *(g for g in c.children if g.dep_ in ("amod", "compound"))))
            stack = [trigger]
            while stack:
                token = stack.pop()
                for child in token.children:
                    if child.dep_ in ("amod", "compound", "nmod") and child.i < token.i:
                        words.add(child.lower_)
                        stack.append(child)
        if agent is not None:
            words.update(agent.text.lower().split())
        for rule in self.sub_events:
            if words & rule["words"] and not words & rule["unless"]:
                return rule["acled"]
        return None

    def _intervened(self, doc: Doc, anchor: EventMention) -> bool:
        """Whether the sentence telling a protest tells of a state's forces dispersing it or
        making arrests: a word of intervention in a clause whose subject is police, troops or
        security forces ("police fired tear gas", "security forces dispersed the rally")."""
        sentence = sentence_spans(doc)[anchor.sentence]
        for word in sentence:
            if word.lower_ not in self.intervention_words:
                continue
            verb = word if word.pos_ == "VERB" else next((a for a in word.ancestors if a.pos_ == "VERB"), None)
            subjects = [c for c in verb.children if c.dep_ == "nsubj"] if verb is not None else []
            if any(self.lexicon.group_nouns.get(s.lower_) == "state_military" or
                   any(self.lexicon.group_nouns.get(t.lower_) == "state_military" for t in s.subtree)
                   for s in subjects):
                return True
        return False

    def _actor_type(self, doc: Doc, argument: Argument | None) -> str:
        """The actor type of an event's agent or target: its row's in actors.csv, else its head
        noun's ("soldiers": state_military, "protesters"); "site" for a place an armed force
        holds ("a checkpoint", "a US base", whoever's name is in it)."""
        if argument is None:
            return ""
        head = argument.text.split()[-1].lower() if argument.text.split() else ""
        words = doc.char_span(argument.start, argument.end, alignment_mode="expand")
        owner_of = words.root.head if words is not None and words.root.dep_ in ("compound", "nmod", "amod", "poss") \
            else None
        if head in self.lexicon.military_sites or owner_of is not None and owner_of.lower_ in self.lexicon.military_sites:
            return "site"  # "a US base": the base, not the government whose name is in it
        row = next((r for r in doc._.actor_rows or () if r.start < argument.end and argument.start < r.end), None)
        if row is not None:
            return row.actor_type
        return self.lexicon.group_nouns.get(head) or ""

    def _armed(self, doc: Doc, argument: Argument | None, *, site: bool = False) -> bool:
        """Whether an event's agent or target is an armed force: an armed group or a state's
        military or police, or, for a target, a place one holds ("a checkpoint", "a US base")."""
        return self._actor_type(doc, argument) in (_ARMED | {"site"} if site else _ARMED)
