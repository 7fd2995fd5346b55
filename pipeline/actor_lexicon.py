"""The actor dictionary and the words for groups of people, from models/dictionaries/.

actors.jsonl gives canonical names with aliases, actor types and countries; groups.json
the head nouns that name groups ("militiamen", "troops", "protesters") and casualty
words; demonyms.jsonl the nationality words that give a group its country.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.config import data_path, read_jsonl_rules


@dataclass(frozen=True, slots=True)
class ActorEntry:
    id: str
    name: str
    actor_type: str
    country: str
    aliases: tuple[str, ...]


def alias_key(text: str) -> str:
    text = text.replace("’", "'").strip()
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return " ".join(text.split()).lower()


def plain_name(text: str) -> str:
    """A name as the tables write it: "U.S. Embassy" -> "US Embassy", spaces folded."""
    return " ".join(text.replace("U.S.", "US").split())


class ActorLexicon:
    def __init__(self, *, actors: str = "dictionaries/actors.jsonl", groups: str = "dictionaries/groups.json",
                 demonyms: str = "dictionaries/demonyms.jsonl") -> None:
        self.entries: list[ActorEntry] = []
        self.by_alias: dict[str, ActorEntry] = {}
        self.case_sensitive: dict[str, ActorEntry] = {}
        for obj in read_jsonl_rules(actors, required=("id", "name", "actor_type")):
            entry = ActorEntry(obj["id"], obj["name"], obj["actor_type"], obj.get("country", ""),
                               tuple(obj.get("aliases", [])) or (obj["name"],))
            self.entries.append(entry)
            for alias in entry.aliases + (entry.name,):
                # Short all-caps aliases ("IS", "US", "AP") only match in capitals.
                if len(alias) <= 3 and alias.isupper() or alias.lower() in ("us", "is"):
                    self.case_sensitive.setdefault(alias, entry)
                else:
                    self.by_alias.setdefault(alias_key(alias), entry)
        data = json.loads(data_path(groups).read_text(encoding="utf-8"))
        self.group_nouns: dict[str, str] = data["group_nouns"]
        self.victim_nouns: frozenset[str] = frozenset(data["victim_nouns"])
        self.killed_words: frozenset[str] = frozenset(data["killed_words"])
        self.injured_words: frozenset[str] = frozenset(data["injured_words"])
        self.military_sites: frozenset[str] = frozenset(data.get("military_sites", ()))
        self.non_state_words: frozenset[str] = frozenset(data.get("non_state_words", ()))
        self.peoples_without_state: frozenset[str] = frozenset(data.get("peoples_without_state", ()))
        self.demonyms: dict[str, str] = {}
        for obj in read_jsonl_rules(demonyms, required=("demonym", "country")):
            self.demonyms[obj["demonym"].lower()] = obj["country"]

    def lookup(self, text: str) -> ActorEntry | None:
        stripped = re.sub(r"^(?:the|The)\s+", "", text.strip()).replace("’s", "").replace("'s", "")
        return self.case_sensitive.get(stripped) or self.by_alias.get(alias_key(text))

    def country_of_word(self, word: str) -> str:
        entry = self.case_sensitive.get(word) or self.by_alias.get(alias_key(word))
        if entry is not None and entry.actor_type == "government" and entry.country:
            return entry.country
        return self.demonyms.get(word.lower().replace("’", "'"), "")

    def state_actor(self, country: str, actor_type: str) -> ActorEntry | None:
        """The dictionary's actor of a type for a country: ("USA", "state_military") -> US military."""
        for entry in self.entries:
            if entry.country == country and entry.actor_type == actor_type:
                return entry
        return None

    def all_aliases(self) -> list[tuple[str, ActorEntry, bool]]:
        """(alias, entry, case_sensitive) for building a PhraseMatcher."""
        out = [(alias, entry, True) for alias, entry in self.case_sensitive.items()]
        for entry in self.entries:
            for alias in entry.aliases + (entry.name,):
                if alias not in self.case_sensitive:
                    out.append((alias, entry, False))
        return out


@lru_cache(maxsize=1)
def default_lexicon() -> ActorLexicon:
    return ActorLexicon()
