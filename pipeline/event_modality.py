"""Whether an event told happened: not negated ("no attacks"), modal or future ("could
target", "will strike"), under a verb or noun of possibility, wishing, urging or preparing
("threatened to strike", "the possibility of a strike", "urging attacks", "in preparation
for the assault"), an option ("either to surrender or die") or in an "if" clause. The events
and casualties stages keep only what happened.
"""

from __future__ import annotations

from spacy.tokens import Token

_MODALS = {"could", "would", "might", "may", "should", "can", "must", "will", "shall", "'d", "'ll", "wo", "ca"}
_IRREALIS_NOUNS = {"possibility", "threat", "threats", "risk", "danger", "fear", "fears", "prospect", "plan", "plans",
                   "warning", "chance", "likelihood", "option", "options", "idea", "call", "calls", "demand"}
# verbs of wishing: what their clause tells has not happened ("I don't want to hear another child is dead")
_WISHING = {"want", "wish", "hope", "pray", "imagine", "dream"}
# what an event noun after these has not happened (yet): "a promised storming", "urged attacks"
_IRREALIS_MODIFIERS = {"promised", "planned", "threatened", "possible", "potential", "proposed", "expected",
                       "imminent", "looming", "feared", "future", "hypothetical", "anticipated", "prospective",
                       "impending", "upcoming"}
_URGING = {"urge", "threaten", "plan", "promise", "vow", "propose", "advocate", "demand", "consider", "contemplate",
           "encourage", "incite", "prevent", "avert", "deter", "fear"}
# what is called, pressed or appealed for has not happened: "calling for the execution of ..."
# (not "a call for a shooting": a call to the police about one)
_CALLING_FOR = {"call", "appeal", "press", "push", "clamour", "clamor", "lobby", "campaign"}
_IMPLICATIVE = {"manage", "begin", "continue", "start", "succeed", "resume", "keep"}
# what these prepare for has not happened yet: "massing in preparation for the assault"
_PREPARING = {"preparation", "preparations", "prepare", "ready", "readiness", "brace", "gear", "poise"}
# what these are for has not happened: "a timetable for an attack", "a pretext for a strike",
# "intended for use in an attack"
_PURPOSE_NOUNS = {"timetable", "pretext", "justification", "deadline", "use", "blueprint"}


# verbs whose negation is itself an event: "did not survive", "were unable to save him" is a death
_NEGATED_EVENTS = {"survive", "save"}


def happened(token: Token) -> bool:
    """False for negated, modal, future, conditional or merely possible events. A verb whose
    negation is the event ("did not survive") is negated only by its modal ("may not survive")."""
    own_negation = token.lemma_ in _NEGATED_EVENTS
    if any(child.dep_ == "neg" and not own_negation or (child.dep_ == "det" and child.lower_ == "no")
           for child in token.children):
        return False
    verb = token if token.pos_ in ("VERB", "AUX") else None
    if verb is None and token.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") and token.head.pos_ in ("VERB", "AUX"):
        verb = token.head
    if verb is None and token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd") and token.head.pos_ in ("VERB", "AUX"):
        verb = token.head  # "could have been dead"
    if token.dep_ == "pobj" and token.head.lower_ == "with" and token.head.head.pos_ == "VERB" and \
            any(c.dep_ == "aux" and c.lower_ in _MODALS for c in token.head.head.children):
        return False  # "Russia would retaliate with an attack", "will respond with airstrikes"
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _IRREALIS_NOUNS:
        return False
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ == "event" and \
            token.head.head.head.lower_ == "in":
        return False  # "in the event of a US-led strike"
    if token.dep_ == "pobj" and token.head.lower_ == "for" and token.head.head.lemma_.lower() in _PREPARING:
        return False  # "in preparation for the assault", "braced for an attack"
    if token.dep_ == "pobj" and token.head.lower_ in ("for", "in") and token.head.head.lower_ in _PURPOSE_NOUNS:
        return False  # "a timetable for an attack", "intended for use in an attack"
    if token.pos_ == "NOUN" and (any(c.dep_ == "amod" and c.lower_ in _IRREALIS_MODIFIERS for c in token.children) or
                                 token.dep_ == "dobj" and token.head.lemma_ in _URGING or
                                 token.dep_ == "pobj" and token.head.lower_ == "for" and
                                 token.head.head.lemma_ in _CALLING_FOR and token.head.head.pos_ == "VERB"):
        return False  # "a promised storming of Afrin", "urging attacks", "calling for the execution": not done
    if token.dep_ in ("pobj", "pcomp") and token.tag_ == "VBG" and token.head.pos_ == "ADP" and \
            (token.head.head.lemma_ == "fail" or any(c.dep_ == "advmod" and c.lower_ in ("nearly", "almost")
                                                     for c in token.head.head.children)):
        return False  # "nearly succeeded in killing the leader", "failed in assassinating him"
    if verb is not None:
        children = list(verb.children)
        shares_aux = verb.tag_ == "VB" or verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.head.children)
        if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and shares_aux and \
                not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in children):
            # "Either to surrender or die", "could be killed or wounded": the first verb's "to" or
            # modal (not a finite verb's: "wanted to kill her and shot her" did shoot)
            children += [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and
                         (c.lower_ in _MODALS or c.lower_ == "to")]
        # "could not save him", "could not be saved": a past inability, the death told
        could_not = own_negation and any(c.dep_ == "neg" for c in children)
        if any(c.dep_ == "neg" and not own_negation for c in children) or \
                any(c.dep_ in ("aux", "auxpass") and c.lower_ in _MODALS and
                    not (could_not and c.lower_ in ("could", "ca")) for c in children):
            return False
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
            return False
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and verb.head.lemma_ not in _IMPLICATIVE \
                and verb.head.i != verb.i and not (own_negation and verb.head.lemma_ in ("unable", "fail")):
            return False  # "threatened to strike", "to fight IS"
        if _wished(verb):
            return False
    return True


def _wished(verb: Token) -> bool:
    """Whether a clause is the complement of a verb of wishing, up to three clauses up
    ("want to wake up and hear another child is dead"; not "wanted money and shot the clerk",
    "wanted to kill his wife and shot her": a finite conjunct is a clause of its own)."""
    for _ in range(3):
        if verb.dep_ not in ("ccomp", "xcomp", "conj") or verb.head.i == verb.i or \
                verb.dep_ == "conj" and verb.tag_ != "VB":
            return False
        complement = verb.dep_ != "conj"
        verb = verb.head
        if complement and verb.lemma_ in _WISHING:
            return True
    return False
