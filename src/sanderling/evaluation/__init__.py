"""Evaluation helpers that ship with the package (the gold itself never does)."""
