"""The chime: original CC0 sounds shipped in resources/, and silence rather than a crash."""

from __future__ import annotations

import builtins
import logging
import wave

from PySide6.QtCore import QObject

from sole_app.core.paths import resources_dir
from sole_app.ui.session.chime import SOUNDS, Chime, Sound, SoundEffects
from tests.ui.session.fakes import RecordingPlayer

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


def test_each_sound_asked_for_is_played_in_order_unless_muted():
    # Given a chime that is on, When the warning and the end come, Then both play, in order
    player = RecordingPlayer()
    Chime(True, QObject(), player).play(Sound.WARNING)
    Chime(True, QObject(), player).play(Sound.END)
    assert player.played == [Sound.WARNING, Sound.END]
    # And a muted chime plays nothing
    muted = RecordingPlayer()
    Chime(False, QObject(), muted).play(Sound.END)
    assert muted.played == []


def test_a_sound_that_fails_is_noted_and_the_session_goes_on(caplog):
    # Given a player that fails (a broken audio driver)
    class BrokenPlayer:
        def play(self, sound):
            raise RuntimeError("no audio device")

    # When the end sounds, Then nothing is raised, and the log says why it was silent
    with caplog.at_level(logging.WARNING):
        Chime(True, QObject(), BrokenPlayer()).play(Sound.END)
    assert "cannot play the end sound" in caplog.text


def test_without_qtmultimedia_the_sounds_are_silent_and_the_session_goes_on(monkeypatch, qapp):
    # Given a computer without the multimedia libraries
    real_import = builtins.__import__

    def no_multimedia(name, *args, **kwargs):
        if name.startswith("PySide6.QtMultimedia"):
            raise ImportError("no multimedia here")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    # When the end sounds, Then there is nothing to play, and nothing fails
    owner = QObject()
    sounds = SoundEffects(owner)
    Chime(True, owner, sounds).play(Sound.END)
    assert sounds.effects() == {}


def test_the_shipped_sounds_load_and_playing_them_without_an_audio_device_does_not_fail(qtbot):
    from PySide6.QtMultimedia import QSoundEffect

    # Given the real sound effects (this machine may have no audio device)
    owner = QObject()
    sounds = SoundEffects(owner)
    chime = Chime(True, owner, sounds)
    # When both sounds play
    chime.play(Sound.WARNING)
    chime.play(Sound.END)
    # Then each effect reads its shipped file, and finishes loading (or fails) quietly
    effects = sounds.effects()
    assert {sound: effect.source().fileName() for sound, effect in effects.items()} == SOUNDS
    qtbot.waitUntil(lambda: all(effect.status() != QSoundEffect.Status.Loading
                                for effect in effects.values()))
