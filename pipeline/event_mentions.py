"""Event mentions: one telling of an event in a text, its arguments, and which tellings
are one event.

The events stage finds each mention (a trigger and what its clause says: agent, target,
place, date); `cluster` groups coreferent mentions into events: an indefinite mention ("a
missile attack") starts a new event, a definite one ("the strikes") joins the most recent
compatible one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipeline.types import DateRow

# ACLED's families of political violence
VIOLENT = {"Explosions/Remote violence", "Battles", "Violence against civilians"}


@dataclass(frozen=True, slots=True)
class Argument:
    name: str
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class EventMention:
    trigger_start: int
    trigger_end: int
    trigger_text: str
    token_i: int
    sentence: int
    event_type: str
    rule_id: str
    zone: str
    agent: Argument | None = None
    target: Argument | None = None
    place: Argument | None = None
    date: DateRow | None = None
    definite: bool = False
    indefinite: bool = False
    plural: bool | None = None  # None for verbs
    family: str = ""  # ACLED event_type: "the bombings" may name the strikes
    cluster: int = -1
    separate: bool = False  # "3 other Seattle shootings", "a separate attack": never an event told before
    modified: bool = False  # a word before the trigger tells what kind: "the chemical attack" (not where:
    # "the Manchester Arena attack")

    def with_arguments_of(self, killing: EventMention) -> EventMention:
        """This event with the agent and target of the killing verb that tells it, where it has
        none of its own; not the event word itself as its agent ("an attack killed")."""
        own_word = killing.agent is not None and killing.agent.start <= self.trigger_start < killing.agent.end
        return replace(self, agent=self.agent or (None if own_word else killing.agent),
                       target=self.target or killing.target)


def _compatible(mention: EventMention, members: list[EventMention], published: date | None = None) -> bool:
    first = members[0]
    same_type = first.event_type == mention.event_type
    bare_definite = mention.definite and not (mention.agent or mention.target)
    # "the attack" may name a bombing, shelling or air strike told before ("killed by a roadside
    # bomb ... Five others were wounded in the attack"); not a clash
    generic = bare_definite and mention.event_type == "attack" and not mention.modified and \
        first.family == "Explosions/Remote violence"  # not "the chemical attack" for a US strike
    if not same_type and not (bare_definite and first.family == mention.family and first.family) and not generic:
        return False  # "the bombings" may name the strikes; "a bombing" may not
    if mention.plural is not None and any(m.plural is not None and m.plural != mention.plural for m in members):
        return False  # "11 attacks" are not "a suspected attack"
    for member in members:
        if member.date and mention.date and member.date.value != mention.date.value and \
                member.date.type == mention.date.type == "DATE":
            return False
    if mention.plural is None and mention.date and mention.date.type == "DATE" and mention.date.last_day and \
            published is not None and mention.date.last_day < (published - timedelta(days=31)).isoformat() and \
            not any(m.date for m in members) and mention.sentence - members[-1].sentence > 2:
        # "A British film-maker has been killed ... [paragraphs on] ... his uncle who was killed in
        # Turkey in the 1990s": a verb telling a day of its own long before publication, far from
        # an undated event (the story's news), tells another
        return False
    return True


def cluster(mentions: list[EventMention], published: date | None = None) -> list[EventMention]:
    """Assign each mention an event (cluster) id: coreferent mentions share one. An
    indefinite mention ("a missile attack") starts a new event, unless it is the body's
    first telling of a headline's event; one set apart ("three other shootings") always
    does; any other joins the most recent compatible event (same type, same grammatical
    number, no clashing date; not a verb with a day of its own a month or more before
    `published`, told sentences after an undated event)."""
    clusters: list[list[EventMention]] = []
    out = []
    for mention in mentions:
        chosen = None
        if not mention.indefinite and not mention.separate:
            for index in range(len(clusters) - 1, -1, -1):
                if _compatible(mention, clusters[index], published):
                    chosen = index
                    break
        elif mention.zone == "body" and not mention.separate:
            # "2 wounded in East Garfield Park shooting" / "Two people were wounded in a shooting":
            # the headline's event is the one the lead introduces
            chosen = next((index for index, members in enumerate(clusters)
                           if all(m.zone == "title" for m in members) and _compatible(mention, members, published)),
                          None)
        if chosen is None:
            clusters.append([])
            chosen = len(clusters) - 1
        clusters[chosen].append(mention)
        out.append(replace(mention, cluster=chosen))
    return out
