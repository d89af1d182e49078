"""Adapter for score.py: factcheck.extract -> (surface, value, unit) tuples.

Ranges give both ends as extra tuples, as the scorer expects. Dates and weekdays
are not quantities in the peers' sense and are left out.
"""
import factcheck

_UNIT = {"percent": "%", "percentage point": "%", "ordinal": "ordinal"}


def extract(text):
    out = []
    for q in factcheck.extract(text):
        if q.kind in ("date", "weekday") or q.value is None:
            continue
        unit = _UNIT.get(q.unit, q.unit)
        out.append((q.text, q.value, unit))
        for end in (q.low, q.high):
            if end is not None and end != q.value:
                out.append((q.text, end, unit))
    return out
