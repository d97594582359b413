"""A group's record as children fill it in: what we found (with its preview), where we found it,
how sure we are, and our new questions.

A humble view: it shows a RecordContent and says when something was typed or a field was left;
the RecordSaver decides when to save. Only text fields and the preview take part in the keys:
the buttons take no focus, so a key a child presses always lands in a field, where Space is a
space and Right moves the cursor (never the session's phase).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.findings.data import Certainty, RecordContent
from sole_app.ui.findings.safe_view import SafeTextView
from sole_app.ui.findings.words import FindingsWords

PREVIEW_DELAY_MS = 150  # the preview follows typing without redrawing at every key


class Field(QPlainTextEdit):
    """A text field that says when it loses the focus (a save point), and moves on with Tab."""

    left = Signal()

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        self.left.emit()

    def lines(self) -> tuple[str, ...]:
        return tuple(self.toPlainText().split("\n"))

    def replace_text(self, text: str) -> None:
        """Show ``text`` (merged in from elsewhere), keeping the cursor where it was."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)


class RecordEditor(QWidget):
    """The four parts of a group's record, sized for children at the laptop (group turn)."""

    edited = Signal()  # something was typed or chosen
    left = Signal()  # a field lost the focus

    def __init__(self, words: FindingsWords, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recordEditor")
        self._words = words
        self._filling = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._show_preview)
        self._build()

    def _build(self) -> None:
        self.found_edit = self._field("foundEdit", self.tr("Write here what your group found…"))
        self.preview = SafeTextView(self)
        self.preview.setObjectName("foundPreview")
        self.sources_edit = self._field(
            "sourcesEdit", self.tr("One per line: a web address, a book, a person"))
        self.questions_edit = self._field("questionsEdit", self.tr("One question per line"))
        self.found_edit.textChanged.connect(self._preview_timer.start)
        self.certainty_buttons = {level: self._certainty_button(level) for level in Certainty}
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("recordProblem")
        self.problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problem_label.setWordWrap(True)
        self.headings = [self._heading(text) for text in (
            self.tr("What we found"), self.tr("Preview"), self.tr("Where we found it"),
            self.tr("Our new questions"), self.tr("How sure are we?"))]
        self._arrange()

    def _field(self, name: str, placeholder: str) -> Field:
        field = Field(name, self)
        field.setPlaceholderText(placeholder)
        field.setAccessibleName(placeholder)
        field.textChanged.connect(self._typed)
        field.left.connect(self.left)
        return field

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _certainty_button(self, level: Certainty) -> QPushButton:
        button = QPushButton(self._words.certainty(level), self)
        button.setObjectName(f"{level}Button")
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Chosen: a thick frame and bold words, so it is clear without colour
        button.setStyleSheet("QPushButton { padding: 6px; }"
                             "QPushButton:checked { border: 4px solid palette(text);"
                             " font-weight: bold; }")
        button.clicked.connect(lambda checked, chosen=level: self._certainty_clicked(chosen,
                                                                                     checked))
        return button

    def _arrange(self) -> None:
        found, preview, sources, questions, sure = self.headings
        grid = QGridLayout()
        grid.addWidget(found, 0, 0)
        grid.addWidget(preview, 0, 1)
        grid.addWidget(self.found_edit, 1, 0)
        grid.addWidget(self.preview, 1, 1)
        grid.addWidget(sources, 2, 0)
        grid.addWidget(questions, 2, 1)
        grid.addWidget(self.sources_edit, 3, 0)
        grid.addWidget(self.questions_edit, 3, 1)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        certainty = QHBoxLayout()
        certainty.addWidget(sure)
        for button in self.certainty_buttons.values():
            certainty.addWidget(button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid, 1)
        layout.addLayout(certainty)
        layout.addWidget(self.problem_label)

    # --- what the saver and group turn use ---------------------------------------------------

    def content(self) -> RecordContent:
        """What is on screen now (lists as typed; core trims them and leaves blank lines out)."""
        return RecordContent(found=self.found_edit.toPlainText(),
                             sources=self.sources_edit.lines(),
                             certainty=self.certainty(),
                             new_questions=self.questions_edit.lines())

    def certainty(self) -> Certainty | None:
        return next((level for level, button in self.certainty_buttons.items()
                     if button.isChecked()), None)

    def show_content(self, content: RecordContent) -> None:
        """Show a stored record (another group's, or one merged in from elsewhere); this is not
        typing, so it does not count as an edit."""
        self._filling = True
        try:
            self.found_edit.replace_text(content.found)
            self.sources_edit.replace_text(_joined(content.sources, self.sources_edit))
            self.questions_edit.replace_text(_joined(content.new_questions,
                                                     self.questions_edit))
            for level, button in self.certainty_buttons.items():
                button.setChecked(level == content.certainty)
        finally:
            self._filling = False
        self._show_preview()

    def show_problem(self, text: str) -> None:
        """A sentence about a save that failed; "" once saving works again."""
        self.problem_label.setText(text)

    def focus_found(self) -> None:
        self.found_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_text_size(self, pixels: int) -> None:
        """Large, friendly text: fields at ``pixels``, headings a little bigger and bold."""
        for widget in (self.found_edit, self.sources_edit, self.questions_edit, self.preview,
                       *self.certainty_buttons.values(), self.problem_label):
            widget.setFont(sized_font(widget, pixels))
        for heading in self.headings:
            heading.setFont(sized_font(heading, round(pixels * 1.05), bold=True))
        for button in self.certainty_buttons.values():
            button.setMinimumHeight(round(pixels * 2.4))  # a big target for a child's hand

    # --- inside ----------------------------------------------------------------------------

    def _typed(self) -> None:
        if not self._filling:
            self.edited.emit()

    def _certainty_clicked(self, level: Certainty, checked: bool) -> None:
        """One level at most; clicking the chosen one again takes the choice back."""
        for other, button in self.certainty_buttons.items():
            if other != level:
                button.setChecked(False)
        self.certainty_buttons[level].setChecked(checked)
        self.edited.emit()

    def _show_preview(self) -> None:
        self._preview_timer.stop()
        self.preview.show_markdown(self.found_edit.toPlainText())


def _joined(items: tuple[str, ...], field: Field) -> str:
    """The stored items one per line; the line being typed (blank so far) stays on screen."""
    typed = field.lines()
    if tuple(line.strip() for line in typed if line.strip()) == items:
        return field.toPlainText()
    return "\n".join(items)


def sized_font(widget: QWidget, pixels: int, bold: bool = False) -> QFont:
    """``widget``'s font at ``pixels`` (never below 8), bold or not."""
    font = QFont(widget.font())
    font.setPixelSize(max(8, pixels))
    font.setBold(bold)
    return font
