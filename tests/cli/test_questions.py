"""`sole-app questions` lists, searches, imports and exports the bank from a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run_cli(data_dir, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sole_app", "--data-dir", str(data_dir), "questions", *args],
        capture_output=True, text=True, encoding="utf-8", timeout=60,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )


PACK = {"format": "sole-question-pack", "version": 1, "questions": [
    {"uid": "11111111-1111-4111-8111-111111111111",
     "text": "De ce zboară zmeii în poveștile de la școală?",
     "language": "ro", "tags": ["zmei", "educație"], "age_min": 11, "age_max": 13},
    {"text": "Why do dragons fly in school stories?", "language": "en", "tags": ["dragons"]},
]}


@pytest.fixture
def pack_file(tmp_path):
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(PACK, ensure_ascii=False), encoding="utf-8")
    return path


def test_import_then_search_with_filters_as_json(tmp_path, pack_file):
    # Given a pack imported into a bank
    imported = run_cli(tmp_path, "import", str(pack_file))
    assert imported.returncode == 0, imported.stderr
    assert "2 added, 0 duplicates" in imported.stdout
    # When searching without diacritics, filtered like the window does
    found = run_cli(tmp_path, "search", "zboara zmeii scoala", "--language", "ro", "--tag", "zmei",
                    "--age", "12", "--json")
    # Then the Romanian question comes back as JSON, intact
    assert found.returncode == 0, found.stderr
    questions = json.loads(found.stdout)
    assert [q["text"] for q in questions] == ["De ce zboară zmeii în poveștile de la școală?"]
    assert questions[0]["tags"] == ["zmei", "educație"]
    assert questions[0]["uid"] == PACK["questions"][0]["uid"]


def test_importing_again_reports_duplicates(tmp_path, pack_file):
    run_cli(tmp_path, "import", str(pack_file))
    again = run_cli(tmp_path, "import", str(pack_file))
    assert "0 added, 2 duplicates" in again.stdout


def test_list_filters_by_age_and_prints_lines(tmp_path, pack_file):
    run_cli(tmp_path, "import", str(pack_file))
    listed = run_cli(tmp_path, "list", "--age", "13", "--tag", "ZMEI")
    assert listed.returncode == 0
    lines = listed.stdout.strip().splitlines()
    assert len(lines) == 1 and "De ce zboară zmeii în poveștile de la școală?" in lines[0]
    assert "11-13" in lines[0] and "[zmei, educație]" in lines[0]
    assert run_cli(tmp_path, "list", "--age", "14", "--tag", "zmei").stdout.strip() == ""


def test_export_csv_in_romanian_and_read_it_back_as_json(tmp_path, pack_file):
    run_cli(tmp_path, "import", str(pack_file))
    out = tmp_path / "out.csv"
    exported = run_cli(tmp_path, "export", str(out), "--language", "ro", "--query", "zmeii",
                       "--header-language", "ro")
    assert exported.returncode == 0 and "Exported 1 questions" in exported.stdout
    assert out.read_text(encoding="utf-8-sig").startswith("Întrebare;Limba;")
    as_pack = tmp_path / "out.data"
    run_cli(tmp_path, "export", str(as_pack), "--format", "json", "--tag", "dragons")
    assert [q["text"] for q in json.loads(as_pack.read_text(encoding="utf-8"))["questions"]] == [
        "Why do dragons fly in school stories?"]


def test_a_malformed_file_is_one_sentence_exit_1_and_nothing_added(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("Question,Language\nOk?,ro\nBad?,maghiară\n", encoding="utf-8")
    before = json.loads(run_cli(tmp_path, "list", "--json").stdout)
    result = run_cli(tmp_path, "import", str(bad))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "(row 3, Language): the language must be a language code" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert json.loads(run_cli(tmp_path, "list", "--json").stdout) == before


@pytest.mark.parametrize("args, words", [
    (("import", "missing.json"), "The file missing.json cannot be used"),
    (("export", "out.xml"), "The format of out.xml is not known"),
])
def test_file_problems_are_sentences(tmp_path, args, words):
    result = run_cli(tmp_path, *args)
    assert result.returncode == 1 and words in result.stderr and "Traceback" not in result.stderr


def test_the_first_use_loads_the_starter_bank(tmp_path):
    listed = json.loads(run_cli(tmp_path, "list", "--json", "--language", "ro").stdout)
    assert len(listed) >= 50 and all(q["language"] == "ro" for q in listed)
