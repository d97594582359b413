"""What to export, and how: the chosen sessions or the sessions of some days, the format, and
whether the children's first names go in (not unless the box is ticked, for each export)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.exports.run import FORMATS


@dataclass(frozen=True)
class ExportChoice:
    """The chosen sessions (``session_ids``), or else a range of days; format; first names."""

    session_ids: tuple[int, ...]
    since: date | None
    until: date | None
    file_format: str
    first_names: bool

    @property
    def ranged(self) -> bool:
        return not self.session_ids


class ExportDialog(QDialog):
    """Asks what to export. ``chosen`` are the sessions selected in the list (may be none);
    ``days`` the range to offer (the filters', else this month)."""

    def __init__(self, chosen: list[int], days: tuple[date | None, date | None],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export sessions"))
        self._chosen = tuple(chosen)
        self.chosen_radio = QRadioButton(self.tr("Chosen in the list: %n session(s)", "",
                                                 len(chosen)),
                                         objectName="chosenRadio")
        self.range_radio = QRadioButton(self.tr("Every session of these days:"),
                                        objectName="rangeRadio")
        self._scope = QButtonGroup(self)
        for radio in (self.chosen_radio, self.range_radio):
            self._scope.addButton(radio)
        self.chosen_radio.setEnabled(bool(chosen))
        (self.chosen_radio if chosen else self.range_radio).setChecked(True)
        self.since_edit, self.until_edit = self._days(days)
        self.format_combo = self._formats()
        self.first_names_check = QCheckBox(
            self.tr("Include the children's first names"), objectName="firstNamesCheck")
        self.first_names_check.setToolTip(self.tr(
            "Left out unless ticked: the file may leave this computer"))
        self._lay_out()

    def _days(self, days) -> tuple[QDateEdit, QDateEdit]:
        today = QDate.currentDate()
        since, until = days
        edits = []
        for name, day, default in (("exportSince", since, QDate(today.year(), today.month(), 1)),
                                   ("exportUntil", until, today)):
            edit = QDateEdit(objectName=name)
            edit.setCalendarPopup(True)
            edit.setDate(QDate(day.year, day.month, day.day) if day else default)
            edit.dateChanged.connect(lambda _day: self.range_radio.setChecked(True))
            edits.append(edit)
        return edits[0], edits[1]

    def _formats(self) -> QComboBox:
        combo = QComboBox(objectName="formatCombo")
        names = {
            "pdf": self.tr("PDF, to print or send (.pdf)"),
            "html": self.tr("Web page, to read or print (.html)"),
            "md": self.tr("Text with Markdown (.md)"),
            "csv": self.tr("Spreadsheet for the programme's reports (.csv)"),
            "json": self.tr("Backup, to move to another computer (.json)"),
        }
        for file_format in FORMATS:
            combo.addItem(names[file_format], file_format)
        combo.setCurrentIndex(combo.findData("pdf"))
        return combo

    def _lay_out(self) -> None:
        days = QHBoxLayout()
        days.addWidget(self.since_edit)
        days.addWidget(self.until_edit)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format_combo)
        form.addRow(self.first_names_check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chosen_radio)
        layout.addWidget(self.range_radio)
        layout.addLayout(days)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def choice(self) -> ExportChoice:
        ranged = self.range_radio.isChecked()
        return ExportChoice(
            session_ids=() if ranged else self._chosen,
            since=_day(self.since_edit) if ranged else None,
            until=_day(self.until_edit) if ranged else None,
            file_format=self.format_combo.currentData(),
            first_names=self.first_names_check.isChecked())


def _day(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


def suggested_name(choice: ExportChoice, first_day: str) -> str:
    """"sole-2026-11-24.pdf" (the first chosen session's day), or for a range of days
    "sole-2026-11-01-2026-11-30.csv"."""
    if choice.ranged:
        stem = f"sole-{choice.since.isoformat()}-{choice.until.isoformat()}"
    else:
        stem = f"sole-{first_day}"
    return f"{stem}.{choice.file_format}"


def ask_where(parent: QWidget, choice: ExportChoice, first_day: str) -> Path | None:
    """The file to write, with the format's extension, or None when cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ExportDialog", "Export sessions"),
        str(Path(folder) / suggested_name(choice, first_day)),
        f"*.{choice.file_format}")
    if not path:
        return None
    target = Path(path)
    return target if target.suffix.lower() == f".{choice.file_format}" else target.with_name(
        target.name + f".{choice.file_format}")
