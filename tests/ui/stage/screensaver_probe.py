"""Run under `dbus-run-session`: a fake freedesktop ScreenSaver service answers ScreenAwake.

`probe.py service` serves until UnInhibit (or 10 s) and prints, as JSON, the calls it saw;
`probe.py client` holds and releases a ScreenAwake. Used by tests/ui/stage/test_projector_awake.py.
"""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, QTimer, Slot  # noqa: E402
from PySide6.QtDBus import QDBusConnection  # noqa: E402

from sole_app.ui.stage.screensaver import ScreenAwake  # noqa: E402

seen: list = []


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class FakeScreenSaver(QObject):
    @Slot(str, str, result=int)
    def Inhibit(self, application, reason):  # noqa: N802 (the D-Bus method's name)
        seen.append(["Inhibit", application, reason])
        return 42

    @Slot(int)
    def UnInhibit(self, cookie):  # noqa: N802
        seen.append(["UnInhibit", cookie])
        QTimer.singleShot(0, QCoreApplication.instance().quit)


def serve() -> None:
    application = QCoreApplication(sys.argv[:1])
    bus = QDBusConnection.sessionBus()
    fake = FakeScreenSaver(application)
    bus.registerObject("/org/freedesktop/ScreenSaver", fake,
                       QDBusConnection.RegisterOption.ExportAllSlots)
    if not bus.registerService("org.freedesktop.ScreenSaver"):
        sys.exit("could not register the fake service")
    QTimer.singleShot(10000, application.quit)
    application.exec()
    print(json.dumps(seen))


def hold_and_release() -> None:
    application = QCoreApplication(sys.argv[:1])
    awake = ScreenAwake(application)
    awake.hold()
    awake.hold()  # a second hold must not inhibit twice
    print(json.dumps({"held": awake.is_held(), "cookie": awake._cookie}))
    awake.release()


if __name__ == "__main__":
    serve() if sys.argv[1:] == ["service"] else hold_and_release()
