"""The app's one undo stack works the same for any feature's changes: a change is announced when
made, undone and redone; a refused undo is reported and dropped; the menu items name the step."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtWidgets import QWidget

from sole_app.core.errors import SoleError
from sole_app.ui.operations import Operations, elided, named


@dataclass
class Counter:
    """A stand-in for a feature's data: a number in a dict, as a database would hold it."""

    value: int = 0
    refuse: bool = False
    log: list = field(default_factory=list)


@dataclass(frozen=True)
class Set:
    """A change that set the counter from ``before`` to ``after``."""

    before: int
    after: int

    def revert(self, counter: Counter) -> Set:
        if counter.refuse:
            raise SoleError("the data refused")
        counter.value = self.before
        return Set(before=self.after, after=self.before)


def set_to(counter: Counter, value: int) -> Set:
    change = Set(counter.value, value)
    counter.value = value
    return change


@pytest.fixture
def counter():
    return Counter()


@pytest.fixture
def operations(qtbot, counter):
    owner = QWidget()
    qtbot.addWidget(owner)
    ops = Operations(counter, owner)  # the main window owns it in the app
    ops.changed.connect(lambda change: counter.log.append(change))
    yield ops
    del owner


def test_a_change_is_announced_when_made_undone_and_redone(operations, counter):
    operations.run("set to 5", lambda: set_to(counter, 5))
    operations.undo()
    assert counter.value == 0
    operations.redo()
    assert counter.value == 5
    assert counter.log == [Set(0, 5), Set(5, 0), Set(0, 5)]


def test_undo_and_redo_walk_several_steps_in_order(operations, counter):
    for value in (1, 2, 3):
        operations.run(f"set to {value}", lambda value=value: set_to(counter, value))
    operations.undo()
    operations.undo()
    assert counter.value == 1
    operations.redo()
    assert counter.value == 2


def test_a_refused_operation_records_nothing(operations, counter):
    def refused():
        raise SoleError("no")

    with pytest.raises(SoleError):
        operations.run("refused", refused)
    assert not operations.stack.canUndo() and counter.log == []


def test_a_refused_undo_is_reported_and_the_step_dropped(qtbot, operations, counter):
    operations.run("set to 5", lambda: set_to(counter, 5))
    counter.refuse = True
    with qtbot.waitSignal(operations.failed) as failed:
        operations.undo()
    assert str(failed.args[0]) == "the data refused"
    assert counter.value == 5 and not operations.stack.canUndo() and not operations.stack.canRedo()


def test_the_menu_items_name_the_step_and_show_a_typed_ampersand(operations, counter):
    window = operations.parent()
    undo, redo = operations.undo_action(window), operations.redo_action(window)
    assert (undo.text(), undo.isEnabled()) == ("&Undo", False)
    operations.run("rename “Salt & pepper”", lambda: set_to(counter, 1))
    assert (undo.text(), undo.isEnabled()) == ("&Undo rename “Salt && pepper”", True)
    operations.undo()
    assert (redo.text(), redo.isEnabled()) == ("&Redo rename “Salt && pepper”", True)


def test_a_named_text_is_plain_and_cut_at_a_word():
    assert named("**De ce** avem nevoie de _somn_?") == "De ce avem nevoie de somn?"
    assert elided("Could a village run only on energy it makes itself?", 30) == (
        "Could a village run only on…")
