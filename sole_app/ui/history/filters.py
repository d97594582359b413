"""The History tab's search and filters: words, a range of days, language and tag, the window's
match for ``sessions list --search --from --to --language --tag``."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLabel, QLineEdit, QWidget

from sole_app.core.history.listing import HistoryFilters
from sole_app.core.languages import LANGUAGE_NAMES, LANGUAGES

TYPING_PAUSE_MS = 200
NO_DAY = QDate(2000, 1, 1)  # a date box's "any day" value, before any session


class HistoryFilterBar(QWidget):
    """Emits changed() when a filter changes (typing: after a short pause)."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        self.search_box = QLineEdit(objectName="historySearch", clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search questions, findings and notes…"))
        self.search_box.setAccessibleName(self.tr("Search the sessions"))
        self.since_edit = self._date_edit("sinceEdit", self.tr("From any day"),
                                          self.tr("Only sessions from this day on"))
        self.until_edit = self._date_edit("untilEdit", self.tr("To any day"),
                                          self.tr("Only sessions up to this day"))
        self.language_filter = QComboBox(objectName="historyLanguageFilter")
        self.language_filter.addItem(self.tr("All languages"), None)
        for code in LANGUAGES:
            self.language_filter.addItem(LANGUAGE_NAMES[code], code)
        self.tag_filter = QComboBox(objectName="historyTagFilter")
        self._lay_out()
        self.show_tags([])
        self.search_box.textChanged.connect(lambda _text: self._typing.start())
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(lambda _day: self.changed.emit())
        for combo in (self.language_filter, self.tag_filter):
            combo.currentIndexChanged.connect(lambda _index: self.changed.emit())

    def _date_edit(self, name: str, any_day: str, tip: str) -> QDateEdit:
        edit = QDateEdit(objectName=name)
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DAY)
        edit.setSpecialValueText(any_day)
        edit.setDate(NO_DAY)
        edit.setToolTip(tip)
        edit.setAccessibleName(tip)
        return edit

    def _lay_out(self) -> None:
        layout = QGridLayout(self)  # narrow enough for the list side of a small laptop
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box, 0, 0, 1, 4)
        layout.addWidget(self.since_edit, 1, 0, 1, 2)
        layout.addWidget(self.until_edit, 1, 2, 1, 2)
        layout.addWidget(self.language_filter, 2, 0, 1, 2)
        layout.addWidget(self.tag_filter, 2, 2, 1, 2)
        self.count_label = QLabel(objectName="historyCount")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.count_label, 3, 0, 1, 4)

    def filters(self) -> HistoryFilters:
        return HistoryFilters(text=self.search_box.text(), since=self._day(self.since_edit),
                              until=self._day(self.until_edit),
                              language=self.language_filter.currentData(),
                              tag=self.tag_filter.currentData())

    def days(self) -> tuple[date | None, date | None]:
        return self._day(self.since_edit), self._day(self.until_edit)

    @staticmethod
    def _day(edit: QDateEdit) -> date | None:
        chosen = edit.date()
        return None if chosen == NO_DAY else date(chosen.year(), chosen.month(), chosen.day())

    def show_tags(self, tags: list[str]) -> None:
        """Offer these tags, keeping the chosen one when it is still among them."""
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for tag in tags:
            self.tag_filter.addItem(tag, tag)
        self.tag_filter.setCurrentIndex(max(0, self.tag_filter.findData(chosen)))
        self.tag_filter.blockSignals(False)

    def clear(self) -> None:
        """Every filter back to "all", quietly (the caller lists again)."""
        for widget in (self.search_box, self.since_edit, self.until_edit, self.language_filter,
                       self.tag_filter):
            widget.blockSignals(True)
        self.search_box.clear()
        self.since_edit.setDate(NO_DAY)
        self.until_edit.setDate(NO_DAY)
        self.language_filter.setCurrentIndex(0)
        self.tag_filter.setCurrentIndex(0)
        for widget in (self.search_box, self.since_edit, self.until_edit, self.language_filter,
                       self.tag_filter):
            widget.blockSignals(False)
