"""Run on a real X server with two separate X screens (Xvfb -screen 0 … -screen 1 …, no
Xinerama), with QT_QPA_PLATFORM=xcb: opens the real main window, presses F5 and "Identify
screens", and prints as JSON on which X screen each window really is, as the X server says.

Used by tests/ui/stage/test_projector_x_screens.py. Argument: the data folder.
"""

from __future__ import annotations

import ctypes
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sole_app import app
from sole_app.core.paths import DataPaths
from sole_app.ui.qt_app import create_application


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _Geometry(ctypes.Structure):
    _fields_ = [("response_type", ctypes.c_uint8), ("depth", ctypes.c_uint8),
                ("sequence", ctypes.c_uint16), ("length", ctypes.c_uint32),
                ("root", ctypes.c_uint32), ("x", ctypes.c_int16), ("y", ctypes.c_int16),
                ("width", ctypes.c_uint16), ("height", ctypes.c_uint16),
                ("border_width", ctypes.c_uint16)]


class XServer:
    """Asks the X server itself (through libxcb, which Qt's xcb platform loads anyway) which
    X screen a window is on: the screen whose root window is the window's root."""

    def __init__(self, display: str) -> None:
        xcb = ctypes.CDLL("libxcb.so.1")
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.c_void_p]
        xcb.xcb_get_setup.restype = ctypes.c_void_p
        xcb.xcb_get_setup.argtypes = [ctypes.c_void_p]
        xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
        xcb.xcb_setup_roots_iterator.argtypes = [ctypes.c_void_p]
        xcb.xcb_screen_next.argtypes = [ctypes.POINTER(_ScreenIterator)]
        xcb.xcb_get_geometry.restype = _Cookie
        xcb.xcb_get_geometry.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
        xcb.xcb_get_geometry_reply.restype = ctypes.POINTER(_Geometry)
        xcb.xcb_get_geometry_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.c_void_p]
        self._xcb = xcb
        self._connection = xcb.xcb_connect(display.encode(), None)
        self.roots: list[int] = []
        iterator = xcb.xcb_setup_roots_iterator(xcb.xcb_get_setup(self._connection))
        while iterator.rem:
            self.roots.append(ctypes.cast(iterator.data, ctypes.POINTER(ctypes.c_uint32))[0])
            xcb.xcb_screen_next(ctypes.byref(iterator))

    def screen_of(self, window_id: int) -> int:
        cookie = self._xcb.xcb_get_geometry(self._connection, window_id)
        reply = self._xcb.xcb_get_geometry_reply(self._connection, cookie, None)
        return self.roots.index(reply.contents.root)


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()
        QTest.qWait(20)


def main(data_dir: Path) -> dict:
    application = create_application(sys.argv[:1])
    x_server = XServer(os.environ["DISPLAY"])
    window = app.build_main_window(DataPaths(data_dir).ensure())
    window.show()
    assert app.load_into(window)
    QTest.qWaitForWindowExposed(window)
    session = window.features()[0]
    qt_screens = QGuiApplication.screens()
    facts = {"x_screens": len(x_server.roots), "qt_screens": len(qt_screens),
             "main_window_x_screen": x_server.screen_of(int(window.winId()))}
    window.activateWindow()
    facts["main_window_active"] = QTest.qWaitForWindowActive(window)  # keys need it
    QTest.keyClick(window, Qt.Key.Key_F5)  # as the librarian, or a clicker, presses it
    settle()
    projector = session.presenter.projector_window()
    facts["projector"] = {
        "visible": projector.isVisible(), "full_screen": projector.isFullScreen(),
        "x_screen": x_server.screen_of(int(projector.winId())),
        "qt_screen": qt_screens.index(projector.screen()),
        "size": [projector.width(), projector.height()],
    }
    session.actions.identify.trigger()
    settle()
    facts["identify"] = sorted(
        [box.number_label.text(), x_server.screen_of(int(box.winId()))]
        for box in session.presenter.identifier().boxes())
    session.presenter.identifier().hide_all()
    session.presenter.stop_presenting()
    window.database.close()
    window.close()
    del window, application
    return facts


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
