"""Scorers learned from our own labelled copy, beside the hand-written rules.

Hand rules read one phrasing each; a slip written another way slips past them.
A learned scorer works in three steps, each in its own module:

1. *candidates* — every place a slip of its kind could be (for consistency, each
   pair of figures of one kind and unit with different values), found loosely;
2. *signals* — numbers that describe each candidate (how the values relate, what
   nouns stand beside them, how far apart they are), the same code at training
   time and at check time;
3. *trees* — boosted decision trees trained by `scripts/train_scorer.py` on
   corpus/ and shipped as JSON under `rules/models/` (with their source and
   as-of date like any reference table), evaluated here in plain Python.

A candidate scoring above the model's threshold becomes a hit of the matching
rule type (`consistency_learned`, ...), with its partner figures, signals and a
suggestion as evidence.
"""
