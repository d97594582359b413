"""scripts/i18n.py: the .ts files are the source, lupdate keeps what translators wrote in them, and
the check catches what CI must not let through. Each test runs the tool on a project of its own in
a temporary folder: a tiny one, or a copy of this one."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TOOL = ROOT / "scripts" / "i18n.py"

SOURCE = '        return self.tr("&Save {name}"), self.tr("%n group(s)", "", n)\n'
COMPLETE = {
    "ro": {"&Save {name}": "&Salvează {name}",
           "%n group(s)": ["%n grup", "%n grupuri", "%n de grupuri"]},
    "ru": {"&Save {name}": "&Сохранить {name}",
           "%n group(s)": ["%n группа", "%n группы", "%n групп"]},
    "en": {"%n group(s)": ["%n group", "%n groups"]},
}


@pytest.fixture
def tool(monkeypatch):
    spec = importlib.util.spec_from_file_location("i18n_tool", TOOL)
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def project(tool, tmp_path):
    """A tiny project: one screen's source file, and no .ts file yet."""
    (tmp_path / "sole_app").mkdir()
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    return tool.Project(tmp_path, extra_ts=())


def write_source(project, body: str, name: str = "panel.py", cls: str = "Panel") -> None:
    (project.sources / name).write_text(
        "from PySide6.QtWidgets import QWidget\n\n\n"
        f"class {cls}(QWidget):\n    def texts(self, n):\n" + body, encoding="utf-8")


def edit_in_linguist(ts_file: Path, translations: dict, context: str | None = None) -> None:
    """What a translator's Save in Qt Linguist leaves: the text (or plural forms) written, and
    type="unfinished" gone from each message marked done."""
    tree = ET.parse(ts_file)
    for each in tree.getroot().iter("context"):
        if context not in (None, each.findtext("name")):
            continue
        for message in each.iter("message"):
            wanted = translations.get(message.findtext("source"))
            if wanted is None:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if isinstance(wanted, str):
                translation.text = wanted
                continue
            for form, text in zip(translation.findall("numerusform"), wanted, strict=False):
                form.text = text
    ET.indent(tree, space="    ")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                       + ET.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


def translated(tool, project, translations: dict = COMPLETE) -> None:
    """Extract the source, translate every language as a translator would, compile."""
    tool.update(project)
    for language, entries in translations.items():
        edit_in_linguist(project.ts_path(language), entries)
    tool.compile_all(project)


def test_the_check_passes_a_complete_project(tool, project):
    write_source(project, SOURCE)
    translated(tool, project)
    assert tool.check(project) == []


def test_update_writes_where_each_string_is_used_and_what_the_code_tells_translators(
        tool, project):
    # Given a string with a disambiguation, and one with a translator comment above it
    write_source(project, '        #: The first phase of a session, shown on the projector\n'
                          '        return self.tr("Question"), self.tr("Question", "field")\n')
    # When update runs
    tool.update(project)
    # Then the .ts holds both, apart, with a path relative to it and the comment
    _, messages = tool.read_messages(project.ts_path("ro"), project.root)
    assert [(m.source, m.comment, m.locations) for m in messages] == [
        ("Question", "", (("sole_app/panel.py", 7),)),
        ("Question", "field", (("sole_app/panel.py", 7),))]
    assert messages[0].extracomment == "The first phase of a session, shown on the projector"
    text = project.ts_path("ro").read_text(encoding="utf-8")
    assert 'filename="../../sole_app/panel.py" line="+7"' in text


def test_the_check_reports_an_untranslated_new_string(tool, project):
    # Given a translated project
    write_source(project, SOURCE)
    translated(tool, project)
    # When a screen gains a string that nobody extracted or translated
    write_source(project, SOURCE + '        return self.tr("Delete the group")\n')
    # Then the check names it as missing from both .ts files, and after update as unfinished
    assert any("not in the .ts" in p and "Delete the group" in p for p in tool.check(project))
    tool.update(project)
    problems = tool.check(project)
    assert any(p.startswith("sole_ro.ts: unfinished") and "Delete the group" in p
               for p in problems)
    assert any(p.startswith("sole_ru.ts: unfinished") and "Delete the group" in p
               for p in problems)


def test_a_string_changed_in_the_code_is_unfinished_in_every_language(tool, project):
    # Given a translated project
    write_source(project, SOURCE)
    translated(tool, project)
    # When the English of a string changes and update runs
    write_source(project, SOURCE.replace("&Save {name}", "&Save {name} now"))
    tool.update(project)
    # Then Romanian, Russian and the English plural forms wait for a translator where it changed
    problems = tool.check(project)
    assert any(p.startswith("sole_ro.ts: unfinished: [Panel] '&Save {name} now'")
               for p in problems)
    assert any(p.startswith("sole_ru.ts: unfinished: [Panel] '&Save {name} now'")
               for p in problems)
    assert not any("group(s)" in p for p in problems)
    # And once translated in Linguist, the check passes again
    edit_in_linguist(project.ts_path("ro"), {"&Save {name} now": "&Salvează {name} acum"})
    edit_in_linguist(project.ts_path("ru"), {"&Save {name} now": "&Сохранить {name} сейчас"})
    tool.update(project)
    assert tool.check(project) == []


def test_the_check_reports_an_untranslated_english_plural(tool, project):
    write_source(project, SOURCE)
    translated(tool, project, {language: COMPLETE[language] for language in ("ro", "ru")})
    assert any(p.startswith("sole_en.ts: unfinished: [Panel] '%n group(s)'")
               for p in tool.check(project))


def test_the_check_reports_cedillas_lost_placeholders_and_missing_plural_forms(tool, project):
    write_source(project, SOURCE)
    translated(tool, project, {
        "ro": {"&Save {name}": "&Salvează numele",
               "%n group(s)": ["un grup", "%n grupuri", "%n de grupuri"]},
        "ru": {"&Save {name}": "Сохранить {name}", "%n group(s)": ["%n групп", "", ""]},
        "en": COMPLETE["en"]})
    problems = "\n".join(tool.check(project))
    assert "sole_ro.ts: placeholders differ" in problems
    assert "sole_ro.ts: plural form without %n ('un grup')" in problems
    assert "sole_ru.ts: needs 3 plural forms, has 1" in problems
    assert "sole_ru.ts: needs exactly one & accelerator" in problems
    edit_in_linguist(project.ts_path("ro"), {"&Save {name}": "&Salvează {name} aşa"})
    tool.compile_all(project)
    assert any("cedilla" in problem for problem in tool.check(project))


def test_the_check_reports_a_qm_that_does_not_match_its_ts(tool, project):
    write_source(project, SOURCE)
    translated(tool, project)
    edit_in_linguist(project.ts_path("ro"), {"&Save {name}": "&Păstrează {name}"})
    assert any("sole_ro.qm: differs" in problem for problem in tool.check(project))
    (project.translations / "sole_ru.qm").unlink()
    assert any("sole_ru.qm: missing" in problem for problem in tool.check(project))


def test_the_check_reports_strings_that_moved_to_another_file(tool, project):
    # Given a translated project
    write_source(project, SOURCE)
    translated(tool, project)
    # When the class moves to another file and nobody runs update
    (project.sources / "panel.py").unlink()
    write_source(project, SOURCE, name="panel_view.py")
    # Then the .ts files no longer say where the strings are
    problems = tool.check(project)
    assert "sole_ro.ts: strings moved to or from sole_app/panel_view.py (run update)" in problems
    assert "sole_en.ts: strings moved to or from sole_app/panel.py (run update)" in problems
    tool.update(project)
    assert tool.check(project) == []


def test_a_line_added_above_the_strings_is_not_a_problem(tool, project):
    # Given a translated project
    write_source(project, SOURCE)
    translated(tool, project)
    # When a line is added above the strings and nobody runs update
    write_source(project, "        n = n or 1\n" + SOURCE)
    # Then the check still passes: the translator finds each string in the same file
    assert tool.check(project) == []


def test_a_string_moved_to_another_class_carries_its_translation_unfinished(tool, project):
    # Given a translated project
    write_source(project, SOURCE)
    translated(tool, project)
    # When the class is renamed and update runs
    write_source(project, SOURCE, cls="Board")
    tool.update(project)
    # Then lupdate carries the translations over, unfinished, for someone to look at
    problems = tool.check(project)
    assert "sole_ro.ts: unfinished: [Board] '&Save {name}' at sole_app/panel.py:6" in problems
    _, messages = tool.read_messages(project.ts_path("ro"), project.root)
    assert messages[0].forms() == ["&Salvează {name}"]


def test_update_accept_moved_keeps_the_translations_of_strings_that_only_moved(tool, project):
    # Given a translated project
    write_source(project, SOURCE)
    translated(tool, project)
    # When the class is renamed and update --accept-moved runs
    write_source(project, SOURCE, cls="Board")
    tool.update(project, accept_moved=True)
    # Then the translations are kept as they were, finished
    assert tool.check(project) == []
    _, messages = tool.read_messages(project.ts_path("ru"), project.root)
    assert [(m.context, m.forms()) for m in messages] == [
        ("Board", ["&Сохранить {name}"]), ("Board", ["%n группа", "%n группы", "%n групп"])]


def test_accept_moved_finds_the_old_context_in_the_last_commit(tool, project):
    # Given a translated project, committed
    write_source(project, SOURCE)
    translated(tool, project)
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    git = ["git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
           "-c", "commit.gpgsign=false"]
    for command in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "translated"]):
        subprocess.run(git + command, cwd=project.root, check=True)
    # When the class is renamed and a plain update has already dropped the old context
    write_source(project, SOURCE, cls="Board")
    tool.update(project)
    assert tool.check(project) != []
    # Then update --accept-moved still finds the translations in the commit, and keeps them
    tool.update(project, accept_moved=True)
    assert tool.check(project) == []


def test_accept_moved_leaves_a_changed_string_unfinished(tool, project):
    write_source(project, SOURCE)
    translated(tool, project)
    write_source(project, SOURCE.replace("&Save {name}", "&Save {name}!"), cls="Board")
    tool.update(project, accept_moved=True)
    assert any(p.startswith("sole_ro.ts: unfinished: [Board] '&Save {name}!'")
               for p in tool.check(project))


def test_the_check_reports_calls_that_lupdate_cannot_extract_as_written(tool, project):
    # Given code with the four call styles that silently stay English at run time
    (project.sources / "helpers.py").write_text(
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
    problems = "\n".join(tool.code_problems(project))
    # Then each is named with its line
    assert "sole_app/helpers.py:6: translate() of a variable" in problems
    assert "sole_app/helpers.py:10: tr() on another object" in problems
    assert "sole_app/helpers.py:10: an f-string inside tr/translate" in problems
    assert "sole_app/helpers.py:15: a plural self.tr() in Base, which is subclassed" in problems


@pytest.fixture
def copy_of_this_project(tmp_path) -> Path:
    """The app's code and translations, copied, for the tool's --root."""
    shutil.copytree(ROOT / "sole_app", tmp_path / "sole_app",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "resources" / "translations", tmp_path / "resources" / "translations")
    return tmp_path


def run_tool(root: Path, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(TOOL), "--root", str(root), *arguments],
                          capture_output=True, text=True)


def test_a_translation_edited_in_linguist_survives_update(copy_of_this_project):
    # Given a translator who changed one Romanian translation in Linguist and saved
    ts_file = copy_of_this_project / "resources" / "translations" / "sole_ro.ts"
    text = ts_file.read_text(encoding="utf-8")
    old = "<translation>Înțelegerile noastre</translation>"
    assert text.count(old) == 1
    ts_file.write_text(text.replace(old, "<translation>Regulile noastre</translation>"),
                       encoding="utf-8")
    # When a developer runs update
    result = run_tool(copy_of_this_project, "update")
    assert result.returncode == 0, result.stderr
    # Then the edit is still there, finished, compiled, and the check passes
    text = ts_file.read_text(encoding="utf-8")
    assert "<translation>Regulile noastre</translation>" in text
    assert "Înțelegerile noastre" not in text
    assert "Regulile noastre".encode("utf-16-be") in ts_file.with_suffix(".qm").read_bytes()
    check = run_tool(copy_of_this_project, "check")
    assert check.returncode == 0, check.stdout


def test_the_ci_check_fails_on_a_new_untranslated_string(copy_of_this_project):
    # Given a new string in a screen's code
    screen = copy_of_this_project / "sole_app" / "ui" / "bank" / "notice.py"
    text = screen.read_text(encoding="utf-8")
    anchor = 'self.tr("Hide this message")'
    assert anchor in text
    screen.write_text(text.replace(anchor, 'self.tr("Hide this message for now")', 1),
                      encoding="utf-8")
    # When the developer forgets update, CI's check fails and names it
    check = run_tool(copy_of_this_project, "check")
    assert check.returncode == 1
    assert "sole_ro.ts: not in the .ts (run update): [NoticeBar] 'Hide this message for now'" \
        in check.stdout
    # And after update, until someone translates it, the check still fails and names it
    assert run_tool(copy_of_this_project, "update").returncode == 0
    check = run_tool(copy_of_this_project, "check")
    assert check.returncode == 1
    for language in ("ro", "ru"):
        assert (f"sole_{language}.ts: unfinished: [NoticeBar] 'Hide this message for now' at "
                "sole_app/ui/bank/notice.py:") in check.stdout
