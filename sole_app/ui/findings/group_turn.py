"""Group turn: the laptop's screen filled with one group's record, for the children to type in.

A window of its own over the main window, full screen on the laptop's screen; the projector's
window is not touched, so the room keeps seeing the question and the time. Text is large and
grows with the screen; the countdown stays visible, small, under the group's name. Its buttons
take no focus, so keys always land in a field (see record_editor.py); the session's clicker keys
are added to this window by the composition root, and Esc or F6 leaves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.session.countdown import Level
from sole_app.core.session.stage import StageState
from sole_app.core.session.timefmt import format_remaining
from sole_app.ui.findings.record_editor import RecordEditor, sized_font
from sole_app.ui.findings.words import FindingsWords
from sole_app.ui.phases import phase_name

LEAVE_KEYS = ("Esc", "F6")
MIN_TEXT_PIXELS = 17  # readable by a child at arm's length on a 1024x600 netbook


class GroupTurnWindow(QWidget):
    """One group's record, large. Humble: the GroupTurn controller says what to show."""

    next_requested = Signal()
    previous_requested = Signal()
    leave_requested = Signal()

    def __init__(self, words: FindingsWords, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("groupTurn")
        self.editor = RecordEditor(words, self)
        self._build_header()
        self._arrange()
        self.leave_action = QAction(self)
        self.leave_action.setObjectName("leaveGroupTurnAction")
        self.leave_action.setShortcuts([QKeySequence(key) for key in LEAVE_KEYS])
        self.leave_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.leave_action.triggered.connect(self.leave_requested)
        self.addAction(self.leave_action)
        self.retranslate()

    def _build_header(self) -> None:
        self.name_label = self._label("groupTurnName")
        self.position_label = self._label("groupTurnPosition")
        self.name_label.setWordWrap(True)  # a long nickname wraps rather than widen the window
        self.clock_label = self._label("groupTurnClock")
        self.previous_button = self._button("previousGroupButton", self.previous_requested)
        self.next_button = self._button("nextGroupButton", self.next_requested)
        self.leave_button = self._button("leaveGroupTurnButton", self.leave_requested)

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _button(self, name: str, signal) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the children's field
        button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        button.clicked.connect(signal)
        return button

    def _arrange(self) -> None:
        below_name = QHBoxLayout()  # the group's place in the list, and the countdown, small
        below_name.addWidget(self.position_label)
        below_name.addSpacing(24)
        below_name.addWidget(self.clock_label)
        below_name.addStretch(1)
        names = QVBoxLayout()
        names.addWidget(self.name_label)
        names.addLayout(below_name)
        header = QHBoxLayout()
        header.addLayout(names, 1)
        header.addWidget(self.previous_button)
        header.addWidget(self.next_button)
        header.addWidget(self.leave_button)
        scroller = QScrollArea(self)  # a very small screen scrolls; the header stays
        scroller.setObjectName("groupTurnScroller")
        scroller.setWidget(self.editor)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        # The sizes follow the screen (_scale), so the window never insists on the width its
        # text had on another one
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(header)
        layout.addWidget(scroller, 1)

    def retranslate(self) -> None:
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("The previous group"))
        self.next_button.setText(self.tr("Next group ▶"))
        self.leave_button.setText(self.tr("Done (Esc)"))
        self.leave_button.setToolTip(self.tr("Leave group turn; everything is saved"))

    # --- what the controller uses --------------------------------------------------------------

    def show_group(self, nickname: str, number: int, count: int) -> None:
        self.name_label.setText(nickname)
        self.position_label.setText(self.tr("Group {number} of {count}").format(
            number=number, count=count))
        self.setWindowTitle(self.tr("Group turn: {name}").format(name=nickname))
        several = count > 1
        self.next_button.setEnabled(several)
        self.previous_button.setEnabled(several)

    def show_clock(self, state: StageState) -> None:
        """The countdown, small: the phase, the time and whether it is paused (in words)."""
        if not state.shows_clock or state.level == Level.IDLE:
            self.clock_label.setText(self.tr("Not started"))
            return
        text = self.tr("{phase} · {time}").format(phase=phase_name(state.phase),
                                                  time=format_remaining(state.remaining_seconds))
        self.clock_label.setText(self.tr("{clock} · paused").format(clock=text)
                                 if state.paused else text)

    def present(self) -> None:
        """Fill the screen the main window is on (the laptop's), and put the keys in the first
        field."""
        screen = self.parentWidget().screen() if self.parentWidget() else self.screen()
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.editor.focus_found()

    # --- Qt ---------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._scale(event.size().width(), event.size().height())

    def _scale(self, width: int, height: int) -> None:
        """Sizes from the screen: large for the fields, larger for the group's name, small for
        the countdown (the room reads the time on the projector). The width counts too, so the
        longest words (Russian's) still fit across a narrow screen."""
        text = max(MIN_TEXT_PIXELS, round(min(height * 0.032, width * 0.02)))
        self.editor.set_text_size(text)
        self.name_label.setFont(sized_font(self.name_label, round(text * 1.7), bold=True))
        self.position_label.setFont(sized_font(self.position_label, round(text * 0.8)))
        self.clock_label.setFont(sized_font(self.clock_label, round(text * 0.85)))
        for button in (self.previous_button, self.leave_button):
            button.setFont(sized_font(button, text))
        self.next_button.setFont(sized_font(self.next_button, round(text * 1.25), bold=True))
        self.next_button.setMinimumHeight(round(text * 2.6))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Closed by the window manager: leave group turn the usual way (it saves)."""
        event.ignore()
        self.leave_requested.emit()
