"""A token-pattern Matcher that only looks where a pattern can start.

spaCy's Matcher steps every pattern through every token. Our trigger and date patterns
all begin with a word or a word list ("LOWER": {"IN": [...]}, "LEMMA": "strike"), so most
tokens can never start a match: AnchoredMatcher finds the tokens that can (one vectorised
look-up over the Doc's LOWER, ORTH and LEMMA arrays) and runs the Matcher only over short
windows from there. The matches are the plain Matcher's, in its order; a pattern set it
cannot anchor (a first token without a word constraint, or a repeated token) falls back to
the whole Doc.
"""

from __future__ import annotations

from typing import Any, Iterable

import numpy
from spacy.attrs import LEMMA, LOWER, ORTH
from spacy.matcher import Matcher
from spacy.strings import hash_string
from spacy.tokens import Doc, Token

_ANCHOR_ATTRS = {"ORTH": 0, "TEXT": 0, "LOWER": 1, "LEMMA": 2}
_ONE_TOKEN_OPS = (None, "!", "?", "1")


class WordFilter:
    """The tokens of a Doc whose lowercase form is in `lower` or whose lemma, lowercased, is
    in `folded_lemma`, in order: a pre-filter for code that would otherwise test every token
    (one look-up over the Doc's LOWER and LEMMA arrays)."""

    _CACHE_LIMIT = 200_000  # lemmas remembered; the cache starts again past it

    def __init__(self, *, lower: Iterable[str] = (), folded_lemma: Iterable[str] = ()) -> None:
        self.folded_lemma = frozenset(folded_lemma)
        self._lower = numpy.array(sorted(hash_string(word) for word in set(lower)), dtype=numpy.uint64)
        self._lemma_hits: dict[int, bool] = {}

    def __call__(self, doc: Doc) -> list[Token]:
        columns = doc.to_array([LOWER, LEMMA])
        wanted = numpy.isin(columns[:, 0], self._lower)
        if self.folded_lemma:
            hits, strings = self._lemma_hits, doc.vocab.strings
            if len(hits) > self._CACHE_LIMIT:
                hits.clear()
            lemmas = []
            for lemma in numpy.unique(columns[:, 1]).tolist():
                hit = hits.get(lemma)
                if hit is None:
                    hit = hits[lemma] = strings[lemma].lower() in self.folded_lemma
                if hit:
                    lemmas.append(lemma)
            if lemmas:
                wanted |= numpy.isin(columns[:, 1], lemmas)
        return [doc[i] for i in numpy.flatnonzero(wanted).tolist()]


class AnchoredMatcher:
    def __init__(self, vocab, *, validate: bool = True) -> None:
        self.vocab = vocab
        self.matcher = Matcher(vocab, validate=validate)
        self._anchors: list[set[int]] = [set(), set(), set()]  # ORTH, LOWER, LEMMA hashes
        self._arrays: list[numpy.ndarray] | None = None
        self.window = 0  # the longest a match can be, in tokens
        self.anchored = True

    def add(self, key: str, patterns: list[list[dict[str, Any]]]) -> None:
        self.matcher.add(key, patterns)
        for pattern in patterns:
            self._index(pattern)
        self._arrays = None

    def _index(self, pattern: list[dict[str, Any]]) -> None:
        if any(token.get("OP") not in _ONE_TOKEN_OPS for token in pattern) or pattern[0].get("OP") is not None:
            self.anchored = False
            return
        self.window = max(self.window, len(pattern))
        for attr, column in _ANCHOR_ATTRS.items():
            value = pattern[0].get(attr)
            if isinstance(value, dict) and set(value) == {"IN"}:
                value = value["IN"]
            values = [value] if isinstance(value, str) else value
            if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
                self._anchors[column].update(self.vocab.strings.add(v) for v in values)
                return
        self.anchored = False

    def starts(self, doc: Doc) -> numpy.ndarray:
        """Token indexes where some pattern may start."""
        if self._arrays is None:
            self._arrays = [numpy.fromiter(sorted(a), dtype=numpy.uint64, count=len(a)) for a in self._anchors]
        columns = doc.to_array([ORTH, LOWER, LEMMA])
        mask = numpy.zeros(len(doc), dtype=bool)
        for column, anchors in enumerate(self._arrays):
            if len(anchors):
                mask |= numpy.isin(columns[:, column], anchors)
        return numpy.flatnonzero(mask)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not self.anchored or not len(doc):
            return self.matcher(doc)
        matches: list[tuple[int, int, int]] = []
        run_start = run_end = -1
        for start in self.starts(doc).tolist():
            if start > run_end:  # windows that touch or overlap are searched as one
                if run_end > run_start:
                    matches.extend(self._search(doc, run_start, run_end))
                run_start = start
            run_end = min(len(doc), start + self.window)
        if run_end > run_start >= 0:
            matches.extend(self._search(doc, run_start, run_end))
        return matches

    def _search(self, doc: Doc, start: int, end: int) -> list[tuple[int, int, int]]:
        return [(key, start + s, start + e) for key, s, e in self.matcher(doc[start:end])]
