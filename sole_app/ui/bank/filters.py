"""The filters above the bank's list: language, tag, age and favourites, the window's match for
the command line's --language, --tag, --age and --favourites. The languages and tags offered are
those of the questions in the bank."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QSpinBox, QWidget

from sole_app.core.bank import reading as bank
from sole_app.core.bank.question_data import AGE_LIMITS, fold
from sole_app.core.bank.search import SearchFilters
from sole_app.ui.bank.languages import language_name

NO_AGE = AGE_LIMITS[0] - 1  # the age box's "any age" value, just under the youngest age


class FilterBar(QWidget):
    """Emits changed() whenever a filter changes; the tags offered follow the language."""

    changed = Signal()

    def __init__(self, database, parent=None) -> None:
        super().__init__(parent)
        self.database = database
        self.language_filter = QComboBox(objectName="languageFilter")
        self.tag_filter = QComboBox(objectName="tagFilter")
        for combo in (self.language_filter, self.tag_filter):
            combo.setMinimumContentsLength(8)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.age_filter = QSpinBox(objectName="ageFilter")
        self.age_filter.setRange(NO_AGE, AGE_LIMITS[1])
        self.age_filter.setSpecialValueText(self.tr("Any age"))
        self.age_filter.setPrefix(self.tr("Age "))
        self.age_filter.setToolTip(self.tr("Only questions suitable for this age"))
        self.favourites_filter = QCheckBox(self.tr("★ Only favourites"),
                                           objectName="favouritesFilter")
        layout = QGridLayout(self)  # two rows, so the list side stays narrow on a small laptop
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.language_filter, 0, 0)
        layout.addWidget(self.tag_filter, 0, 1)
        layout.addWidget(self.age_filter, 1, 0)
        layout.addWidget(self.favourites_filter, 1, 1)
        self.refresh_choices()
        self.language_filter.currentIndexChanged.connect(self._language_changed)
        self.tag_filter.currentIndexChanged.connect(lambda _index: self.changed.emit())
        self.age_filter.valueChanged.connect(lambda _age: self.changed.emit())
        self.favourites_filter.toggled.connect(lambda _on: self.changed.emit())

    def filters(self) -> SearchFilters:
        age = self.age_filter.value()
        return SearchFilters(
            language=self.language_filter.currentData(), tag=self.tag_filter.currentData(),
            age=None if age == NO_AGE else age,
            favourites_only=self.favourites_filter.isChecked())

    def refresh_choices(self) -> None:
        """Offer the languages and tags in use, keeping what is chosen."""
        self.refresh_languages()
        self.refresh_tags()

    def refresh_languages(self) -> None:
        """The languages of the questions in the bank, by name in the interface language (and
        the one chosen, while it is chosen, even when its last question is gone)."""
        chosen = self.language_filter.currentData()
        codes = set(bank.languages_in_use(self.database)) | ({chosen} if chosen else set())
        self.language_filter.blockSignals(True)
        self.language_filter.clear()
        self.language_filter.addItem(self.tr("All languages"), None)
        for name, code in sorted(((language_name(code), code) for code in codes),
                                 key=lambda named: fold(named[0])):
            self.language_filter.addItem(name, code)
        self.language_filter.setCurrentIndex(max(self.language_filter.findData(chosen), 0))
        self.language_filter.blockSignals(False)

    def refresh_tags(self) -> None:
        """Offer the tags in use (in the chosen language), keeping the chosen tag if it stays."""
        chosen = self.tag_filter.currentData()
        self.tag_filter.blockSignals(True)
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name in bank.all_tags(self.database, self.language_filter.currentData()):
            self.tag_filter.addItem(name, name)
        self.tag_filter.setCurrentIndex(max(self.tag_filter.findData(chosen), 0))
        self.tag_filter.blockSignals(False)

    def clear(self) -> None:
        """Every filter back to "all", with one changed() at the end."""
        for widget in (self.language_filter, self.tag_filter, self.age_filter,
                       self.favourites_filter):
            widget.blockSignals(True)
        self.language_filter.setCurrentIndex(0)
        self.refresh_tags()
        self.tag_filter.setCurrentIndex(0)
        self.age_filter.setValue(NO_AGE)
        self.favourites_filter.setChecked(False)
        for widget in (self.language_filter, self.tag_filter, self.age_filter,
                       self.favourites_filter):
            widget.blockSignals(False)

    def choose_language(self, code: str) -> None:
        """Show the questions in this language (a language the bank does not know: all)."""
        self.language_filter.setCurrentIndex(max(self.language_filter.findData(code), 0))

    def _language_changed(self) -> None:
        self.refresh_tags()
        self.changed.emit()
