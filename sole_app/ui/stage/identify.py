""""Identify screens": a big number on each screen for a few seconds, matching the screen list."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt, QTimer
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from sole_app.ui.stage.screens import current_screens, qscreen_named, screen_label

SHOW_MS = 3000


class ScreenNumber(QWidget):
    """A black box with a huge white number and the screen's name, centred on its screen."""

    def __init__(self, number: int, label: str):
        super().__init__(None, Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("screenNumber")
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, Qt.GlobalColor.black)
        palette.setColor(QPalette.ColorRole.WindowText, Qt.GlobalColor.white)
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.number_label = self._label(str(number), 0.6, bold=True)
        self.name_label = self._label(label, 0.08)
        layout = QVBoxLayout(self)
        layout.addWidget(self.number_label, 1)
        layout.addWidget(self.name_label)

    def _label(self, text: str, share: float, bold: bool = False) -> QLabel:
        label = QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setProperty("share", share)
        font = QFont(label.font())
        font.setBold(bold)
        label.setFont(font)
        return label

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.hide()  # a click dismisses it early

    def place_on(self, geometry: QRect) -> None:
        side = max(160, min(geometry.width(), geometry.height()) // 2)
        box = QRect(0, 0, side, side)
        box.moveCenter(geometry.center())
        self.setGeometry(box)
        for label in (self.number_label, self.name_label):
            font = label.font()
            font.setPixelSize(max(10, int(side * label.property("share"))))
            label.setFont(font)


class ScreenIdentifier(QObject):
    """Shows every screen's number at once, then closes the boxes after ``SHOW_MS``."""

    def __init__(self, parent: QObject, show_ms: int = SHOW_MS):
        super().__init__(parent)
        self._boxes: list[ScreenNumber] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(show_ms)
        self._timer.timeout.connect(self.hide_all)

    def set_duration(self, show_ms: int) -> None:
        self._timer.setInterval(show_ms)

    def boxes(self) -> list[ScreenNumber]:
        return list(self._boxes)

    def show_all(self) -> None:
        self.hide_all()
        for info in current_screens():
            box = ScreenNumber(info.number, screen_label(info))
            screen = qscreen_named(info.name) or QGuiApplication.primaryScreen()
            box.setScreen(screen)
            box.place_on(QRect(*info.geometry))
            box.show()
            self._boxes.append(box)
        self._timer.start()

    def hide_all(self) -> None:
        for box in self._boxes:
            box.close()
            box.deleteLater()
        self._boxes.clear()
