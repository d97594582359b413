"""What one change to the data did, kept so that it can be announced and undone.

Every feature changes its data through operation functions that return a Change (the bank's
core/bank/operations.py; groups and findings will do the same). The interface records it on its
one undo stack (ui/operations.py) and tells every view. A Change is plain data over the
database: no Qt, no widgets, so core tests can undo and redo it too.
"""

from __future__ import annotations

from typing import Protocol


class Change(Protocol):
    """A change already made to the database, with what is needed to take it back."""

    def revert(self, database) -> Change:
        """Put the data back as it was before this change; return the change that redoes it."""
        ...
