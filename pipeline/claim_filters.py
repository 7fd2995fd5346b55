"""Whether a cue and what it reports make a claim: tests the claims stage applies to what
pipeline/claim_grammar.py reads (a holder for an attitude, no scene-setting clause, words
that say something, a telling that happened, a quotation that is not a title).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.claim_grammar import SCENE_MARKS, Cue
from pipeline.claim_speaker import may_speak, unattributed_passive
from pipeline.claim_spans import in_actor_mention, relative_pronoun
from pipeline.speakers import person_words



def covers(span: tuple[int, int] | Span, start: int, end: int) -> bool:
    """Whether a span (a claim's content, or offsets) holds 90% of the characters start..end."""
    s, e = (span.start_char, span.end_char) if isinstance(span, Span) else span
    return min(end, e) - max(start, s) >= 0.9 * (end - start)


def title_before(claim: dict, quote: Span) -> bool:
    """Whether a quotation stands before a cue whose own content follows it, inside the
    sentence rather than opening it ('On “Fox News Sunday,” Pence said his …')."""
    cue, content = claim["token"].i, claim["content"]
    return content.start > cue and quote.end <= cue and not quote[0].is_sent_start and \
        not quote.doc[quote.start - 1].is_sent_start


def holds(cue: Cue, token: Token, holder: Span) -> bool:
    """Whether the cue's subject holds the attitude or is the evidence: not "Sharrouf is
    believed to have died" (whose belief?), "Isis wanted to see if ...", nor "May has shown
    little interest" (a person showing is no evidence)."""
    if unattributed_passive(token):
        return False
    if any(g.dep_ == "mark" and g.lower_ == "if" for c in token.children if c.dep_ == "ccomp" for g in c.children):
        return False
    if cue.cue_type == "intention" and holder.root.lemma_.lower() in _PURPOSES:
        return False  # "the operation, which aims to create a buffer zone": a purpose, no one's intention
    if cue.cue_type == "evidence":  # "It shows an officer aiming a gun", not "He has shown little interest"
        root = holder.root  # ... nor "The Trinidadian authorities have shown little interest": an actor
        return root.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG") and \
            (root.tag_ not in ("PRP", "NNP") or root.lower_ in ("it", "this", "that")) and \
            not in_actor_mention(root)
    return True


def is_scene(cue: Token, content: Span) -> bool:
    """Whether the clause read as content only sets the scene of the cue: "Scott was speaking
    to the delegation when McAuliffe walked in", "laud the same concepts when they were
    offered by a man", "said before he died"; but "have not said when they would take it
    up" asks when (a "when" right after a cue with no object of its own)."""
    first = next((t for t in content if not t.is_punct), None)
    if first is None or first.lower_ not in SCENE_MARKS or first.dep_ not in ("mark", "advmod") or \
            first.head != content.root or content.root.dep_ != "advcl":
        return False
    if first.lower_ != "when":
        return True
    return content.start > cue.i + 1 or any(c.dep_ in ("dobj", "dative", "prep") for c in cue.children)


def says_something(content: Span) -> bool:
    """Content of two words or more, or one that is not a wh-word, a preposition ("the best
    one I know of") or a person's pronoun ("the men they are alleged to have killed"), and no
    free relative ("whatever you want")."""
    words = [t for t in content if not t.is_punct]
    if not words or words[0].lower_ in ("whatever", "whoever", "whichever"):
        return False  # "call it whatever you want"
    return len(words) > 1 or words[0].tag_ not in ("WDT", "WP", "WRB", "IN", "RP") and \
        words[0].lower_ not in _PERSONS_PRONOUNS


_PERSONS_PRONOUNS = {"i", "me", "you", "he", "him", "she", "her", "we", "us", "they", "them"}


# verbs whose infinitive did not happen: "declined to discuss", "refused to comment"
_NOT_DONE = {"decline", "refuse", "fail", "avoid", "hesitate", "neglect",
             "need",  # "Trump needs to tell the truth": told by no one yet
             "prepare", "plan", "intend",  # "are preparing to recognise Assad": not yet (the plan is its own claim)
             # what is required or expected of someone is not yet done: "the law does not require anyone
             # to tell what they know", "is expected to announce his decision on Friday" (one forced to
             # admit something admitted it)
             "require", "forbid", "expect"}


# things with a purpose but no mind: what they "aim" or "seek" to do is their makers' intention
_PURPOSES = {"operation", "offensive", "plan", "policy", "law", "bill", "strategy", "programme", "program", "measure",
             "deal", "agreement", "move", "initiative", "effort", "project", "mission", "scheme", "proposal",
             "resolution", "legislation", "rule", "regulation", "reform"}


def not_done(token: Token) -> bool:
    """Whether a cue is the infinitive of a verb by which it did not happen ("declined to
    discuss reports", "refused to say whether"), or a command."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "needs to sell herself and tell more jokes"
        token = token.head
    return token.dep_ == "xcomp" and token.head.lemma_ in _NOT_DONE or _imperative(token)


def supposed(token: Token) -> bool:
    """A cue in a clause of condition: a supposition, nothing said or sought ("if the US sought
    to strike Syria, Russia would use its air defences", "unless the president agreed to ...")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in token.children)


def meets(token: Token) -> bool:
    """Whether "see" is meeting someone ("it is unclear who Bolton will be seeing in Ankara",
    "is seeing the president on Monday"), not a view ("sees the war as brutally simple")."""
    if token.lemma_ != "see" or any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
        return False
    # (one seen somewhere is witnessed, the witnesses' claim: "witnesses saw him in Abu Kamal")
    return any(c.dep_ == "dobj" and (c.lower_ in ("who", "whom") or token.tag_ == "VBG" and
                                     (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her", "them")))
               for c in token.children)


def no_comment(token: Token) -> bool:
    """A comment told as not made ("did not comment on the deal", "would not comment on
    whether ...", "did not wish to comment on their capture"): nothing said."""
    if token.lemma_ != "comment":
        return False
    while token.dep_ == "xcomp" and not any(c.dep_ == "neg" for c in token.children):
        token = token.head
    return any(c.dep_ == "neg" for c in token.children)


# what is defended with arms, not words ("to defend Afrin", "defended their positions")
_GROUND = {"city", "town", "village", "border", "borders", "territory", "enclave", "positions", "position", "country",
           "homeland", "land", "base", "bases", "frontier", "frontline", "line", "lines", "area", "areas", "region",
           "stronghold", "district", "province", "neighbourhood", "neighborhood"}


def defends_ground(token: Token) -> bool:
    """Whether "defend" is fighting for a place or people, not speaking for a view: "refused to
    lift a finger to defend Afrin", "fighters defending the town", "unable to defend
    themselves"; not "defended the decision"."""
    if token.lemma_ != "defend":
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    return any(o.ent_type_ in ("GPE", "LOC", "FAC") or o.lower_ in _GROUND or o.lower_.endswith(("self", "selves"))
               for o in objects)


def said_by_no_one(token: Token) -> bool:
    """Whether a cue's subject is no one: "Neither Clinton nor her allies have been charged",
    "no one could argue with him about religious law", "Nobody knows"; not "A No 10 spokesman"."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(g.lower_ in ("neither", "no", "nobody", "none") and g.dep_ in ("preconj", "det") and
               not (g.i + 1 < len(g.doc) and g.doc[g.i + 1].like_num) or
               g.lower_ in ("nobody", "none") or g.lower_ == "one" and g.i > 0 and g.doc[g.i - 1].lower_ == "no"
               for s in subjects for g in [s, *s.children])


def no_accusation(cue: Cue, token: Token) -> bool:
    """Whether an accusation is told as not made: "has never been charged", "did not accuse
    him of ..."."""
    return cue.kind == "accusation" and any(c.dep_ == "neg" for c in token.children)


def secures(token: Token) -> bool:
    """Whether "assure" makes something certain rather than promising it to someone: "The
    intervention has assured a long-term Russian military presence" (no one told, nothing
    said); not "assured MPs that the troops would return"."""
    return token.lemma_ == "assure" and not any(
        c.dep_ == "ccomp" or c.dep_ in ("dobj", "dative") and (c.pos_ == "PRON" or may_speak(c))
        for c in token.children)


# what a finding judges ("found him guilty", "found the claims baseless"), not a state something
# was found in ("found three people dead")
_JUDGED = {"guilty", "innocent", "responsible", "liable", "credible", "unfounded", "baseless", "false", "true",
           "illegal", "legal", "unlawful", "lawful", "unconstitutional", "inadequate", "insufficient", "wanting",
           "lacking", "negligent", "justified", "unjustified", "accurate", "inaccurate", "reliable"}
# the states someone or something is found in
_FOUND_STATES = {"dead", "alive", "unresponsive", "unconscious", "injured", "wounded", "bleeding", "safe",
                 "unharmed", "missing", "naked", "lifeless", "slumped", "empty", "abandoned"}


def discovers(token: Token) -> bool:
    """Whether "find" is someone finding something or someone, no finding reported: "police
    found six people shot", "they found three people dead", "the gun was found behind a TV",
    "they were found abandoned on a roadside"; not "found that ...", "were found to be
    Russian-made", "found him guilty", nor a poll's or a study's finding ("a poll found Clinton
    with a lead")."""
    if token.lemma_ != "find" or any(c.dep_ == "ccomp" and _finite(c) or c.dep_ == "prt" for c in token.children) or \
            any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in token.children):  # ("were found to be Russian-made", not "found shot to death")
        return False
    if any(t.lower_ in _JUDGED or t.pos_ == "ADJ" and t.dep_ in ("acomp", "oprd", "ccomp", "xcomp") and
           t.lower_ not in _FOUND_STATES
           for c in token.children if c.dep_ in ("dobj", "oprd", "acomp", "xcomp", "ccomp") for t in c.subtree):
        return False  # a judgement ("found him guilty", "finds that pitch compelling")
    if any(c.dep_ == "auxpass" for c in token.children):
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return any(c.dep_ in ("dobj", "ccomp") for c in token.children) and subject is not None and (
        subject.pos_ == "PRON" or subject.ent_type_ == "PERSON" or
        subject.lemma_.lower() in person_words()["person_nouns"] or
        subject.lower_ in ("police", "deputies", "officers"))


def _finite(clause: Token) -> bool:
    """A clause of its own ("found Hockman had been fatally wounded", "found that ..."), not a
    state its subject was found in ("found four people shot", "found them dead")."""
    if any(c.dep_ in ("aux", "auxpass", "mark") for c in clause.children):
        return True
    if clause.lemma_ in ("shoot", "wound", "injure", "stab", "kill", "hurt", "strike") and \
            not any(c.dep_ == "dobj" for c in clause.children):
        return False  # ("shot" read as a past tense: the people were found shot, they shot no one)
    return clause.tag_ in ("VBD", "VBZ", "VBP", "MD") or clause.pos_ == "AUX"


# what is refused, not denied as untrue: "were denied access", "denied him bail"
_REFUSED = {"access", "entry", "permission", "visa", "bail", "asylum", "passage", "request", "application",
            "citizenship", "treatment", "right", "chance", "opportunity", "funding", "license", "licence"}


def refuses(token: Token) -> bool:
    """Whether "deny" refuses something rather than denying a claim ("The UN has been denied
    access to Ghouta", "denied him bail")."""
    return token.lemma_ == "deny" and any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in _REFUSED
                                          for c in token.children)


def to_a_person(token: Token) -> bool:
    """Whether "reject", "embrace" or "question" is done to a person, not to what was said or
    proposed ("a man on Tinder rejected him", "Putin demonstratively embraced the Syrian
    president", "Senators are expected to question him for many hours"; not "rejected the
    claims", "embraced the plan", "questioned Cruz's eligibility")."""
    if token.lemma_ not in ("reject", "embrace", "question"):
        return False
    return any(c.dep_ == "dobj" and (c.lower_ in ("him", "her", "them", "me", "us") or c.ent_type_ == "PERSON" or
                                     c.lemma_.lower() in person_words()["person_nouns"]) and
               not any(g.dep_ == "case" for g in c.children)  # not "rejected Erdoğan’s calls"
               for c in token.children)


_LINES = {"hotline", "tipline", "tip-line", "stoppers", "crimestoppers"}  # (not "what Obama called a red line")


def a_phone_call(token: Token) -> bool:
    """Whether "call" rings someone up rather than calling something something: an object and
    nothing it is called ("Neighbors called police after hearing shots", "should call
    Crimestoppers"; not "called the strikes a violation", "called on Iraq to ...")."""
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if token.lemma_ != "call" or len(objects) != 1:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "at" and any(g.like_num for g in c.subtree) for c in token.children) or \
            any(c.lemma_.lower() in _LINES for c in token.children):
        return True  # "call the TIPS Hotline at 816-474-8477": a number rung, whatever the parse made the line
    doc = token.doc
    after = objects[0].right_edge.i + 1
    if after < len(doc) and doc[after].is_quote or \
            any(t.is_quote for t in doc[objects[0].left_edge.i:after]):
        return False  # "called the threat of a strike “extremely dangerous”": a name given in quotation marks
    return not any(  # (nor "called out the attack": condemned)
        c.dep_ in ("oprd", "xcomp", "ccomp", "attr", "acomp", "prt", "auxpass") or
        c.dep_ == "prep" and c.lower_ in ("as", "on", "for")
        for c in list(token.children) + list(objects[0].children))


def aims_something(token: Token) -> bool:
    """Whether "point" aims a thing ("He pointed a gun at the officers", "Riley pointed the
    weapon at his brother"): no pointing out, to or at what is meant ("pointed the finger at
    Iran" still blames)."""
    return token.lemma_ == "point" and any(c.dep_ == "dobj" and c.lemma_.lower() != "finger"
                                           for c in token.children) and \
        not any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("to", "as") for c in token.children)


def governs(token: Token) -> bool:
    """Whether "rule" governs rather than rules on something ("Assad ruled Syria for two
    decades", "a nation ruled by an authoritarian despot"), or "see fit" decides ("would see
    fit to send two men to stand trial"): no clause, frame ("his death was ruled a homicide",
    "ruled the manner of death as accidental"), "out" or "against" ruled, no judgement seen."""
    children = list(token.children)
    if token.lemma_ == "see":
        return any(c.lower_ == "fit" and c.dep_ in ("acomp", "oprd", "amod", "advmod", "dobj", "ccomp")
                   for c in children)
    return token.lemma_ == "rule" and not any(
        c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "prt", "attr") or c.dep_ == "npadvmod" and c.pos_ == "NOUN" or
        c.dep_ == "prep" and c.lower_ in ("against", "on", "in", "as")
        for c in children)


def adds_to(token: Token) -> bool:
    """Whether "add" increases something ("giving birth during the journey, adding to the
    complicated medical needs of the camp", "claims life of 14-year old, adding to the
    carnage"): a "to" phrase and nothing said."""
    return token.lemma_ == "add" and any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children) and \
        not any(c.dep_ in ("ccomp", "dobj", "xcomp") or c.is_quote for c in token.children)


_NAME_WORDS = {"name", "nickname", "alias", "moniker", "guerre", "pseudonym", "surname"}


def a_naming(token: Token) -> bool:
    """Whether "called" names something: a participle after its noun ("the region officially
    called the “Self-Administration Area of North-East Syria”"), or a passive whose "by"
    phrase is the name ("asked to be called only by her Kurdish nom de guerre"), not a caller."""
    if token.lemma_ == "call" and token.tag_ in ("VBN", "VBD") and \
            not any(c.dep_ in ("agent", "nsubj", "nsubjpass", "aux", "auxpass") or c.lower_ == "for"
                    for c in token.children) and any(c.dep_ in ("dobj", "oprd") for c in token.children):
        before = token.i - 1
        while before >= 0 and token.doc[before].pos_ == "ADV":
            before -= 1
        if before >= 0 and token.doc[before].pos_ in ("NOUN", "PROPN"):
            return True  # (a participle right after its noun, whatever the parser hung it on)
    return token.lemma_ == "call" and any(
        c.dep_ == "agent" and any(g.dep_ == "pobj" and (g.lemma_.lower() in _NAME_WORDS or g.lower_ in _NAME_WORDS)
                                  for g in c.children) for c in token.children)


def a_time(speaker: Span | None) -> bool:
    """Whether the cue's subject is a time, which says and shows nothing: "the last week
    appears to have shown that ..."; not a person told by age ("the 26-year-old said")."""
    return speaker is not None and speaker.root.ent_type_ in ("DATE", "TIME") and \
        not any(t.lower_ in ("old", "year-old") for t in speaker)


def no_telling(cue: Cue, token: Token, content: Span, endangered: frozenset[str] = frozenset()) -> bool:
    """Whether "threaten" or "promise" tells nothing: a thing that "threatens to lead to
    escalation" or "promises to be close" (its subject no one who could speak), a threat to
    someone with nothing threatened ("It threatens them"), something put in danger
    (`endangered`: "militias that threaten its sovereignty")."""
    if token.lemma_ not in ("threaten", "promise"):
        return False
    if token.lemma_ == "threaten" and content.root.dep_ == "dobj" and content.root.lemma_.lower() in endangered:
        return True
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.pos_ == "NOUN" and not subject.ent_type_ and not may_speak(subject):
        return True  # "Increasing tensions threaten to lead to ...", not "Rebels threatened to ..."
    return token.lemma_ == "threaten" and len(content) <= 3 and content.root.dep_ == "dobj" and \
        (content.root.tag_ == "PRP" or in_actor_mention(content.root))


def _imperative(token: Token) -> bool:
    """A bare command with no subject ("Now tell us this isn't a witch hunt", "Melania, tell
    your immigrant story"): nothing said yet."""
    return token.dep_ == "ROOT" and token.tag_ == "VB" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in token.children)


# subjects that stand for the speaker in what it warns ("we will not allow ...")
_SPEAKER_PRONOUNS = {"we", "i"}
_WILL = {"will", "would", "'ll", "shall"}


def threatens(cue: Token, content: Span, retaliation: frozenset[str]) -> bool:
    """Whether a warning threatens: it warns someone off ("warned Iraq many times about the
    possibility of a strike", "warned France not to interfere", "warning to attack"), names
    the speaker's answer ("would respond swiftly", "legitimate targets", "will not stand by"),
    or says what the speaker will do ("we will ..."). Else it tells of a danger."""
    # whom it warns ("warned Iraq about a strike", "warned France not to interfere", "warned the US
    # that an operation is near"); not a clause misparsed as the object ("warned the decision
    # could ...", "warned the major powers they are rushing towards catastrophe": a danger told)
    addressee = next((c for c in cue.children if c.dep_ in ("dobj", "dative") and (may_speak(c) or c.pos_ == "PRON")),
                     None)
    if addressee is not None and not any(c.dep_ == "relcl" and any(g.dep_ in ("nsubj", "nsubjpass") and
                                                                   not relative_pronoun(g) for g in c.children)
                                         for c in addressee.children):
        return True
    if content[0].lower_ == "to" and content.root.tag_ == "VB":  # "repeatedly warning to attack"
        return True
    words = [t.lemma_.lower() for t in content]
    if any(w in retaliation for w in words) or \
            any(f"{a} {b}" in retaliation for a, b in zip(words, words[1:])):
        return True
    return any(t.dep_ == "nsubj" and t.lower_ in _SPEAKER_PRONOUNS and
               any(a.dep_ == "aux" and a.lower_ in _WILL for a in t.head.children) for t in content)
