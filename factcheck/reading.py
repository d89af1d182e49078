"""Document -> quantities: the first stage every check rests on."""
from __future__ import annotations

from .document import Document
from .entities import countries_in
from .model import Quantity
from .quantities import extract_quantities


def read_quantities(doc: Document, mentioned: tuple[str, ...] | None = None) -> list[Quantity]:
    """Every figure in the story's prose, currencies resolved from the story's countries.

    `mentioned` (the countries the story names, most mentioned first) is found here
    unless the caller has already scanned for it.
    """
    if mentioned is None:
        mentioned = countries_in(doc.prose, doc.body_start)
    return extract_quantities(doc.prose, doc.text, doc.body_start, published=doc.publication_date,
                              country=doc.country, mentioned=mentioned)
