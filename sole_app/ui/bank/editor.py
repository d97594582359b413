"""The dialog to write or change a question. Saving goes through a callback into core, so the
rules live in one place; a refused field is explained in the dialog, which stays open."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.bank.errors import InvalidQuestion
from sole_app.core.bank.question_data import AGE_LIMITS, QuestionData, split_tags
from sole_app.core.errors import SoleError
from sole_app.core.languages import LANGUAGES
from sole_app.ui.bank.languages import language_name
from sole_app.ui.bank.notes_preview import NotesPreview
from sole_app.ui.messages import error_message


class QuestionEditor(QDialog):
    """Fields for every part of a question; Save (Ctrl+Enter) or Cancel (Esc)."""

    def __init__(self, data: QuestionData, save: Callable[[QuestionData, bool], None],
                 title: str, offer_translation_link: bool = False, known_tags=(),
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("questionEditor")
        self.setWindowTitle(title)
        self._original = data
        self._save = save
        self._build(offer_translation_link)
        self.tag_completer = attach_tag_completer(self.tags_edit, list(known_tags))
        self._fill(data)
        self._fit_to_screen(900, 640)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """As large as asked, but within the screen (a 1024x600 netbook), room left for a frame."""
        area = self.screen().availableGeometry()
        self.resize(min(width, area.width() - 16), min(height, area.height() - 48))

    def _build(self, offer_translation_link: bool) -> None:
        self.text_edit = QPlainTextEdit(objectName="questionTextEdit")
        self.text_edit.setPlaceholderText(self.tr("A big question: open, difficult, interesting"))
        self.text_edit.setTabChangesFocus(True)
        font = self.text_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.text_edit.setFont(font)
        self.language_combo = QComboBox(objectName="languageCombo")
        for code in LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.tags_edit = QLineEdit(objectName="tagsEdit")
        self.tags_edit.setPlaceholderText(self.tr("e.g. history, nature (separated by commas)"))
        self.age_min = self._age_box("ageMinBox")
        self.age_max = self._age_box("ageMaxBox")
        ages = QHBoxLayout()
        ages.addWidget(self.age_min)
        ages.addWidget(QLabel(self.tr("to", "ages: 8 to 12")))
        ages.addWidget(self.age_max)
        ages.addStretch()
        self.notes_edit = QPlainTextEdit(objectName="notesEdit")
        self.notes_edit.setPlaceholderText(self.tr(
            "A story or picture to open with, follow-up questions… (Markdown: **bold**, - lists)"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_preview = NotesPreview()
        self.notes_preview.setToolTip(self.tr("How the notes will look"))
        self.notes_edit.textChanged.connect(
            lambda: self.notes_preview.show_markdown(self.notes_edit.toPlainText()))
        self.source_edit = QLineEdit(objectName="sourceEdit")
        self.source_edit.setPlaceholderText(self.tr("Who wrote it, or where it comes from"))
        self.translation_check = QCheckBox(
            self.tr("This is a translation of the original question (link them)"))
        self.translation_check.setObjectName("translationCheck")
        self.translation_check.setVisible(offer_translation_link)
        self.error_label = QLabel(objectName="editorError")
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # it may quote what was typed
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020; font-weight: 600")
        self.error_label.hide()
        self._layout(ages)

    def _layout(self, ages: QHBoxLayout) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Question:"), self.text_edit)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow(self.tr("&Tags:"), self.tags_edit)
        age_row = QWidget()
        age_row.setLayout(ages)
        ages.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Ages:"), age_row)
        form.addRow(self.tr("&Notes:"), self._notes_beside_preview())
        form.addRow(self.tr("&Source:"), self.source_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save the question (Ctrl+Enter)"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        save_action = QAction(self)
        save_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        save_action.triggered.connect(self.accept)
        self.addAction(save_action)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.translation_check)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _notes_beside_preview(self) -> QWidget:
        """The Markdown typed on the left, how it will look on the right."""
        caption = QLabel(self.tr("How they will look:"))
        caption.setBuddy(self.notes_preview)
        preview_side = QVBoxLayout()
        preview_side.setContentsMargins(0, 0, 0, 0)
        preview_side.addWidget(caption)
        preview_side.addWidget(self.notes_preview, 1)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notes_edit, 1)
        layout.addLayout(preview_side, 1)
        return row

    def _age_box(self, name: str) -> QSpinBox:
        box = QSpinBox(objectName=name)
        box.setRange(*AGE_LIMITS)
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        return box

    def _fill(self, data: QuestionData) -> None:
        self.text_edit.setPlainText(data.text)
        if self.language_combo.findData(data.language) < 0:  # a question in Spanish stays so
            self.language_combo.addItem(language_name(data.language), data.language)
        self.language_combo.setCurrentIndex(self.language_combo.findData(data.language))
        self.tags_edit.setText(", ".join(data.tags))
        self.age_min.setValue(data.age_min)
        self.age_max.setValue(data.age_max)
        self.notes_edit.setPlainText(data.notes)
        self.source_edit.setText(data.source)

    def blocks_language_change(self) -> bool:
        """A language change rebuilds the window; an open editor would lose what was typed."""
        return self.isVisible()

    def question_data(self) -> QuestionData:
        """The fields as typed (core validates them when saving)."""
        return replace(
            self._original, text=self.text_edit.toPlainText(),
            language=self.language_combo.currentData(),
            tags=tuple(split_tags(self.tags_edit.text())), age_min=self.age_min.value(),
            age_max=self.age_max.value(), notes=self.notes_edit.toPlainText(),
            source=self.source_edit.text(),
        )

    def accept(self) -> None:
        try:
            self._save(self.question_data(), self.translation_check.isChecked())
        except SoleError as error:
            self.show_error(error)
            return
        super().accept()

    def show_error(self, error: SoleError) -> None:
        self.error_label.setText(error_message(error))
        self.error_label.show()
        fields = {"text": self.text_edit, "tags": self.tags_edit, "age_min": self.age_min,
                  "age_max": self.age_max, "notes": self.notes_edit, "source": self.source_edit}
        if isinstance(error, InvalidQuestion) and error.field in fields:
            fields[error.field].setFocus()


def attach_tag_completer(line: QLineEdit, tags: list[str]) -> QCompleter:
    """Suggest tags already in use for the tag being typed after the last comma."""
    completer = QCompleter(tags, line)
    completer.setWidget(line)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def suggest(text: str) -> None:
        typed = text.split(",")[-1].strip()
        completer.setCompletionPrefix(typed)
        if typed and completer.completionCount():
            completer.complete()
        else:
            completer.popup().hide()

    def accept(chosen: str) -> None:
        text = line.text()
        before = text[:text.rfind(",") + 1]
        line.setText((before + " " if before else "") + chosen + ", ")

    line.textEdited.connect(suggest)
    completer.activated.connect(accept)
    return completer
