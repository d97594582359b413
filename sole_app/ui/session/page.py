"""The Session tab's widgets: the plan on the left; the live preview, the buttons and two status
lines on the right.

A humble view: it lays out and shows what it is told. The SessionController holds the
behaviour and talks to it through the few methods under "what the controller uses", so the
controller is tested with a stand-in view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.db import Database
from sole_app.core.session.plan import Plan
from sole_app.core.session.stage import StageState
from sole_app.core.settings import AppSettings
from sole_app.ui import messages
from sole_app.ui.session.actions import SessionActions
from sole_app.ui.session.review_panel import ReviewPanel
from sole_app.ui.session.setup import SessionSetup
from sole_app.ui.stage.view import StageView
from sole_app.ui.steady_label import SteadyLabel

SIDE_WIDTH = 470  # the plan, or the groups and notes, beside the preview


class SessionPage(QWidget):
    """Prepares the next session on the left; shows the running one on the right."""

    start_requested = Signal()  # the Start button was pressed
    prepared_changed = Signal()  # the question or the plan being prepared changed
    visibility_changed = Signal(bool)  # the tab was shown (True) or hidden

    def __init__(self, database: Database, settings: AppSettings, actions: SessionActions,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionPage")
        self.setup = SessionSetup(database, settings, self)
        self.setup.setMaximumWidth(420)
        self.setup.start_button.setText(actions.start.text().replace("&", ""))
        self.setup.start_button.setToolTip(actions.start.toolTip())
        self.setup.start_button.clicked.connect(self.start_requested)
        self.setup.question_changed.connect(self.prepared_changed)
        self.setup.plan_changed.connect(self.prepared_changed)  # the preview shows its minutes
        self.preview = StageView(self, preview=True)
        self.preview.setMinimumSize(320, 180)
        # changes every second while a phase runs: see ui/steady_label.py
        self._status_box = SteadyLabel("sessionStatus", self)
        self.status_label = self._status_box.label
        self.message_label = self._line("sessionMessage")
        self.review_panel = ReviewPanel()
        self.review_keys_label = self._line("reviewKeys")  # how the clicker walks the Review
        self.review_keys_label.setText(self.review_panel.help_text())
        self.review_keys_label.hide()
        self.message_label.setStyleSheet("font-weight: bold")
        self._arrange(actions)

    def _line(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _arrange(self, actions: SessionActions) -> None:
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addLayout(self._button_grid(actions.timer_row(), columns=3))
        right.addLayout(self._button_grid(actions.stage_row(), columns=2))
        right.addWidget(self.review_keys_label)
        right.addWidget(self._status_box)
        right.addWidget(self.message_label)
        self.side_tabs = QTabWidget(self)
        self.side_tabs.setObjectName("sessionSideTabs")
        self.side_tabs.setTabBarAutoHide(True)
        self.side_tabs.setMaximumWidth(SIDE_WIDTH)
        self.side_tabs.addTab(self._scroller(), self.tr("Plan", "Session tab"))
        self._review_tab = self._scroller(self.review_panel, "reviewScroller")
        self._review_tab.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._review_tab.hide()  # a tab beside the groups only while the Review runs
        layout = QHBoxLayout(self)
        layout.addWidget(self.side_tabs)
        layout.addLayout(right, 1)

    def add_side_page(self, widget: QWidget, title: str) -> None:
        """Another part of the Session tab, as a tab beside the plan (the groups, the notes,
        which the composition root places here)."""
        self.side_tabs.addTab(widget, title)

    def show_side_page(self, widget: QWidget) -> None:
        self.side_tabs.setCurrentWidget(widget)

    def _scroller(self, widget: QWidget | None = None,
                  name: str = "sessionSetupScroller") -> QScrollArea:
        """Small laptop screens: the plan (or the review's panel) scrolls, the timer stays."""
        scroller = QScrollArea(self)
        scroller.setObjectName(name)
        scroller.setWidget(widget or self.setup)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setMinimumWidth(260)
        return scroller

    def _button_grid(self, actions, columns: int) -> QGridLayout:
        grid = QGridLayout()
        for index, action in enumerate(actions):
            button = QToolButton(self)
            button.setObjectName(action.objectName().replace("Action", "Button"))
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setMinimumHeight(40)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            grid.addWidget(button, index // columns, index % columns)
        return grid

    # --- what the controller uses ----------------------------------------------------------------

    def prepared_question(self) -> tuple[str, int | None]:
        """The question typed or picked, and its bank id (None when it is her own)."""
        return self.setup.question_text(), self.setup.question_id

    def prepared_plan(self) -> Plan:
        return self.setup.plan()

    def first_phase_seconds(self) -> float:
        return float(self.setup.plan_seconds()[0])

    def prepare(self, question: str, question_id: int | None) -> None:
        """Put a question in the plan, as if the librarian had picked it."""
        self.setup.set_question(question, question_id)

    def reset_plan(self) -> None:
        """The default minutes from the settings, for the next session."""
        self.setup.reset_minutes()

    def show_plan(self, plan: Plan) -> None:
        """Put a plan's minutes and counts in the panel (a resumed session's own)."""
        self.setup.set_plan(plan)

    def set_running(self, running: bool) -> None:
        """While a session runs its plan cannot change."""
        self.setup.setEnabled(not running)

    def show_stage(self, state: StageState) -> None:
        self.preview.set_state(state)

    def show_review(self, walking: bool) -> None:
        """While the Review runs: its panel as a tab beside the groups, shown when it begins,
        and the line that says how the keys walk it under the buttons."""
        self.review_keys_label.setVisible(walking)
        index = self.side_tabs.indexOf(self._review_tab)
        if walking and index < 0:
            self.side_tabs.addTab(self._review_tab, self.tr("Review", "Session tab"))
            self.side_tabs.setCurrentWidget(self._review_tab)
        elif not walking and index >= 0:
            self.side_tabs.removeTab(index)

    def show_status(self, text: str) -> None:
        self._status_box.set_text(text)

    def show_message(self, text: str) -> None:
        """A sentence the librarian must not miss (why something failed); "" clears it."""
        self.message_label.setText(text)

    def ask(self, title: str, text: str) -> bool:
        """A yes-or-no question (which may quote the question typed: shown as plain text);
        True for Yes."""
        return messages.ask(self, title, text)

    def reveal(self) -> None:
        """Bring this tab to the front when it lives in a tab widget."""
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setCurrentWidget(self)

    def focus_question(self) -> None:
        self.setup.question_edit.setFocus()

    def focus_start(self) -> None:
        self.setup.start_button.setFocus()

    # --- Qt ---------------------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.visibility_changed.emit(True)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self.visibility_changed.emit(False)
