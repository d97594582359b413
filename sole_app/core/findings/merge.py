"""Putting two versions of a group's words together without losing any of them.

Two cases. When children who wrote apart join one group, ``combine_records`` adds the other
group's record to theirs. When two computers edited the same record at once (issue 15's group
page beside the laptop), ``merge_text`` and ``merge_items`` do a three-way merge from the version
both started from: changes to different lines are both applied; where both changed the same
lines, both versions are kept, one after the other (git's "union" merge), and the caller is told.
Nothing typed on either side is dropped, and nothing is marked up with conflict markers that a
child would have to understand.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from sole_app.core.findings.data import RecordContent

THEIRS, MINE = "theirs", "mine"


@dataclass(frozen=True)
class _Hunk:
    """Base lines [start, end) replaced by ``lines`` on one side."""

    start: int
    end: int
    lines: tuple[str, ...]
    side: str


def joined(first: str, second: str) -> str:
    """Two texts as one, a blank line apart (either may be empty)."""
    if not first.strip():
        return second
    if not second.strip():
        return first
    return f"{first.rstrip()}\n\n{second}"


def combine_records(target: RecordContent, source: RecordContent) -> RecordContent:
    """``target`` with ``source`` added: its text after a blank line, its sources and questions
    not already there, and its certainty when the target has none. Validated (InvalidEntry
    when the result is over a limit)."""
    return RecordContent(
        found=joined(target.found, source.found),
        sources=_union(target.sources, source.sources),
        certainty=target.certainty or source.certainty,
        new_questions=_union(target.new_questions, source.new_questions),
    ).cleaned()


def _union(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    return first + tuple(item for item in second if item not in first)


def merge_items(base: tuple[str, ...], theirs: tuple[str, ...],
                mine: tuple[str, ...]) -> tuple[str, ...]:
    """Their list, without what I removed, with what I added at the end."""
    removed_by_me = set(base) - set(mine)
    kept = tuple(item for item in theirs if item not in removed_by_me)
    return _union(kept, tuple(item for item in mine if item not in base))


def merge_text(base: str, theirs: str, mine: str) -> tuple[str, bool]:
    """Three-way merge by lines; returns the text and whether it was clean (False: somewhere both
    sides changed the same lines, and both versions were kept, theirs first)."""
    base_lines = base.splitlines(keepends=True)
    hunks = sorted(_hunks(base_lines, theirs, THEIRS) + _hunks(base_lines, mine, MINE),
                   key=lambda hunk: (hunk.start, hunk.end))
    out: list[str] = []
    clean, index = True, 0
    for cluster in _clusters(hunks):
        start, end = cluster[0].start, max(hunk.end for hunk in cluster)
        out += base_lines[index:start]
        lines, cluster_clean = _resolve(cluster, base_lines, start, end)
        out += lines
        clean = clean and cluster_clean
        index = end
    out += base_lines[index:]
    return _text(out), clean


def _hunks(base_lines: list[str], other: str, side: str) -> list[_Hunk]:
    other_lines = other.splitlines(keepends=True)
    matcher = SequenceMatcher(None, base_lines, other_lines, autojunk=False)
    return [_Hunk(i1, i2, tuple(other_lines[j1:j2]), side)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"]


def _touches(start: int, end: int, hunk: _Hunk) -> bool:
    """Whether ``hunk`` changes lines of [start, end), or inserts at a point the span also
    changes; an insertion at the edge of a replaced range is applied beside it."""
    if hunk.start < end and start < hunk.end:
        return True
    if hunk.start == hunk.end:
        return start < hunk.start < end or start == end == hunk.start
    return start == end and hunk.start < start < hunk.end


def _clusters(hunks: list[_Hunk]) -> list[list[_Hunk]]:
    clusters: list[list[_Hunk]] = []
    for hunk in hunks:
        if clusters:
            current = clusters[-1]
            start, end = current[0].start, max(other.end for other in current)
            if _touches(start, end, hunk):
                current.append(hunk)
                continue
        clusters.append([hunk])
    return clusters


def _resolve(cluster: list[_Hunk], base_lines: list[str], start: int,
             end: int) -> tuple[list[str], bool]:
    theirs = _apply([h for h in cluster if h.side == THEIRS], base_lines, start, end)
    mine = _apply([h for h in cluster if h.side == MINE], base_lines, start, end)
    sides = {hunk.side for hunk in cluster}
    if sides == {MINE}:
        return mine, True
    if sides == {THEIRS} or theirs == mine:
        return theirs, True
    return _closed(theirs) + mine, False


def _apply(hunks: list[_Hunk], base_lines: list[str], start: int, end: int) -> list[str]:
    out: list[str] = []
    index = start
    for hunk in hunks:
        out += base_lines[index:hunk.start]
        out += hunk.lines
        index = hunk.end
    return out + base_lines[index:end]


def _closed(lines: list[str]) -> list[str]:
    """Every line ending with a line break, so that what follows starts on its own line."""
    return [line if line.endswith("\n") else line + "\n" for line in lines]


def _text(lines: list[str]) -> str:
    """The lines as one text; a piece that lost its line break mid-text gets it back."""
    return "".join(_closed(lines[:-1]) + lines[-1:])
