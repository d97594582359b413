"""Waiting for the event loop without guessing how long: run what is already queued."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest


def run_what_is_queued(qtbot) -> None:
    """Return once everything queued so far has run (such as a window rebuild scheduled with
    ``QTimer.singleShot(0, …)``): a marker queued now comes back after it."""
    reached = []
    QTimer.singleShot(0, lambda: reached.append(True))
    qtbot.waitUntil(lambda: bool(reached), timeout=2000)


def wait_until(condition, timeout_ms: int = 2000) -> None:
    """Process events until ``condition()`` holds; fail after ``timeout_ms``. QTest.qWait
    processes events itself, so this works even after an earlier test asked the event loop to
    exit (qtbot's waits would then return at once)."""
    waited = 0
    while not condition():
        assert waited < timeout_ms, f"still not true after {timeout_ms} ms"
        QTest.qWait(10)
        waited += 10
