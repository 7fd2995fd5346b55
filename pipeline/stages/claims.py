"""newsevents_claims: attributed statements with speaker, cue, kind, content and date.

A claim is a reporting cue (models/dictionaries/cues.jsonl: "said", "denied",
"accused", "threatened", "vowed", "condemned", ...; each with the claim kind it
signals) with what it reports, read from the parse: the clause it governs ("said
that ..."), its object ("denied involvement"), its infinitive ("threatened to resign"),
its "about"/"of"/"for" phrase, or, for a parenthetical cue (", he said,"), the sentence it
interrupts. Direct quotes are found by their quotation marks and attributed to the cue
beside them, split quotes ("...," he said, "...") and following quote paragraphs
included. The speaker is the cue's subject (or "by" phrase), resolved to an actor name:
pronouns and "the group" to the nearest earlier compatible speaker or actor.
"""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.config import data_path, read_jsonl_rules
from pipeline.layout import FURNITURE_ZONES
from pipeline.matching import WordFilter
from pipeline.stages.extensions import (doc_id_of, doc_text, register_extensions, sentence_dates,
                                         sentence_of, sentence_start, zone_of)
from pipeline.quotations import merge_split_quotations
from pipeline.types import ClaimRow

# “…”, "…", ‘…’, ''…'' and a paragraph opened by a closing mark (”Mr. Trump embodies …”)
_QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"\n]{2,}?)\"|‘([^’]{8,}?)’|(?:''|``)((?:(?!'').){2,}?)''"
                    r"|(?:^|(?<=\n))”([^”“\n]{2,}?)”")
_LINE = re.compile(r"[^\n]+")
# "PENCE: …", "Pat Caddell: …", "Poll: …": up to four capitalised words, a colon, the statement
_COLON_TURN = re.compile(r"\s*[\"“]?(?P<name>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*):\s+(?P<rest>\S.{2,})")
_TURN_RULE = "cue_colon_turn"
# a quotation signed after a dash: "” ― Jacklyn Ashley" alone at the end of its line
_SIGNATURE = re.compile(r"((?:[A-Z][\w'’.-]*[ \xa0]){1,3}[A-Z][\w'’-]*)[\s.\xa0]*?(?:\n|$)")
_PRONOUNS = {"he", "she", "they", "it", "we", "i"}
_GROUP_ANAPHORS = {"the group", "the militia", "the movement", "the organization", "the organisation",
                   "the ministry", "the agency", "the government", "the official", "the spokesman", "the army"}
_STRIP = " \t\n,;:"
# beliefs that interrupt what they report ("Clinton, he believes, is ...")
_PARENTHETICAL_ATTITUDES = {"believe", "think", "fear", "expect", "suspect"}
_ANAPHOR_TYPES = {
    "the group": ("armed_group", "political_party", "organization"), "the militia": ("armed_group",),
    "the movement": ("armed_group", "political_party"), "the ministry": ("government",),
    "the agency": ("government", "international_org"), "the government": ("government",),
    "the army": ("state_military",),
}


@dataclass(frozen=True, slots=True)
class _Mark:
    """A cue that is not a token of its own (the dash glued to a closing quotation mark)."""
    text: str
    start_char: int
    end_char: int


@dataclass(frozen=True, slots=True)
class Cue:
    lemma: str
    kind: str
    rule_id: str
    object_is_content: bool = False  # "cited the report", "called the strikes a violation"
    cue_type: str = "speech"  # speech, belief, intention, support, evidence (ClaimRow.cue_type)
    topic_only: bool = False  # "spoke of", "talked about": only what the cue is about
    content_preps: tuple[str, ...] = ()  # prepositions whose object is the content ("pointed to")

    @property
    def needs_holder(self) -> bool:
        """An attitude ("wants", "knows", "supports") or evidence ("a poll shows") is a claim
        only with its holder or source named."""
        return self.cue_type in ("belief", "intention", "support", "evidence")


class ClaimsStage:
    def __init__(self, *, cues: str, words: str) -> None:
        register_extensions()
        self.cues: dict[str, Cue] = {}
        # quote-only cues ("she continued", "he shouted") attribute an adjacent quotation only
        self.quote_cues: dict[str, Cue] = {}
        # noun cues ("Trump's claim that ...", "a New York Times report that ...")
        self.noun_cues: dict[str, Cue] = {}
        for obj in read_jsonl_rules(cues, required=("id", "lemma", "kind")):
            if obj.get("pos") == "NOUN":
                self.noun_cues[obj["lemma"]] = Cue(obj["lemma"], obj["kind"], obj["id"], cue_type="speech")
                continue
            cue = Cue(obj["lemma"], obj["kind"], obj["id"], bool(obj.get("object_is_content")),
                      obj.get("cue_type", "speech"), bool(obj.get("topic_only")), tuple(obj.get("content_preps", ())))
            (self.quote_cues if obj.get("quote_only") else self.cues)[obj["lemma"]] = cue
        lexicon = json.loads(data_path(words).read_text(encoding="utf-8"))
        self.condemning = frozenset(lexicon["condemnation_words"])
        self.not_speakers = frozenset(lexicon.get("not_speakers_before_colon", ()))
        self._cue_filter = WordFilter(lower=("according",), folded_lemma=set(self.cues) | set(self.noun_cues))

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        quotes = [(m.start(g), m.end(g)) for m in _QUOTE.finditer(doc_text(doc)) for g in (1, 2, 3, 4, 5) if m.group(g)]
        found: list[dict] = []
        for token in self._cue_candidates(doc):
            if token.pos_ == "NOUN":
                claim = self._noun_claim(doc, token)
                if claim is not None and zone_of(doc, token.idx, token.idx + 1) not in FURNITURE_ZONES:
                    found.append(claim)
                continue
            cue = self._cue(token)
            if cue is None or zone_of(doc, token.idx, token.idx + len(token.text)) in FURNITURE_ZONES:
                continue
            if cue.topic_only and zone_of(doc, token.idx, token.idx + 1) == "caption":
                continue  # a photo of someone speaking about something is not a statement
            content = self._content(doc, token, cue)
            if content is None:
                continue
            speaker = self._speaker(doc, token, guess=cue.cue_type == "speech")
            if speaker is None and cue.needs_holder or not _says_something(content) or \
                    cue.needs_holder and not _holds(cue, token, speaker):
                continue
            if content.start <= token.i < content.end and token.dep_ == "relcl":  # "which officials said came after"
                content = _trim(doc, doc[token.i + 1:content.end]) if token.i + 1 < content.end else None
                if content is None:
                    continue
            cue_span = self._cue_span(doc, token, cue)
            found.append({"cue": cue, "cue_span": cue_span, "content": content, "speaker": speaker, "token": token})
        found.extend(self._colon_turns(doc))
        direct = self._direct_quotes(doc, quotes, found)
        # "“I thought that Pence did all the things right,” said Chris Matthews": the
        # quotation is Matthews's claim; the "thought" inside it is part of its content
        cued = [(c["content"].start_char, c["content"].end_char, c["token"].idx, c["content"])
                for c in found + direct if c["cue"] is not None]
        attributed = [(s, e) for s, e in quotes if any(
            start < e and s < end and not s <= cue_at < e and _covers(content, s, e)
            for start, end, cue_at, content in cued)]
        attributed += [(c["content"].start_char, c["content"].end_char) for c in found
                       if c["cue"].rule_id == _TURN_RULE]  # a transcript turn is one statement
        found = [c for c in found if c["cue"].rule_id == _TURN_RULE or
                 not any(s <= c["token"].idx < e for s, e in attributed)] + direct
        rows = merge_split_quotations(doc_text(doc), self._rows(doc, doc_id, found, quotes))
        doc._.claim_rows = tuple(rows)
        self._speaker_roles(doc, rows)
        return doc

    # ------------------------------------------------------------------ cues
    def _cue_candidates(self, doc: Doc) -> list[Token]:
        """The tokens `_cue` can accept, in order: a cue lemma (any case) or "according"."""
        return self._cue_filter(doc)

    def _cue(self, token: Token) -> Cue | None:
        lemma = token.lemma_.lower()
        if token.lower_ == "according" and token.nbor(1).lower_ == "to" if token.i + 1 < len(token.doc) else False:
            return self.cues.get("according to")
        if token.pos_ not in ("VERB",) or lemma not in self.cues:
            return None
        if lemma in ("claim", "take", "accept") and any(c.lower_ == "responsibility" for c in token.children):
            return self.cues.get(f"{lemma} responsibility", self.cues[lemma])
        if any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children) and f"{lemma} for" in self.cues:
            return self.cues[f"{lemma} for"]  # "called for a ceasefire"
        return self.cues[lemma]

    @staticmethod
    def _cue_span(doc: Doc, token: Token, cue: Cue) -> Span:
        if cue.lemma == "according to":
            return doc[token.i:token.i + 2]
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass") and c.i < token.i and c.lower_ not in ("to",)]
        adverbs = [c for c in token.children if c.dep_ == "advmod" and c.i == token.i - 1]
        start = min([token.i] + [a.i for a in auxes + adverbs])
        end = token.i + 1
        if cue.lemma.endswith(" for") and end < len(doc) and doc[end].lower_ == "for":
            end += 1  # "called for"
        return doc[start:end]

    def _noun_claim(self, doc: Doc, token: Token) -> dict | None:
        """A claim named by a noun: "Trump's claim that there have been thousands of
        shootings", "a New York Times report that he lost $915 million", "North Korea's
        claims about its test": its owner (possessive, name before it, or "by" phrase) and
        its "that" clause, or what it is about when an owner is named."""
        cue = self.noun_cues.get(token.lemma_.lower())
        if cue is None:
            return None
        children = list(token.children)
        owner = next((c for c in children if c.dep_ == "poss" and c.tag_ != "PRP$"), None)
        if owner is None:
            owner = next((c for c in children if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")), None)
        if owner is None:
            agent = next((c for c in children if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        clause = next((c for c in children if c.dep_ in ("acl", "relcl", "ccomp", "appos") and
                       any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is not None:
            content = _trim(doc, _subtree_span(doc, clause))
        elif owner is not None:
            about = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("about", "of")), None)
            content = _trim(doc, _subtree_span(doc, about)) if about is not None else None
        else:
            return None
        if content is None or not _says_something(content):
            return None
        speaker = _noun_phrase(doc, owner) if owner is not None else None
        if speaker is not None and doc[speaker.end - 1].tag_ == "POS":
            speaker = doc[speaker.start:speaker.end - 1]
        return {"cue": cue, "cue_span": doc[token.i:token.i + 1], "content": content, "speaker": speaker, "token": token}

    # ------------------------------------------------------------------ content
    def _content(self, doc: Doc, token: Token, cue: Cue) -> Span | None:
        if cue.lemma == "according to":  # the sentence without "according to the poll"
            return _trim(doc, _sentence_without(doc, sentence_of(doc, token), _subtree_span(doc, token)))
        children = list(token.children)
        clauses = [c for c in children if c.dep_ == "ccomp"]
        after = [c for c in clauses if c.i > token.i]
        if len(clauses) > 1 and after and any(c.dep_ == "punct" and c.text in (";", ":") and c.i < token.i
                                              for c in children):
            clauses = after  # "It's unlikely; Clinton's team says she'll continue": what follows the cue
        if not clauses and cue.cue_type == "speech":
            # "Trump said after the convention he would not accept ...": a clause with its own
            # subject and no "if" or "because" the parser hung as an adverbial
            clauses = [c for c in children if c.dep_ == "advcl" and c.i > token.i and
                       any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) and
                       not any(g.dep_ == "mark" for g in c.children)]
        if clauses:
            return _trim(doc, _subtree_span(doc, clauses[0], with_mark=True))
        xcomp = next((c for c in children if c.dep_ == "xcomp"), None)
        if xcomp is not None and cue.kind in ("threat", "promise", "denial", "statement"):
            return _trim(doc, _subtree_span(doc, xcomp, with_mark=True))
        passive = any(c.dep_ == "auxpass" for c in children)
        if passive:
            subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
            if subject is not None and cue.kind in ("condemnation", "denial", "accusation"):
                return _trim(doc, _subtree_span(doc, subject))
        obj = next((c for c in children if c.dep_ == "dobj"), None)
        topic = next((c for c in children if c.dep_ == "prep" and c.lower_ in cue.content_preps), None)
        if topic is not None and obj is None:  # "pointed to Britain's decision"
            return _trim(doc, _subtree_span(doc, topic))
        if cue.topic_only:  # "spoke of the legacy of racism", not "spoke at a gathering"
            return None
        extras = [c for c in children if c.dep_ in ("oprd", "prep") and c.i > token.i and
                  (c.dep_ == "oprd" or c.lower_ in ("of", "for", "as", "about", "over"))]
        if cue.lemma.endswith(" for"):  # "called for an investigation": what is called for
            wanted = next((g for c in children if c.dep_ == "prep" and c.lower_ == "for"
                           for g in c.children if g.dep_ in ("pobj", "pcomp")), None)  # "for reducing the rate"
            return _trim(doc, _subtree_span(doc, wanted)) if wanted is not None else None
        if obj is not None and cue.cue_type in ("evidence", "belief"):
            # "polls show Clinton with a lead", "see the program as an opportunity": the small clause
            extras += [c for c in children if c.i > obj.i and c not in extras and
                       (c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") or c.dep_ == "prep" and not c.ent_type_ and
                        not any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree))]
        if obj is not None and (cue.kind != "statement" or extras or cue.object_is_content):
            pieces = [_subtree_span(doc, obj)] + [_subtree_span(doc, e) for e in extras]
            return _trim(doc, doc[min(p.start for p in pieces):max(p.end for p in pieces)])
        about = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("about", "of", "that")), None)
        if about is not None and cue.kind in ("threat", "statement", "accusation"):
            return _trim(doc, _subtree_span(doc, about))
        if cue.needs_holder and cue.lemma not in _PARENTHETICAL_ATTITUDES:
            return None  # "we will see", "you know": no interrupted clause to hold
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in children) and \
                token.head.i > token.i:
            # "As many experts have pointed out, Mr. Trump is free to ...": the sentence it opens;
            # "Hawaii, as one adviser pointed out, does not ...": the sentence it interrupts
            sentence, aside = _subtree_span(doc, token.head), _subtree_span(doc, token)
            return _trim(doc, doc[aside.end:sentence.end] if aside.start <= sentence.start else sentence)
        if token.dep_ in ("parataxis", "advcl", "conj") or (token.dep_ == "ROOT" and not obj):
            # ", he said," / ", the State Department said in a statement": the interrupted clause
            head = token.head if token.dep_ != "ROOT" else None
            if head is not None and head.i > token.i and token.dep_ == "parataxis" and \
                    any(t.i < token.i and not t.is_punct for t in head.subtree):
                # "Acts of protest, Mr. Obama said, are acts of patriotism": the interrupted
                # sentence, attribution included, is the content (its words on both sides)
                return _trim(doc, _subtree_span(doc, head))
            if head is not None and head.i < token.i:
                span = _subtree_span(doc, head)
                speaker = next((c for c in children if c.dep_ in ("nsubj",)), None)
                cut = min([token.i] + ([t.i for t in speaker.subtree] if speaker is not None else []))
                if span.end > token.i + 1 and doc[span.end - 1].i > token.i:  # "..., he said, ..." mid-sentence
                    return _trim(doc, doc[span.start:span.end])
                return _trim(doc, doc[span.start:cut])
        return None

    # ------------------------------------------------------------------ speakers
    @staticmethod
    def _speaker(doc: Doc, token: Token, *, guess: bool = True) -> Span | None:
        """The cue's subject or "by" phrase; when the parse lost it and `guess` holds, the
        nearest person or organisation named before the cue in its sentence."""
        if token.lower_ == "according":
            obj = next((g for c in token.children if c.lower_ == "to" for g in c.children if g.dep_ == "pobj"), None)
            if obj is None and token.i + 1 < len(doc):
                obj = next((g for g in doc[token.i + 1].children if g.dep_ == "pobj"), None)
            return _noun_phrase(doc, obj) if obj is not None else None
        subject = next((c for c in token.children if c.dep_ in ("nsubj",)), None)
        if subject is not None and subject.lower_ in ("who", "which", "that") and token.dep_ == "relcl":
            subject = token.head  # "the other factions who have condemned ..."
        if subject is None:
            agent = next((c for c in token.children if c.dep_ == "agent"), None)
            subject = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if subject is None and token.dep_ == "relcl" and token.head.pos_ in ("NOUN", "PROPN"):
            subject = token.head
        if subject is None and token.dep_ == "conj":
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if subject is None and token.dep_ in ("advcl", "xcomp"):
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
        if (subject is None or subject.lower_ in ("which", "that", "who")) and not guess:
            return None
        if subject is None or subject.lower_ in ("which", "that", "who"):
            # the parse lost the subject ("President Barham Salih — who ... — also threatened"):
            # the nearest person or organisation named before the cue in its sentence
            sentence_start_char = sentence_of(doc, token).start_char
            before = [a for a in doc._.actor_rows or () if sentence_start_char <= a.start and a.end <= token.idx
                      and a.actor_type in ("person", "official", "government", "organization", "armed_group",
                                           "political_party", "international_org", "media")]
            if subject is None and before:
                people = [a for a in before if a.actor_type in ("person", "official")] or before
                main = [a for a in people if not _embedded(doc, a, token)]
                row = (main or people)[-1]
                return doc.char_span(row.start, row.end, alignment_mode="expand")
            return None
        return _noun_phrase(doc, subject)

    def _direct_quotes(self, doc: Doc, quotes: list[tuple[int, int]], found: list[dict]) -> list[dict]:
        """Quotes no cue covers: attributed to the cue in their sentence, or continuing the
        previous quote's speaker when they open the next paragraph."""
        out: list[dict] = []
        taken: list[tuple[int, int]] = []  # quotations attributed here
        previous = None
        spans = [(c["content"].start_char, c["content"].end_char, c["token"].idx, c) for c in found]
        for start, end in quotes:
            # the claims whose content covers the quotation, their cue outside it
            covering = [c for c_start, c_end, cue_at, c in spans if c_start < end and start < c_end
                        and not start <= cue_at < end and _covers(c["content"], start, end)]
            if any(_covers(span, start, end) for span in taken) or covering:
                previous = covering[0] if covering else previous
                continue
            content = doc.char_span(start, end, alignment_mode="expand")
            if content is None or len(content) < 4 or zone_of(doc, start, end) in FURNITURE_ZONES:
                continue
            sentence = sentence_of(doc, content[0])
            last_sentence = sentence_start(doc, doc[content.end - 1])
            candidates = [c for c in found if sentence_start(doc, c["token"]) in (sentence.start, last_sentence)]
            near = [c for c in candidates if c["token"].i >= content.end or c["token"].i < content.start]
            adjacent = None if near else self._adjacent_attribution(doc, content)
            if near:
                chosen = min(near, key=lambda c: abs(c["token"].i - content.end))
                if chosen.get("content") is not None and _title_before(chosen, content):
                    continue  # 'On “Fox News Sunday,” Pence said his running mate …': a title, not what he said
            elif adjacent is not None:
                chosen = adjacent
            elif previous is not None and (previous["cue"] is not None and (
                    "\n" in doc_text(doc)[previous["content"].end_char:start] or
                    sentence_of(doc, previous["token"]).end >= content.start - 2)):
                chosen = previous  # the quote goes on after its attribution
            else:
                chosen = None
            claim = {"cue": chosen["cue"] if chosen else None, "cue_span": chosen["cue_span"] if chosen else None,
                     "content": _trim(doc, content), "speaker": chosen["speaker"] if chosen else None,
                     "token": chosen["token"] if chosen else content.root, "direct": True}
            out.append(claim)
            taken.append((start, end))
            previous = claim
        return out

    def _colon_turns(self, doc: Doc) -> list[dict]:
        """'PENCE: Gennifer Flowers will not be attending …' (a transcript turn) and
        'Sanders: Clinton needs to …' (a headline): a line opened by a name and a colon is
        that name's statement, the rest of the line its content."""
        text = doc_text(doc)
        out = []
        for line in _LINE.finditer(text):
            match = _COLON_TURN.match(line.group())
            if not match or match["name"].lower() in self.not_speakers:
                continue
            name_start = line.start() + match.start("name")
            colon = line.start() + match.end("name")
            speaker = doc.char_span(name_start, colon)
            cue = doc.char_span(colon, colon + 1)
            content = _trim(doc, doc.char_span(line.start() + match.start("rest"), line.end(), alignment_mode="expand"))
            if speaker is None or cue is None or content is None or len(content) < 3:
                continue
            if zone_of(doc, name_start, colon) in FURNITURE_ZONES:
                continue
            named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in speaker) or \
                match["name"].isupper() or any(a.start <= name_start < a.end for a in doc._.actor_rows or ())
            if not named and len(speaker) > 1:
                continue
            out.append({"cue": Cue(":", "statement", _TURN_RULE), "cue_span": cue, "content": content,
                        "speaker": speaker, "token": cue.root})
        return out

    def _adjacent_attribution(self, doc: Doc, content: Span) -> dict | None:
        """The attribution right beside a quotation no clause claims: “…,” said Leslie
        Wimes / “…,” she shouted / “…” ― Azucena González / Limbaugh continued: “…”."""
        text = doc_text(doc)
        for token in doc[content.end:min(content.end + 8, len(doc))]:
            if "\n" in token.text or token.is_sent_start and token.i > content.end + 1:
                break
            cue = self._quote_cue(token)
            if cue is not None:
                return self._attribution(doc, token, cue)
        dash = re.match(r"[\s”\"’.,]*([―—])\s*", text[content.end_char:content.end_char + 8])
        if dash:
            at = content.end_char + dash.end()
            person = next((e for e in doc.ents if e.start_char == at and e.label_ in ("PERSON", "ORG")), None)
            signed = _SIGNATURE.match(text, at)
            if person is None and signed:  # "” ― Jacklyn Ashley" closing its line, a name the model missed
                person = doc.char_span(at, signed.end(1))
            if person is not None:
                mark = _Mark(dash[1], content.end_char + dash.start(1), content.end_char + dash.end(1))
                return {"cue": Cue(dash[1], "statement", "cue_dash"), "cue_span": mark, "speaker": person,
                        "token": person.root}
        before = doc[max(content.start - 8, 0):content.start]
        for token in reversed(before):
            if "\n" in token.text and not (token.i > 0 and doc[token.i - 1].text == ":"):
                break  # "Caddell continued:" may stand in the paragraph before its quotation
            cue = self._quote_cue(token)
            if cue is not None and any(t.text in (":", ",") for t in doc[token.i + 1:content.start]):
                return self._attribution(doc, token, cue)
        return None

    def _quote_cue(self, token: Token) -> Cue | None:
        """A cue beside a quotation: any reporting cue, or a quote-only one ("continued")."""
        return self._cue(token) or (self.quote_cues.get(token.lemma_.lower()) if token.pos_ == "VERB" else None)

    def _attribution(self, doc: Doc, token: Token, cue: Cue) -> dict | None:
        # "…,” said Leslie Wimes, a …": the inverted subject is the name after the cue
        named = next((e for e in doc.ents if e.start == token.i + 1 and e.label_ in ("PERSON", "ORG", "NORP")), None)
        speaker = named if named is not None else self._speaker(doc, token)
        if speaker is None:
            return None
        return {"cue": cue, "cue_span": self._cue_span(doc, token, cue), "speaker": speaker, "token": token}

    # ------------------------------------------------------------------ rows
    def _rows(self, doc: Doc, doc_id: str, found: list[dict], quotes: list[tuple[int, int]]) -> list[ClaimRow]:
        direct = [c for c in found if c.get("direct") and c["cue"] is not None]
        drop = set()
        for claim in found:
            if claim.get("direct"):
                continue
            for quote in direct:
                same_cue = quote["token"].i == claim["token"].i
                inner = claim["content"].start_char <= quote["content"].start_char and \
                    quote["content"].end_char <= claim["content"].end_char
                if same_cue and inner:
                    share = len(quote["content"].text) / max(len(claim["content"].text), 1)
                    drop.add(id(quote) if share < 0.6 else id(claim))
        found = [c for c in found if id(c) not in drop]
        rows = []
        seen_content: set[tuple[int, int]] = set()
        earlier: list[tuple[int, str]] = []  # (offset, speaker name) for pronouns
        for claim in sorted(found, key=lambda c: c["content"].start_char):
            content: Span = claim["content"]
            if content is None or len(content) == 0:
                continue
            key = (content.start_char, content.end_char)
            if key in seen_content:
                continue
            seen_content.add(key)
            for q_start, q_end in quotes:  # "characterized as “precision defensive strikes”": the quote
                if q_end <= content.start_char or q_start >= content.end_char:
                    continue
                shared = min(q_end, content.end_char) - max(q_start, content.start_char)
                if shared >= 0.9 * (q_end - q_start) and \
                        q_end - q_start >= 0.6 * (content.end_char - content.start_char) and not claim.get("direct"):
                    content = _trim(doc, doc.char_span(q_start, q_end, alignment_mode="expand")) or content
                    claim = dict(claim, direct=True, content=content)
            speaker: Span | None = claim["speaker"]
            name = self._speaker_name(doc, speaker, earlier) if speaker is not None else ""
            if name:
                earlier.append((speaker.start_char, name))
            cue: Cue | None = claim["cue"]
            cue_span: Span | _Mark | None = claim["cue_span"]
            kind = cue.kind if cue else "statement"
            if kind == "statement" and self._condemns(content):
                kind = "condemnation"
            direct = claim.get("direct") or any(s <= content.start_char + 1 and content.end_char - 1 <= e
                                                for s, e in quotes)
            rows.append(ClaimRow(
                doc_id=doc_id, claim_id=f"{doc_id}:C{content.start_char}", kind=kind,
                quote="direct" if direct else "indirect", speaker=name,
                speaker_start=speaker.start_char if speaker is not None else None,
                speaker_end=speaker.end_char if speaker is not None else None,
                cue=cue_span.text if cue_span is not None else "",
                cue_start=cue_span.start_char if cue_span is not None else None,
                cue_end=cue_span.end_char if cue_span is not None else None,
                content=content.text, content_start=content.start_char, content_end=content.end_char,
                date=self._date(doc, claim["token"], content), speaker_text=speaker.text if speaker is not None else "",
                cue_type=cue.cue_type if cue else "speech",
                rule_id=cue.rule_id if cue else "quote_unattributed", zone=zone_of(doc, content.start_char,
                                                                                  content.end_char)))
        return rows

    def _condemns(self, content: Span) -> bool:
        """Whether the content calls something a "violation", a "crime", "an assault on" ..."""
        lowered = doc_text(content.doc)[content.start_char:content.end_char].lower()
        if not any(word in lowered for word in self.condemning):
            return False  # a substring test first: most content names no condemning word
        words = {t.lower_ for t in content} | {f"{a.lower_} {b.lower_}" for a, b in zip(content, content[1:])}
        return bool(words & self.condemning)

    @staticmethod
    def _speaker_name(doc: Doc, speaker: Span, earlier: list[tuple[int, str]]) -> str:
        # the actor the mention's head names: "Scott's niece" is not Scott
        head = speaker.root
        actors = [a for a in doc._.actor_rows or () if a.start <= head.idx < a.end] or \
            [a for a in doc._.actor_rows or () if speaker.start_char <= a.start and a.end <= speaker.end_char
             and not any(t.tag_ == "POS" for t in speaker if a.end <= t.idx)]
        if actors:
            return actors[0].name
        text = speaker.text.lower()
        if text in _PRONOUNS or text in _GROUP_ANAPHORS:
            if text in _GROUP_ANAPHORS:  # "the group" -> the nearest earlier group or organisation
                wanted = _ANAPHOR_TYPES.get(text, ("armed_group", "organization", "political_party"))
                groups = [a for a in doc._.actor_rows or () if a.end <= speaker.start_char and a.actor_type in wanted]
                named = [a for a in groups if a.rule_id.startswith(("dict:", "group+dict:"))]
                if named or groups:
                    return (named or groups)[-1].name
            if text in ("he", "she") and earlier:
                return earlier[-1][1]
            persons = [a for a in doc._.actor_rows or () if a.end <= speaker.start_char and
                       a.actor_type in ("person", "official")]
            return persons[-1].name if persons else ""
        name = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", speaker.text)
        return " ".join(name.split())

    @staticmethod
    def _date(doc: Doc, token: Token, content: Span) -> str:
        for row, span in sentence_dates(doc, token):
            if content.start_char <= row.start < content.end_char:
                continue
            if row.first_day and row.first_day == row.last_day:
                return row.first_day
            if row.value[:1].isdigit():
                return row.value
        return ""

    @staticmethod
    def _speaker_roles(doc: Doc, rows: list[ClaimRow]) -> None:
        spans = {(r.speaker_start, r.speaker_end) for r in rows if r.speaker_start is not None}
        updated = []
        for actor in doc._.actor_rows or ():
            if actor.role == "mentioned" and any(s < actor.end and actor.start < e for s, e in spans):
                actor = dataclasses.replace(actor, role="speaker")
            updated.append(actor)
        doc._.actor_rows = tuple(updated)


def _covers(span: tuple[int, int] | Span, start: int, end: int) -> bool:
    """Whether a span (a claim's content, or offsets) holds 90% of the characters start..end."""
    s, e = (span.start_char, span.end_char) if isinstance(span, Span) else span
    return min(end, e) - max(start, s) >= 0.9 * (end - start)


def _embedded(doc: Doc, actor, cue: Token) -> bool:
    """Whether an actor mention sits in a relative clause ("— who enjoys ties with US officials —")."""
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    for ancestor in span.root.ancestors:
        if ancestor == cue:
            return False
        if ancestor.dep_ in ("relcl", "acl"):
            return True
    return False


def _title_before(claim: dict, quote: Span) -> bool:
    """Whether a quotation stands before a cue whose own content follows it, inside the
    sentence rather than opening it ('On “Fox News Sunday,” Pence said his …')."""
    cue, content = claim["token"].i, claim["content"]
    return content.start > cue and quote.end <= cue and not quote[0].is_sent_start and \
        not quote.doc[quote.start - 1].is_sent_start


def _holds(cue: Cue, token: Token, holder: Span) -> bool:
    """Whether the cue's subject holds the attitude or is the evidence: not "Sharrouf is
    believed to have died" (whose belief?), "Isis wanted to see if ...", nor "May has shown
    little interest" (a person showing is no evidence)."""
    if any(c.dep_ == "auxpass" for c in token.children) and not any(c.dep_ == "agent" for c in token.children):
        return False
    if any(g.dep_ == "mark" and g.lower_ == "if" for c in token.children if c.dep_ == "ccomp" for g in c.children):
        return False
    if cue.cue_type == "evidence":
        return holder.root.ent_type_ not in ("PERSON", "GPE", "NORP", "ORG") and holder.root.tag_ not in ("PRP", "NNP")
    return True


def _says_something(content: Span) -> bool:
    """Content of two words or more, or one that is not a wh-word or a preposition ("the
    best one I know of"), and no free relative ("whatever you want")."""
    words = [t for t in content if not t.is_punct]
    if not words or words[0].lower_ in ("whatever", "whoever", "whichever"):
        return False  # "call it whatever you want"
    return len(words) > 1 or words[0].tag_ not in ("WDT", "WP", "WRB", "IN", "RP")


def _subtree_span(doc: Doc, token: Token, *, with_mark: bool = False) -> Span:
    tokens = [t for t in token.subtree]
    return doc[tokens[0].i:tokens[-1].i + 1]


def _noun_phrase(doc: Doc, token: Token) -> Span:
    """The speaker mention without relative clauses and appositions: "The senior US official
    (who spoke today)", "Alex Mello(, a security analyst ...)"."""
    tokens = [t for t in token.subtree if not any(a.dep_ in ("relcl", "appos", "acl", "punct") and a.head == token
                                                  and (t == a or a in t.ancestors) for a in token.children)]
    tokens = [t for t in tokens if t.i <= token.i or t.head == token and t.dep_ in ("compound", "prep", "pobj")
              or any(p.i > token.i and p.dep_ == "prep" for p in t.ancestors if p.head == token)]
    start, end = tokens[0].i, max(t.i for t in tokens) + 1
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end]


def _sentence_without(doc: Doc, sentence: Span, part: Span) -> Span:
    if part.start <= sentence.start:
        return doc[part.end:sentence.end]
    last = sentence.end
    while last > part.end and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    if part.end >= last:
        return doc[sentence.start:part.start]
    return sentence  # "Clinton, according to the poll, leads": the words on both sides


def _trim(doc: Doc, span: Span | None) -> Span | None:
    """Content without surrounding quotation marks, commas and spaces."""
    if span is None:
        return None
    start, end = span.start_char, span.end_char
    text = doc_text(doc)
    while start < end and (text[start] in _STRIP + "“”\"‘’'" ):
        start += 1
    while end > start and text[end - 1] in _STRIP + "“\"‘":
        end -= 1
    if end > start and text[end - 1] in "”’" and text[start:end].count("“") < text[start:end].count("”"):
        end -= 1
        while end > start and text[end - 1] in _STRIP:
            end -= 1
    if end <= start:
        return None
    return doc.char_span(start, end, alignment_mode="expand")


@Language.factory("newsevents_claims", default_config={"cues": "dictionaries/cues.jsonl",
                                                       "words": "dictionaries/claim_words.json"})
def make_claims_stage(nlp: Language, name: str, cues: str, words: str) -> ClaimsStage:
    return ClaimsStage(cues=cues, words=words)

