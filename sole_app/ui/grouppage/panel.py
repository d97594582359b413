"""The Group devices tab: the switch, the address and its QR code, and what the groups write.

A humble view: it lays out and shows what the controller tells it (``GroupPageController``).
Everything a child typed is shown as plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sole_app.ui.stage.join import JoinCard, JoinCardView

PREVIEW_CHARACTERS = 300  # of what a group found, on its line in the list


@dataclass(frozen=True)
class GroupLine:
    """A group as the list shows it."""

    group_id: int
    nickname: str
    devices: int
    found: str  # plain text, on one line
    sources: int
    questions: int
    certainty: str  # "" or a Certainty value
    conflict: bool  # two devices changed the same words: both were kept


CERTAINTY_SYMBOLS = {"not_sure": "●○○", "fairly_sure": "●●○", "very_sure": "●●●"}


class GroupPagePanel(QWidget):
    """The tab's widgets; the controller connects to ``switched`` and ``projector_switched``."""

    switched = Signal(bool)  # the librarian turned the page on (True) or off
    projector_switched = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupPagePage")
        self.switch = self._check("groupPageSwitch", self.tr(
            "Let groups type from their devices"), big=True)
        self.explanation = self._line("groupPageExplanation")
        self.explanation.setText(self.tr(
            "Each group opens the address on its tablet, phone or computer, on the same Wi-Fi as "
            "this laptop, and types what it found. Nothing goes to the internet, and the page "
            "closes when the session ends."))
        self.status = self._line("groupPageStatus")
        self.message = self._line("groupPageMessage")
        self.message.setStyleSheet("font-weight: bold")
        self.card = JoinCardView(self)
        self.card.set_unit(1.2)
        self.card.setMinimumSize(320, 380)
        self.address = QLineEdit(self)
        self.address.setObjectName("groupPageAddress")
        self.address.setReadOnly(True)
        self.projector = self._check("groupPageProjector", self.tr(
            "Show the address and QR code on the projector"))
        self.port_line = self._line("groupPagePort")
        self.groups = QListWidget(self)
        self.groups.setObjectName("groupPageGroups")
        self.groups.setWordWrap(True)
        self.groups.setAlternatingRowColors(True)
        self.switch.toggled.connect(self.switched)
        self.projector.toggled.connect(self.projector_switched)
        self._arrange()
        self.show_page(None, "")

    def _check(self, name: str, text: str, big: bool = False) -> QCheckBox:
        check = QCheckBox(text, self)
        check.setObjectName(name)
        if big:
            font = QFont(check.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            font.setBold(True)
            check.setFont(font)
        return check

    def _line(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _arrange(self) -> None:
        left = QVBoxLayout()
        for widget in (self.switch, self.explanation, self.status, self.message):
            left.addWidget(widget)
        left.addWidget(self.card, 1)
        for widget in (self.address, self.projector, self.port_line):
            left.addWidget(widget)
        right = QVBoxLayout()
        heading = QLabel(self.tr("What the groups are writing"), self)
        heading.setStyleSheet("font-weight: bold")
        right.addWidget(heading)
        right.addWidget(self.groups, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)

    # --- what the controller uses ----------------------------------------------------------

    def set_available(self, available: bool) -> None:
        """Only while a session runs can the page be turned on."""
        self.switch.setEnabled(available)

    def set_switch(self, on: bool) -> None:
        self.switch.blockSignals(True)
        self.switch.setChecked(on)
        self.switch.blockSignals(False)

    def set_projector(self, on: bool) -> None:
        self.projector.blockSignals(True)
        self.projector.setChecked(on)
        self.projector.blockSignals(False)

    def show_page(self, card: JoinCard | None, port_text: str) -> None:
        """The address and QR code while the page is on; nothing while it is off."""
        self.card.set_card(card)
        self.card.setVisible(card is not None)
        self.address.setText(card.address if card else "")
        self.address.setVisible(card is not None)
        self.projector.setEnabled(card is not None)
        self.port_line.setText(port_text)

    def show_status(self, text: str) -> None:
        self.status.setText(text)

    def show_message(self, text: str) -> None:
        """A sentence she must not miss (why the page did not start); "" clears it."""
        self.message.setText(text)

    def show_groups(self, lines: list[GroupLine]) -> None:
        self.groups.clear()
        for line in lines:
            item = QListWidgetItem(self._group_text(line))
            item.setData(Qt.ItemDataRole.UserRole, line.group_id)
            self.groups.addItem(item)

    def group_texts(self) -> list[str]:
        return [self.groups.item(row).text() for row in range(self.groups.count())]

    def _devices(self, count: int) -> str:
        text = self.tr("%n device(s)", "", count)
        if "(s)" in text:  # no English catalogue installed: Qt left the source's "(s)" as is
            text = text.replace("(s)", "" if count == 1 else "s")
        return text

    def _group_text(self, line: GroupLine) -> str:
        head = self._devices(line.devices) if line.devices else self.tr("no device")
        parts = [f"{line.nickname} · {head}"]
        if line.certainty:
            parts.append(CERTAINTY_SYMBOLS.get(line.certainty, ""))
        if line.conflict:
            parts.append("⚠ " + self.tr("two devices changed the same words: both kept"))
        text = " · ".join(parts)
        found = line.found[:PREVIEW_CHARACTERS] + ("…" if len(line.found) > PREVIEW_CHARACTERS
                                                   else "")
        details = self.tr("Sources: {sources} · new questions: {questions}").format(
            sources=line.sources, questions=line.questions)
        return f"{text}\n{found or '—'}\n{details}"
