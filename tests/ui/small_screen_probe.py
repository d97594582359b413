"""Run with QT_QPA_PLATFORM="offscreen:configfile=<screens.json>": opens the real main window as at
start-up on those screens, then prints as JSON where it opened and which controls of each tab a
librarian could not reach (outside the screen, and not inside a scroll area that reaches them).
Used by tests/ui/test_small_screen.py.

Arguments: DATA_DIR LANGUAGE [SCREENSHOT.png] [--move-to X,Y]. With --move-to the window is moved
there and closed, so its geometry is remembered for the next run.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

from sole_app import app
from sole_app.core.paths import DataPaths
from sole_app.core.settings import AppSettings
from sole_app.ui.qt_app import create_application

CONTROLS = (QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
            QAbstractItemView, QTabBar, QMenuBar)


def global_box(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def enclosing_scroller(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def reachable_by_scrolling(control: QWidget, scroller: QScrollArea, screen: QRect) -> bool:
    """The scroll area's viewport is on the screen, and the control lies inside what it scrolls
    (with a scroll bar wherever the content is larger than the viewport)."""
    content = scroller.widget()
    viewport = scroller.viewport()
    inside = QRect(control.mapTo(content, QPoint(0, 0)), control.size())
    needs_vertical = content.height() > viewport.height()
    needs_horizontal = content.width() > viewport.width()
    off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    bars_allow = ((not needs_vertical or scroller.verticalScrollBarPolicy() != off)
                  and (not needs_horizontal or scroller.horizontalScrollBarPolicy() != off))
    return (screen.contains(global_box(viewport)) and content.rect().contains(inside)
            and bars_allow)


def unreachable(page: QWidget, screen: QRect) -> list[str]:
    missing = []
    for control in page.findChildren(QWidget):
        if not isinstance(control, CONTROLS) or not control.isVisible():
            continue
        scroller = enclosing_scroller(control)
        if scroller is not None:
            ok = reachable_by_scrolling(control, scroller, screen)
        else:
            ok = screen.contains(global_box(control))
        if not ok:
            missing.append(control.objectName() or type(control).__name__)
    return sorted(missing)


def main(data_dir: Path, language: str, shot: str, move_to: str) -> dict:
    application = create_application(sys.argv[:1])
    paths = DataPaths(data_dir).ensure()
    settings = AppSettings.load(paths.settings)
    settings.language = language
    settings.save(paths.settings)
    window = app.build_main_window(paths)
    window.show()
    assert app.load_into(window)
    QApplication.processEvents()
    if move_to:
        x, y = (int(part) for part in move_to.split(","))
        window.move(x, y)
        QApplication.processEvents()
        window.close()
        return {"moved": [window.x(), window.y()]}
    screen = window.screen().availableGeometry()
    frame = window.frameGeometry()
    facts = {"screen": [screen.x(), screen.y(), screen.width(), screen.height()],
             "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
             "tabs": {}}
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        QApplication.processEvents()
        page = window.pages.currentWidget()
        facts["tabs"][page.objectName()] = unreachable(window, screen)
        if shot and index == 0:
            window.grab().save(shot)
    window.database.close()
    window.close()
    del window, application
    return facts


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--move-to=")]
    moves = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--move-to=")]
    print(json.dumps(main(Path(arguments[0]), arguments[1],
                          arguments[2] if len(arguments) > 2 else "",
                          moves[0] if moves else "")))
