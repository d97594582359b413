"""The Romanian and Russian translations are complete and in step with the code (CI runs this).

When the check fails, run `python scripts/i18n.py update`, translate what
`python scripts/i18n.py todo` lists by editing the .ts files (Qt Linguist: `pyside6-linguist
resources/translations/sole_ro.ts`), then `python scripts/i18n.py compile`. See
resources/translations/README.md. tests/test_i18n_tool.py tests the tool itself.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "scripts" / "i18n.py"
BEFORE = Path(__file__).resolve().parent / "data" / "translations_before.json"


def ts_translations(ts_file: Path) -> dict[tuple, tuple[bool, str | list[str]]]:
    """(context, source, disambiguation, numerus) -> (finished, translation) of a .ts file."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            numerus = message.get("numerus") == "yes"
            key = (context.findtext("name"), message.findtext("source"),
                   message.findtext("comment") or "", numerus)
            translation = message.find("translation")
            text = ([form.text or "" for form in translation.iter("numerusform")] if numerus
                    else translation.text or "")
            found[key] = (translation.get("type") is None, text)
    return found


def test_every_translation_from_before_the_move_to_ts_files_is_kept():
    # Given the translations as the catalogues and .ts files held them before issue 9
    before = json.loads(BEFORE.read_text(encoding="utf-8"))
    for language in ("ro", "ru", "en"):
        # When the .ts file of today is read
        now = ts_translations(ROOT / "resources" / "translations" / f"sole_{language}.ts")
        for entry in before[language]:
            key = (entry["context"], entry["source"], entry["comment"], entry["numerus"])
            # Then every message has the same translation, finished
            assert now.get(key) == (True, entry["translation"]), (language, key)


def test_every_string_has_a_finished_romanian_and_russian_translation():
    # Given the code and the committed .ts and .qm files
    # When the translation check runs
    result = subprocess.run([sys.executable, str(TOOL), "check"], capture_output=True,
                            text=True, cwd=ROOT)
    # Then it finds nothing stale, unfinished, misspelt with cedillas or left uncompiled
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_compiled_translations_are_committed_for_a_fresh_clone():
    tracked = subprocess.run(["git", "ls-files", "resources/translations"], capture_output=True,
                             text=True, cwd=ROOT)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout")
    names = set(tracked.stdout.split())
    for language in ("ro", "ru", "en"):
        assert f"resources/translations/sole_{language}.qm" in names
    assert {"resources/translations/qtbase_ro.qm", "resources/translations/qtextra_ru.qm"} <= names
