"""Evaluation: score extracted tables against span-level and record-level gold."""

from pipeline.evaluate.run import evaluate_run, load_gold

__all__ = ["evaluate_run", "load_gold"]
