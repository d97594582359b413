"""Shared fixtures. Qt runs offscreen, so the suite needs no display."""

from __future__ import annotations

import ctypes
import os
import sys

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

if sys.version_info < (3, 12):
    # PySide6 6.12.0's abi3 wheels, built with 3.12 headers, drop one reference to None on
    # every void Qt call under Python 3.11; after a few thousand calls Python aborts with
    # "none_dealloc". Keep None alive so a long test run does not abort (the app needs a fix too).
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
    # Signals carrying a bool to a Python slot drop a reference to True/False the same way.
    ctypes.c_ssize_t.from_address(id(True)).value += 1 << 40
    ctypes.c_ssize_t.from_address(id(False)).value += 1 << 40

import pytest  # noqa: E402

from sole_app.core.paths import DataPaths  # noqa: E402


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    """A fresh, empty data folder."""
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def database(data_paths):
    """A real, migrated SQLite database file in a temporary data folder."""
    from sole_app.core.db import open_database

    db = open_database(data_paths.database, data_paths.backups)
    yield db
    db.close()
