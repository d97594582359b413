"""Keep the screens awake while a phase runs: a blank projector mid-session loses the room.

Linux: the freedesktop ScreenSaver D-Bus service (GNOME, KDE, Xfce, Cinnamon, MATE) on the
session bus, if there is one. Windows: SetThreadExecutionState. Elsewhere, or when neither is
available, nothing happens: keeping the screen awake is a kindness, never a reason to fail.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject

from sole_app import APP_NAME

_SERVICE = "org.freedesktop.ScreenSaver"
_PATH = "/org/freedesktop/ScreenSaver"
_TIMEOUT_MS = 1000  # an absent or hung service must not freeze the controls
_CONNECTION = "sole-screen-awake"  # our own connection: closing it ends the inhibition for sure

_ES_CONTINUOUS = 0x80000000
_ES_SYSTEM_REQUIRED = 0x00000001
_ES_DISPLAY_REQUIRED = 0x00000002


class ScreenAwake(QObject):
    """``hold()`` keeps the display on until ``release()``; both may be called repeatedly."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._held = False
        self._cookie: int | None = None

    def is_held(self) -> bool:
        return self._held

    def hold(self) -> None:
        if self._held:
            return
        self._held = True
        if sys.platform == "win32":
            _set_execution_state(_ES_CONTINUOUS | _ES_SYSTEM_REQUIRED | _ES_DISPLAY_REQUIRED)
        elif sys.platform.startswith("linux"):
            reason = QCoreApplication.translate("ScreenAwake", "A SOLE session is running")
            self._cookie = _dbus_call("Inhibit", [APP_NAME, reason])

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        if sys.platform == "win32":
            _set_execution_state(_ES_CONTINUOUS)
        elif self._cookie is not None:
            _dbus_release(self._cookie)
            self._cookie = None


def _set_execution_state(flags: int) -> None:
    try:
        import ctypes

        ctypes.windll.kernel32.SetThreadExecutionState(ctypes.c_uint(flags))
    except (AttributeError, OSError):
        pass


def _session_bus():
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return None
    bus = QDBusConnection.connectToBus(QDBusConnection.BusType.SessionBus, _CONNECTION)
    if not bus.isConnected():
        QDBusConnection.disconnectFromBus(_CONNECTION)
        return None
    return bus


def _dbus_release(cookie: int) -> None:
    """UnInhibit, then close our connection. PySide sends the cookie as a signed int and strict
    services expect an unsigned one; services also drop the inhibitions of a closed connection."""
    from PySide6.QtDBus import QDBusConnection

    _dbus_call("UnInhibit", [cookie])
    QDBusConnection.disconnectFromBus(_CONNECTION)


def _dbus_call(method: str, arguments: list) -> int | None:
    """Call the screensaver service; the Inhibit cookie, or None when there is no such service."""
    bus = _session_bus()
    if bus is None:
        return None
    from PySide6.QtDBus import QDBus, QDBusMessage

    message = QDBusMessage.createMethodCall(_SERVICE, _PATH, _SERVICE, method)
    message.setArguments(arguments)
    reply = bus.call(message, QDBus.CallMode.Block, _TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage or not reply.arguments():
        return None
    value = reply.arguments()[0]
    return int(value) if isinstance(value, int) else None
