"""Keep the interface's translations in step with the code.

    python scripts/i18n.py update    extract the strings from sole_app/ into the .ts files (no
                                     obsolete entries, no line numbers), fill in what the
                                     catalogues in scripts/i18n_catalog/ know, and compile
    python scripts/i18n.py compile   compile every .ts into its .qm
    python scripts/i18n.py check     list every problem and exit 1 if there is any (CI runs it)
    python scripts/i18n.py todo      print the unfinished messages as catalogue entries to fill

English is the source language: sole_en.ts holds only the plural forms ("%n group(s)"). Romanian
and Russian must be complete. qtbase_ro.ts translates Qt's own standard buttons, which Qt does not
ship in Romanian.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "sole_app"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUES = Path(__file__).resolve().parent / "i18n_catalog"
LANGUAGES = {"ro": "ro_RO", "ru": "ru_RU", "en": "en_GB"}
PLURAL_FORMS = {"ro": 3, "ru": 3, "en": 2}
EXTRA_TS = ("qtbase_ro.ts", "qtextra_ru.ts")  # by hand: Qt's own words Qt lacks
CEDILLAS = "şţŞŢ"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)(?=\S)")


@dataclass
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    element: ET.Element

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    @property
    def translation(self) -> ET.Element:
        return self.element.find("translation")

    def forms(self) -> list[str]:
        if self.numerus:
            return [form.text or "" for form in self.translation.findall("numerusform")]
        return [self.translation.text or ""]

    def unfinished(self) -> bool:
        return self.translation.get("type") in ("unfinished", "vanished", "obsolete")


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"sole_{language}.ts"


def qt_tool(name: str) -> str:
    """lupdate/lrelease shipped inside the PySide6 wheel, whatever the PATH says."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        sys.exit(f"i18n: cannot find {name}; is PySide6 installed?")
    return found


def lupdate_reads_translate_plurals() -> bool:
    """lupdate before PySide6 6.12 misreads QCoreApplication.translate(context, text, "", n):
    it drops those plurals from the .ts. Python 3.11 is pinned to 6.11 (see the README)."""
    import PySide6

    return tuple(PySide6.__version_info__[:2]) >= (6, 12)


def source_files() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def run_lupdate(ts_file: Path, language: str) -> None:
    command = [qt_tool("lupdate"), *source_files(), "-ts", str(ts_file), "-no-obsolete",
               "-locations", "none", "-source-language", "en",
               "-target-language", LANGUAGES[language], "-silent"]
    if language == "en":
        command.append("-pluralonly")
    subprocess.run(command, check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)


def read_messages(ts_file: Path) -> tuple[ET.ElementTree, list[Message]]:
    tree = ET.parse(ts_file)
    messages = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for element in context.findall("message"):
            messages.append(Message(
                context=name, source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                numerus=element.get("numerus") == "yes", element=element))
    return tree, messages


def write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")


def load_catalogue(language: str) -> dict:
    path = CATALOGUES / f"{language}.py"
    if not path.exists():
        return {}
    spec = importlib.util.spec_from_file_location(f"i18n_catalog_{language}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.TRANSLATIONS


def lookup(catalogue: dict, message: Message):
    """An entry keyed by (context, source) wins over one keyed by the source alone."""
    return catalogue.get((message.context, message.source), catalogue.get(message.source))


def fill(language: str) -> int:
    """Write the catalogue's translations into the .ts; return how many messages it set."""
    catalogue = load_catalogue(language)
    tree, messages = read_messages(ts_path(language))
    filled = 0
    for message in messages:
        wanted = lookup(catalogue, message)
        if wanted is None:
            continue
        translation = message.translation
        for child in list(translation):
            translation.remove(child)
        if message.numerus:
            translation.text = None
            for form in ([wanted] if isinstance(wanted, str) else wanted):
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = wanted
        translation.attrib.pop("type", None)
        filled += 1
    write_ts(tree, ts_path(language))
    return filled


def update() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        run_lupdate(ts_path(language), language)
        filled = fill(language)
        run_lupdate(ts_path(language), language)  # back to lupdate's own layout
        print(f"sole_{language}.ts: {filled} messages filled from the catalogue")
    compile_all()
    problems = check()
    print("\n".join(problems) if problems else "i18n: all translations finished")


def all_ts_files() -> list[Path]:
    return [ts_path(language) for language in LANGUAGES] + [TRANSLATIONS / n for n in EXTRA_TS]


def compile_all() -> None:
    for ts_file in all_ts_files():
        run_lrelease(ts_file, ts_file.with_suffix(".qm"))


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)) - {"%n"})


def message_problems(language: str, message: Message) -> list[str]:
    where = f"[{message.context}] {message.source!r}"
    forms = [form for form in message.forms() if form.strip()]
    wanted = PLURAL_FORMS[language] if message.numerus else 1
    if message.numerus and 0 < len(forms) != wanted:
        return [f"needs {wanted} plural forms, has {len(forms)}: {where}"]
    if message.unfinished() or len(forms) != wanted:
        return [f"unfinished: {where}"]
    problems = []
    for form in forms:
        if placeholders(form) != placeholders(message.source):
            problems.append(f"placeholders differ ({form!r}): {where}")
        if message.numerus and "%n" not in form and "%Ln" not in form:
            problems.append(f"plural form without %n ({form!r}): {where}")
        if ACCELERATOR.search(message.source) and len(ACCELERATOR.findall(form)) != 1:
            problems.append(f"needs exactly one & accelerator ({form!r}): {where}")
        if language == "ro" and any(letter in form for letter in CEDILLAS):
            problems.append(f"cedilla ş ţ instead of comma-below ș ț ({form!r}): {where}")
    return problems


def stale_problems(language: str, messages: list[Message]) -> list[str]:
    """What `update` would add or remove: the code's strings against the .ts."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts_path(language).name
        shutil.copyfile(ts_path(language), fresh)
        run_lupdate(fresh, language)
        _, extracted = read_messages(fresh)
    have = {message.key for message in messages}
    want = {message.key for message in extracted}
    return ([f"not in the .ts (run update): [{c}] {s!r}" for c, s, _, _ in sorted(want - have)]
            + [f"no longer in the code (run update): [{c}] {s!r}"
               for c, s, _, _ in sorted(have - want)])


def qm_problems(ts_file: Path) -> list[str]:
    qm_file = ts_file.with_suffix(".qm")
    if not qm_file.exists():
        return [f"{qm_file.name}: missing (run compile)"]
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / qm_file.name
        run_lrelease(ts_file, fresh)
        if not filecmp.cmp(fresh, qm_file, shallow=False):
            return [f"{qm_file.name}: differs from what {ts_file.name} compiles to (run compile)"]
    return []


def _literal(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _call_problem(call: ast.Call) -> str | None:
    """Why lupdate cannot extract this tr()/translate() call correctly, if it cannot."""
    name = call.func.attr
    texts = call.args[:1] if name == "tr" else call.args[:2]
    if any(isinstance(text, ast.JoinedStr) for text in texts):
        return "an f-string inside tr/translate (format after it instead)"
    if name == "tr" and texts and not _literal(texts[0]):
        return "tr() of a variable, which lupdate cannot see"
    if name == "tr" and not (isinstance(call.func.value, ast.Name)
                             and call.func.value.id == "self"):
        return "tr() on another object: lupdate's context is its variable name"
    if name == "translate" and len(texts) == 2 and not all(map(_literal, texts)):
        return "translate() of a variable, which lupdate cannot see"
    return None


def _subclassed(trees: list[ast.Module]) -> set[str]:
    bases = set()
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases |= {base.id for base in node.bases if isinstance(base, ast.Name)}
    return bases


def code_problems() -> list[str]:
    """Calls lupdate would miss or file under the wrong context; a line with the comment
    "i18n: dynamic" is left alone (its strings are marked for lupdate elsewhere)."""
    files = sorted(SOURCES.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    subclassed = _subclassed(trees)
    problems = []
    for path, tree in zip(files, trees, strict=True):
        lines = path.read_text(encoding="utf-8").splitlines()
        where = path.relative_to(SOURCES.parent).as_posix()
        for node in ast.walk(tree):
            calls = [n for n in ast.walk(node) if isinstance(n, ast.Call)
                     and isinstance(n.func, ast.Attribute) and n.func.attr == "tr"
                     and len(n.args) >= 3] if isinstance(node, ast.ClassDef) else []
            if calls and node.name in subclassed:
                problems += [f"{where}:{call.lineno}: a plural self.tr() in {node.name}, which is "
                             f"subclassed: use QCoreApplication.translate(\"{node.name}\", ...)"
                             for call in calls]
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("tr", "translate")):
                continue
            reason = _call_problem(node)
            if reason and "i18n: dynamic" not in lines[node.lineno - 1]:
                problems.append(f"{where}:{node.lineno}: {reason}")
    return problems


def check() -> list[str]:
    problems = code_problems()
    for ts_file in all_ts_files():
        if not ts_file.exists():
            problems.append(f"{ts_file.name}: missing (run update)")
            continue
        language = ts_file.stem.split("_")[-1]
        _, messages = read_messages(ts_file)
        found = [] if ts_file.name in EXTRA_TS else stale_problems(language, messages)
        for message in messages:
            if language == "en" and not message.numerus:
                continue
            found += message_problems(language, message)
        found += qm_problems(ts_file)
        problems += [f"{ts_file.name}: {problem}" for problem in found]
    return problems


def todo() -> None:
    """The unfinished messages, printed as entries to paste into a catalogue and translate."""
    for language in LANGUAGES:
        _, messages = read_messages(ts_path(language))
        waiting = [m for m in messages if m.unfinished() and (m.numerus or language != "en")]
        print(f"# scripts/i18n_catalog/{language}.py: {len(waiting)} unfinished")
        for message in waiting:
            empty = "[" + ", ".join(['""'] * PLURAL_FORMS[language]) + "]" if message.numerus \
                else '""'
            print(f"    ({message.context!r}, {message.source!r}): {empty},")
        used = {m.source for m in messages} | {(m.context, m.source) for m in messages}
        for key in load_catalogue(language):
            if key not in used:
                print(f"#   no longer in the code, can be removed: {key!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "compile", "check", "todo"])
    command = parser.parse_args(argv).command
    if command in ("update", "check") and not lupdate_reads_translate_plurals():
        sys.exit(f"i18n: {command} needs PySide6 6.12 or newer, on Python 3.12 or newer: run it "
                 "with the .venv-py3.N/bin/python that ./scripts/test.sh sets up")
    if command == "update":
        update()
    elif command == "compile":
        compile_all()
    elif command == "todo":
        todo()
    else:
        problems = check()
        for problem in problems:
            print(problem)
        print(f"i18n check: {len(problems)} problem(s)" if problems else "i18n check: all good")
        return 1 if problems else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
