"""The tense a date is read in, and what a date hangs from: the tense of the clause that
governs it (past, perfect, present, future), unless the words around it point forward
("payable Dec. 7", "postponed until Tuesday") or back ("Tuesday's ruling"); whether a date is
the day of a telling ("police said Wednesday") rather than of what is told. The dates stage
reads each expression in this tense (pipeline/stages/dates.py); the events and casualties
stages ask what a date hangs from.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.timex_calendar import lexicon

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going", "would", "'d"}
# modals of what may yet happen ("may leave it to the council on Thursday"); not "could", whose
# past sense news uses ("could not be reached Friday"), nor "can"
_POSSIBLE_AUX = {"may", "might", "must", "should"}
# verbs of telling: a day on them dates the telling, not the event told
TELLING_LEMMAS = {"say", "tell", "report", "announce", "confirm", "state", "add", "note", "reveal", "disclose",
                  "testify", "allege", "write", "explain", "indicate"}
# A present-tense report's date belongs to what is reported ("officials say they were
# called around 4 p.m. Monday"), as does a present passive of these verbs, a state a past
# act left ("is charged in the death ... Thursday night"; "is released on Friday" may be
# scheduled).
_REPORTING = TELLING_LEMMAS | {"believe"}
_PAST_ACT_STATES = {"charge", "accuse", "suspect", "blame", "indict", "convict", "arrest", "detain", "kill", "injure",
                    "wound", "shoot"}
# Infinitives under these verbs point forward: "is scheduled to meet Tuesday".
_FUTURE_HEADS = {"schedule", "expect", "plan", "set", "due", "hope", "intend", "want", "agree", "promise",
                 "prepare", "vow", "aim", "seek", "threaten", "pledge", "decide", "try", "going"}


def clause_tense(span: Span) -> str:
    """past, perfect, present, future or '' for the clause that governs a span."""
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    if token.pos_ not in ("VERB", "AUX"):
        return ""
    auxes = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
    words = {aux.lower_ for aux in auxes}
    if "to" in words and token.dep_ in ("xcomp", "advcl", "ccomp") and token.head.lemma_ in _FUTURE_HEADS:
        # "is scheduled to meet Tuesday" looks forward; "had been due to expire Friday" does not
        heads = (token.head, token.head.head) if token.head.pos_ == "ADJ" else (token.head,)
        head_auxes = {c.lower_ for h in heads for c in h.children if c.dep_ in ("aux", "auxpass")}
        return "past" if head_auxes & {"had", "'d"} and "would" not in head_auxes else "future"
    if "to" in words and token.head.i != token.i and token.head.pos_ in ("VERB", "AUX", "ADJ"):
        token = token.head
        auxes = [child for child in token.children if child.dep_ in ("aux", "auxpass")]
        words = {aux.lower_ for aux in auxes}
    if words & _FUTURE_AUX or (token.lower_ == "going" and any(c.lower_ == "to" for c in token.children)):
        return "future"
    if words & _POSSIBLE_AUX and token.tag_ == "VB" and not words & {"have", "'ve"} and \
            date_governor(span).i == token.i:
        # "he may leave the decision to the security council on Thursday"; not a date on a noun
        # ("the attack on Douma on Saturday cannot go unchallenged")
        return "future"
    if token.tag_ == "VBG" and not auxes and token.dep_ == "pcomp" and token.head.lower_ == "since":
        return "past"  # "since sending forces into Afrin in February" (but "will face a judge for
        # shooting a teenager on Christmas Eve" is no future: a gerund takes no tense of its clause)
    if token.tag_ == "VBN" and words & {"has", "have", "'ve", "'s"}:
        return "perfect"
    if token.tag_ == "VBD" or any(aux.tag_ == "VBD" for aux in auxes):
        return "past"
    if token.tag_ == "VBP" and not auxes and token.lower_ == token.lemma_ and \
            any(c.dep_ == "nsubj" and c.tag_ in ("NN", "NNP") and not any(g.dep_ == "conj" for g in c.children)
                for c in token.children):
        return "past"  # "Weakness in big technology stocks hurt the composite": "hurts" if present
    if token.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am", "'re", "'m"}:
        return "present"
    if token.tag_ == "VBG" and words & {"was", "were"}:
        return "past"
    if token.tag_ == "VBN" and token.dep_ in ("acl", "amod", "relcl") and not auxes:
        return "past"  # "statements made Friday", "the bomb detonated Tuesday"
    return ""


def date_governor(span: Span) -> Token:
    """The word a date phrase hangs from, past any prepositions ("until Tuesday" -> the verb)."""
    governor = span.root.head
    while governor.pos_ == "ADP" and governor.head.i != governor.i:
        governor = governor.head
    return governor


def dates_telling(span: Span) -> bool:
    """Whether a date is the day of a telling ("police said Wednesday", "prosecutors
    announced Tuesday"), not of what is told; a day put before the teller belongs to the
    story ("Monday night, police say a boy was found"), as does one on a verb with no
    teller ("a call reporting a shooting at 5 p.m. Thursday"), and one on a passive "reported"
    whose subject is what happened, not a statement."""
    verb = date_governor(span)
    if verb.lemma_ == "report" and any(c.dep_ == "nsubjpass" and c.lower_ != "it" for c in verb.children):
        return False  # "the shooting that was reported Tuesday night", "shots were reported at 2 a.m."
    return verb.lemma_ in TELLING_LEMMAS and span.start > verb.i and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _relative_clause_tense(span: Span) -> str:
    """The tense of a relative clause a date ends, when the parser hung the date on the main
    verb after it: "A shooting that wounded four teenagers on Monday appears to have been
    gang-related" is Monday past, not the Monday ahead of "appears"."""
    governor = date_governor(span)
    verb_group = min([c.i for c in governor.children if c.dep_ in ("aux", "auxpass", "neg")] + [governor.i])
    if governor.pos_ not in ("VERB", "AUX") or verb_group < span.end:
        return ""  # "children born to fighters are now being cared for": "now" is the main verb's
    subject = next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i >= span.start:
        return ""
    inner = [t for t in span.doc[subject.left_edge.i:span.start] if t.dep_ in ("relcl", "acl") and t.pos_ == "VERB"]
    if not inner or span.root.dep_ == "advmod" or any(t.is_punct for t in span.doc[inner[-1].i:span.start]):
        return ""  # "The group, founded two years ago, now has chapters": "now" is the main verb's
    return clause_tense(span.doc[inner[-1].i:inner[-1].i + 1])


def date_tense(span: Span) -> str:
    """The tense a date is read in: its clause's, unless the words around it point forward
    ("payable Dec. 7", "as soon as Tuesday", "postponed until Tuesday", "the deadline of
    Nov. 10") or back ("Tuesday's ruling" is over unless the clause looks forward)."""
    tense = _relative_clause_tense(span) or clause_tense(span)
    cues = lexicon()["forward_cues"]
    doc = span.doc
    before = " ".join(t.lower_ for t in doc[max(span.start - 3, 0):span.start])
    inside = span[0].lower_ if len(span) > 1 else ""
    governor = date_governor(span)
    pluperfect = _pluperfect(governor)
    if any(before.endswith(phrase) or before.endswith(phrase + " on") for phrase in cues["before"]) and \
            not pluperfect:  # "had been due to expire Friday evening" looks back
        return "future"
    preposition = inside if inside in cues["until"] else (doc[span.start - 1].lower_ if span.start else "")
    if (preposition == "since" or inside == "since") and tense not in ("past", "perfect"):
        return "past"  # "the change is since year-end"
    if not pluperfect and (governor.lemma_ in cues["scheduling_verbs"] or governor.lemma_ == "set" and
                           any(c.lower_ == "for" for c in governor.children)):
        # "has scheduled a news conference Thursday", "a summit set for Washington in April";
        # not "a memorial service planned for Saturday was canceled"
        if governor.dep_ in ("acl", "relcl") and governor.tag_ == "VBN":
            outer = governor.doc[governor.head.i:governor.head.i + 1]
            return "past" if clause_tense(outer) == "past" else "future"
        if tense != "past":
            return "future"
    if preposition in cues["until"]:
        if tense != "past" or governor.lemma_ in cues["deadline_verbs"] and not pluperfect:
            return "future" if preposition != "to" or governor.lemma_ in cues["deadline_verbs"] else tense
    if governor.i < span.start and (governor.lower_ in cues["heads"] or
                                    (governor.lower_ in cues["planned_heads"] and tense != "past")):
        return "future"
    if span.end < len(doc) and doc[span.end].tag_ == "POS" and tense not in ("future",):
        return "past"  # "Tuesday's declaration"
    if tense == "present":
        # "Police are investigating two shootings Thursday evening", "officials say they
        # were called around 4 p.m. Monday": the date belongs to a reported event, not to
        # the present-tense verb, and reads like an undated one (back, unless far ahead);
        # so does a state a past act left ("Portee is charged with manslaughter in the
        # shooting death of ... Thursday night")
        passive = governor.lemma_ in _PAST_ACT_STATES and any(c.dep_ == "auxpass" for c in governor.children)
        if governor.pos_ in ("NOUN", "PROPN") or governor.lemma_ in _REPORTING or passive:
            return ""
    return tense


def _pluperfect(verb: Token) -> bool:
    """Whether a verb is in the pluperfect, or is the infinitive of one ("had been due to
    expire")."""
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
            return True
        if verb.dep_ not in ("xcomp", "acomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
