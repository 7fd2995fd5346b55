"""Build the one spaCy pipeline every command uses, from models/pipeline.toml."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from pipeline.config import PipelineConfig, load_config
from pipeline.errors import Errors, NewsEventsError


def build_nlp(*, model: str | None = None, config: PipelineConfig | str | Path | None = None) -> Language:
    """Load the base model (package name or path) and add the project stages in order."""
    cfg = config if isinstance(config, PipelineConfig) else load_config(config)
    name = model or cfg.model
    try:
        nlp = spacy.load(name, exclude=list(cfg.exclude))
    except OSError as err:
        if "E050" in str(err) or "E053" in str(err):
            raise NewsEventsError(Errors.E001.format(model=name)) from None
        raise
    _keep_title_abbreviations(nlp)
    from pipeline.stages import actors, article, casualties, claims, dates, events, locations  # noqa: F401
    # (importing the stage modules registers their factories)

    for stage in cfg.stages:
        if stage.before and stage.before in nlp.pipe_names:
            nlp.add_pipe(stage.factory, config=dict(stage.config), before=stage.before)
        elif not stage.before:
            nlp.add_pipe(stage.factory, config=dict(stage.config))
        # a stage meant to run before a component the model lacks is not needed
    return nlp


def _keep_title_abbreviations(nlp: Language) -> None:
    """One token for a rank or title the model's tokenizer splits at its full stop ("Sgt."
    "Lt.", "Capt."; models/dictionaries/abbreviations.json): split, its stop ends the sentence
    before the name it titles ("according to police Sgt." / "Mark Malueg.")."""
    from pipeline.person_names import title_abbreviations

    for abbreviation in sorted(title_abbreviations()):
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


def model_label(nlp: Language) -> str:
    return _label(nlp.meta)


def installed_model_label(name: str) -> str:
    """The label of an installed pipeline, read from its meta without loading it."""
    try:
        path = spacy.util.get_package_path(name) if spacy.util.is_package(name) else Path(name)
        return _label(spacy.util.get_model_meta(path))
    except Exception:  # only a label for run.json
        return name


def _label(meta: dict) -> str:
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
