"""Shared fixtures. Qt runs offscreen, so the suite needs no display."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("QT_QUICK_BACKEND", "software")

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
