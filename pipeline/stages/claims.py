"""newsevents_claims: attributed statements with speaker, cue, kind, content and date.

A claim is a cue (models/dictionaries/cues.jsonl: "said", "denied", "accused",
"threatened", "vowed", "condemned", "wants", "endorsed", "a poll shows", "Trump's claim
that ...", ...; each with the claim kind and the cue type it signals) with what it
reports, read from the parse by pipeline/claim_grammar.py. Direct quotes are found by
their quotation marks and attributed to the cue beside them (pipeline/quote_attribution.py),
split quotes ("...," he said, "...") and following quote paragraphs included; transcript
turns ("PENCE: ...") are their speaker's statements.
"""

from __future__ import annotations

import dataclasses
import json
import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from pipeline.claim_filters import (a_naming, a_phone_call, a_time, adds_to, aims_something, covers, defends_ground,
                                    discovers, governs, holds, is_scene, meets, no_accusation, no_comment, no_telling,
                                    not_done, refuses, said_by_no_one, says_something, secures, supposed,
                                    threatens, to_a_person)
from pipeline.claim_grammar import Cue, Mark, attitude_of, content_of
from pipeline.claim_phrases import as_aside, in_the_words_of, put_it, quoted_as_saying, verb_read_as_noun
from pipeline.claim_speaker import may_speak, speaker_of
from pipeline.claim_spans import (aside_pieces, closing_quotation, in_actor_mention, noun_phrase, subtree_span,
                                  through_split_sentence, trim)
from pipeline.config import data_path, read_jsonl_rules
from pipeline.layout import FURNITURE_ZONES
from pipeline.matching import WordFilter
from pipeline.stages.extensions import doc_id_of, doc_text, register_extensions, sentence_dates, zone_of
from pipeline.nested_claims import without_cues_in_quotations, without_nested_attitudes
from pipeline.quotations import merge_split_quotations
from pipeline.quote_attribution import TURN_RULE, QuoteAttribution, in_quotation
from pipeline.speakers import Told, speaker_name, told
from pipeline.types import ClaimRow

# “…”, "…", ‘…’, ''…'' and a paragraph opened by a closing mark (”Mr. Trump embodies …”);
# a curly mark may close a straight one and the other way round (“no evidence" ... "more hours”)
# (an opening mark typed where the closing one belongs, right after the quotation's last
# punctuation and before a space, closes it: "... safest places in Europe.“ The island ...")
_QUOTE = re.compile(r"“([^”\"]{2,}?)(?:[”\"]|(?<=[.!?,])“(?=\s))|\"([^\"\n“”]{2,}?)[\"”]"
                    r"|‘([^’]{8,}?)’|(?:''|``)((?:(?!'').){2,}?)''"
                    r"|(?:^|(?<=\n))”([^”“\n]{2,}?)”")


class ClaimsStage(QuoteAttribution):
    def __init__(self, *, cues: str, words: str) -> None:
        register_extensions()
        self.cues: dict[str, Cue] = {}
        # quote-only cues ("she continued", "he shouted") attribute an adjacent quotation only
        self.quote_cues: dict[str, Cue] = {}
        # noun cues ("Trump's claim that ...", "a New York Times report that ...")
        self.noun_cues: dict[str, Cue] = {}
        # word forms the model's lemmatizer gets wrong ("hoping" -> "hop"), by their lemma
        self.cue_forms: dict[str, str] = {}
        # adjectives stating their subject's attitude ("are afraid that ..."), by word form
        self.attitude_cues: dict[str, Cue] = {}
        for obj in read_jsonl_rules(cues, required=("id", "lemma", "kind")):
            self.cue_forms.update((form.lower(), obj["lemma"]) for form in obj.get("forms", ()))
            if obj.get("pos") == "ADJ":
                self.attitude_cues[obj["lemma"]] = Cue(obj["lemma"], obj["kind"], obj["id"],
                                                       cue_type=obj.get("cue_type", "belief"))
                continue
            if obj.get("pos") == "NOUN":
                self.noun_cues[obj["lemma"]] = Cue(obj["lemma"], obj["kind"], obj["id"], cue_type="speech",
                                                   warning=bool(obj.get("warning")))
                continue
            cue = Cue(obj["lemma"], obj["kind"], obj["id"], object_is_content=bool(obj.get("object_is_content")),
                      cue_type=obj.get("cue_type", "speech"), topic_only=bool(obj.get("topic_only")),
                      content_preps=tuple(obj.get("content_preps", ())),
                      frame_preps=tuple(obj.get("frame_preps", ())), warning=bool(obj.get("warning")),
                      clause_only=bool(obj.get("clause_only")))
            (self.quote_cues if obj.get("quote_only") else self.cues)[obj["lemma"]] = cue
        # "saying", "adding": speech verbs' participles, for where the parser reads one as a noun
        self.speech_participles = {_participle(lemma): cue for lemma, cue in self.cues.items()
                                   if cue.cue_type == "speech" and " " not in lemma}
        lexicon = json.loads(data_path(words).read_text(encoding="utf-8"))
        self.condemning = frozenset(lexicon["condemnation_words"])
        self.judging = frozenset(lexicon["judging_words"])
        self.retaliation = frozenset(lexicon["retaliation_words"])
        self.endangered = frozenset(lexicon.get("endangered_things", ()))
        self.not_speakers = frozenset(lexicon.get("not_speakers_before_colon", ()))
        self._cue_filter = WordFilter(lower=("according", "words", "put", *self.cue_forms, *self.attitude_cues),
                                     folded_lemma=set(self.cues) | set(self.noun_cues))

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        quotes = [(m.start(g), m.end(g)) for m in _QUOTE.finditer(doc_text(doc)) for g in (1, 2, 3, 4, 5) if m.group(g)]
        found: list[dict] = []
        candidates = self._cue_candidates(doc)
        cue_words = [t.i for t in candidates]
        for token in candidates:
            zone = zone_of(doc, token.idx, token.idx + len(token.text))
            if zone in FURNITURE_ZONES:
                continue  # a byline, a credit: nobody's claim
            if token.pos_ == "NOUN" and not verb_read_as_noun(token) and in_the_words_of(token) is None:
                claim = self._noun_claim(doc, token)
            else:
                claim = self._verb_claim(doc, token, zone, cue_words) or self._attitude_claim(doc, token)
            if claim is not None:
                found.append(claim)
        found.extend(self._colon_turns(doc))
        direct = self._direct_quotes(doc, quotes, found)
        # "“I thought that Pence did all the things right,” said Chris Matthews": the
        # quotation is Matthews's claim; the "thought" inside it is part of its content
        cued = [(c["content"].start_char, c["content"].end_char, c["token"].idx, c["content"])
                for c in found + direct if c["cue"] is not None]
        attributed = [(s, e) for s, e in quotes if any(
            start < e and s < end and not s <= cue_at < e and covers(content, s, e)
            for start, end, cue_at, content in cued)]
        attributed += [(c["content"].start_char, c["content"].end_char) for c in found
                       if c["cue"].rule_id == TURN_RULE]  # a transcript turn is one statement
        found = [c for c in found if c["cue"].rule_id == TURN_RULE or
                 not in_quotation(c["token"], attributed)] + direct
        rows = without_nested_attitudes(without_cues_in_quotations(
            merge_split_quotations(doc_text(doc), self._rows(doc, doc_id, found, quotes))))
        doc._.claim_rows = tuple(rows)
        self._speaker_roles(doc, rows)
        return doc

    # ------------------------------------------------------------------ cues
    def _cue_candidates(self, doc: Doc) -> list[Token]:
        """The tokens `_cue` can accept, in order: a cue lemma (any case) or "according"."""
        return self._cue_filter(doc)

    def _cue(self, token: Token) -> Cue | None:
        lemma = token.lemma_.lower()
        if lemma not in self.cues:
            lemma = self.cue_forms.get(token.lower_, lemma)
        if token.lower_ == "according" and token.nbor(1).lower_ == "to" if token.i + 1 < len(token.doc) else False:
            return self.cues.get("according to")
        if token.lower_ == "words":  # of someone who speaks, not "in the words of a Pink Floyd song"
            speaker = speaker_of(token.doc, token) if in_the_words_of(token) is not None else None
            return self.cues.get("in the words of") if speaker is not None and may_speak(speaker.root) else None
        if lemma == "put":
            return self.cues.get("put it") if put_it(token) is not None else None
        if token.pos_ != "VERB" and not verb_read_as_noun(token) or lemma not in self.cues:
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
        if cue.lemma == "in the words of":
            return doc[token.i - 2:token.i + 2]
        auxes = [c for c in token.children
                 if c.dep_ in ("aux", "auxpass") and c.i < token.i and c.lower_ not in ("to",)]
        quoted = quoted_as_saying(token)
        if quoted is not None:  # "was quoted as saying"
            auxes += [quoted] + [c for c in quoted.children if c.dep_ in ("aux", "auxpass") and c.i < quoted.i]
        adverbs = [c for c in token.children if c.dep_ == "advmod" and c.i == token.i - 1]
        start = min([token.i] + [a.i for a in auxes + adverbs])
        end = token.i + 1
        if cue.lemma.endswith(" for") and end < len(doc) and doc[end].lower_ == "for":
            end += 1  # "called for"
        if cue.lemma == "put it":
            end = put_it(token).i + 1
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
            owner = next((c for c in children
                          if c.dep_ == "compound" and c.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")), None)
        if owner is None:
            agent = next((c for c in children if c.dep_ == "prep" and c.lower_ == "by"), None)
            owner = next((g for g in agent.children if g.dep_ == "pobj"), None) if agent is not None else None
        if owner is None and token.i > 0 and token.tag_ == "NNS" and not any(c.dep_ == "det" for c in children):
            # "Trump charges that ...": a verb the parser read as a noun, the actor before it its
            # head or its compound
            named = doc[token.i - 1]
            if (named.i == token.head.i or named.head.i == token.i and named.dep_ == "compound") and \
                    in_actor_mention(named):
                owner = named
        clause = next((c for c in children if c.dep_ in ("acl", "relcl", "ccomp", "appos") and
                       any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
        if clause is not None:
            content = trim(doc, subtree_span(doc, clause))
        elif owner is not None:
            about = next((c for c in children if c.dep_ == "prep" and c.lower_ in ("about", "of")), None)
            content = trim(doc, subtree_span(doc, about)) if about is not None else None
        else:
            return None
        if content is None or not says_something(content):
            return None
        speaker = noun_phrase(doc, owner) if owner is not None else None
        if speaker is not None and doc[speaker.end - 1].tag_ == "POS":
            speaker = doc[speaker.start:speaker.end - 1]
        return {"cue": cue, "cue_span": doc[token.i:token.i + 1], "content": content, "speaker": speaker,
                "token": token}

    def _verb_claim(self, doc: Doc, token: Token, zone: str, cue_words: list[int]) -> dict | None:
        """What a reporting verb ("said", "denied", "wants", "according to") reports, by whom."""
        cue = self._cue(token)
        if cue is None:
            return None
        if cue.topic_only and zone == "caption":
            return None  # a photo of someone speaking about something is not a statement
        if not_done(token) or no_accusation(cue, token) or said_by_no_one(token) or no_comment(token) or \
                defends_ground(token) or secures(token) or meets(token) or \
                refuses(token) or supposed(token) or to_a_person(token) or a_naming(token) or \
                a_phone_call(token) or aims_something(token) or discovers(token) or adds_to(token) or \
                governs(token):
            return None  # "declined to discuss reports": nothing discussed; "has never been charged"
        content = content_of(doc, token, cue)
        if content is not None and content.end <= token.i and cue.cue_type == "speech":
            content = closing_quotation(doc, content) or content  # 'When we met, “I want ...,” he said'
        if content is None or self._told_by_a_nearer_cue(doc, token, content):
            return None
        if cue.clause_only and not (content.root.dep_ == "ccomp" and content.root.head.i == token.i or
                                    token.dep_ == "parataxis"):
            return None  # "the weaponry Britain helps provide to Turkey and maintain": no clause, nothing said
        content = self._before_next_attribution(doc, token, through_split_sentence(doc, content), cue_words)
        teller = self._teller_of_participle(token)
        speaker = speaker_of(doc, teller if teller is not None else token, guess=cue.cue_type == "speech")
        told_as = as_aside(token) if cue.cue_type in ("speech", "belief") else None
        if told_as is not None:  # "as one of Mr. Obama's climate advisers pointed out": whatever the parse made of it
            speaker = told_as[1]
        if not says_something(content) or is_scene(token, content) or a_time(speaker) or \
                no_telling(cue, token, content, self.endangered):
            return None
        if cue.needs_holder and (speaker is None or not holds(cue, token, speaker)):
            return None
        if content.start <= token.i < content.end and token.dep_ == "relcl":  # "which officials said came after"
            content = trim(doc, doc[token.i + 1:content.end]) if token.i + 1 < content.end else None
            if content is None:
                return None
        return {"cue": cue, "cue_span": self._cue_span(doc, token, cue), "content": content, "speaker": speaker,
                "token": token}

    def _told_by_a_nearer_cue(self, doc: Doc, token: Token, content: Span) -> bool:
        """Whether a quotation the parse gave a cue as its content is told by another speech
        word right before it ("The spot concludes with footage of Trump saying, “…”")."""
        word = self.speech_word_before(doc, content.start)
        return word is not None and word.i > token.i and \
            any(doc[i].is_quote for i in range(word.i + 1, content.start + 1))

    def _teller_of_participle(self, token: Token) -> Token | None:
        """The cue that tells the clause a speech participle hangs on: "The ministry said 25
        fighters died, adding that the strikes were defensive" is the ministry's "adding" (the
        parser hung it on "died"); not where the clause's verb is a cue of its own ("he said the
        delegation had refused to discuss ..., insisting instead ...": the delegation insisted),
        a deed of the scene ("Reed approached Javon, asking about a man") or a clause of time
        ("while systematically downplaying ...")."""
        if token.tag_ != "VBG" or token.dep_ != "advcl" or token.head.dep_ != "ccomp" or \
                token.lemma_ in _SCENE_TALK or \
                any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in token.children) or \
                self._cue_of(token.head) is not None or not self._speaks(token.head.head):
            return None
        return token.head.head

    def _cue_of(self, token: Token) -> Cue | None:
        return self._cue(token) if token.pos_ in ("VERB", "AUX") else None

    def _speaks(self, token: Token) -> bool:
        cue = self._cue_of(token)
        return cue is not None and cue.cue_type == "speech"

    def _before_next_attribution(self, doc: Doc, token: Token, content: Span, cue_words: list[int]) -> Span:
        """What a cue reports ends where the sentence goes on, after a comma and "and" or
        "but", to another speaker's attribution: 'She said fathers would not be eligible,
        and when pressed on why, the mother of three replied, "..."', or after a comma to the
        teller's own participle: "The ministry said 25 fighters died, adding that ..."."""
        for i in cue_words:
            word = doc[i]
            if token.i < i < content.end and content.start <= word.head.i < i and doc[i - 1].text == "," and \
                    self._teller_of_participle(word) == token:
                return trim(doc, doc[content.start:i - 1]) or content
        for i in cue_words:  # only a cue word can attribute
            word = doc[i]
            cue = self._cue(word) if token.i < i < content.end else None
            if cue is None or cue.frame_preps or word.dep_ != "conj" or not content.start <= word.head.i < i or \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
                continue
            end = word.left_edge.i
            joined = list(doc[max(end - 2, content.start):end])
            if not (len(joined) == 2 and joined[0].text == "," and joined[1].dep_ == "cc"):
                continue
            if content.start < token.left_edge.i and all(t.is_punct for t in doc[token.right_edge.i + 1:end - 2]):
                end = token.left_edge.i + 2  # "Elian's story is all, she said, and she feels ...": not "she said"
            return trim(doc, doc[content.start:end - 2]) or content
        return content

    def _attitude_claim(self, doc: Doc, token: Token) -> dict | None:
        """An adjective's attitude ("Protesters were frustrated that ..."; claim_grammar.attitude_of)."""
        cue = self.attitude_cues.get(token.lower_)
        if cue is None or token.pos_ not in ("ADJ", "VERB"):
            return None
        found = attitude_of(doc, token, cue)
        if found is None or not says_something(found[2]):
            return None
        holder, cue_span, content = found
        return {"cue": cue, "cue_span": cue_span, "content": content, "speaker": holder, "token": token}

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
        earlier: list[Told] = []  # the speakers told so far, for pronouns
        quoted = tuple(quotes)
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
                if shared >= 0.9 * (q_end - q_start) and not claim.get("direct") and \
                        q_end - q_start >= 0.6 * (content.end_char - content.start_char):
                    if any(t.pos_ in ("NOUN", "PROPN", "PRON") and t.idx < q_start for t in content):
                        # "condemned Friday's test as “provocative”": what is called so, up to the
                        # quotation's closing mark (q_end); not an attribution told after it (“...,” he said)
                        through_quote = doc.char_span(content.start_char, q_end + 1, alignment_mode="contract")
                        content = trim(doc, through_quote) or content if through_quote is not None else content
                        continue
                    content = trim(doc, doc.char_span(q_start, q_end, alignment_mode="expand")) or content
                    claim = dict(claim, direct=True, content=content)
            speaker: Span | None = claim["speaker"]
            name = speaker_name(doc, speaker, earlier, quoted) if speaker is not None else ""
            if name:
                earlier.append(told(doc, speaker, name))
            cue: Cue | None = claim["cue"]
            cue_span: Span | Mark | None = claim["cue_span"]
            kind = cue.kind if cue else "statement"
            if kind == "statement" and self._condemns(content) and \
                    not any(c.dep_ == "neg" for c in claim["token"].children):
                kind = "condemnation"  # not "do not consider the YPG a terrorist group"
            elif cue is not None and cue.warning and not threatens(claim["token"], content, self.retaliation):
                kind = "statement"  # "aid agencies warned that an assault could cause a crisis": a danger told
            # "Hawaii, as one adviser pointed out, does not ...": the words on both sides of the attribution
            parts = aside_pieces(doc, claim["token"], speaker, content, cue.content_preps) \
                if cue is not None and isinstance(claim["token"], Token) else ""
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
                content_parts=parts, date=self._date(doc, claim["token"], content),
                speaker_text=speaker.text if speaker is not None else "",
                cue_type=cue.cue_type if cue else "speech",
                rule_id=cue.rule_id if cue else "quote_unattributed", zone=zone_of(doc, content.start_char,
                                                                                  content.end_char)))
        return rows

    def _condemns(self, content: Span) -> bool:
        """Whether the content calls something a "violation", a "crime", "an assault on" ..."""
        lowered = doc_text(content.doc)[content.start_char:content.end_char].lower()
        if not any(word in lowered for word in self.condemning):
            return False  # a substring test first: most content names no condemning word
        for a, b in zip(content, [*content[1:], None]):
            if a.lower_ in self.condemning or b is not None and f"{a.lower_} {b.lower_}" in self.condemning:
                if _judges(a, content, self.judging):
                    return True
        return False

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


# verbs whose object is what someone is called ("branded the group terrorists", "regards
# the YPG as a terrorist organisation")
_NAMING = {"call", "brand", "label", "describe", "term", "regard", "consider", "condemn", "denounce", "deem", "dub",
           "view", "see", "portray", "paint", "find"}


# speech acts done in the scene reported, by whoever does the clause's deed ("a witness said
# Reed approached Javon, asking about a man"), never the teller's own next words
_SCENE_TALK = {"ask", "tell", "question", "demand", "answer", "reply", "respond", "beg", "plead", "yell", "shout",
               "scream", "order", "offer", "request", "invite", "inquire", "talk", "speak", "call", "chant"}


def _judges(word: Token, content: Span, judging: frozenset[str]) -> bool:
    """Whether a condemning word judges: a judging word anywhere, or one the content says
    something is ("is unacceptable", "were a violation", "called the strikes a violation",
    "regards the YPG as a terrorist organisation", "guilty of crimes against humanity", "an
    act of terrorism", "blatant war crimes"); not a word naming what it tells of ("fighters
    advanced into areas of the terrorist organisation", "launch a final assault on Idlib",
    "counter-terrorism officials", "the Kilis criminal court")."""
    if word.lower_ in judging:
        return True
    noun = word.head if word.dep_ in ("amod", "compound") else word
    if any(c.lower_ in judging for c in noun.children if c.dep_ in ("amod", "advmod")):
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and (
            noun.head.head.lemma_ in ("act", "form", "kind", "campaign") or noun.head.head.lower_ == "guilty"):
        noun = noun.head.head  # "an act of terrorism", "guilty of war crimes"
    if noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_ in _NAMING:
        return True  # "views the Kurdish forces as a terrorist threat"
    # the content itself: "“A violation!”", but not what a cue takes as its topic ("would only
    # discuss terrorism": no naming of anything)
    topic = noun.dep_ in ("dobj", "pobj") and not content.start <= noun.head.i < content.end
    return noun == content.root and not topic or noun.dep_ in ("attr", "acomp", "oprd", "appos") or \
        noun.dep_ == "dobj" and noun.head.lemma_ in _NAMING


@Language.factory("newsevents_claims", default_config={"cues": "dictionaries/cues.jsonl",
                                                       "words": "dictionaries/claim_words.json"})
def make_claims_stage(nlp: Language, name: str, cues: str, words: str) -> ClaimsStage:
    return ClaimsStage(cues=cues, words=words)


def _participle(lemma: str) -> str:
    """A verb's -ing form: "say" -> "saying", "note" -> "noting" (enough for the cue lexicon)."""
    return (lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma) + "ing"
