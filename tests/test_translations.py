"""The Romanian and Russian translations are complete and in step with the code (CI runs this).

When the first test fails, run `python scripts/i18n.py update`, translate what
`python scripts/i18n.py todo` lists into scripts/i18n_catalog/, and run update again.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "scripts" / "i18n.py"


@pytest.mark.skipif(PySide6.__version_info__ < (6, 12), reason="lupdate before 6.12 misreads "
                    "translate() plurals; the Python 3.12+ run of scripts/test.sh checks this")
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


@pytest.fixture
def tool(tmp_path, monkeypatch):
    """The i18n tool pointed at a tiny project of its own in a temporary folder."""
    spec = importlib.util.spec_from_file_location("i18n_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    for name in ("sources", "translations", "catalogue"):
        (tmp_path / name).mkdir()
    monkeypatch.setattr(module, "SOURCES", tmp_path / "sources")
    monkeypatch.setattr(module, "TRANSLATIONS", tmp_path / "translations")
    monkeypatch.setattr(module, "CATALOGUES", tmp_path / "catalogue")
    monkeypatch.setattr(module, "EXTRA_TS", ())
    return module


def write_source(tool, body: str) -> None:
    (tool.SOURCES / "panel.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\nclass Panel(QWidget):\n"
        "    def texts(self, n):\n" + body, encoding="utf-8")


def write_catalogue(tool, language: str, entries: dict) -> None:
    (tool.CATALOGUES / f"{language}.py").write_text(f"TRANSLATIONS = {entries!r}\n",
                                                     encoding="utf-8")


def complete_catalogues(tool) -> None:
    write_catalogue(tool, "ro", {"&Save {name}": "&Salvează {name}",
                                 "%n group(s)": ["%n grup", "%n grupuri", "%n de grupuri"]})
    write_catalogue(tool, "ru", {"&Save {name}": "&Сохранить {name}",
                                 "%n group(s)": ["%n группа", "%n группы", "%n групп"]})
    write_catalogue(tool, "en", {"%n group(s)": ["%n group", "%n groups"]})


SOURCE = ('        return self.tr("&Save {name}"), self.tr("%n group(s)", "", n)\n')


def test_the_check_passes_a_complete_project(tool, capsys):
    write_source(tool, SOURCE)
    complete_catalogues(tool)
    tool.update()
    assert tool.check() == []


def test_the_check_reports_an_untranslated_new_string(tool):
    # Given a translated project
    write_source(tool, SOURCE)
    complete_catalogues(tool)
    tool.update()
    # When a screen gains a string that nobody extracted or translated
    write_source(tool, SOURCE + '        return self.tr("Delete the group")\n')
    # Then the check names it as missing from both .ts files, and after update as unfinished
    assert any("not in the .ts" in p and "Delete the group" in p for p in tool.check())
    tool.update()
    problems = tool.check()
    assert any(p.startswith("sole_ro.ts: unfinished") and "Delete the group" in p
               for p in problems)
    assert any(p.startswith("sole_ru.ts: unfinished") and "Delete the group" in p
               for p in problems)


def test_the_check_reports_cedillas_lost_placeholders_and_missing_plural_forms(tool):
    write_source(tool, SOURCE)
    complete_catalogues(tool)
    write_catalogue(tool, "ro", {"&Save {name}": "&Salvează numele",
                                 "%n group(s)": ["un grup", "%n grupuri", "%n de grupuri"]})
    write_catalogue(tool, "ru", {"&Save {name}": "Сохранить {name}", "%n group(s)": "%n групп"})
    tool.update()
    problems = "\n".join(tool.check())
    assert "sole_ro.ts: placeholders differ" in problems
    assert "sole_ro.ts: plural form without %n ('un grup')" in problems
    assert "sole_ru.ts: needs 3 plural forms, has 1" in problems
    assert "sole_ru.ts: needs exactly one & accelerator" in problems
    write_catalogue(tool, "ro", {"&Save {name}": "&Salvează {name} aşa",
                                 "%n group(s)": ["%n grup", "%n grupuri", "%n de grupuri"]})
    tool.update()
    assert any("cedilla" in problem for problem in tool.check())


def test_the_check_reports_a_qm_that_does_not_match_its_ts(tool):
    write_source(tool, SOURCE)
    complete_catalogues(tool)
    tool.update()
    write_catalogue(tool, "ro", {"&Save {name}": "&Păstrează {name}",
                                 "%n group(s)": ["%n grup", "%n grupuri", "%n de grupuri"]})
    tool.fill("ro")  # the .ts changes, nobody compiles
    assert any("sole_ro.qm: differs" in problem for problem in tool.check())
    (tool.TRANSLATIONS / "sole_ru.qm").unlink()
    assert any("sole_ru.qm: missing" in problem for problem in tool.check())


def test_the_check_reports_calls_that_lupdate_cannot_extract_as_written(tool):
    # Given code with the four call styles that silently stay English at run time
    (tool.SOURCES / "helpers.py").write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtWidgets import QWidget\n\n\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate('Helpers', text)\n\n\n"
        "def title(panel, name):\n"
        "    return panel.tr('Question bank'), QCoreApplication.translate('H', f'Hi {name}')\n\n\n"
        "class Base(QWidget):\n"
        "    def count(self, n):\n"
        "        return self.tr('%n group(s)', '', n)\n\n\n"
        "class Child(Base):\n"
        "    pass\n", encoding="utf-8")
    # When the check looks at the code
    problems = "\n".join(tool.code_problems())
    # Then each is named with its line
    assert "helpers.py:6: translate() of a variable" in problems
    assert "helpers.py:10: tr() on another object" in problems
    assert "helpers.py:10: an f-string inside tr/translate" in problems
    assert "helpers.py:15: a plural self.tr() in Base, which is subclassed" in problems
