"""Who is counted once, and an event's totals.

A victim is often told several times (headline, lead, "the victim", a name released later,
"he died"): `distinct` keeps each one once per article. `toll` and `injured_toll` turn an
event's remaining counts into its killed and injured totals (the README's "Counting
conventions").
"""

from __future__ import annotations

from pipeline.casualty_counts import Casualty
from pipeline.casualty_grammar import REFLEXIVES, governing_subject
from pipeline.stages.extensions import sentence_start

# words that mark a victim as someone not yet counted ("another man", "a second victim")
_NEW_VICTIM_WORDS = {"another", "also", "second", "other", "third", "fourth", "fifth", "sixth"}


def identity(casualty: Casualty) -> tuple:
    """Who a count is about, so that a victim named again (in the headline, the lead,
    under another event word: "the killing", "the homicide") is counted once."""
    victim = casualty.victim
    if victim is not None and victim.root.ent_type_ == "PERSON":
        return (casualty.kind, "person", victim.root.lower_)
    best = casualty.quantity.best
    if best == 1 and victim is not None:
        return (casualty.kind, 1, victim.root.lemma_.lower())
    return (casualty.kind, best)


def distinct(casualties: list[Casualty]) -> list[Casualty]:
    """Drop counts that name victims already counted: the same identity, a pronoun for
    someone counted ("Four people were shot, one man fatally ... he died"), or a single
    victim named again in a later sentence ("A Waverly man ... Hummel") unless the text
    marks a new one ("another man", "was also shot"). A wounded victim later reported
    dead ("The girl who was shot ... has died", "A man was shot ... He died") counts
    once, as killed. "A deadly shooting" counts one dead, and "found the bodies of" its
    people, only when no other count of the dead is given."""
    kept, seen = [], set()
    singles: dict[str, list[Casualty]] = {}
    died: set[int] = set()  # wounded victims the text later reports dead
    casualties = [c for c in casualties if not _multiple_told_again(c, casualties)]
    for casualty in sorted(casualties, key=lambda c: c.count.start):
        key = identity(casualty)
        single = casualty.quantity.best == 1 and casualty.victim is not None
        duplicate = key in seen and not casualty.toll and not (single and _marked_new(casualty))
        pronoun = single and casualty.victim.root.pos_ == "PRON" and \
            casualty.victim.root.lower_ not in _NEW_VICTIM_WORDS and \
            (casualty.victim.root.lower_ not in REFLEXIVES or _victim_again(casualty, kept))
        if single and not duplicate:
            earlier = singles.get(casualty.kind, [])
            start = sentence_start(casualty.count.doc, casualty.count[0])
            later_sentence = any(sentence_start(e.count.doc, e.count[0]) != start for e in earlier)
            duplicate = bool(earlier) and (pronoun or (later_sentence and not _marked_new(casualty)
                                                       and not _someone_else(casualty, earlier, kept)))
        if pronoun and not duplicate and any(c.kind == casualty.kind for c in kept):
            duplicate = True  # "Four people were shot, one man fatally ... he died": one of them
        definite = single and casualty.victim[0].lower_ in ("the", "that", "this") and \
            not any(t.lower_ in ("other", "another", "second") for t in casualty.victim)
        if (definite or pronoun) and not duplicate and any(singles.values()):
            # wounded, then dead, only while nobody is counted dead ("Three people were killed and
            # another injured ... the third person died later" is one of the three)
            wounded = [c for c in kept if c.kind == "injured" and c.quantity.best == 1 and c.victim is not None] \
                if casualty.kind == "killed" and not any(c.kind == "killed" for c in kept) else []
            if wounded and (pronoun or _same_victim(wounded[-1], casualty)):
                died.add(id(wounded[-1]))  # "The girl who was shot ... has died": wounded, then dead
            else:  # "the girl", "the victim": someone already counted, unless someone else
                duplicate = not _someone_else(casualty, [c for group in singles.values() for c in group], kept)
        if not duplicate and casualty.kind == "injured" and any(
                c.kind == "injured" and (c.quantity.best or 0) >= (casualty.quantity.best or 0) and
                _part_of(casualty, c) for c in kept):
            duplicate = True  # "two others were injured, one of which critically": one of the two
        if not duplicate and casualty.kind == "injured" and _retold_group(casualty, kept):
            duplicate = True  # "two were found dead ... the two were found with gunshot wounds"
        if not duplicate:
            kept.append(casualty)
        if single:
            singles.setdefault(casualty.kind, []).append(casualty)
        seen.add(key)
    kept = [c for c in kept if id(c) not in died]
    if any(c.kind == "killed" and not c.rule_id.startswith(_DEATH_TOLD_AGAIN) for c in kept):
        # "a deadly shooting", "found the bodies of": the dead are counted already
        kept = [c for c in kept if not c.rule_id.startswith(_DEATH_TOLD_AGAIN)]
    # Someone killed is not also counted as injured ("Crawford suffered gunshot wounds"),
    # unless marked as someone else ("a man was killed; a second man was critically injured").
    killed_people = {(c.victim.root.lower_, _age(c)) for c in kept if c.kind == "killed" and c.victim is not None}
    killed_single = any(c.kind == "killed" and c.quantity.best == 1 for c in kept)
    kept = [c for c in kept if not (
        c.kind == "injured" and c.victim is not None and c.quantity.best == 1 and not _marked_new(c) and
        ((c.victim.root.lower_, _age(c)) in killed_people or
         (killed_single and c.victim.root.pos_ == "PRON" and c.victim.root.lower_ not in _NEW_VICTIM_WORDS)))]
    dead = [c for c in kept if c.kind == "killed"]
    if len(dead) == 1 and dead[0].quantity.best == 1:  # one person died: named later, it is them
        kept = [c for c in kept if not _dead_victim_named(dead[0], c)]
    return kept


def _multiple_told_again(casualty: Casualty, casualties: list[Casualty]) -> bool:
    """Whether "a double murder" or "a quadruple shooting" counts people the article counts
    in words of its own, in one sentence ("left two people dead"; "one person was killed and
    three others were injured"), which then stand for it."""
    if casualty.rule_id != _MULTIPLE:
        return False
    kinds = {"killed"} if casualty.kind == "killed" else {"killed", "injured"}  # everyone shot, or the dead
    by_sentence: dict[int, int] = {}
    for c in casualties:
        if c.kind in kinds and c.rule_id != _MULTIPLE and not c.rule_id.startswith(_DEATH_TOLD_AGAIN):
            start = sentence_start(c.count.doc, c.count[0])
            by_sentence[start] = by_sentence.get(start, 0) + (c.quantity.best or 0)
    return max(by_sentence.values(), default=0) >= casualty.quantity.best


_MULTIPLE = "cas_multiple_event"


def _retold_group(casualty: Casualty, kept: list[Casualty]) -> bool:
    """Whether "the two", "the three victims", "all three" names people already counted: the
    dead, or everyone hit ("one man dead and four wounded ... shooting the five people")."""
    count = casualty.count
    before = count.doc[count.start - 1].lower_ if count.start > 0 else ""
    definite = count[0].lower_ in _DEFINITE or before in _DEFINITE
    if not definite or not any(t.like_num for t in count) or (casualty.quantity.best or 0) < 2:
        return False
    killed = sum(c.quantity.best or 0 for c in kept if c.kind == "killed")
    injured = sum(c.quantity.best or 0 for c in kept if c.kind == "injured")
    return killed + injured >= casualty.quantity.best


def _part_of(casualty: Casualty, group: Casualty) -> bool:
    """Whether a count picks out some of a group already counted: "one of which", "two of
    them", "one of the victims", "of the three people shot, two ..." ("one of the suspects"
    is another group)."""
    root = casualty.count.root
    nouns = {"victim", "person", "people", "injured", "wounded", "survivor"}
    if group.victim is not None:
        nouns.add(group.victim.root.lemma_.lower())
    preps = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"] + \
        [c for a in (root.head, root.head.head) for c in a.children if c.dep_ == "prep" and c.lower_ == "of"
         and c.i < root.i]  # "(he said) of the three people shot, two were ..."
    return any(g.dep_ == "pobj" and (g.lower_ in _GROUP_TOLD or g.lemma_.lower() in nouns and any(
                   d.dep_ in ("det", "poss") and d.lower_ in ("the", "those", "these", "their") for d in g.children))
               for c in preps for g in c.children)


# words that make a count definite ("the two", "all three"), and pronouns for a group told
_DEFINITE = {"the", "all", "both", "those", "these"}
_GROUP_TOLD = {"them", "which", "whom", "those", "these"}


def _someone_else(casualty: Casualty, earlier: list[Casualty], kept: list[Casualty]) -> bool:
    """Whether a single victim differs from every one counted before: another age ("the
    37-year-old woman ... the 17-year-old") or, when only single victims are counted so far,
    the other side ("a police officer was shot ... the suspect was struck by return fire";
    "two were killed ... the suspect" may be one of the two)."""
    if _other_age(casualty, earlier) or _other_relative(casualty, earlier):
        return True
    if any(c.kind == casualty.kind and c.quantity.best != 1 for c in kept):
        return False
    return all(_suspect(c) != _suspect(casualty) for c in earlier)


def _other_relative(casualty: Casualty, earlier: list[Casualty]) -> bool:
    """Whether a victim named by a family tie differs from every earlier one, each also named
    by another tie ("the daughter ... died", "the father ... a suicide", "the mother was taken
    to the hospital": three people)."""
    tie = casualty.victim.root.lemma_.lower()
    return tie in _RELATIVES and all(
        c.victim is not None and c.victim.root.lemma_.lower() in _RELATIVES - {tie} for c in earlier)


# nouns of family ties: two different ones in a story are two people
_RELATIVES = {"mother", "father", "daughter", "son", "wife", "husband", "brother", "sister", "grandmother",
              "grandfather", "grandson", "granddaughter", "uncle", "aunt", "nephew", "niece", "cousin",
              "stepfather", "stepmother", "stepson", "stepdaughter", "boyfriend", "girlfriend", "fiance", "fiancee"}


def _suspect(casualty: Casualty) -> bool:
    return any(t.lower_ in _SUSPECT_WORDS for t in casualty.victim)


_SUSPECT_WORDS = {"suspect", "suspects", "gunman", "gunmen", "shooter", "shooters", "assailant", "attacker",
                  "robber", "robbers", "intruder", "carjacker"}


def _other_age(casualty: Casualty, others: list[Casualty]) -> bool:
    """Whether a victim's stated age differs from every other one's (all stated)."""
    age = _age(casualty)
    return bool(age) and all(_age(o) and _age(o) != age for o in others)


def _age(casualty: Casualty) -> str:
    """The age in a victim's phrase ("17" of "A 17-year-old teenager"), or ""."""
    words = [t for t in casualty.victim or () if t.like_num]
    return next((t.text for t in words if t.i + 2 < len(t.doc) and t.nbor(1).text == "-" and
                 t.nbor(2).lower_ in ("year", "month")), "")


def _victim_again(reflexive: Casualty, kept: list[Casualty]) -> bool:
    """Whether "himself"/"herself" is a victim already counted: its clause's subject is a
    pronoun or a counted victim ("a girl was airlifted after she injured herself"), not the
    one who fired ("a man shot his daughter before turning the gun on himself", "he killed
    the boy and himself")."""
    if reflexive.victim.root.dep_ == "conj":
        return False  # "killed the boy and himself": the one who killed
    predicate = reflexive.predicate
    subject = next((c for c in predicate.children if c.dep_ == "nsubj"), None) or governing_subject(predicate)
    if subject is None or subject.pos_ == "PRON":
        return True
    return any(c.victim is not None and c.victim.start <= subject.i < c.victim.end for c in kept)


# counts that only retell deaths when the story counts its dead elsewhere
_DEATH_TOLD_AGAIN = ("cas_deadly_event", "cas_body_of", "cas_bodies")


# words that can name any one victim again ("shot another teen, killing the youth")
_ANY_VICTIM = {"victim", "person", "individual", "youth", "teen", "teenager", "juvenile", "child", "kid"}


# people a story names who are not its victims, so never a named victim told again
_NOT_THE_VICTIM = _SUSPECT_WORDS | {"officer", "deputy", "trooper", "agent"}


def _same_victim(earlier: Casualty, later: Casualty) -> bool:
    """Whether a later single victim can be an earlier one told again: the same noun, a
    word that fits anyone, or a description of a victim the story named ("Maleah Williams
    was injured ... the toddler has died")."""
    word = later.victim.root.lower_
    if _other_age(later, [earlier]):
        return False  # "the 17-year-old ... the 19-year-old": two people
    if earlier.rule_id.endswith(":person") and later.victim.root.pos_ == "NOUN":
        return word not in _NOT_THE_VICTIM
    return earlier.victim.root.lemma_.lower() == later.victim.root.lemma_.lower() or word in _ANY_VICTIM


def injured_toll(injured: list[Casualty], killed: int | None, deaths: list[Casualty] = ()) -> int | None:
    """Injured, the Gun Violence Archive's way: people hit and not killed. "Four people
    were shot, one man fatally" is three injured; an explicit count of wounded ("the
    other four were wounded") stands when it is larger. People shot and people killed
    stay apart when the shot are no more than the killed and named together ("a man was
    killed and a woman was shot"); but one person shot in a sentence of its own, with no
    word marking someone new, is a dead victim told again ("A boy was shot to death
    Tuesday. ... The boy was shot in the chest"). "A quadruple shooting" is everyone hit:
    those not killed are injured."""
    multiple = [c for c in injured if c.rule_id == _MULTIPLE]  # "a quadruple shooting"
    injured = [c for c in injured if c.rule_id != _MULTIPLE]
    hit = [c for c in injured if c.predicate.lemma_ == "shoot"]
    wounded = [c for c in injured if c.predicate.lemma_ != "shoot"]
    if killed and deaths and toll(hit) is not None and toll(hit) <= killed:
        death_sentences = {sentence_start(c.count.doc, c.count[0]) for c in deaths}
        hit = [c for c in hit if not _retold_death(c, deaths, death_sentences)]
    shot, explicit = toll(hit), toll(wounded)
    if shot is not None and killed and shot > killed:
        shot -= killed
    everyone = max((c.quantity.best for c in multiple), default=None)
    if everyone is not None:  # the people a "quadruple shooting" hit, less those killed
        everyone = max(everyone - (killed or 0), 0)
    values = [v for v in (shot, explicit, everyone) if v is not None]
    return max(values) if values else None


def _retold_death(casualty: Casualty, deaths: list[Casualty], death_sentences: set[int]) -> bool:
    doc = casualty.count.doc
    if casualty.quantity.best != 1 or sentence_start(doc, casualty.count[0]) in death_sentences:
        return False
    if _other_age(casualty, deaths):
        return False  # "the body of a 15-year-old boy ... a 13-year-old boy who was shot in the arm"
    return not _marked_new(casualty)


def _dead_victim_named(dead: Casualty, casualty: Casualty) -> bool:
    """Whether a wounded single victim, told after the one person who died and in another
    sentence, is that person again: named ("A 17-year-old boy was killed ... Parker was taken
    to Stroger Hospital"), called the same or by a word that fits anyone, or, after "a deadly
    shooting" that counted nobody, described ("the business owner"); unless marked new."""
    if casualty.kind != "injured" or casualty.quantity.best != 1 or casualty.victim is None or \
            casualty.count.start < dead.count.start or _marked_new(casualty):
        return False
    doc = casualty.count.doc
    if sentence_start(doc, casualty.count[0]) == sentence_start(doc, dead.count[0]):
        return False  # "a man was killed and a woman wounded": two people
    if casualty.rule_id.endswith(":person"):
        return True
    if dead.victim is None:
        return casualty.victim[0].lower_ == "the"
    return _same_victim(dead, casualty)


def _marked_new(casualty: Casualty) -> bool:
    """Whether the text marks a victim as someone not yet counted: "another man", "a second
    victim", "was also shot" (the word in the victim's phrase or on its verb, not anywhere in
    the sentence: "his second-story apartment" marks nobody)."""
    predicate = casualty.predicate
    victim = casualty.victim.root if casualty.victim is not None else None
    if victim is not None and victim.dep_ == "dobj" and casualty.victim[0].lower_ == "another" and \
            any(c.dep_ == "nsubj" and c.pos_ == "NOUN" and c.lower_ not in _NOT_THE_VICTIM for c in predicate.children):
        return False  # "a teenager shot another teenage boy": other than the shooter, not a new victim
    words = list(casualty.victim or ()) + list(casualty.count) + list(predicate.children)
    if predicate.head.i != predicate.i and predicate.dep_ in ("conj", "xcomp", "acomp", "oprd"):
        words += list(predicate.head.children)
    if victim is not None and victim.dep_ == "attr":  # "the second victim was a 13-year-old boy"
        words += [t for c in victim.head.children if c.dep_ == "nsubj" for t in c.subtree]
    if any(c.dep_ == "prep" and any(g.lower_ == "addition" for g in c.children) for c in predicate.children):
        return True  # "In addition to the boy, an 8-year-old girl was shot"
    return any(t.lower_ in _NEW_VICTIM_WORDS for t in words)


def toll(casualties: list[Casualty]) -> int | None:
    """An event's total: the latest stated toll, else the largest per-sentence sum."""
    if not casualties:
        return None
    tolls = [c for c in casualties if c.toll and c.quantity.best is not None]
    if tolls:
        return max(tolls, key=lambda c: c.count.start).quantity.best
    counted = [c for c in casualties if c.quantity.best != 0]  # "nobody else was hurt" adds nobody
    if counted and all(c.quantity.best == 1 and c.victim is not None for c in counted):
        return len({(c.victim.start, c.victim.end) for c in counted})
    by_sentence: dict[int, dict[tuple, int]] = {}
    for casualty in casualties:
        if casualty.quantity.best is None:
            continue
        victims = by_sentence.setdefault(sentence_start(casualty.count.doc, casualty.count[0]), {})
        key = (casualty.victim.start, casualty.victim.end) if casualty.victim is not None else (casualty.count.start,)
        victims[key] = max(victims.get(key, 0), casualty.quantity.best)
    return max((sum(v.values()) for v in by_sentence.values()), default=None)
