"""Errors of groups, their records, the notes and the reflection, each with its one sentence
(see core/errors.py). The UI keeps what was typed on screen when one of them is raised."""

from __future__ import annotations

from sole_app.core.errors import SoleError
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english


class FindingsError(SoleError):
    """A problem with a session's groups, their records, the notes or the reflection."""

    code = "findings"


# The fields as a librarian sees them, by (subject, field).
ENTRY_FIELDS = {
    ("group", "nickname"): QT_TRANSLATE_NOOP("Errors", "The group's name"),
    ("group", "head_count"): QT_TRANSLATE_NOOP("Errors", "The number of children in the group"),
    ("group", "first_names"): QT_TRANSLATE_NOOP("Errors", "The first names"),
    ("group", "glow"): QT_TRANSLATE_NOOP("Errors", "What went well"),
    ("group", "grow"): QT_TRANSLATE_NOOP("Errors", "What to try next"),
    ("record", "found"): QT_TRANSLATE_NOOP("Errors", "What we found"),
    ("record", "sources"): QT_TRANSLATE_NOOP("Errors", "Where we found it"),
    ("record", "certainty"): QT_TRANSLATE_NOOP("Errors", "How sure we are"),
    ("record", "new_questions"): QT_TRANSLATE_NOOP("Errors", "Our new questions"),
    ("note", "text"): QT_TRANSLATE_NOOP("Errors", "The note"),
    ("reflection", "children"): QT_TRANSLATE_NOOP("Errors", "The number of children"),
    ("reflection", "computers"): QT_TRANSLATE_NOOP("Errors", "The number of computers"),
    ("reflection", "groups"): QT_TRANSLATE_NOOP("Errors", "The number of groups"),
    ("reflection", "objective_why"): QT_TRANSLATE_NOOP("Errors", "Why (the objective)"),
    ("reflection", "engagement"): QT_TRANSLATE_NOOP("Errors", "Engagement"),
    ("reflection", "collaboration"): QT_TRANSLATE_NOOP("Errors", "Collaboration"),
    ("reflection", "technology"): QT_TRANSLATE_NOOP("Errors", "Use of technology"),
    ("reflection", "communication"): QT_TRANSLATE_NOOP("Errors", "Communication"),
    ("reflection", "change_next_time"): QT_TRANSLATE_NOOP("Errors", "What to change next time"),
    ("reflection", "notes"): QT_TRANSLATE_NOOP("Errors", "The notes"),
}

# What is wrong, by InvalidEntry.reason; {value} is the limit or the value refused.
ENTRY_PROBLEMS = {
    "empty": QT_TRANSLATE_NOOP("Errors", "{field} cannot be empty."),
    "not_text": QT_TRANSLATE_NOOP("Errors", "{field} must be text."),
    "too_long": QT_TRANSLATE_NOOP("Errors", "{field} is longer than {value} characters."),
    "not_a_list": QT_TRANSLATE_NOOP("Errors", "{field} must be a list."),
    "too_many": QT_TRANSLATE_NOOP("Errors", "{field} has more than {value} items."),
    "not_a_whole_number": QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number."),
    "out_of_range": QT_TRANSLATE_NOOP(
        "Errors", "{field} must be from {low} to {high}, not {given}."),
    "not_a_choice": QT_TRANSLATE_NOOP("Errors", "{field} must be one of: {value}."),
}


class InvalidEntry(FindingsError):
    """A typed value breaks a rule; ``subject`` is group, record, note or reflection, ``reason``
    a key of ENTRY_PROBLEMS, ``value`` the limit, the offending value, or for out_of_range the
    triple (low, high, value)."""

    code = "invalid_entry"

    def __init__(self, subject: str, field: str, reason: str, value: object = None) -> None:
        super().__init__(subject, field, reason, value)
        self.subject = subject
        self.field = field
        self.reason = reason
        self.value = value

    def sentence(self, translate: Translate = english) -> str:
        known = ENTRY_FIELDS.get((self.subject, self.field))
        field = translate(known) if known else f"{self.subject} {self.field}"
        low, high, given = self.value if self.reason == "out_of_range" else (0, 0, None)
        template = ENTRY_PROBLEMS.get(self.reason, "{field}: " + self.reason)
        return translate(template).format(field=field, value=self.value, low=low, high=high,
                                          given=given)


class GroupNotFound(FindingsError):
    code = "group_not_found"

    def __init__(self, group_id: int) -> None:
        super().__init__(group_id)
        self.group_id = group_id

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "This group is no longer in the session; it may have been removed or "
                      "merged."))


class GroupsNotMergeable(FindingsError):
    """``reason`` is "same_group" or "different_sessions"."""

    code = "groups_not_mergeable"

    def __init__(self, source_id: int, target_id: int, reason: str) -> None:
        super().__init__(source_id, target_id, reason)
        self.source_id = source_id
        self.target_id = target_id
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        if self.reason == "same_group":
            return translate(QT_TRANSLATE_NOOP("Errors", "A group cannot be merged into itself."))
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "Groups of two different sessions cannot be merged."))


class GroupAlreadyExists(FindingsError):
    """A removed group was put back twice (its id or uid is in use again)."""

    code = "group_already_exists"

    def __init__(self, group_id: int) -> None:
        super().__init__(group_id)
        self.group_id = group_id

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "This group is already back in the session."))


class NoteNotFound(FindingsError):
    code = "note_not_found"

    def __init__(self, note_id: int) -> None:
        super().__init__(note_id)
        self.note_id = note_id

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "This note no longer exists; it may have been deleted."))


class FindingsNotSaved(FindingsError):
    """The database refused a write (disk full, file locked): what was typed is still on screen."""

    code = "findings_not_saved"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason  # the system's words

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "What the groups typed could not be saved ({reason}). It is still on the "
                      "screen, and the next change will try to save again. Check that the disk "
                      "is not full.")).format(reason=self.reason)


class UndoRefused(FindingsError):
    """Undoing a step would throw away words the children typed since; nothing was changed.

    ``reason`` is "has_findings" (undo adding a group that has findings now) or "written_since"
    (split a merge when the merged group has been written in since)."""

    code = "undo_refused"

    def __init__(self, nickname: str, reason: str) -> None:
        super().__init__(nickname, reason)
        self.nickname = nickname
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        if self.reason == "has_findings":
            text = QT_TRANSLATE_NOOP(
                "Errors", "“{name}” has findings now, so adding it is not undone. To take the "
                          "group away, use “Remove the group”.")
        else:
            text = QT_TRANSLATE_NOOP(
                "Errors", "Children have written in “{name}” since the groups were merged, so "
                          "the merge is not undone: their words would be lost.")
        return translate(text).format(name=self.nickname)
