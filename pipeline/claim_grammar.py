"""The grammar of attribution: what a cue reports (pipeline/stages/claims.py
finds the cues and the quotations and makes the rows; pipeline/claim_spans.py holds the span
helpers both read the parse with).

A cue (models/dictionaries/cues.jsonl) reports its content: the clause it governs, its
object, its infinitive, its "about"/"of"/"for" phrase or, for a parenthetical cue, the
sentence it interrupts. The speaker is the cue's subject (or "by" phrase); when the parse
lost it, the nearest person or organisation before the cue, for speech only (an attitude
needs its holder as subject; pipeline/claim_speaker.py). pipeline/speakers.py resolves the
mention to an actor name;
pipeline/claim_filters.py holds the tests that decide whether what is read makes a claim;
pipeline/claim_objects.py reads what a cue's object says.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from pipeline.claim_objects import framed_object, pro_form, second_object, without_aside
from pipeline.claim_phrases import as_aside, whose_words
from pipeline.claim_spans import ADDRESSEES, noun_phrase, relative_pronoun, sentence_without, subtree_span, trim
from pipeline.stages.extensions import sentence_of

# beliefs that interrupt what they report ("Clinton, he believes, is ...")
PARENTHETICAL_ATTITUDES = {"believe", "think", "fear", "expect", "suspect"}
# what opens a clause of time, cause or concession, never what a cue reports
SCENE_MARKS = {"when", "while", "before", "after", "until", "because", "although", "though", "since", "once",
               "unless", "whereas"}
# ... nor an attribution aside, with "if" (not "since": "a claim since dismissed by the supreme
# court" is the court's)
_SUBORDINATORS = (SCENE_MARKS - {"since"}) | {"if", "whenever"}
_QUOTE_MARKS = {"“", "\"", "‘", "'", "''", "``"}


@dataclass(frozen=True, slots=True)
class Mark:
    """A cue that is not a token of its own (the dash glued to a closing quotation mark)."""
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True, slots=True)
class Cue:
    """One entry of the cue lexicon (models/dictionaries/cues.jsonl)."""
    lemma: str
    kind: str
    rule_id: str
    object_is_content: bool = False  # "cited the report", "called the strikes a violation"
    cue_type: str = "speech"  # speech, belief, intention, support, evidence (ClaimRow.cue_type)
    topic_only: bool = False  # "spoke of", "talked about": only what the cue is about
    content_preps: tuple[str, ...] = ()  # prepositions whose object is the content ("pointed to")
    # prepositions framing the object: "saw the comment as a dig" (also where the parser hangs
    # them on the object); a speech cue with them is a claim only so framed: "painted Trump
    # as a caricature", "likened RT to the BBC", not "painted the house"
    frame_preps: tuple[str, ...] = ()
    warning: bool = False  # "warned": a threat only when it warns someone off or of the speaker's answer
    clause_only: bool = False  # "maintained that ...", not "maintain control", "inspect, maintain and repair"

    @property
    def needs_holder(self) -> bool:
        """An attitude ("wants", "knows", "supports") or evidence ("a poll shows") is a claim
        only with its holder or source named."""
        return self.cue_type in ("belief", "intention", "support", "evidence")


def content_of(doc: Doc, token: Token, cue: Cue) -> Span | None:
    """What a cue reports, read from the parse: the clause it governs ("said that ..."), its
    object ("denied involvement"), its infinitive ("threatened to resign"), its "about"/"of"/
    "for" phrase, or, for a parenthetical cue (", he said,"), the sentence it interrupts."""
    if cue.lemma == "according to":  # the sentence without "according to the poll"
        return trim(doc, sentence_without(doc, sentence_of(doc, token), _according_phrase(doc, token)))
    told_as = as_aside(token) if cue.cue_type in ("speech", "belief") else None
    if told_as is not None:  # "Hawaii, as one adviser pointed out, does not ...": the sentence it attributes
        sentence, aside = sentence_of(doc, token), told_as[0]
        if all(t.pos_ in ("CCONJ", "ADV") or t.is_punct for t in doc[sentence.start:aside.start]):
            sentence = doc[aside.start:sentence.end]  # "Yet, as Mr. Bown observed, ...": what follows
        return trim(doc, sentence_without(doc, sentence, aside))
    if cue.lemma == "put it" and token.head.i > token.i and token.dep_ in ("ccomp", "parataxis"):
        # "Votel put it bluntly: the SDF kept their word": what follows, the parse hung above it
        return trim(doc, doc[subtree_span(doc, token).end:subtree_span(doc, token.head).end])
    if cue.lemma == "in the words of":  # the sentence without "in the words of the UK ambassador"
        whose = whose_words(token)
        phrase = doc[token.i - 2:noun_phrase(doc, whose).end] if whose is not None else \
            subtree_span(doc, doc[token.i - 2])  # (not what the parser set beside the speaker)
        return trim(doc, sentence_without(doc, sentence_of(doc, token), phrase))
    if cue.frame_preps and cue.cue_type == "speech":  # "painted Trump as ...": its framed object or nothing
        return framed_object(doc, token, next((c for c in token.children if c.dep_ == "dobj"), None), cue)
    aside = attribution_aside(doc, token) if cue.cue_type == "speech" else None
    if aside is not None:  # "The difference now, he told me on Friday, is that ...": the sentence it interrupts
        sentence = sentence_of(doc, token)
        if aside.end + 1 < sentence.end and doc[aside.end + 1].lower_ in ("as", "while") or \
                attribution_goes_on(doc, aside) is not None:
            # "..., the State Department said, as protesters ...": the scene; "..., the ministry
            # said on Sunday, adding that ...": the attribution's own next words
            sentence = doc[sentence.start:aside.end]
        return trim(doc, sentence_without(doc, sentence, aside))
    children = list(token.children)
    which = next((c for c in children if c.dep_ == "dobj" and c.lower_ == "which" and c.i < token.i), None)
    if which is not None and token.dep_ == "advcl" and token.head.i < which.i and \
            not any(c.dep_ in ("prep", "oprd", "xcomp", "acomp") for c in children):
        # "Canada is cold, which he assumed when ...": the clause "which" stands for (not "the YPG,
        # which Ankara regards as a militant group", a relative clause with its own frame)
        return trim(doc, doc[subtree_span(doc, token.head).start:which.i])
    clauses, joined = _reported_clauses(doc, token, children)
    # clauses after the cue with their own subject ("suggesting a few questions" has none),
    # no comma between ('Sanders said, suggesting ..., "do you really think ...?"')
    after = [c for c in clauses if c.i > token.i and (any(g.dep_ in ("nsubj", "nsubjpass", "expl")
                                                           for g in c.children) or _lost_subject_before(doc, children, c))
             and not any(t.is_punct for t in doc[token.i + 1:c.left_edge.i])]
    if clauses and all(c.i < token.i for c in clauses) and (cue.kind != "statement" or cue.object_is_content) and \
            any(c.dep_ == "dobj" and c.i > token.i for c in children) and \
            not any(t.is_quote for t in doc[max(min(c.left_edge.i for c in clauses) - 1, 0):token.i]):
        # "UK ministers, habitually inclined to keep differences out of sight, openly criticised
        # Trump's decision": a cue whose object is its content reports the object, not the
        # clause the parser hung before it (a quotation before it is still what it reports)
        clauses = []
    if len(clauses) > 1 and after:
        # "It's unlikely; Clinton's team says she'll continue", "Should the company fail,
        # environmentalists worry that ...": the clause before is a scene, what follows is said
        clauses = [c for c in clauses if c.i >= after[0].i]
    if not clauses and cue.cue_type == "speech":
        # "Trump said after the convention he would not accept ...": a clause with its own
        # subject and no "if" or "because" the parser hung as an adverbial; "when" only if the
        # cue tells nothing else ("have not said when they would take up ...", not "described
        # herself as “ignorant and arrogant” when she fled the US")
        told_something = any(c.dep_ == "dobj" for c in children)
        clauses = [c for c in children if c.dep_ == "advcl" and c.i > token.i and
                   any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and
                   not any(g.dep_ == "mark" or g.tag_ == "WRB" and told_something for g in c.children)]
    if not clauses and cue.cue_type == "speech":
        # "he told a meeting of Pacific Island leaders that few people understood ...": a
        # "that" clause (a complementizer, not a relative pronoun) hung on the addressee
        obj = next((c for c in children if c.dep_ in ("dobj", "dative") and c.i > token.i), None)
        # (or on a noun of a phrase after it, "told one of his protégés on a regular basis
        # that ...", but not a noun's own clause: "rejected Trump's claim that ..." rejects the claim)
        told = obj is not None and cue.kind == "statement" and not cue.object_is_content
        after_object = [t for c in children if c.dep_ == "prep" and told and c.i > obj.i for t in c.subtree]
        clauses = [c for c in (list(obj.subtree) + after_object if obj is not None else ()) if
                   (c.dep_ == "relcl" or c.dep_ == "acl" and told and c.head.dep_ == "pobj") and
                   doc[c.left_edge.i].lower_ == "that" and doc[c.left_edge.i].dep_ == "mark" and
                   any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)][:1]
    if clauses:
        span = _with_lost_subject(doc, token, children, clauses[0])
        for clause in clauses[1:]:
            # "said Trump has “enormous respect” for the military and his rubble comment was
            # instead ...": a clause the parser split in two, the second right after the first
            following = subtree_span(doc, clause, with_mark=True)
            between = doc[span.end:following.start]
            if following.start < span.end or any(not (t.is_punct or t.dep_ == "cc") for t in between):
                break
            span = doc[span.start:following.end]
        return trim(doc, span)
    xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
    if xcomp is not None and cue.kind in ("threat", "promise", "denial", "statement"):
        span = subtree_span(doc, xcomp, with_mark=True)
        if joined is not None:
            span = doc[span.start:subtree_span(doc, joined).end]
        # "calls extending NATO membership into Eastern Europe “a movement in the wrong
        # direction”": a gerund the cue's object, what it is called after it
        named = next((c for c in children if c.dep_ == "oprd" and c.i > xcomp.i), None) \
            if cue.object_is_content else None
        if named is not None:
            span = doc[span.start:subtree_span(doc, named).end]
        # "urged Republicans to join ...", "called the administration to ...": who is to do it belongs to it
        addressee = next((c for c in children if c.dep_ == "dobj" and token.i < c.i < xcomp.i), None)
        if addressee is not None:
            span = doc[subtree_span(doc, addressee).start:span.end]
        return trim(doc, _with_second_verb(doc, token, xcomp, span))
    passive = any(c.dep_ == "auxpass" for c in children)
    if passive:
        subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
        if subject is not None and cue.kind in ("condemnation", "denial", "accusation"):
            span = subtree_span(doc, subject)
            # "Mr. Quiros was accused of using $50 million ...": the accused and the charge
            # ("has been charged with first-degree assault": with, for an accusation)
            charge = next((c for c in children if c.dep_ == "prep" and c.i > token.i and (
                c.lower_ in ("of", "for", "as") or c.lower_ == "with" and cue.kind == "accusation")),
                None) or gerund_after_agent(token)
            if charge is not None and span.end <= token.i:
                span = doc[span.start:subtree_span(doc, charge).end]
            return trim(doc, span)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if cue.kind == "denial" and obj is not None and (
            any(c.dep_ == "dative" for c in children) or second_object(doc, children, obj) is not None and
            not any(c.dep_ == "case" for c in obj.children)):
        return None  # "denying them the right of human dignity": withheld, not denied as untrue
    said = pro_form(doc, token, obj)
    if said is not None:  # "Flynn said as much", "has said the same thing", "doesn't think so"
        return said
    if obj is not None and (obj.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or
                            obj.like_num and not any(c.dep_ == "prep" for c in obj.children)):
        return None  # "would eventually add $84 billion over 10 years": an amount, nothing said
    topic = next((c for c in children if c.dep_ == "prep" and c.lower_ in cue.content_preps and
                  not any(g.ent_type_ in ("DATE", "TIME") for g in c.children)), None)  # not "agreed on Monday"
    if topic is not None and obj is None:  # "pointed to Britain's decision"
        return trim(doc, subtree_span(doc, topic))
    if cue.topic_only:  # "spoke of the legacy of racism", not "spoke at a gathering"
        return None
    extras = [c for c in children if c.dep_ in ("oprd", "prep") and c.i > token.i and
              (c.dep_ == "oprd" or c.lower_ in ("of", "for", "as", "about", "over") or
               c.lower_ == "with" and cue.kind == "accusation")]  # "charged him with murder"
    if obj is not None and (cue.object_is_content or "as" in cue.frame_preps) and \
            not any(c.lower_ == "as" for c in extras):
        # "described him in a speech as a terrorist": the frame the parser hung on where it was said
        extras += [a for c in children if c.dep_ == "prep" and c.i > obj.i for g in c.children if g.dep_ == "pobj"
                   for a in g.children if a.dep_ == "prep" and a.lower_ == "as"][:1]
    if cue.lemma.endswith(" for"):  # "called for an investigation": what is called for
        wanted = next((g for c in children if c.dep_ == "prep" and c.lower_ == "for"
                       for g in c.children if g.dep_ in ("pobj", "pcomp")), None)  # "for reducing the rate"
        return trim(doc, subtree_span(doc, wanted)) if wanted is not None else None
    if obj is not None and cue.cue_type in ("evidence", "belief"):
        # "polls show Clinton with a lead", "see the program as an opportunity": the small clause
        extras += [c for c in children if c.i > obj.i and c not in extras and
                   (c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") or c.dep_ == "prep" and not c.ent_type_ and
                    not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree))]
    # "saw the comment as a dig at America's military": the frame the parser hung on the object
    framed = obj is not None and any(c.dep_ == "prep" and c.lower_ in cue.frame_preps for c in obj.children)
    if obj is not None and (cue.kind != "statement" or extras or cue.object_is_content or framed):
        # "branded the polling a “sham”": the parser's second object is what the first is called
        # (or the rest of one object the parser cut at its possessive: "rejected Erdoğan’s calls")
        second = second_object(doc, children, obj) if cue.object_is_content or \
            any(c.dep_ == "case" for c in obj.children) else None  # "blaming Turkey’s [weeklong offensive]"
        extras += [second] if second is not None else []
        pieces = [without_aside(doc, obj)] + [subtree_span(doc, e) for e in extras]
        return trim(doc, doc[min(p.start for p in pieces):max(p.end for p in pieces)])
    about = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("about", "of", "that")), None)
    if about is not None and cue.kind in ("threat", "statement", "accusation"):
        return trim(doc, subtree_span(doc, about))
    if cue.needs_holder and cue.lemma not in PARENTHETICAL_ATTITUDES:
        return None  # "we will see", "you know": no interrupted clause to hold
    if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children):
        return None  # "As he said goodbye, the crowd cheered": a time (an aside that attributes is read above)
    if token.dep_ == "advcl" and any(c.i < token.i and (c.dep_ == "mark" and c.lower_ in _SUBORDINATORS or
                                                        c.dep_ == "advmod" and c.lower_ in ("when", "whenever"))
                                     for c in children):
        return None  # "family members stood when his case was called": a time, not an attribution aside
    own_words = token.lemma_ != "tell" and any(
        c.dep_ == "dobj" and c.lower_ not in ADDRESSEES and c.ent_type_ not in ("ORG", "PERSON") or
        c.dep_ in ("attr", "oprd") for c in children)
    # (a verb with words of its own joined to a clause does not report it: "remained but found other points")
    if token.dep_ == "conj" and not own_words and \
            not any(c.dep_.startswith("nsubj") or c.dep_ in ("agent", "ccomp", "xcomp", "prep") for c in children) and \
            any(c.dep_ == "dobj" for v in _coordinated(token) for c in v.children):
        return None  # "the people who inspect, maintain and repair them": acts done to something, nothing said
    if token.dep_ in ("parataxis", "advcl") or token.dep_ == "conj" and not own_words or \
            (token.dep_ == "ROOT" and not obj):
        # ", he said," / ", the State Department said in a statement": the interrupted clause
        head = token.head if token.dep_ != "ROOT" else None
        if head is not None and head.i > token.i and token.dep_ == "parataxis" and \
                any(t.i < token.i and not t.is_punct for t in head.subtree):
            # "Acts of protest, Mr. Obama said, are acts of patriotism": the interrupted
            # sentence, attribution included, is the content (its words on both sides)
            return trim(doc, subtree_span(doc, head))
        if head is not None and head.i < token.i:
            span = subtree_span(doc, head)
            speaker = next((c for c in children if c.dep_ in ("nsubj",)), None)
            cut = min([token.i] + ([t.i for t in speaker.subtree] if speaker is not None else []))
            if span.end > token.i + 1 and doc[span.end - 1].i > token.i:  # "..., he said, ..." mid-sentence
                return trim(doc, doc[span.start:span.end])
            return trim(doc, doc[span.start:cut])
    return None


def _coordinated(token: Token) -> list[Token]:
    """The verbs coordinated with a verb ("inspect, maintain and repair"), itself included."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    members, stack = [], [first]
    while stack:
        verb = stack.pop()
        members.append(verb)
        stack.extend(c for c in verb.children if c.dep_ == "conj")
    return members


def _reported_clauses(doc: Doc, token: Token, children: list[Token]) -> tuple[list[Token], Token | None]:
    """The clauses a cue governs, and the one right after its infinitive that is the
    infinitive's ("refused to deny HTS is planning ..."). Not a clause the parser hung on the
    cue past its own infinitive ("claims to have encircled Afrin, besieging civilians ... what
    they fear will be a blockade"), nor a relative clause it made one ("pointed to the
    fighters ... that suggested ..."; "asked who fired" still asks)."""
    infinitive = next((c for c in children if c.dep_ == "xcomp" and c.i > token.i), None)
    clauses = [c for c in children if c.dep_ == "ccomp" and (infinitive is None or c.i < infinitive.i) and
               not any(g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP") and token.i + 1 < g.i < c.i
                       and doc[g.i - 1].pos_ in ("NOUN", "PROPN") and doc[g.i - 1].head.i != token.i
                       for g in c.children)]
    # (not a "when" clause of a cue whose object is a relative pronoun: "cold, which he assumed when he was
    # given a winter coat": what he assumed is what "which" stands for, the clause its time)
    if any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in children):
        clauses = [c for c in clauses if not any(g.dep_ == "advmod" and g.tag_ == "WRB" for g in c.children)]
    # (not a clause before a semicolon: "... fled there from other areas; yet the regime seeks to use ...")
    clauses = [c for c in clauses if c.i > token.i or
               not any(t.text == ";" for t in doc[subtree_span(doc, c).end:token.i])]
    joined = next((c for c in children if c.dep_ == "ccomp" and infinitive is not None and c.i > infinitive.i and
                   subtree_span(doc, c, with_mark=True).start == subtree_span(doc, infinitive).end), None)
    return clauses, joined


def _lost_subject_before(doc: Doc, children: list[Token], clause: Token) -> bool:
    """Whether the parser hung a clause's subject on the cue as its object, right before it
    ("said all she wants to do is come home": "all she wants to do" is the subject of "is")."""
    start = subtree_span(doc, clause, with_mark=True).start
    return any(c.dep_ == "dobj" and subtree_span(doc, c).end == start for c in children)


def _with_lost_subject(doc: Doc, token: Token, children: list[Token], clause: Token) -> Span:
    """A reported clause with the subject the parser hung on the cue ("said between nine and
    50 civilians died", every such phrase up to the clause: "claimed [the US] [under Obama]
    had been timid"); not where or when the telling was made ("said on Sunday in a
    statement"), nor the one told ("told a young woman who suggested ...")."""
    span = subtree_span(doc, clause, with_mark=True)
    first = next((c for c in children if c.dep_ == "dobj" and token.i < c.i < span.start and
                  subtree_span(doc, c).end == span.start and doc[span.start - 1].dep_ == "cc"), None)
    if first is not None:  # "tell us [the 5-year-old and] his 6-year-old brother were alone": a subject's first part
        return doc[subtree_span(doc, first).start:span.end]
    if span.start <= token.i or any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for g in clause.children):
        return span
    for c in sorted((c for c in children if c.dep_ in ("prep", "dobj", "npadvmod") and token.i < c.i < span.start),
                    key=lambda c: -c.i):
        if subtree_span(doc, c).end != span.start or c.lower_ in _ADJUNCT_PREPS or any(
                t.ent_type_ in ("DATE", "TIME") or t.lemma_ in _TELLING_NOUNS or
                t.dep_ == "relcl" and c.pos_ not in ("PRON", "DET") for t in c.subtree):  # "all she wants to do"
            break
        span = doc[subtree_span(doc, c).start:span.end]
    return span


def attitude_of(doc: Doc, token: Token, cue: Cue) -> tuple[Span, Span, Span] | None:
    """An attitude an adjective states of its subject ("Many Democrats are afraid that ...",
    "Protesters were frustrated that ...", "She was sure Trump would triumph", "aides were
    coy about whether ...", "is willing to negotiate"): (holder, cue span, content), the cue
    running from the copula to the adjective ("weren't too concerned"). Only a predicate
    with its holder as subject; "frustrated voters" and "it is clear that" state none."""
    if token.dep_ == "acomp" and token.head.pos_ in ("AUX", "VERB") and token.head.lemma_ == "be":
        verb = token.head
        holder = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    elif token.dep_ in ("ROOT", "conj", "ccomp", "advcl") and any(c.dep_ in ("auxpass", "cop") or
                                                                   c.lemma_ == "be" for c in token.children):
        verb = token
        holder = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    else:
        return None
    if holder is None or holder.lower_ in ("it", "there", "this", "that", "which", "what"):
        return None
    children = list(token.children)
    clause = next((c for c in children if c.dep_ == "ccomp" and c.i > token.i), None)
    if clause is None and cue.cue_type == "intention":
        clause = next((c for c in children if c.dep_ == "xcomp" and c.i > token.i), None)
    if clause is not None:
        content = trim(doc, _with_second_verb(doc, token, clause, subtree_span(doc, clause, with_mark=True)))
    else:
        topic = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("about", "of", "over")
                      and c.i > token.i), None)
        objects = [g for g in topic.children if g.dep_ in ("pobj", "pcomp")] if topic is not None else []
        content = trim(doc, subtree_span(doc, objects[0])) if objects else None
    if content is None:
        return None
    start = min([token.i, verb.i] + [c.i for c in verb.children
                                     if c.dep_ in ("aux", "auxpass", "neg") and c.i < token.i])
    return noun_phrase(doc, holder), doc[start:token.i + 1], content


def _with_second_verb(doc: Doc, token: Token, infinitive: Token, span: Span) -> Span:
    """An infinitive with the bare verb the parser hung on the cue as its second half:
    "pledged to cap and then gradually reduce their emissions", "is promising to meet and in
    some cases exceed his goals"."""
    if infinitive.dep_ != "xcomp":
        return span
    conjuncts = list(token.children)
    if token.dep_ == "advcl":  # "has embraced ..., promising to meet and ... exceed": hung on the main verb
        conjuncts += [c for c in token.head.children if any(
            g.dep_ == "cc" and infinitive.i < g.i < c.i for g in token.children)]
    more = next((c for c in conjuncts if c.dep_ == "conj" and c.tag_ in ("VB", "VBP") and c.i > infinitive.i and
                 not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "ccomp") for g in c.children) and
                 not any(t.lower_ == "but" for t in doc[infinitive.i:c.i])), None)  # "..., but first need to"
    return doc[span.start:subtree_span(doc, more).end] if more is not None else span


def attribution_aside(doc: Doc, token: Token) -> Span | None:
    """The attribution a sentence carries between commas or at its end, whatever the
    parse made of it: "The middle fifth paid 8.9 percent, [the agency said in a June
    report], and those ...", "Language unclear on single mothers, [experts say]." Its subject
    stands right before the cue after a comma, words of the statement (a clause, not an
    opening "In a statement," or "After the debate,") stand before that comma, and only the
    cue's own words ("me", "on Friday", "in a June report"; no object: "he does not defend
    it") stand between it and the next comma or the sentence's end. A quotation after it is
    no part of this."""
    # the subject nearest the cue ("Language unclear ..., experts say": the parse may give two)
    subject = max((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), key=lambda c: c.i, default=None)
    if subject is None or relative_pronoun(subject):
        return None  # "a man or woman, who said and did the same things"
    start, subject_end = min(t.i for t in subject.subtree), max(t.i for t in subject.subtree) + 1
    if any(t.dep_ not in ("aux", "advmod", "neg") for t in doc[subject_end:token.i]):
        return None  # only "has", "also", "not" between the speaker and the cue
    sentence = sentence_of(doc, token)
    if start - 1 <= sentence.start or doc[start - 1].text != ",":
        return None
    before = doc[sentence.start:start - 1]
    if len([t for t in before if not t.is_punct]) < 3 or \
            before[0].pos_ == "ADP" and not any(t.pos_ in ("VERB", "AUX") for t in before):
        return None
    if before[-1].lower_ in ("which", "who", "whom", "where", "that"):
        return None  # "the stadium, which, Tompkins said, is ...": the relative clause is read by the parse
    end = token.i + 1
    while end < sentence.end and doc[end].text not in (",", ";") and not doc[end].is_sent_end:
        word = doc[end]
        if end - token.i > 8 or word.text in _QUOTE_MARKS or word.dep_ == "mark" or word.head.i == token.i and (
                word.dep_ in ("ccomp", "xcomp", "attr", "oprd", "acomp") or
                word.dep_ == "dobj" and word.lower_ not in ADDRESSEES):
            return None  # "he barely mentioned climate change", "he said that ...": the cue governs what follows
        end += 1
    after = [t for t in doc[end + 1:sentence.end] if not t.is_space]
    if after and after[0].text in _QUOTE_MARKS:
        return None  # "Asked about the device, O'Neill said, “Not going to go into that.”"
    return doc[start:end]


# prepositions of a telling's own circumstances ("learned during the debate that ..."), never a
# clause's lost subject (as "between nine and 50 civilians" and "under Obama" can be)
_ADJUNCT_PREPS = {"during", "at", "in", "on", "after", "before", "since", "to", "with", "for", "by", "from", "via",
                  "through", "amid", "despite", "upon"}
# where a telling is made, not who or what it is about: "said in a statement", "told an interview"
_TELLING_NOUNS = {"statement", "interview", "briefing", "conference", "tweet", "post", "letter", "speech", "email",
                  "message", "report", "video", "broadcast", "radio", "television", "programme", "program"}


def gerund_after_agent(token: Token) -> Token | None:
    """The charge the parser hung on a passive cue's agent ("was accused by its enemies of
    attempting to create ..."): an "of"/"for" phrase with a gerund."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    by = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
    return next((c for c in by.children if c.dep_ == "prep" and c.lower_ in ("of", "for") and
                 any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children)), None) if by is not None else None


def attribution_goes_on(doc: Doc, aside: Span) -> Token | None:
    """The verb that carries an attribution on after its comma, with no subject of its own:
    "..., the ministry said on Sunday, adding that ...", "..., the ministry said, and added
    that ..."."""
    sentence = sentence_of(doc, aside[0])
    if doc[sentence.start].dep_ == "mark":
        return None  # "Though that transition was seamless, he said, replacing Clinton would be ...": the main clause follows
    i = aside.end
    while i < sentence.end and (doc[i].text == "," or doc[i].dep_ == "cc" and doc[i].lower_ in ("and", "but")):
        i += 1
    if i >= sentence.end or i == aside.end:
        return None
    verb = doc[i]
    if verb.pos_ != "VERB" or verb.tag_ not in ("VBG", "VBD", "VBZ") or verb.dep_ in ("csubj", "csubjpass") or \
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):  # not "replacing Clinton would be"
        return None
    return verb if verb.tag_ == "VBG" or doc[i - 1].dep_ == "cc" else None


def _according_phrase(doc: Doc, token: Token) -> Span:
    """"according to X": its subtree, or, where the parser made it the sentence's root (and
    hung the clause on X: "According to Rush Limbaugh, the move reeks of fear"), up to the
    comma after X."""
    phrase = subtree_span(doc, token)
    if token.dep_ != "ROOT":
        return phrase
    sentence = sentence_of(doc, token)
    comma = next((t.i for t in doc[token.i + 2:sentence.end] if t.text == ","), None)
    return doc[token.i:comma + 1] if comma is not None and token.i == sentence.start else phrase
