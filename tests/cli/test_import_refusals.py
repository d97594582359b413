"""`sole-app questions import` on a damaged file says why in one sentence (then the problems,
one a line), exits non-zero, and leaves the bank byte for byte as it was (issue 10)."""

from __future__ import annotations

import json

import pytest

from tests.cli.test_questions import PACK, run_cli

HEADER = "Question,Language,Tags,Notes,Created,Updated\n"
PACK_START = '{"format": "sole-question-pack", "version": 1, "questions": ['
DAMAGED = {
    "nested.json": ("[" * 100_000 + "]" * 100_000).encode(),
    "surrogate.json": (PACK_START + '{"text": "Why \\ud800?", "language": "en", '
                                    '"tags": ["a\\ud800"]}]}').encode(),
    "early.json": (PACK_START + '{"text": "Ok?", "language": "ro", '
                                '"created_at": "0001-01-01T00:00:00+01:00"}]}').encode(),
    "late.csv": (HEADER + "Ok?,ro,,,,9999-12-31T23:59:59-01:00\n").encode(),
    "cut.csv": (HEADER + 'Cut?,ro,,"the note goes on\nand on').encode(),
    "stray.csv": (HEADER + "Școală?,ro,,caf").encode() + b"\xe9,,\n",
    "nul.json": (PACK_START + '{"text": "Ok?", "language": "ro", "notes": "a\\u0000b"}]}').encode(),
    "version.json": b'{"format": "sole-question-pack", "version": true, "questions": []}',
    "broken16.csv": "Question\tLanguage\nWhy?\ten\n".encode("utf-16-le") + b"\x00\xd8\x41",
    "many.csv": ("Question,Language,Minimum age\n"
                 + "".join(f"Bad {n}?,ro,ten\n" for n in range(3))).encode(),
}


@pytest.fixture(scope="module")
def bank_folder(tmp_path_factory):
    """A bank that already holds questions (the starter bank and a pack)."""
    folder = tmp_path_factory.mktemp("bank")
    pack = folder / "pack.json"
    pack.write_text(json.dumps(PACK, ensure_ascii=False), encoding="utf-8")
    assert run_cli(folder / "data", "import", str(pack)).returncode == 0
    return folder / "data"


@pytest.mark.parametrize("name", DAMAGED)
def test_a_damaged_file_is_refused_in_one_sentence_and_the_bank_is_unchanged(
        bank_folder, tmp_path, name):
    # Given a bank, and a damaged file
    database = bank_folder / "sole.sqlite3"
    before = database.read_bytes()
    path = tmp_path / name
    path.write_bytes(DAMAGED[name])
    # When it is imported from the command line
    result = run_cli(bank_folder, "import", str(path))
    # Then one sentence says it was not imported (the problems follow it, one a line)
    assert result.returncode == 1
    first, *problems = result.stderr.strip().splitlines()
    assert first.startswith(f"sole-app: The file {path}") and "Nothing was added." in first
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert all(line.startswith("  ") for line in problems)
    # And the bank's file is byte for byte as it was, with no journal left behind
    assert database.read_bytes() == before
    assert not database.with_name("sole.sqlite3-wal").exists()


def test_the_problems_are_listed_one_a_line_after_the_sentence(bank_folder, tmp_path):
    path = tmp_path / "many.csv"
    path.write_bytes(DAMAGED["many.csv"])
    lines = run_cli(bank_folder, "import", str(path)).stderr.strip().splitlines()
    assert "problems found: 3, listed below" in lines[0]
    assert lines[1:] == [f"  row {row}, Lowest age: “ten” is not a whole number"
                         for row in (2, 3, 4)]


def test_questions_are_filtered_by_any_language_code(tmp_path):
    path = tmp_path / "es.json"
    path.write_text(json.dumps({"format": "sole-question-pack", "version": 1, "questions": [
        {"text": "¿Por qué soñamos?", "language": "es"}]}, ensure_ascii=False), encoding="utf-8")
    assert run_cli(tmp_path, "import", str(path)).returncode == 0
    listed = run_cli(tmp_path, "list", "--language", "es")
    assert listed.returncode == 0 and "¿Por qué soñamos?" in listed.stdout
