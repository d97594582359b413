"""Where SOLE Facilitator keeps its files, and where its shipped resources are."""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sole_app import APP_ID
from sole_app.core.errors import DataDirError

DATA_DIR_ENV = "SOLE_DATA_DIR"
_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def default_data_dir() -> Path:
    """The platform's per-user data folder (e.g. %LOCALAPPDATA% on Windows)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def shipped_dir(name: str) -> Path:
    """A folder shipped with the app: inside the installed package, or at the source tree's top."""
    inside_package = _PACKAGE_DIR / name
    if inside_package.is_dir():
        return inside_package
    return _PACKAGE_DIR.parent / name


def resources_dir() -> Path:
    return shipped_dir("resources")


def questions_dir() -> Path:
    return shipped_dir("questions")


@dataclass(frozen=True)
class DataPaths:
    """The files of one data folder: the database, its backups and the settings."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "sole.sqlite3"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        return self.root / "settings.json"

    @property
    def window_state(self) -> Path:
        return self.root / "window.ini"

    @classmethod
    def resolve(cls, cli_value: str | None = None) -> DataPaths:
        """The folder from ``--data-dir``, else ``SOLE_DATA_DIR``, else the platform default."""
        chosen = cli_value or os.environ.get(DATA_DIR_ENV) or None
        root = Path(chosen).expanduser() if chosen else default_data_dir()
        return cls(root.resolve())

    def ensure(self) -> DataPaths:
        """Create the folder if needed and write a little in it; raise DataDirError when it
        cannot be used (a file, no permission, a read-only or full disk)."""
        if self.root.exists() and not self.root.is_dir():
            raise DataDirError(self.root, "a_file")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
            if not os.access(self.root, os.W_OK):
                raise DataDirError(self.root, "not_writable")
            _write_probe(self.root)
        except OSError as error:
            raise DataDirError(self.root, WRITE_PROBLEMS.get(error.errno)
                               or error.strerror or str(error)) from error
        return self


WRITE_PROBLEMS = {errno.EACCES: "not_writable", errno.EPERM: "not_writable",
                   errno.EROFS: "not_writable", errno.ENOSPC: "disk_full"}


def _write_probe(folder: Path) -> None:
    """os.access misses a full disk, a read-only disk and Windows' folder permissions."""
    with tempfile.TemporaryFile(dir=folder) as probe:
        probe.write(b"SOLE Facilitator checks it can write here.\n")
        probe.flush()
