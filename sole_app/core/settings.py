"""The app's typed settings, with every default in one place, stored as JSON in the data folder.

Window geometry and splitter positions are not here: the UI keeps those in QSettings.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import asdict, dataclass, field, fields
from enum import StrEnum
from pathlib import Path


class Phase(StrEnum):
    """The phases of a SOLE session, in order. The values are the keys of the settings file's
    ``phase_minutes`` and of the database's phase rows; the interface translates them."""

    QUESTION = "question"
    INVESTIGATION = "investigation"
    REVIEW = "review"


MAX_PHASE_MINUTES = 600  # ten hours: far beyond any session, short of a typing slip
# The group page's port (issue 15). It stays the same from session to session: what a browser
# keeps of the children's unsent words belongs to one address and port.
DEFAULT_GROUP_PAGE_PORT = 8765
GROUP_PAGE_PORTS = range(1024, 65536)  # below 1024 needs an administrator


@dataclass
class PhaseMinutes:
    """The librarian's default minutes for each phase (SOLE's sample hour: 5, 40, 15)."""

    question: int = 5
    investigation: int = 40
    review: int = 15

    def in_order(self) -> tuple[int, ...]:
        """The minutes in the order of ``Phase``."""
        return tuple(getattr(self, phase) for phase in Phase)


@dataclass
class AppSettings:
    """Preferences a librarian can change. Unknown or damaged values fall back to defaults."""

    language: str = ""  # "" follows the system locale; otherwise "ro", "en" or "ru"
    sound_enabled: bool = True
    warning_minutes: list[int] = field(default_factory=lambda: [5, 1])
    phase_minutes: PhaseMinutes = field(default_factory=PhaseMinutes)
    projector_screen: str = ""  # the chosen screen's name; "" picks a non-primary screen
    show_agreements: bool = True
    # Groups may list their children's first names (never surnames); off unless a club needs it
    group_first_names: bool = False
    group_page_port: int = DEFAULT_GROUP_PAGE_PORT
    library_name: str = ""  # printed on exports and printables, e.g. "Biblioteca Comunală X"

    @classmethod
    def load(cls, path: Path) -> AppSettings:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        return cls._from_dict(raw)

    @classmethod
    def _from_dict(cls, raw: dict) -> AppSettings:
        settings = cls()
        for item in fields(cls):
            if item.name not in raw:
                continue
            value = raw[item.name]
            default = getattr(settings, item.name)
            if isinstance(default, PhaseMinutes) and isinstance(value, dict):
                value = _phase_minutes(value)
            elif type(value) is not type(default) or not _in_range(item.name, value):
                continue
            setattr(settings, item.name, value)
        return settings

    def save(self, path: Path) -> None:
        """Write atomically: a crash mid-write leaves the previous file intact."""
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(asdict(self), ensure_ascii=False, indent=2)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                stream.write(text)
                stream.flush()
                os.fsync(stream.fileno())
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise


def _in_range(name: str, value: object) -> bool:
    return name != "group_page_port" or value in GROUP_PAGE_PORTS


def _phase_minutes(raw: dict) -> PhaseMinutes:
    minutes = PhaseMinutes()
    for phase in Phase:
        value = raw.get(phase)
        if isinstance(value, int) and 0 < value <= MAX_PHASE_MINUTES:
            setattr(minutes, phase, value)
    return minutes
