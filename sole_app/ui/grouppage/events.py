"""What devices did, carried from the server's threads to the window.

The group page's server calls its listener from its own threads. ``DeviceEvents`` lives in the
GUI thread, so a signal emitted from any other thread reaches its receivers as a queued call,
in the GUI thread, in order (Qt's automatic connection). A ``QTimer.singleShot`` from a Python
thread would never fire: a signal is the way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from sole_app.core.findings.records import SaveResult
from sole_app.core.findings.views import GroupEntry


class DeviceEvents(QObject):
    """The server's listener. ``device_joined(entry, devices, created)``: a device chose (or
    started) a group; ``device_saved(group_id, result)``: a device's words were saved."""

    device_joined = Signal(object, int, bool)
    device_saved = Signal(int, object)

    def group_joined(self, entry: GroupEntry, devices: int, created: bool) -> None:
        self.device_joined.emit(entry, devices, created)

    def record_saved(self, group_id: int, result: SaveResult) -> None:
        self.device_saved.emit(group_id, result)
