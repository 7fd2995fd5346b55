"""newsevents_actors: people, organisations and groups named in the article."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.layout import FURNITURE_ZONES
from pipeline.stages.extensions import doc_id_of, register_extensions, zone_of
from pipeline.types import ActorRow

ACTOR_TYPES_BY_LABEL = {"PERSON": "person", "ORG": "organization", "NORP": "group"}
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def canonical_name(text: str) -> str:
    name = _POSSESSIVE.sub("", _LEADING_ARTICLE.sub("", text.strip()))
    return " ".join(name.split())


class ActorsStage:
    def __init__(self, *, labels: dict[str, str]) -> None:
        register_extensions()
        self.labels = labels

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        rows = []
        for ent in doc.ents:
            actor_type = self.labels.get(ent.label_)
            if actor_type is None:
                continue
            zone = zone_of(doc, ent.start_char, ent.end_char)
            if zone in FURNITURE_ZONES:
                continue
            rows.append(ActorRow(doc_id=doc_id, start=ent.start_char, end=ent.end_char, text=ent.text,
                                 name=canonical_name(ent.text), actor_type=actor_type, role="mentioned",
                                 label=ent.label_, rule_id=f"ner:{ent.label_}", zone=zone))
        doc._.actor_rows = tuple(rows)
        return doc


@Language.factory("newsevents_actors", default_config={"labels": ACTOR_TYPES_BY_LABEL})
def make_actors_stage(nlp: Language, name: str, labels: dict[str, str]) -> ActorsStage:
    return ActorsStage(labels=dict(labels))
