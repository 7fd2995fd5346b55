"""Convert the Guardian sample CSV (../shared/data/guardian-syria) to newsevents JSONL.

Each row becomes {"id", "text", "published", "source"}; `published` comes from the
CSV's date column. The id is "guardian-<row label>", stable across runs.

    python scripts/guardian_to_jsonl.py ../shared/data/guardian-syria/guardian_sdf_sample.csv -o outputs/guardian.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pandas as pd


def convert(csv_path: Path, out_path: Path, *, repeat: int = 1) -> int:
    frame = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    label_column = frame.columns[0]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out_path.open("w", encoding="utf-8") as handle:
        for copy in range(repeat):
            for _, row in frame.iterrows():
                suffix = f"-r{copy}" if repeat > 1 else ""
                record = {"id": f"guardian-{row[label_column]}{suffix}", "text": row["text"],
                          "published": row["date"], "source": row.get("source", "")}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("csv", type=Path)
    parser.add_argument("-o", "--out", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=1, help="Write the articles this many times (benchmarks).")
    args = parser.parse_args()
    print(f"wrote {convert(args.csv, args.out, repeat=args.repeat)} articles to {args.out}")


if __name__ == "__main__":
    main()
