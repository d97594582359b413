"""The gentle sounds at a warning and at the end of a phase; silent when sound cannot play.

QtMultimedia is imported lazily and inside a try: on a computer without an audio device or
without the multimedia libraries the app carries on, just without sound.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QUrl

from sole_app.core.paths import resources_dir

log = logging.getLogger(__name__)
SOUNDS = {"warning": "warning.wav", "end": "end.wav"}


class Chime(QObject):
    """Plays ``warning`` or ``end`` unless muted; never raises."""

    def __init__(self, enabled: bool, parent: QObject) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.played: list[str] = []  # what was asked to play, in order (for tests and logs)
        self._effects: dict | None = None

    def play(self, name: str) -> None:
        if not self.enabled or name not in SOUNDS:
            return
        self.played.append(name)
        effect = self._effects_by_name().get(name)
        if effect is None:
            return
        try:
            effect.play()
        except Exception:  # noqa: BLE001 - a sound must never stop a session
            log.warning("cannot play the %s sound", name, exc_info=True)

    def _effects_by_name(self) -> dict:
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
        for name, file_name in SOUNDS.items():
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resources_dir() / "sounds" / file_name)))
            effect.setVolume(0.6)
            effects[name] = effect
        return effects
