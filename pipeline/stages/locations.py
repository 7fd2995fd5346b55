"""newsevents_locations: places named in the article, resolved with the offline gazetteer."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.gazetteer import default_gazetteer
from pipeline.layout import FURNITURE_ZONES
from pipeline.stages.extensions import doc_id_of, register_extensions, zone_of
from pipeline.types import LocationRow

PLACE_LABELS = ("GPE", "LOC", "FAC")
_FEATURE_BY_LABEL = {"GPE": "other", "LOC": "region", "FAC": "facility"}


class LocationsStage:
    def __init__(self, *, labels: tuple[str, ...]) -> None:
        register_extensions()
        self.labels = labels
        self.gazetteer = default_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        doc_id = doc_id_of(doc)
        mentions = [ent for ent in doc.ents if ent.label_ in self.labels
                    and zone_of(doc, ent.start_char, ent.end_char) not in FURNITURE_ZONES]
        # Countries named anywhere in the article steer the reading of ambiguous towns.
        context = set()
        for ent in mentions:
            place = self.gazetteer.resolve(ent.text)
            if place is not None and place.feature == "country":
                context.add(place.country)
        rows = []
        for ent in mentions:
            place = self.gazetteer.resolve(ent.text, context_countries=context) if ent.label_ != "FAC" else None
            zone = zone_of(doc, ent.start_char, ent.end_char)
            if place is None:
                rows.append(LocationRow(doc_id=doc_id, start=ent.start_char, end=ent.end_char, text=ent.text,
                                        name=ent.text.strip(), feature=_FEATURE_BY_LABEL.get(ent.label_, "other"),
                                        label=ent.label_, rule_id=f"ner:{ent.label_}", zone=zone))
                continue
            rows.append(LocationRow(
                doc_id=doc_id, start=ent.start_char, end=ent.end_char, text=ent.text, name=place.name,
                country=place.country, admin1=place.admin1, lat=place.lat, lon=place.lon,
                geonameid=place.geonameid, feature=place.feature, label=ent.label_,
                rule_id=f"ner:{ent.label_}+gaz:{place.feature}", zone=zone,
            ))
        doc._.location_rows = tuple(rows)
        return doc


@Language.factory("newsevents_locations", default_config={"labels": list(PLACE_LABELS)})
def make_locations_stage(nlp: Language, name: str, labels: list[str]) -> LocationsStage:
    return LocationsStage(labels=tuple(labels))
