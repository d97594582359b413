"""The Settings dialog: default phase minutes, warnings, sound, agreements, screen, language,
whether groups may list first names, the group page's port, the library's name
printed on exports, and the database's backups (how many daily copies to keep; restore one)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.errors import SoleError
from sole_app.core.languages import LANGUAGE_NAMES, LANGUAGES
from sole_app.core.paths import DataPaths
from sole_app.core.settings import (
    BACKUPS_KEPT,
    GROUP_PAGE_PORTS,
    MAX_PHASE_MINUTES,
    AppSettings,
    Phase,
)
from sole_app.ui.backups import BackupsList
from sole_app.ui.messages import error_message, warn
from sole_app.ui.phases import phase_name


class SettingsDialog(QDialog):
    """Edits ``settings`` in place and saves them to ``path`` when accepted. A backup chosen
    for a restore (and confirmed) closes the dialog without saving, in ``chosen_backup``."""

    def __init__(self, settings: AppSettings, path: Path, screens: list, parent: QWidget,
                 backups_dir: Path | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.path = path
        self.backups_dir = backups_dir or DataPaths(path.parent).backups
        self.chosen_backup: Path | None = None
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        layout = QVBoxLayout(self)
        # Two tabs keep the dialog within a small laptop's screen
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        general = QWidget(self.tabs)
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(self._timing_group())
        general_layout.addWidget(self._stage_group(screens))
        general_layout.addWidget(self._groups_group())
        general_layout.addWidget(self._group_page_group())
        general_layout.addWidget(self._exports_group())
        # The general settings are taller than a 1024 x 600 netbook's screen: they scroll
        general_scroller = QScrollArea(self.tabs)
        general_scroller.setObjectName("settingsGeneral")
        general_scroller.setWidgetResizable(True)
        general_scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        general_scroller.setWidget(general)
        general_scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        bar = general_scroller.verticalScrollBar().sizeHint().width()
        general_scroller.setMinimumWidth(general.minimumSizeHint().width() + bar)
        self._general = general
        self.tabs.addTab(general_scroller, self.tr("General"))
        self.tabs.addTab(self._backups_page(), self.tr("Backups"))
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("settingsButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """As tall as the general settings need, within the screen (they scroll on a netbook)."""
        screen = self.screen().availableGeometry()
        wanted = self._general.sizeHint().height() + self.sizeHint().height() - 300
        self.resize(self.sizeHint().width(), max(300, min(wanted, screen.height() - 60)))

    def _spin(self, name: str, value: int, low: int, high: int, tip: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setToolTip(tip)
        spin.setAccessibleName(tip)
        return spin

    def _timing_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Timing"), self)
        form = QFormLayout(group)
        self.phase_spins = []
        for phase, minutes in zip(Phase, self.settings.phase_minutes.in_order(), strict=True):
            spin = self._spin(f"{phase}MinutesSpin", minutes, 1, MAX_PHASE_MINUTES,
                              self.tr("Default length of this phase"))
            spin.setSuffix(self.tr(" min"))
            self.phase_spins.append(spin)
            form.addRow(self.tr("{phase} (minutes)").format(phase=phase_name(phase)), spin)
        warnings = sorted(self.settings.warning_minutes, reverse=True) + [0, 0]
        self.first_warning_spin = self._spin(
            "firstWarningSpin", warnings[0], 0, 60,
            self.tr("Minutes left at the first warning (0: none)"))
        self.last_warning_spin = self._spin(
            "lastWarningSpin", warnings[1], 0, 60,
            self.tr("Minutes left at the last warning (0: none)"))
        for spin in (self.first_warning_spin, self.last_warning_spin):
            spin.setSpecialValueText(self.tr("off"))
            spin.setSuffix(self.tr(" min"))
        form.addRow(self.tr("First warning"), self.first_warning_spin)
        form.addRow(self.tr("Last warning"), self.last_warning_spin)
        self.sound_check = QCheckBox(self.tr("Play a gentle chime at the warnings and the end"))
        self.sound_check.setObjectName("soundCheck")
        self.sound_check.setChecked(self.settings.sound_enabled)
        form.addRow(self.sound_check)
        return group

    def _stage_group(self, screens: list) -> QGroupBox:
        group = QGroupBox(self.tr("Projector and language"), self)
        form = QFormLayout(group)
        self.agreements_check = QCheckBox(self.tr("Show the agreements during Investigation"))
        self.agreements_check.setObjectName("agreementsCheck")
        self.agreements_check.setChecked(self.settings.show_agreements)
        form.addRow(self.agreements_check)
        self.screen_combo = QComboBox(self)
        self.screen_combo.setObjectName("screenCombo")
        self.screen_combo.setToolTip(self.tr("The screen the projector view opens on"))
        self.screen_combo.addItem(self.tr("Automatic (a screen that is not the laptop's)"), "")
        for screen in screens:
            self.screen_combo.addItem(self._screen_label(screen), screen.name)
        self._select(self.screen_combo, self.settings.projector_screen)
        form.addRow(self.tr("Projector screen"), self.screen_combo)
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("System language"), "")
        for code in LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self._select(self.language_combo, self.settings.language)
        form.addRow(self.tr("Language"), self.language_combo)
        return group

    def _groups_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Groups"), self)
        layout = QVBoxLayout(group)
        self.first_names_check = QCheckBox(self.tr("Let groups list their children's first "
                                                   "names"))
        self.first_names_check.setObjectName("firstNamesCheck")
        self.first_names_check.setChecked(self.settings.group_first_names)
        self.first_names_note = QLabel(self.tr(
            "Store first names only; never surnames. Leave this off unless your club needs "
            "names: group nicknames are enough."), self)
        self.first_names_note.setObjectName("firstNamesNote")
        self.first_names_note.setWordWrap(True)
        layout.addWidget(self.first_names_check)
        layout.addWidget(self.first_names_note)
        return group

    def _group_page_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Group devices"), self)
        form = QFormLayout(group)
        self.port_spin = self._spin(
            "groupPagePortSpin", self.settings.group_page_port, GROUP_PAGE_PORTS.start,
            GROUP_PAGE_PORTS.stop - 1,
            self.tr("The port in the group page's address. Keep it the same from session to "
                    "session: a browser keeps a group's unsent words for one port only."))
        self.port_spin.setGroupSeparatorShown(False)
        form.addRow(self.tr("Port of the group page"), self.port_spin)
        return group

    def _exports_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Printing and exports"), self)
        form = QFormLayout(group)
        self.library_edit = QLineEdit(self.settings.library_name, self)
        self.library_edit.setObjectName("libraryEdit")
        self.library_edit.setMaxLength(120)
        self.library_edit.setPlaceholderText(self.tr("For example: Biblioteca Comunală Ciorăști"))
        self.library_edit.setToolTip(self.tr("Printed at the top of every exported page"))
        form.addRow(self.tr("Library name"), self.library_edit)
        return group

    def _backups_page(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("backupsPage")
        layout = QVBoxLayout(page)
        note = QLabel(self.tr("A copy of the data is taken every day the app is open, in the "
                              "data folder's backups folder. Restoring one keeps a copy of the "
                              "data as it is now first."), page)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.backups_kept_spin = self._spin(
            "backupsKeptSpin", self.settings.backups_kept, BACKUPS_KEPT.start,
            BACKUPS_KEPT.stop - 1,
            self.tr("Older daily copies beyond this number are removed."))
        form.addRow(self.tr("Daily copies kept"), self.backups_kept_spin)
        layout.addLayout(form)
        self.backups_list = BackupsList(self.backups_dir, page)
        self.backups_list.restore_chosen.connect(self._restore_chosen)
        layout.addWidget(self.backups_list, 1)
        return page

    def _restore_chosen(self, backup: Path) -> None:
        self.chosen_backup = backup
        self.reject()

    def _screen_label(self, screen) -> str:
        """"Screen 2: HDMI-1 (1920 × 1080)", as Identify screens numbers them."""
        number = getattr(screen, "number", None)
        geometry = getattr(screen, "geometry", None)
        if number is None or geometry is None:
            return screen.name
        return self.tr("Screen {number}: {name} ({width} × {height})").format(
            number=number, name=screen.name, width=geometry[2], height=geometry[3])

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(0, index))

    def apply(self) -> None:
        """Copy the fields into the settings and save them."""
        for phase, spin in zip(Phase, self.phase_spins, strict=True):
            setattr(self.settings.phase_minutes, phase, spin.value())
        warnings = {self.first_warning_spin.value(), self.last_warning_spin.value()} - {0}
        self.settings.warning_minutes = sorted(warnings, reverse=True)
        self.settings.sound_enabled = self.sound_check.isChecked()
        self.settings.show_agreements = self.agreements_check.isChecked()
        self.settings.group_first_names = self.first_names_check.isChecked()
        self.settings.projector_screen = self.screen_combo.currentData() or ""
        self.settings.language = self.language_combo.currentData() or ""
        self.settings.group_page_port = self.port_spin.value()
        self.settings.library_name = " ".join(self.library_edit.text().split())
        self.settings.backups_kept = self.backups_kept_spin.value()
        self.settings.save(self.path)

    def accept(self) -> None:
        """Save and close; when the disk refuses, say so and stay open (nothing is lost)."""
        try:
            self.apply()
        except SoleError as error:
            warn(self, self.tr("Settings"), error_message(error))
            return
        super().accept()

