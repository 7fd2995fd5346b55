"""The project's spaCy components. Importing this package registers their factories."""

from pipeline.stages import actors, article, dates, locations  # noqa: F401
