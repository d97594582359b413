"""What the groups panel does: list the session's groups, and add, change, remove, merge and move
them through the window's one Operations object, so each is an undo step named after the group.

The list and the chosen group's record are redrawn from ``Operations.changed`` (after a change,
its undo and its redo alike), from the session becoming another, and from each save group turn
makes. Before any change, what children typed is saved, so a change never races their words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from sole_app.core.changes import Change
from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.findings import operations as findings_operations
from sole_app.core.findings.groups import list_groups
from sole_app.core.findings.views import GroupEntry
from sole_app.ui.findings.actions import FindingsActions
from sole_app.ui.findings.current import CurrentSession
from sole_app.ui.findings.group_dialog import GroupDetails, GroupDialog
from sole_app.ui.findings.groups_panel import GroupsPanel
from sole_app.ui.findings.turn import GroupTurn
from sole_app.ui.findings.words import FindingsWords
from sole_app.ui.messages import error_message
from sole_app.ui.operations import Operations, elided


class GroupsController(QObject):
    def __init__(self, panel: GroupsPanel, actions: FindingsActions, words: FindingsWords,
                 database: Database, operations: Operations, current: CurrentSession,
                 turn: GroupTurn, first_names: bool) -> None:
        super().__init__(panel)
        self.panel, self.actions, self.words = panel, actions, words
        self.database, self.operations = database, operations
        self.current, self.turn = current, turn
        self.first_names = first_names
        self.dialog: GroupDialog | None = None
        self._entries: list[GroupEntry] = []
        self._connect()
        self.refresh()

    def _connect(self) -> None:
        actions = self.actions
        actions.add.triggered.connect(self.add)
        actions.edit.triggered.connect(self.edit)
        actions.remove.triggered.connect(self.remove)
        actions.merge.triggered.connect(self.merge)
        actions.move_up.triggered.connect(lambda: self.move(-1))
        actions.move_down.triggered.connect(lambda: self.move(1))
        actions.group_turn.triggered.connect(self.open_turn)
        self.panel.current_changed.connect(self.show_current)
        self.operations.changed.connect(self.follow)
        self.current.changed.connect(lambda _session_id: self.refresh())
        self.turn.record_saved.connect(lambda _record: self.refresh())
        self.turn.showing.connect(lambda group_id: self.refresh(select_id=group_id))

    # --- showing ---------------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.panel.current_id()
        session_id = self.current.session_id
        try:
            self._entries = [] if session_id is None else list_groups(self.database, session_id)
        except SoleError as error:
            self._entries = []
            self.panel.show_message(error_message(error))
        self.panel.show_groups(self._entries, keep, self.first_names,
                               planned=not self.current.running)

    def follow(self, change: object) -> None:
        """A change, its undo or its redo: redraw if it is about this session's groups."""
        if (not isinstance(change, findings_operations.GROUP_CHANGES)
                or change.session_id != self.current.session_id):
            return
        self.turn.follow(change.group_ids)
        self.refresh()

    def show_current(self) -> None:
        entry = self.current_entry()
        self.panel.show_summary(self._summary(entry) if entry else "")
        for action in (self.actions.edit, self.actions.remove, self.actions.move_up,
                       self.actions.move_down):
            action.setEnabled(entry is not None)
        self.actions.merge.setEnabled(entry is not None and len(self._entries) > 1)

    def current_entry(self) -> GroupEntry | None:
        wanted = self.panel.current_id()
        return next((entry for entry in self._entries if entry.id == wanted), None)

    def _summary(self, entry: GroupEntry) -> str:
        """The record as Markdown for the safe view: headings of ours, words of the children."""
        content = entry.record.content
        if content.is_empty:
            return self.tr("*Nothing written yet. Group turn (F6) lets the children type.*")
        found, where = self.tr("What we found"), self.tr("Where we found it")
        sure, asking = self.tr("How sure we are:"), self.tr("Our new questions")
        parts = [_bold(found), content.found or "—"]
        if content.sources:
            parts += [_bold(where), _bullets(content.sources)]
        if content.certainty:
            parts.append(f"{_bold(sure)} {self.words.certainty(content.certainty)}")
        if content.new_questions:
            parts += [_bold(asking), _bullets(content.new_questions)]
        return "\n\n".join(parts)

    # --- changing --------------------------------------------------------------------------

    def run(self, name: str, operation: Callable[[], Change]) -> Change | None:
        """One undoable change named ``name``; a refusal is shown in one sentence."""
        self.turn.flush()
        try:
            change = self.operations.run(name, operation)
        except SoleError as error:
            self.panel.show_message(error_message(error))
            return None
        self.panel.show_message("")
        return change

    def add(self) -> None:
        suggestion = self.words.suggest_nickname(entry.group.nickname for entry in self._entries)
        self._open_dialog(self.tr("Add a group"), GroupDetails(suggestion), self._add)

    def _add(self, details: GroupDetails) -> None:
        session_id = self.current.ensure()
        change = self.run(
            self.tr("add group “{name}”").format(name=_short(details.nickname)),
            lambda: findings_operations.add_group(self.database, session_id, details.nickname,
                                                  details.head_count, details.first_names))
        if change is not None:
            self.refresh(select_id=change.entry.id)

    def edit(self) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        group = entry.group
        details = GroupDetails(group.nickname, group.head_count, group.first_names)
        self._open_dialog(self.tr("Change the group"), details,
                          lambda changed: self._edit(entry, changed))

    def _edit(self, entry: GroupEntry, details: GroupDetails) -> None:
        renamed = details.nickname.strip() != entry.group.nickname
        name = (self.tr("rename group “{name}”") if renamed
                else self.tr("change group “{name}”")).format(name=_short(entry.group.nickname))
        names = details.first_names if self.first_names else entry.group.first_names
        self.run(name, lambda: findings_operations.edit_group(
            self.database, entry.id, nickname=details.nickname, head_count=details.head_count,
            first_names=names))

    def _open_dialog(self, title: str, details: GroupDetails,
                     done: Callable[[GroupDetails], None]) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()  # one dialog at a time, the last one kept for its answer
        self.dialog = GroupDialog(title, details, self.first_names, self.panel)
        dialog = self.dialog
        dialog.accepted.connect(lambda: done(dialog.details()))
        dialog.open()

    def remove(self) -> None:
        entry = self.current_entry()
        if entry is None or not self.panel.ask_to_remove(entry.group.nickname):
            return
        self.run(self.tr("remove group “{name}”").format(name=_short(entry.group.nickname)),
                 lambda: findings_operations.remove_group(self.database, entry.id))

    def merge(self) -> None:
        entry = self.current_entry()
        others = [other for other in self._entries if other.id != entry.id] if entry else []
        if not others:
            return
        index = self.panel.choose_group(entry.group.nickname,
                                        [other.group.nickname for other in others])
        if index is None:
            return
        target = others[index]
        change = self.run(
            self.tr("merge “{source}” into “{target}”").format(
                source=_short(entry.group.nickname), target=_short(target.group.nickname)),
            lambda: findings_operations.merge_groups(self.database, entry.id, target.id))
        if change is not None:
            self.refresh(select_id=target.id)

    def move(self, offset: int) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        to_index = self.panel.current_row() + offset
        if not 0 <= to_index < len(self._entries):
            return
        self.run(self.tr("move group “{name}”").format(name=_short(entry.group.nickname)),
                 lambda: findings_operations.move_group(self.database, entry.id, to_index))
        self.refresh(select_id=entry.id)

    def open_turn(self) -> None:
        """F6: group turn on the chosen group; F6 again (in group turn) leaves."""
        if self.turn.is_open():
            self.turn.leave()
        elif not self.turn.open(self.panel.current_id()):
            self.panel.show_message(self.tr("Add a group first: group turn shows one group's "
                                            "record."))

    def set_first_names(self, shown: bool) -> None:
        self.first_names = shown
        self.refresh()


def _short(nickname: str) -> str:
    return elided(" ".join(nickname.split()))


def _bold(heading: str) -> str:
    return f"**{heading}**"


def _bullets(items: tuple[str, ...]) -> str:
    return "\n".join(f"- {item}" for item in items)

