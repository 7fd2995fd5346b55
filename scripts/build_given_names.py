"""Build models/dictionaries/given_names.json: given names that tell a person's gender.

The speakers stage resolves "he" and "she" to a person of the pronoun's gender when the
text tells it ("Mrs.", "spokeswoman"); a name the text never genders ("Anna Campbell")
fitted both. The US Census Bureau's 1990 first-name frequency lists (public domain; 1,219
male and 4,275 female names, as shipped in the MIT-licensed `names` package on PyPI) give
most English-language given names a clear gender. A name on both lists is kept for the
gender whose share of the population carrying it is at least `RATIO` times the other's
("James": male; "Jordan", "Jean": neither). Names of other languages are not covered;
the text's own words stay first. Run it again to rebuild (needs `pip install names`,
which the tool itself does not):

    python scripts/build_given_names.py
"""

from __future__ import annotations

import json
from pathlib import Path

import names

OUT = Path(__file__).resolve().parent.parent / "models" / "dictionaries" / "given_names.json"
RATIO = 10.0


def _frequencies(path: Path) -> dict[str, float]:
    table = {}
    for line in path.read_text(encoding="ascii").splitlines():
        name, share, *_ = line.split()
        table[name.capitalize()] = float(share)
    return table


def main() -> None:
    data = Path(names.__file__).parent
    female, male = _frequencies(data / "dist.female.first"), _frequencies(data / "dist.male.first")
    kept = {"female": [], "male": []}
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= RATIO * m:
            kept["female"].append(name)
        elif m >= RATIO * f:
            kept["male"].append(name)
    out = {"_comment": "Given names and the gender they tell, from the US Census Bureau's 1990 first-name "
                       "frequency lists (public domain) via the `names` package; a name on both lists only when "
                       f"one gender's share is {RATIO:g} times the other's. Built by scripts/build_given_names.py.",
           **kept}
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {len(kept['female'])} female and {len(kept['male'])} male names to {OUT}")


if __name__ == "__main__":
    main()
