"""The starter question bank files are well formed, as CONTRACTS.md describes them.

Run directly (`python tests/core/bank/test_starter_files.py`) to print the counts per
language and pack.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from pathlib import Path

import pytest

from sole_app.core.paths import questions_dir

LANGUAGES = ("ro", "en", "ru")
FIELDS = {"key": str, "text": str, "tags": list, "ages": list, "notes": str, "source": str}
CEDILLA = re.compile("[şţŞŢ]")
KEY = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
PACK_FILE = re.compile(r"^[a-z0-9_-]+\.toml$")


def pack_files() -> list[Path]:
    return sorted(questions_dir().glob("*/*.toml"))


def load(path: Path) -> dict:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def questions_of(language: str) -> list[dict]:
    return [q for path in pack_files() if path.parent.name == language
            for q in load(path)["questions"]]


def test_the_bank_has_enough_questions_in_every_language():
    # Given the shipped starter files, when we count the questions per language
    counts = Counter(path.parent.name for path in pack_files()
                     for _ in load(path)["questions"])
    # Then Romanian, English and Russian (clubs in Moldova) each have at least 50
    assert counts["ro"] >= 50 and counts["en"] >= 50 and counts["ru"] >= 50, counts


@pytest.mark.parametrize("path", pack_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_pack_parses_and_names_its_own_language(path):
    # Given a pack file, when it is read with tomllib
    pack = load(path)
    # Then it lives in a known language folder, has an ASCII name and says the same language
    assert path.parent.name in LANGUAGES and PACK_FILE.match(path.name)
    assert pack["pack"]["language"] == path.parent.name
    assert pack["pack"]["title"].strip()
    assert pack["questions"], "a pack without questions"


@pytest.mark.parametrize("path", pack_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_each_question_has_every_field_in_the_right_shape(path):
    for question in load(path)["questions"]:
        where = f"{path.name}:{question.get('key')}"
        for field, kind in FIELDS.items():
            assert isinstance(question.get(field), kind), f"{where}: {field}"
        assert KEY.match(question["key"]), where
        assert question["tags"] and all(t == t.lower() and t.strip() for t in question["tags"])
        low, high = question["ages"]
        assert 6 <= low <= high <= 18, where
        # the facilitator note offers follow-up questions as a Markdown list
        follow_ups = [line for line in question["notes"].splitlines()
                      if line.startswith("- ") and line.rstrip().endswith("?")]
        assert len(follow_ups) >= 2, f"{where}: fewer than two follow-up questions"


@pytest.mark.parametrize("path", pack_files(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_question_of_a_pack_starts_with_the_same_subject_tag(path):
    # Given a pack, then the librarian can filter the whole theme by its first tag
    assert len({q["tags"][0] for q in load(path)["questions"]}) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_keys_are_unique_within_a_language(language):
    keys = Counter(q["key"] for q in questions_of(language))
    assert [key for key, n in keys.items() if n > 1] == []


def test_romanian_uses_comma_below_never_cedilla():
    # Given every Romanian file, then no ş ţ Ş Ţ appears anywhere in it (ș ț are U+0219, U+021B)
    for path in questions_dir().glob("ro/*.toml"):
        text = path.read_text(encoding="utf-8")
        assert not CEDILLA.search(text), f"{path.name}: {CEDILLA.findall(text)}"


def test_most_translations_link_to_a_romanian_question_by_key():
    # Given the Romanian keys, then nearly every English and every Russian key translates one
    romanian = {q["key"] for q in questions_of("ro")}
    english = [q["key"] for q in questions_of("en")]
    assert sum(key in romanian for key in english) >= 0.9 * len(english)
    assert {q["key"] for q in questions_of("ru")} <= romanian


@pytest.mark.parametrize("path", [p for p in pack_files() if p.parent.name == "ro"],
                         ids=lambda p: p.name)
def test_russian_has_every_romanian_question_of_each_pack(path):
    # Many clubs in Moldova work in Russian: each pack is whole in Russian, linked by key
    russian = path.parent.parent / "ru" / path.name
    assert russian.is_file(), f"no Russian {path.name}"
    assert [q["key"] for q in load(russian)["questions"]] == \
        [q["key"] for q in load(path)["questions"]]


if __name__ == "__main__":
    for language in LANGUAGES:
        files = [p for p in pack_files() if p.parent.name == language]
        per_pack = {p.stem: len(load(p)["questions"]) for p in files}
        print(f"{language}: {sum(per_pack.values())}  " +
              "  ".join(f"{name}={n}" for name, n in per_pack.items()))
