"""Choosing a printable: the question (the chosen session's, or typed), its language, and which
sheet; then where to save the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.languages import LANGUAGE_NAMES, LANGUAGES

KINDS = ("card", "sheet")


class PrintablesDialog(QDialog):
    """Emits nothing; ``chosen_kind`` is "card" or "sheet" after the librarian picks one."""

    def __init__(self, question: str, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("printablesDialog")
        self.setWindowTitle(self.tr("Printables"))
        self.chosen_kind = ""
        self.question_edit = QPlainTextEdit(question, objectName="printableQuestion")
        self.question_edit.setTabChangesFocus(True)
        self.question_edit.setMinimumHeight(90)
        self.language_combo = QComboBox(objectName="printableLanguage")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))
        self.language_combo.setToolTip(self.tr("The language of the sheet's headings"))
        self.card_button = QPushButton(self.tr("Question &card (A4 landscape)…"),
                                       objectName="cardButton")
        self.sheet_button = QPushButton(self.tr("Group &recording sheet (A4)…"),
                                        objectName="sheetButton")
        self.card_button.clicked.connect(lambda: self._choose("card"))
        self.sheet_button.clicked.connect(lambda: self._choose("sheet"))
        self.question_edit.textChanged.connect(self._enable)
        form = QFormLayout()
        form.addRow(self.tr("Big question"), self.question_edit)
        form.addRow(self.tr("Language"), self.language_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.card_button)
        layout.addWidget(self.sheet_button)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self._enable()

    def _enable(self) -> None:
        has_question = bool(self.question().strip())
        self.card_button.setEnabled(has_question)
        self.sheet_button.setEnabled(has_question)

    def _choose(self, kind: str) -> None:
        self.chosen_kind = kind
        self.accept()

    def question(self) -> str:
        return self.question_edit.toPlainText()

    def language(self) -> str:
        return self.language_combo.currentData()


def ask_where(parent: QWidget, kind: str) -> Path | None:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = ("question-card.pdf" if kind == "card" else "recording-sheet.pdf")
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("PrintablesDialog", "Save the printable"),
        str(Path(folder) / name), "*.pdf")
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == ".pdf" else target.with_name(target.name + ".pdf")
