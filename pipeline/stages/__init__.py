"""The project's spaCy components, one module per stage. `pipeline.nlp.build_nlp` imports
them, which registers their factories; importing this package alone does not, so a helper
module may import `pipeline.stages.extensions` without pulling in every stage."""
