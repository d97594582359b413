"""PySide6 keeps every reference to None, True and False it takes.

PySide6 6.12.0 under Python 3.11 dropped one reference to None on each void call and one to True
on each bool emitted to a Python slot, so a running timer aborted the app ("none_dealloc") within
minutes. The pin in pyproject.toml keeps that build away from 3.11; these tests fail on any build
that drifts. On Python 3.12+ the three are immortal and their counts never move.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

CALLS = 10_000
CHUNK = 10
NOISE = 5  # a stray reference from the interpreter; a leak is one a call
SINGLETONS = {"None": None, "True": True, "False": False}


class Switch(QObject):
    toggled = Signal(bool)


class Listener:
    """A Python slot that keeps no reference to what it hears."""

    def __init__(self) -> None:
        self.heard = 0

    def hear(self, on: bool) -> None:
        self.heard += 1


def counts() -> dict[str, int]:
    return {name: sys.getrefcount(singleton) for name, singleton in SINGLETONS.items()}


def drifts_after(calls: int, call: Callable[[], object]) -> dict[str, int]:
    """How far the reference counts of None, True and False move over `calls` calls. Stops at
    the first chunk that drifts, so a leaking build fails here instead of aborting pytest."""
    call()  # warm up: the first call caches wrappers and signatures
    before = counts()
    for _ in range(calls // CHUNK):
        for _ in range(CHUNK):
            call()
        drifts = {name: count - before[name] for name, count in counts().items()}
        if any(abs(drift) > NOISE for drift in drifts.values()):
            break
    return drifts


def assert_no_drift(call: Callable[[], object]) -> None:
    drifts = drifts_after(CALLS, call)
    assert all(abs(drift) <= NOISE for drift in drifts.values()), f"counts moved by {drifts}"


def test_void_qt_calls_keep_their_reference_to_none(qapp):
    # Given a QObject, a QTimer it owns and a hidden widget
    owner = QObject()
    timer = QTimer(owner)
    widget = QWidget()
    # When void Qt methods are called 10,000 times each, then no reference count has moved
    assert_no_drift(lambda: owner.setObjectName("owner"))
    assert_no_drift(timer.stop)
    assert_no_drift(lambda: widget.setVisible(False))
    widget.deleteLater()


def test_emitting_a_bool_to_a_python_slot_keeps_every_reference(qapp):
    # Given a signal carrying a bool, connected to a Python slot
    switch = Switch()
    listener = Listener()
    switch.toggled.connect(listener.hear)
    # When True, then False, is emitted 10,000 times, then no reference count has moved
    assert_no_drift(lambda: switch.toggled.emit(True))
    assert_no_drift(lambda: switch.toggled.emit(False))
    # and the slot heard every emit
    assert listener.heard == 2 * (CALLS + 1)
