"""The chime: original CC0 sounds shipped in resources/, and silence rather than a crash."""

from __future__ import annotations

import builtins
import wave

from PySide6.QtCore import QObject

from sole_app.core.paths import resources_dir
from sole_app.ui.session.chime import SOUNDS, Chime

SOUNDS_DIR = resources_dir() / "sounds"


def test_the_sounds_are_short_small_cd_quality_mono_and_licensed_cc0():
    for file_name in SOUNDS.values():
        path = SOUNDS_DIR / file_name
        assert path.stat().st_size < 200_000
        with wave.open(str(path)) as sound:
            assert (sound.getframerate(), sound.getnchannels(), sound.getsampwidth()) == (
                44_100, 1, 2)
            assert 0.5 <= sound.getnframes() / sound.getframerate() <= 2.0
    licence = (SOUNDS_DIR / "LICENSE.md").read_text(encoding="utf-8")
    assert "CC0" in licence and "make_chimes.py" in licence
    assert (SOUNDS_DIR / "make_chimes.py").exists()


def test_without_qtmultimedia_the_chime_is_silent_and_the_session_goes_on(monkeypatch):
    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("no multimedia here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    chime = Chime(True, QObject())
    chime.play("end")  # no exception
    assert chime.played == ["end"]


def test_on_a_machine_without_an_audio_device_playing_does_not_fail(qtbot):
    parent = QObject()
    chime = Chime(True, parent)
    chime.play("warning")
    chime.play("end")
    qtbot.wait(50)
    assert chime.played == ["warning", "end"]


def test_muted_means_nothing_is_played():
    chime = Chime(False, QObject())
    chime.play("end")
    assert chime.played == []
