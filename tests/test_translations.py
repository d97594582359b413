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
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

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


# Issue 9 gave these messages a disambiguation: the old key's translation lives on under the new.
DISAMBIGUATED = {
    ("Session", "Question"): "phase", ("Session", "Review"): "phase",
    ("SessionSetup", "Question"): "phase", ("SessionSetup", "Review"): "phase",
    ("Errors", "Question"): "a question's field", ("Errors", "Created"): "a question's field",
    ("Errors", "Changed"): "a question's field",
    ("SessionActions", "P&revious phase"): "Session menu",
    ("SessionActions", "&Next phase"): "Session menu",
    ("SessionActions", "Presen&t on the projector"): "Session menu",
    ("QuestionEditor", "to"): "ages: 8 to 12",
}
# Translations issue 9 changed on purpose.
RETRANSLATED = {
    # The button no longer reads like the phase "Prezentare" (Review).
    ("ro", "SessionActions", "Presen&t on the projector"): "Afișează pe p&roiector",
    ("ro", "SessionActions", "Stop presenting; the session goes on (Esc)"):
        "Oprește afișarea pe proiector; sesiunea continuă (Esc)",
    # The title of the box that says the new language applies at the next start.
    ("ro", "LanguageChange", "Language"): "Limba interfeței",
    ("ru", "LanguageChange", "Language"): "Язык интерфейса",
}
def translations_after_the_move(language: str) -> dict[tuple, str | list[str]]:
    """The snapshot of before the move, with the keys and translations issue 9 changed."""
    before = json.loads(BEFORE.read_text(encoding="utf-8"))[language]
    expected = {}
    for entry in before:
        context, source = entry["context"], entry["source"]
        comment = DISAMBIGUATED.get((context, source), entry["comment"])
        expected[(context, source, comment, entry["numerus"])] = RETRANSLATED.get(
            (language, context, source), entry["translation"])
    return expected


def ts_file(language: str) -> Path:
    return ROOT / "resources" / "translations" / f"sole_{language}.ts"


@pytest.mark.parametrize("language", ["ro", "ru", "en"])
def test_no_translation_of_before_the_move_to_ts_files_is_lost(language):
    # Given the messages of before the move to the .ts files, under their keys of today
    expected = translations_after_the_move(language)
    # When the .ts file is read
    now = ts_translations(ts_file(language))
    # Then each one the code still has is translated and finished
    for key in expected.keys() & now.keys():
        finished, translation = now[key]
        assert finished and all(translation), (language, key)


def test_one_english_word_is_translated_differently_in_two_contexts():
    for language in ("ro", "ru"):
        # Given the translations of a language, grouped by their English text
        places = defaultdict(dict)
        for (context, source, comment, numerus), (_, text) in ts_translations(
                ts_file(language)).items():
            if not numerus:
                places[source][(context, comment)] = text
        # When one English text has two translations ("Language": a dialog's title, a field)
        differing = {source: where for source, where in places.items()
                     if len(set(where.values())) > 1}
        assert differing, language
        # Then the compiled file the app loads gives each context its own
        translator = translator_for(language)
        for source, where in differing.items():
            for (context, comment), text in where.items():
                assert translator.translate(context, source, comment) == text


def test_the_romanian_projector_button_does_not_read_like_the_phase_prezentare():
    # Given the Romanian name of the Review phase and of the button that presents on the projector
    romanian = ts_translations(ts_file("ro"))
    phases = [text for (_, source, comment, _), (_, text) in romanian.items()
              if (source, comment) == ("Review", "phase")]
    buttons = [text for (_, source, _, _), (_, text) in romanian.items()
               if source == "Presen&t on the projector"]
    # Then no word of the button starts like the phase ("Prezintă" next to "Prezentare")
    assert phases and buttons
    for phase in phases:
        for button in buttons:
            words = button.replace("&", "").lower().split()
            assert not any(word.startswith(phase.lower()[:4]) for word in words), button


def translator_for(language: str) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(ts_file(language).with_suffix(".qm")))
    return translator


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
