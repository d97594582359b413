"""The Settings dialog shows the current settings and saves what the librarian changes."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QDialogButtonBox, QScrollArea

from sole_app.core.settings import AppSettings
from sole_app.ui.settings_dialog import SettingsDialog


def make(qtbot, data_paths, settings=None, screens=()):
    settings = settings or AppSettings()
    dialog = SettingsDialog(settings, data_paths.settings, list(screens), None)
    qtbot.addWidget(dialog)
    return dialog


def test_it_opens_with_the_defaults(qtbot, data_paths):
    dialog = make(qtbot, data_paths)
    assert [spin.value() for spin in dialog.phase_spins] == [5, 40, 15]
    assert (dialog.first_warning_spin.value(), dialog.last_warning_spin.value()) == (5, 1)
    assert dialog.sound_check.isChecked() and dialog.agreements_check.isChecked()
    assert dialog.language_combo.currentData() == ""


def test_saving_writes_every_choice_to_the_settings_file(qtbot, data_paths):
    screens = [SimpleNamespace(name="eDP-1", number=1, geometry=(0, 0, 1366, 768)),
               SimpleNamespace(name="HDMI-1", number=2, geometry=(1366, 0, 1920, 1080))]
    dialog = make(qtbot, data_paths, screens=screens)
    dialog.phase_spins[1].setValue(30)
    dialog.first_warning_spin.setValue(3)
    dialog.last_warning_spin.setValue(0)
    dialog.sound_check.setChecked(False)
    dialog.agreements_check.setChecked(False)
    index = dialog.screen_combo.findData("HDMI-1")
    assert dialog.screen_combo.itemText(index) == "Screen 2: HDMI-1 (1920 × 1080)"
    dialog.screen_combo.setCurrentIndex(index)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ro"))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    saved = AppSettings.load(data_paths.settings)
    assert saved.phase_minutes.investigation == 30 and saved.warning_minutes == [3]
    assert not saved.sound_enabled and not saved.show_agreements
    assert saved.projector_screen == "HDMI-1" and saved.language == "ro"


def test_cancel_changes_nothing(qtbot, data_paths):
    settings = AppSettings()
    dialog = make(qtbot, data_paths, settings)
    dialog.phase_spins[0].setValue(9)
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
    assert settings.phase_minutes.question == 5 and not data_paths.settings.exists()


def test_on_a_netbook_the_dialog_fits_and_its_general_settings_scroll(qtbot, data_paths):
    # Given the settings dialog, whose general settings are taller than a 1024x600 screen
    dialog = make(qtbot, data_paths)
    general = dialog.findChild(QScrollArea, "settingsGeneral")
    assert general.widget().sizeHint().height() > 560
    # Then the dialog can be as short as a netbook's screen, the save button still in reach,
    # and what does not fit scrolls instead of being cut off
    assert dialog.minimumSizeHint().height() <= 560
    dialog.resize(dialog.width(), 560)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert general.verticalScrollBar().maximum() > 0
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert dialog.rect().contains(save.geometry().translated(save.parentWidget().pos()))
