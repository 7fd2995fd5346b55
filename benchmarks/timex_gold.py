"""Date normalisation on TempEval-3 gold mentions: value accuracy given the DCT.

    python benchmarks/timex_gold.py [--limit N] [--show 40]

Each gold TIMEX3 extent is read by the product's own normaliser (pipeline.timex) with
the tense of its clause from the spaCy parse and the document creation time, and its
value compared with the gold value. Reads ../shared/data/tempeval3-tbaq.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from pipeline.evaluate.read_timeml import read_timeml
from pipeline.nlp import build_nlp
from pipeline.stages.dates import DateContext, read_date
from pipeline.timeparse import parse_calendar_date

DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "tempeval3-tbaq"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=0, help="Print this many misses.")
    args = parser.parse_args()
    gold = read_timeml(DATA)
    nlp = build_nlp()
    docs = sorted(gold.docs.values(), key=lambda d: d.doc_id)[: args.limit or None]
    total = correct = type_correct = 0
    misses = []
    by_rule = Counter()
    for gdoc in docs:
        dct = parse_calendar_date(gdoc.published) if gdoc.published else None
        doc = nlp.make_doc(gdoc.text)
        for name, proc in nlp.pipeline:
            if not name.startswith("newsevents_"):
                doc = proc(doc)
        context = DateContext()
        for mention in sorted(gdoc.mentions["dates"], key=lambda m: m.start):
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            timex = read_date(span, dct, context.previous, context.focus) if span is not None else None
            if timex:
                context.after(span, timex)
            total += 1
            value = timex.value if timex else ""
            ok = value == mention.get("value")
            correct += ok
            type_correct += bool(timex) and timex.type == mention.get("type")
            by_rule[(timex.rule_id if timex else "none", ok)] += 1
            if not ok:
                misses.append((gdoc.doc_id, gdoc.published, mention.text, mention.get("value"), value,
                               timex.rule_id if timex else ""))
    print(f"gold TIMEX3 mentions: {total}")
    print(f"value accuracy: {correct / total:.3f}   type accuracy: {type_correct / total:.3f}")
    for (rule, ok), count in sorted(by_rule.items(), key=lambda kv: -kv[1])[:25]:
        print(f"  {rule:28s} {'ok ' if ok else 'bad'} {count}")
    for miss in misses[: args.show]:
        print("  miss", miss)


if __name__ == "__main__":
    main()
