"""Moving a device's words onto what is stored now, before they are saved.

A device saves its whole record with the stored version it started from (``base``), as the
window does, and core merges it with anything saved in between (core/findings/records.py). One
case is the device's own: it kept typing while a save was on its way, and that save came back
merged with another device's words. What it now shows grew from what it *sent* (``origin``),
not from the merged record it must name as its base. Its words are first carried from
``origin`` onto ``base`` with core's own three-way merges, so the other device's words stay and
nothing the child typed is doubled.
"""

from __future__ import annotations

from sole_app.core.findings.data import RecordContent
from sole_app.core.findings.merge import merge_items, merge_text


def rebased(origin: RecordContent, base: RecordContent, mine: RecordContent) -> RecordContent:
    """``mine`` (which grew from ``origin``) as if it had grown from ``base``."""
    if origin == base:
        return mine
    return RecordContent(
        found=_text(origin.found, base.found, mine.found),
        sources=_items(origin.sources, base.sources, mine.sources),
        certainty=base.certainty if mine.certainty == origin.certainty else mine.certainty,
        new_questions=_items(origin.new_questions, base.new_questions, mine.new_questions),
    )


def _text(origin: str, base: str, mine: str) -> str:
    if mine == origin:
        return base
    if base == origin:
        return mine
    return merge_text(origin, base, mine)[0]


def _items(origin: tuple[str, ...], base: tuple[str, ...],
           mine: tuple[str, ...]) -> tuple[str, ...]:
    if mine == origin:
        return base
    if base == origin:
        return mine
    return merge_items(origin, base, mine)
