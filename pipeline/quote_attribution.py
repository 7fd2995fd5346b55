"""Which cue tells each quotation: the cue beside it, the speech word leading into it
("saying, “…”"), its signature ("” ― Jacklyn Ashley"), the attribution it continues, or a
transcript turn ("PENCE: …"). A mixin of the claims stage (pipeline/stages/claims.py),
which holds the cue lexicon these methods read.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from pipeline.claim_filters import covers, no_comment, title_before
from pipeline.claim_grammar import Cue, Mark
from pipeline.claim_speaker import may_speak, speaker_of
from pipeline.claim_spans import in_actor_mention, trim
from pipeline.layout import FURNITURE_ZONES
from pipeline.quotations import opens_its_paragraph
from pipeline.stages.extensions import doc_text, sentence_of, sentence_start, zone_of

_LINE = re.compile(r"[^\n]+")
# "PENCE: …", "Pat Caddell: …", "Poll: …": up to four capitalised words, a colon, the statement
_COLON_TURN = re.compile(r"\s*[\"“]?(?P<name>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*):\s+(?P<rest>\S.{2,})")
TURN_RULE = "cue_colon_turn"
# a quotation signed after a dash: "” ― Jacklyn Ashley" alone at the end of its line
_SIGNATURE = re.compile(r"((?:[A-Z][\w'’.-]*[ \xa0]){1,3}[A-Z][\w'’-]*)[\s.\xa0]*?(?:\n|$)")


class QuoteAttribution:
    """Direct quotations and transcript turns, attributed (the claims stage's half that
    works from quotation marks rather than from cues). The stage supplies the lexicon below
    and `_cue(token)`, `_cue_span(doc, token, cue)`."""
    cues: dict[str, Cue]
    quote_cues: dict[str, Cue]
    speech_participles: dict[str, Cue]
    not_speakers: frozenset[str]

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
                        and not start <= cue_at < end and covers(c["content"], start, end)]
            if any(covers(span, start, end) for span in taken) or covering:
                previous = covering[0] if covering else previous
                continue
            content = doc.char_span(start, end, alignment_mode="expand")
            if content is None or zone_of(doc, start, end) in FURNITURE_ZONES or \
                    len(content) < 4 and not self._opens_its_attribution(doc, content):
                continue
            sentence = sentence_of(doc, content[0])
            last_sentence = sentence_start(doc, doc[content.end - 1])
            candidates = [c for c in found if sentence_start(doc, c["token"]) in (sentence.start, last_sentence)]
            # a cue outside this quotation and outside any other ("”― Oscar P. Quintero
            # “I just hope ...”": the next quotation's "hope" is its own speaker's)
            near = [c for c in candidates if (c["token"].i >= content.end or c["token"].i < content.start)
                    and not in_quotation(c["token"], quotes)
                    and not _tells_what_follows(c["token"], content)
                    # a noun cue tells its own "that" clause, not a quotation told by a verb
                    # ("“Mission Accomplished!” tweeted Trump, in an echo of Bush's declaration of victory")
                    and not (c["token"].pos_ == "NOUN" and c.get("content") is not None)]
            lead = self._leading_cue(doc, content, quotes)
            adjacent = None if near or lead else self._adjacent_attribution(doc, content)
            if lead is not None:
                chosen = lead  # "footage of Trump saying, “…”": the word that leads into it tells it
            elif near:
                chosen = min(near, key=lambda c: abs(c["token"].i - content.end))
                if chosen.get("content") is not None and title_before(chosen, content):
                    continue  # 'On “Fox News Sunday,” Pence said his running mate …': a title, not what he said
                chosen = self._participle_after(doc, chosen, content) or chosen
            elif adjacent is not None:
                chosen = adjacent
            elif previous is not None and previous["cue"] is not None and (
                    sentence_of(doc, previous["token"]).end >= content.start - 2 or
                    _next_paragraph_goes_on(doc, previous, start, found, quotes)):
                chosen = previous  # the quote goes on after its attribution
            else:
                # "Muthana said she had not been in contact with US officials. “I would tell
                # them ...”": a quotation right after its speaker's reported words goes on with them
                chosen = self._told_right_before(doc, content, found, quotes)
            if chosen is None and not _a_statement_of_its_own(doc, content):
                continue  # 'the bill, known as the “Justice Against Sponsors of Terrorism Act”': a name, not a claim
            claim = {"cue": chosen["cue"] if chosen else None, "cue_span": chosen["cue_span"] if chosen else None,
                     "content": trim(doc, content), "speaker": chosen["speaker"] if chosen else None,
                     "token": chosen["token"] if chosen else content.root, "direct": True}
            out.append(claim)
            taken.append((start, end))
            previous = claim
        return out

    @staticmethod
    def _told_right_before(doc: Doc, content: Span, found: list[dict], quotes: list[tuple[int, int]]) -> dict | None:
        """The claim of a verb of saying ("said", "told", "added", "questioned"; not "proposed
        a ban", a deed) whose reported words end the sentence right before a quotation that
        opens its own sentence (nothing else between them), told outside any quotation."""
        sentence = sentence_of(doc, content[0])
        if any(not (doc[i].is_punct or doc[i].is_space) for i in range(sentence.start, content.start)) or \
                sentence.start == 0:
            return None
        before = sentence_of(doc, doc[sentence.start - 1])
        told = [c for c in found if c["cue"] is not None and c["cue"].lemma in _SAYING and
                c.get("speaker") is not None and before.start <= c["token"].i < before.end and
                not in_quotation(c["token"], quotes) and
                c["content"] is not None and
                all(t.is_punct or t.is_space for t in doc[_end_of(c):sentence.start])]
        return told[-1] if told else None

    def _opens_its_attribution(self, doc: Doc, content: Span) -> bool:
        """A quotation of a few words is a scare quote ("what she called a “rant,”") unless it
        opens its sentence and a speech cue follows it at once ("“You winning?” she said")."""
        sentence = sentence_of(doc, content[0])
        if any(not doc[i].is_punct for i in range(sentence.start, content.start)):
            return False
        for token in doc[content.end:min(content.end + 4, len(doc))]:
            if "\n" in token.text:
                return False
            cue = self._quote_cue(token)
            if cue is not None:
                return cue.cue_type == "speech"
        return False

    def _leading_cue(self, doc: Doc, content: Span, quotes: list[tuple[int, int]]) -> dict | None:
        """The attribution of the speech word right before a quotation, outside any quotation."""
        word = self.speech_word_before(doc, content.start)
        if word is None or in_quotation(word, quotes):
            return None
        return self._attribution(doc, word, self._quote_cue(word))

    def speech_word_before(self, doc: Doc, start: int) -> Token | None:
        """The speech word right before a token, past quotation marks, a comma or a colon
        ("saying, “…”"); not across a full stop (“A,” he said. “B”) or a line break."""
        before = start - 1
        while before >= 0 and (doc[before].is_quote or doc[before].text in (",", ":") or doc[before].is_space) and \
                "\n" not in doc[before].text:
            before -= 1
        if before < 0 or doc[before].is_punct or doc[before].is_space:
            return None
        cue = self._quote_cue(doc[before])
        return doc[before] if cue is not None and cue.cue_type == "speech" else None

    def _participle_after(self, doc: Doc, chosen: dict, content: Span) -> dict | None:
        """'"...," Sanders said, suggesting a few questions, including, "Mr. Trump, ..."': a
        quotation the attribution's participle leads into, in the same sentence, is told
        by the participle ("suggesting", "adding"), not by the verb before it."""
        cue_at = chosen["token"].i
        if cue_at >= content.start or sentence_start(doc, chosen["token"]) != sentence_start(doc, content[0]):
            return None
        speaker = chosen.get("speaker")
        for token in doc[cue_at + 1:content.start]:
            if token.tag_ != "VBG" or token.pos_ != "VERB" or \
                    speaker is not None and speaker.start <= token.i < speaker.end:
                continue
            cue = self._quote_cue(token) or Cue(token.lemma_.lower(), "statement", "cue_participle")
            return {"cue": cue, "cue_span": doc[token.i:token.i + 1], "speaker": speaker, "token": token}
        return None

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
            content = trim(doc, doc.char_span(line.start() + match.start("rest"), line.end(), alignment_mode="expand"))
            if speaker is None or cue is None or content is None or len(content) < 3:
                continue
            if zone_of(doc, name_start, colon) in FURNITURE_ZONES:
                continue
            named = any(t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") for t in speaker) or \
                match["name"].isupper() or in_actor_mention(speaker[0])
            if not named and len(speaker) > 1:
                continue
            out.append({"cue": Cue(":", "statement", TURN_RULE), "cue_span": cue, "content": content,
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
            if cue is not None and _tells_what_follows(token, content):
                break  # "“…?” Mattis’s colleagues had previously said he was ...": it tells what follows it
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
                mark = Mark(dash[1], content.end_char + dash.start(1), content.end_char + dash.end(1))
                return {"cue": Cue(dash[1], "statement", "cue_dash"), "cue_span": mark, "speaker": person,
                        "token": person.root}
        before = doc[max(content.start - 8, 0):content.start]
        for token in reversed(before):
            if "\n" in token.text and not (token.i > 0 and doc[token.i - 1].text == ":"):
                break  # "Caddell continued:" may stand in the paragraph before its quotation
            cue = self._quote_cue(token)
            if cue is not None and (any(t.text in (":", ",") for t in doc[token.i + 1:content.start]) or
                                    _says_nothing_else(doc, token, content)):
                return self._attribution(doc, token, cue)
        return None

    def _quote_cue(self, token: Token) -> Cue | None:
        """A cue beside a quotation: any reporting cue, or a quote-only one ("continued"), or
        a speech verb's participle the parser read as a noun ("footage of Trump saying, “…”");
        never a framing cue ("spray-painted “…”", "who she referred to as “…”"), nor a telling
        told as not done ("“…” Donald Trump has not commented on her situation")."""
        cue = self._cue(token)
        if cue is not None and cue.frame_preps or no_comment(token):
            return None
        cue = cue or (self.quote_cues.get(token.lemma_.lower()) if token.pos_ == "VERB" else None)
        if cue is None and token.tag_ == "NN" and token.lower_.endswith("ing"):
            cue = self.speech_participles.get(token.lower_)
        return cue

    def _attribution(self, doc: Doc, token: Token, cue: Cue) -> dict | None:
        # "…,” said Leslie Wimes, a …": the inverted subject is the name after the cue
        named = next((e for e in doc.ents if e.start == token.i + 1 and e.label_ in ("PERSON", "ORG", "NORP")), None)
        speaker = named if named is not None else speaker_of(doc, token)
        if speaker is None:
            return None
        return {"cue": cue, "cue_span": self._cue_span(doc, token, cue), "speaker": speaker, "token": token}


def in_quotation(token: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether a token stands inside one of the quotations (character offsets)."""
    return any(start <= token.idx < end for start, end in quotes)


# verbs of saying whose reported words a quotation right after them may go on with
_SAYING = {"say", "tell", "add", "explain", "note", "insist", "argue", "recall", "write", "warn", "stress",
           "question", "ask", "claim", "state", "declare", "continue", "acknowledge", "admit", "describe", "agree",
           "suggest", "maintain", "contend", "emphasise", "emphasize"}


def _next_paragraph_goes_on(doc: Doc, previous: dict, start: int, found: list[dict],
                            quotes: list[tuple[int, int]]) -> bool:
    """A quotation that opens a later paragraph goes on with the quotation attributed before
    it, unless someone else is told to speak in between ("Solana says, “…” / Gorbachev says
    the push east ... / In Moscow the plan is seen as “a dangerous game ...”" is not Solana's)."""
    text = doc_text(doc)
    before = previous["content"].end_char
    if "\n" not in text[before:start] or not opens_its_paragraph(text, start):
        return False
    return not any(c is not previous and c["cue"] is not None and before <= c["token"].idx < start and
                   not in_quotation(c["token"], quotes) for c in found)


def _a_statement_of_its_own(doc: Doc, content: Span) -> bool:
    """Whether a quotation no one is told to say is still a statement: it opens its sentence,
    or it holds a clause with a subject of its own ("Margarita Simonyan conveyed that her
    statement was “not in line with our editorial policy”" is not; "in hopes that “they'll go
    easier”" is). A name or a phrase quoted inside narration ("introduced the “War On
    Drugs”", "rated as “pants on fire”") is nobody's claim."""
    sentence = sentence_of(doc, content[0])
    if all(doc[i].is_punct or doc[i].is_space for i in range(sentence.start, content.start)):
        return True
    return any(t.dep_ in ("nsubj", "nsubjpass") and content.start <= t.head.i < content.end for t in content)


def _end_of(claim: dict) -> int:
    """Where a claim's words end: its content, or the attribution after it ("..., she said",
    "..., says Saadi Haruti, a professor of history")."""
    ends = [claim["content"].end, claim["token"].i + 1]
    if isinstance(claim.get("speaker"), Span):  # with what stands beside the speaker ("a professor at ...")
        ends.append(max(t.i for t in claim["speaker"].root.subtree) + 1)
    return max(ends)


def _says_nothing_else(doc: Doc, cue: Token, quotation: Span) -> bool:
    """Whether a cue closes its sentence right before a quotation with no words of its own
    ("Munef al-Shami, an opposition leader, agreed. “The Turks will help us ...”")."""
    return cue.dep_ == "ROOT" and all(t.is_punct or t.is_space for t in doc[cue.i + 1:quotation.start]) and \
        doc[cue.i + 1].text == "." and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in cue.children)


def _tells_what_follows(cue: Token, quotation: Span) -> bool:
    """Whether a cue after a quotation that closes its sentence reports a clause of its own
    after it ("“Who is going to fight for us?” Mattis’s colleagues had previously said he was
    determined to stay"), or, after a full stop, has a thing of its own as its object ("“…
    all over the country.” She was soon reading less of her beloved English classics"): it
    tells that, not the quotation before it ("“…!” he told the crowd" still tells it); so
    does a cue in a subject clause ("“…” What he didn't know was that ...")."""
    if cue.i < quotation.end or not _closes_a_sentence(quotation):
        return False
    return any(c.dep_ == "ccomp" and c.i > cue.i for c in cue.children) or cue.dep_ == "csubj" or \
        quotation.text.rstrip("”’\"' \n").endswith(".") and \
        any(c.dep_ == "dobj" and c.i > cue.i and c.pos_ in ("NOUN", "ADJ", "ADV") and not c.ent_type_ and
            not may_speak(c) for c in cue.children)  # not whom it was told to


def _closes_a_sentence(quotation: Span) -> bool:
    """Whether a quotation ends its sentence ("…?”", "….”"), not one its attribution
    splits ("“…,” he said, “…”")."""
    text = quotation.text.rstrip("”’\"' \n")
    return text.endswith((".", "?", "!"))
