"""``sole-app sessions export | import | delete``: files and deletion from the command line,
errors as one sentence and a non-zero exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from sole_app.core.clock import FakeClock
from sole_app.core.db import open_database
from sole_app.core.paths import DataPaths
from tests.full_session import make_full_session


def run(data_dir, *args, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "sole_app", "--data-dir", str(data_dir), "sessions", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=120, input=stdin,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


@pytest.fixture
def data_dir(tmp_path):
    """A data folder with two finished sessions, everything filed."""
    paths = DataPaths(tmp_path / "data").ensure()
    database = open_database(paths.database, paths.backups)
    try:
        clock = FakeClock()
        make_full_session(database, clock)
        clock.advance(7 * 24 * 3600)
        make_full_session(database, clock, "Почему идёт дождь?")
    finally:
        database.close()
    return paths.root


def test_export_writes_each_format_named_by_the_extension(data_dir, tmp_path):
    for suffix in ("md", "html", "csv", "json"):
        target = tmp_path / f"sesiuni.{suffix}"
        result = run(data_dir, "export", "1", "2", "--output", str(target))
        assert result.returncode == 0, result.stderr
        assert result.stdout.strip() == f"Exported 2 sessions to {target}."
        assert "Почему идёт дождь?" in target.read_text(encoding="utf-8-sig")


def test_export_a_date_range(data_dir, tmp_path):
    target = tmp_path / "week.json"
    result = run(data_dir, "export", "--from", "2026-11-30", "--output", str(target))
    assert result.returncode == 0, result.stderr
    assert json.loads(target.read_text(encoding="utf-8"))["session"]["question"] == (
        "Почему идёт дождь?")


def test_export_a_pdf_with_romanian_and_cyrillic_intact(data_dir, tmp_path):
    from pypdf import PdfReader

    target = tmp_path / "sesiuni.pdf"
    result = run(data_dir, "export", "1", "2", "--format", "pdf", "--output", str(target))
    assert result.returncode == 0, result.stderr
    text = " ".join(" ".join(page.extract_text() for page in PdfReader(target).pages).split())
    assert "să trăiască doar cu energia" in text and "Почему идёт дождь?" in text


def test_first_names_only_with_the_option(data_dir, tmp_path):
    target = tmp_path / "s.md"
    run(data_dir, "export", "1", "--output", str(target))
    assert "Ștefan" not in target.read_text(encoding="utf-8")
    run(data_dir, "export", "1", "--output", str(target), "--first-names")
    assert "Ștefan" in target.read_text(encoding="utf-8")


def test_a_backup_goes_to_another_data_folder_once(data_dir, tmp_path):
    backup = tmp_path / "backup.json"
    run(data_dir, "export", "1", "2", "--output", str(backup))
    other = tmp_path / "other"
    first = run(other, "import", str(backup))
    assert first.returncode == 0, first.stderr
    assert "Imported 2 sessions" in first.stdout
    again = run(other, "import", str(backup))
    assert "Imported 0 sessions" in again.stdout and "2 already here" in again.stdout
    assert len(json.loads(run(other, "list", "--json").stdout)) == 2


def test_a_damaged_file_is_refused_in_one_sentence(data_dir, tmp_path):
    damaged = tmp_path / "damaged.json"
    damaged.write_text('{"format": "sole-session", "version": 1, "session": {}}',
                       encoding="utf-8")
    result = run(data_dir, "import", str(damaged))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(
        "sole-app: The file damaged.json was refused and nothing was imported: session 1: ")


def test_delete_asks_first_and_then_leaves_nothing(data_dir):
    refused = run(data_dir, "delete", "1", stdin="n\n")
    assert refused.returncode == 1 and "Nothing was deleted." in refused.stderr
    unasked = run(data_dir, "delete", "1")  # no one answers: nothing is deleted
    assert unasked.returncode == 1
    deleted = run(data_dir, "delete", "1", stdin="da\n")
    assert deleted.returncode == 0 and "Deleted 1 session completely." in deleted.stdout
    assert [item["id"] for item in json.loads(run(data_dir, "list", "--json").stdout)] == [2]
    assert run(data_dir, "list", "--search", "trăiască").stdout.strip() == "No session matches."


def test_delete_with_yes_and_a_wrong_number(data_dir):
    assert run(data_dir, "delete", "2", "--yes").returncode == 0
    missing = run(data_dir, "delete", "9", "--yes")
    assert missing.returncode == 1
    assert missing.stderr.strip() == (
        "sole-app: Session 9 does not exist; it may have been deleted.")


def test_export_errors_are_one_sentence(data_dir, tmp_path):
    missing = run(data_dir, "export", "1", "--output", str(tmp_path / "USB" / "s.csv"))
    assert missing.returncode == 1
    assert missing.stderr.strip() == (
        f"sole-app: s.csv was not saved: the folder {tmp_path / 'USB'} does not exist.")
    usage = run(data_dir, "export", "--output", str(tmp_path / "s.csv"))
    assert usage.returncode == 2 and "either session numbers or a date range" in usage.stderr


def test_list_searches_and_filters(data_dir):
    assert run(data_dir, "list", "--search", "дождь").stdout.split()[0] == "2"
    assert run(data_dir, "list", "--language", "ro").stdout.split()[0] == "1"


def test_exports_are_in_the_saved_interface_language(data_dir, tmp_path):
    (data_dir / "settings.json").write_text(
        '{"language": "ru", "library_name": "Библиотека села Чоропкань"}', encoding="utf-8")
    target = tmp_path / "s.md"
    assert run(data_dir, "export", "2", "--output", str(target)).returncode == 0
    text = target.read_text(encoding="utf-8")
    assert text.startswith("Библиотека села Чоропкань")
    for words in ("## Группы", "**Что мы нашли**", "## Рефлексия", "Исследование"):
        assert words in text, words
