"""The gentle sounds at a warning and at the end of a phase; silent when sound cannot play.

The Chime decides whether to sound (the librarian may turn it off); a player makes the sound.
The real player loads QtMultimedia lazily and inside a try: on a computer without an audio
device or without the multimedia libraries the app carries on, just without sound. Tests hand
the Chime a player of their own.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QObject, QUrl

from sole_app.core.paths import resources_dir

log = logging.getLogger(__name__)


class Sound(StrEnum):
    WARNING = "warning"
    END = "end"


SOUNDS = {Sound.WARNING: "warning.wav", Sound.END: "end.wav"}


class Player(Protocol):
    def play(self, sound: Sound) -> None:
        """Start playing ``sound``; may raise, the Chime keeps the session going."""
        ...


class SoundEffects(QObject):
    """Plays the shipped sound files with QSoundEffect, loaded the first time one is needed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._effects: dict | None = None

    def play(self, sound: Sound) -> None:
        effect = self.effects().get(sound)
        if effect is not None:
            effect.play()

    def effects(self) -> dict:
        """The loaded sound effects by Sound; empty when QtMultimedia is missing."""
        if self._effects is None:
            self._effects = self._load()
        return self._effects

    def _load(self) -> dict:
        try:
            from PySide6.QtMultimedia import QSoundEffect
        except Exception:  # noqa: BLE001 - no multimedia: silent, as promised
            log.info("QtMultimedia is not available; sounds are off")
            return {}
        effects = {}
        for sound, file_name in SOUNDS.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / file_name)))
            effect.setVolume(0.6)
            effects[sound] = effect
        return effects


class Chime(QObject):
    """Plays a Sound unless muted; never raises."""

    def __init__(self, enabled: bool, parent: QObject, player: Player | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self._player = player if player is not None else SoundEffects(self)

    def play(self, sound: Sound) -> None:
        if not self.enabled:
            return
        try:
            self._player.play(Sound(sound))
        except Exception:  # noqa: BLE001 - a sound must never stop a session
            log.warning("cannot play the %s sound", sound, exc_info=True)
