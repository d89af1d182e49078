"""The quantity grammar: numerals, money, units, dates."""
from .extract import extract_quantities

__all__ = ["extract_quantities"]
