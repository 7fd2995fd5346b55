"""Resource package: patterns, dictionaries and pipeline config (installed as newsevents_models)."""
