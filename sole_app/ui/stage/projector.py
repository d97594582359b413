"""The window the room sees: one StageView, frameless and full screen on the chosen screen.

It never quits the app and never closes by accident: Esc asks to leave full screen, and a close
from the window system (Alt+F4, a stray click) only asks the same. The Presenter decides where
the window goes; this class only knows how to be full screen or framed on a given screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sole_app import APP_NAME
from sole_app.ui.qt_app import app_icon
from sole_app.ui.stage.view import StageView


class ProjectorWindow(QWidget):
    """Top-level on purpose (no parent): an owned window would hide when the controls are
    minimised on Windows. The Presenter keeps it and closes it with the app."""

    leave_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projectorWindow")
        self.setAccessibleName("projectorWindow")
        self._retranslate()
        self.setWindowIcon(app_icon())
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self._stage = StageView(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stage)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("{app}: projector").format(app=APP_NAME))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def stage_view(self) -> StageView:
        return self._stage

    def show_full_screen_on(self, screen: QScreen | None, geometry: QRect) -> None:
        """Frameless and full screen on ``screen``: no title bar, no desktop, no pointer."""
        self._prepare(screen, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setGeometry(geometry)
        self.showFullScreen()
        self.setCursor(Qt.CursorShape.BlankCursor)

    def show_windowed_on(self, screen: QScreen | None, geometry: QRect) -> None:
        """A normal, framed window: the projector is gone and the controls must stay usable."""
        self._prepare(screen, Qt.WindowType.Window)
        self.setGeometry(geometry)
        self.show()
        self.unsetCursor()

    def _prepare(self, screen: QScreen | None, flags: Qt.WindowType) -> None:
        # Moving a full-screen window between screens is only reliable from hidden.
        self.hide()
        self.setWindowState(Qt.WindowState.WindowNoState)
        if self.windowFlags() != flags:
            self.setWindowFlags(flags)
        if screen is not None:
            self.setScreen(screen)

    def is_frameless(self) -> bool:
        return bool(self.windowFlags() & Qt.WindowType.FramelessWindowHint)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.leave_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """A close from the window system only leaves presenting; the app's own close (quitting)
        goes through."""
        if event.spontaneous():
            event.ignore()
            self.leave_requested.emit()
            return
        super().closeEvent(event)
