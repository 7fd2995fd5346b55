"""The project's spaCy components. Importing this package registers their factories."""

from pipeline.stages import actors, article, casualties, claims, dates, events, locations  # noqa: F401
