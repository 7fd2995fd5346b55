"""Span scoring in the SemEval-2013 Task 9 scheme, attribute accuracy, and averages.

Rows of a table are paired one to one, exact boundaries first, then the largest
overlaps (overlap = shared characters / the longer span, at least `min_overlap`).
Each pair is correct (same boundaries) or partial; unpaired gold rows are missing,
unpaired predictions spurious. With POS = gold rows and ACT = predicted rows:

- strict: same boundaries and same type;  P = COR / ACT, R = COR / POS
- exact: same boundaries, any type
- partial: same boundaries count 1, overlaps 0.5, any type
- type: any overlap with the same type
- overlap: any overlap, any type

The type of a row is its TYPE_ATTRIBUTE (event_type, role, kind, ...) where the gold
gives one. Attribute accuracy is measured on the pairs `match` selects (strict: same
boundaries only; overlap: all pairs), over the pairs whose gold value is not empty;
attribute F1 (TempEval-3's value F1) divides the correct values by ACT and by POS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from pipeline.evaluate.model import ATTRIBUTES, TYPE_ATTRIBUTE, Mention

SCHEMES = ("strict", "exact", "partial", "type", "overlap")


@dataclass
class Pair:
    gold: Mention
    pred: Mention
    exact: bool


@dataclass
class TableAlignment:
    pairs: list[Pair] = field(default_factory=list)
    missing: list[Mention] = field(default_factory=list)
    spurious: list[Mention] = field(default_factory=list)

    @property
    def pos(self) -> int:
        return len(self.pairs) + len(self.missing)

    @property
    def act(self) -> int:
        return len(self.pairs) + len(self.spurious)


def overlap_ratio(a: Mention, b: Mention) -> float:
    shared = min(a.end, b.end) - max(a.start, b.start)
    if shared <= 0:
        return 0.0 if not (a.start == a.end == b.start == b.end) else 1.0
    return shared / max(a.end - a.start, b.end - b.start)


def norm(value: str) -> str:
    return " ".join(value.strip().lower().split())


def same_type(table: str, pair: Pair) -> bool:
    attr = TYPE_ATTRIBUTE.get(table, "")
    gold = pair.gold.get(attr)
    return not gold or norm(gold) == norm(pair.pred.get(attr))


def align(gold: list[Mention], pred: list[Mention], *, min_overlap: float = 0.0) -> TableAlignment:
    result = TableAlignment()
    free_gold = sorted(range(len(gold)), key=lambda i: (gold[i].start, gold[i].end))
    free_pred = sorted(range(len(pred)), key=lambda i: (pred[i].start, pred[i].end))
    by_span: dict[tuple[int, int], list[int]] = {}
    for i in free_pred:
        by_span.setdefault((pred[i].start, pred[i].end), []).append(i)
    used_pred: set[int] = set()
    unmatched_gold = []
    for g in free_gold:
        candidates = [p for p in by_span.get((gold[g].start, gold[g].end), []) if p not in used_pred]
        if candidates:
            used_pred.add(candidates[0])
            result.pairs.append(Pair(gold[g], pred[candidates[0]], exact=True))
        else:
            unmatched_gold.append(g)
    options = []
    for g in unmatched_gold:
        for p in free_pred:
            if p in used_pred:
                continue
            ratio = overlap_ratio(gold[g], pred[p])
            if ratio > 0 and ratio >= min_overlap:
                options.append((-ratio, gold[g].start, pred[p].start, g, p))
    taken_gold: set[int] = set()
    for _, _, _, g, p in sorted(options):
        if g in taken_gold or p in used_pred:
            continue
        taken_gold.add(g)
        used_pred.add(p)
        result.pairs.append(Pair(gold[g], pred[p], exact=False))
    result.missing = [gold[g] for g in unmatched_gold if g not in taken_gold]
    result.spurious = [pred[p] for p in free_pred if p not in used_pred]
    return result


@dataclass
class Counts:
    pos: int = 0
    act: int = 0
    exact: int = 0            # pairs with the same boundaries
    partial: int = 0          # overlapping pairs
    exact_typed: int = 0      # same boundaries, same type
    overlap_typed: int = 0    # any pair, same type

    def add(self, table: str, alignment: TableAlignment) -> None:
        self.pos += alignment.pos
        self.act += alignment.act
        for pair in alignment.pairs:
            typed = same_type(table, pair)
            self.exact += pair.exact
            self.partial += not pair.exact
            self.exact_typed += pair.exact and typed
            self.overlap_typed += typed

    def merge(self, other: "Counts") -> None:
        for name in ("pos", "act", "exact", "partial", "exact_typed", "overlap_typed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def missing(self) -> int:
        return self.pos - self.exact - self.partial

    @property
    def spurious(self) -> int:
        return self.act - self.exact - self.partial

    def scheme(self, name: str) -> dict[str, float]:
        correct = {
            "strict": self.exact_typed,
            "exact": self.exact,
            "partial": self.exact + 0.5 * self.partial,
            "type": self.overlap_typed,
            "overlap": self.exact + self.partial,
        }[name]
        return prf(correct, self.act, self.pos)

    def as_dict(self) -> dict:
        return {"pos": self.pos, "act": self.act, "cor": self.exact, "par": self.partial,
                "mis": self.missing, "spu": self.spurious,
                **{name: self.scheme(name) for name in SCHEMES}}


def prf(correct: float, act: int, pos: int) -> dict[str, float]:
    """P, R, F1; an empty prediction against empty gold is perfect."""
    if act == 0 and pos == 0:
        return {"p": 1.0, "r": 1.0, "f1": 1.0}
    p = correct / act if act else 0.0
    r = correct / pos if pos else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}


@dataclass
class AttributeTally:
    compared: int = 0
    correct: int = 0

    def accuracy(self) -> float | None:
        return round(self.correct / self.compared, 4) if self.compared else None


def values_agree(attr: str, gold: str, pred: str) -> bool:
    if attr in ("min", "max", "best", "killed", "injured", "geonameid"):
        try:
            return int(float(gold)) == int(float(pred))
        except ValueError:
            return False
    return norm(gold) == norm(pred)


def spans_agree(gold: tuple[int, int] | None, pred: tuple[int, int] | None) -> bool:
    if gold is None or pred is None:
        return False
    return min(gold[1], pred[1]) > max(gold[0], pred[0]) or gold == pred


def annotated_types(table: str, gold_rows: Iterable[Mention]) -> set[str]:
    """The types (roles) a gold set gives rows of a table, over all its documents."""
    attr = TYPE_ATTRIBUTE.get(table, "")
    return {norm(m.get(attr)) for m in gold_rows if m.get(attr)}


def scope_predictions(table: str, gold_types: set[str], pred_rows: list[Mention]) -> tuple[list[Mention], int]:
    """Drop predicted rows of a type the gold never annotates (e.g. role 'mentioned'
    actors against gold that marks only event arguments). `gold_types` are the gold set's
    (`annotated_types`), not one document's: an article whose gold has no event place still
    does not annotate the places it merely mentions."""
    if not gold_types or table not in ("actors", "locations"):
        return pred_rows, 0
    attr = TYPE_ATTRIBUTE.get(table, "")
    kept = [m for m in pred_rows if norm(m.get(attr)) in gold_types]
    return kept, len(pred_rows) - len(kept)


def attribute_tallies(table: str, pairs: list[Pair], *, match: str) -> dict[str, AttributeTally]:
    tallies = {attr: AttributeTally() for attr in ATTRIBUTES.get(table, ())}
    for pair in pairs:
        if match == "strict" and not pair.exact:
            continue
        for attr, tally in tallies.items():
            agrees = attribute_agrees(table, attr, pair)
            if agrees is not None:
                tally.compared += 1
                tally.correct += agrees
    return tallies


def attribute_agrees(table: str, attr: str, pair: Pair) -> bool | None:
    """Whether the prediction has the gold's value; None when the gold gives none.
    A claim's speaker and cue agree when their spans overlap (names vary, spans don't)."""
    if table == "claims" and attr in ("speaker", "cue") and pair.gold.span(attr) is not None:
        return spans_agree(pair.gold.span(attr), pair.pred.span(attr))
    gold_value = pair.gold.get(attr)
    if not gold_value:
        return None
    return values_agree(attr, gold_value, pair.pred.get(attr))
