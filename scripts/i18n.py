"""Keep the interface's translations in step with the code. The .ts files are the source.

    python scripts/i18n.py update    pyside6-lupdate: the strings of sole_app/ into sole_ro.ts,
                                     sole_ru.ts and sole_en.ts, with where each is used; then
                                     compile. Translations in the .ts files are kept as they are.
    python scripts/i18n.py compile   for translators: compile every .ts into its .qm, then check
    python scripts/i18n.py check     list every problem and exit 1 if there is any (CI runs it)
    python scripts/i18n.py todo      the unfinished messages of each language, and where they are

Translators edit the .ts files in Qt Linguist (pyside6-linguist) or any tool that reads .ts, such
as Weblate. English is the source language: sole_en.ts holds only the plural forms ("%n
group(s)"). Romanian and Russian must be complete. qtbase_ro.ts and qtextra_ru.ts translate by hand
Qt's own words that Qt does not ship in those languages; lupdate never touches them.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = {"ro": "ro_RO", "ru": "ru_RU", "en": "en_GB"}
PLURAL_FORMS = {"ro": 3, "ru": 3, "en": 2}
EXTRA_TS = ("qtbase_ro.ts", "qtextra_ru.ts")  # by hand: Qt's own words Qt lacks
CEDILLAS = "şţŞŢ"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")
ACCELERATOR = re.compile(r"&(?!&|[A-Za-z]+;|#\d+;)(?=\S)")


@dataclass(frozen=True)
class Project:
    """Where the code and its translations are; tests point it at a copy."""

    root: Path = ROOT
    extra_ts: tuple[str, ...] = EXTRA_TS

    @property
    def sources(self) -> Path:
        return self.root / "sole_app"

    @property
    def translations(self) -> Path:
        return self.root / "resources" / "translations"

    def ts_path(self, language: str) -> Path:
        return self.translations / f"sole_{language}.ts"

    def all_ts_files(self) -> list[Path]:
        return ([self.ts_path(language) for language in LANGUAGES]
                + [self.translations / name for name in self.extra_ts])


@dataclass
class Message:
    context: str
    source: str
    comment: str  # the disambiguation: tr()'s second argument
    numerus: bool
    extracomment: str  # the translator comment: "#: ..." on the line above the call
    locations: tuple[tuple[str, int], ...]  # (path from the project root, line)
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

    def where(self) -> str:
        text = f"[{self.context}] {self.source!r}" + (f" ({self.comment})" if self.comment else "")
        return text + "".join(f" at {path}:{line}" for path, line in self.locations[:1])


class _Locations:
    """Reads <location>s, relative (line="+3", the file named only when it changes) or absolute,
    as they follow one another through a .ts file."""

    def __init__(self, ts_file: Path, root: Path) -> None:
        self.folder, self.root = ts_file.parent, root.resolve()
        self.file = ""
        self.lines: dict[str, int] = {}

    def read(self, element: ET.Element) -> tuple[tuple[str, int], ...]:
        found = []
        for location in element.findall("location"):
            self.file = location.get("filename", self.file)
            line = location.get("line")
            if line is None:
                number = 0
            elif line.startswith(("+", "-")):
                number = self.lines.get(self.file, 0) + int(line)
            else:
                number = int(line)
            self.lines[self.file] = number
            found.append((self._path(self.file), number))
        return tuple(found)

    def _path(self, name: str) -> str:
        path = (self.folder / name).resolve()
        return path.relative_to(self.root).as_posix() if path.is_relative_to(self.root) else name


def read_messages(ts_file: Path, root: Path = ROOT) -> tuple[ET.ElementTree, list[Message]]:
    tree = ET.parse(ts_file)
    locations = _Locations(ts_file, root)
    messages = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for element in context.findall("message"):
            messages.append(Message(
                context=name, source=element.findtext("source") or "",
                comment=element.findtext("comment") or "",
                numerus=element.get("numerus") == "yes",
                extracomment=element.findtext("extracomment") or "",
                locations=locations.read(element), element=element))
    return tree, messages


def write_ts(tree: ET.ElementTree, ts_file: Path) -> None:
    """A layout lupdate reads back; run lupdate after it to get lupdate's own."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts_file.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                       encoding="utf-8")


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


def run_lupdate(project: Project, ts_file: Path, language: str) -> None:
    sources = sorted(str(path) for path in project.sources.rglob("*.py"))
    command = [qt_tool("lupdate"), *sources, "-ts", str(ts_file), "-no-obsolete",
               "-locations", "relative", "-source-language", "en",
               "-target-language", LANGUAGES[language], "-silent"]
    if language == "en":
        command.append("-pluralonly")
    subprocess.run(command, check=True)


def run_lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
                   check=True)


def compile_all(project: Project) -> None:
    for ts_file in project.all_ts_files():
        run_lrelease(ts_file, ts_file.with_suffix(".qm"))


def moved_messages(old: list[Message], new: list[Message]) -> list[Message]:
    """Unfinished messages that lupdate's same-text heuristic filled with the translation of the
    same text and disambiguation from a context the code no longer has (a class split or
    renamed). Only a translation that was finished there, and the only one, counts."""
    new_keys = {message.key for message in new}
    left = defaultdict(set)
    for message in old:
        if message.key not in new_keys and not message.unfinished():
            left[message.key[1:]].add(tuple(message.forms()))
    return [message for message in new if message.unfinished()
            and left.get(message.key[1:]) == {tuple(message.forms())}]


def committed_messages(project: Project, ts_file: Path) -> list[Message]:
    """The messages of the .ts file as last committed, if git has it: the contexts an earlier
    update has already dropped are still there."""
    try:
        shown = subprocess.run(
            ["git", "show", f"HEAD:./{ts_file.relative_to(project.root).as_posix()}"],
            cwd=project.root, capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return []
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts_file.name
        copy.write_bytes(shown.stdout)
        return read_messages(copy, project.root)[1]


def accept(project: Project, ts_file: Path, language: str, messages: list[Message]) -> None:
    """Mark these messages finished, as a translator would in Linguist."""
    tree, current = read_messages(ts_file, project.root)
    wanted = {m.key for m in messages}
    for message in current:
        if message.key in wanted:
            message.translation.attrib.pop("type", None)
    write_ts(tree, ts_file)
    run_lupdate(project, ts_file, language)  # back to lupdate's own layout


def update(project: Project, accept_moved: bool = False) -> None:
    project.translations.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts_file = project.ts_path(language)
        old = read_messages(ts_file, project.root)[1] if ts_file.exists() else []
        if accept_moved:
            old += committed_messages(project, ts_file)
        run_lupdate(project, ts_file, language)
        moved = moved_messages(old, read_messages(ts_file, project.root)[1])
        if moved and accept_moved:
            accept(project, ts_file, language, moved)
            print(f"{ts_file.name}: {len(moved)} moved message(s) keep their translation")
        elif moved:
            print(f"{ts_file.name}: {len(moved)} message(s) moved to another context, their "
                  "translation carried over as unfinished. If only the code moved, run "
                  "`update --accept-moved` (it also finds the old contexts in the last commit); "
                  "else review them in Linguist")
    compile_all(project)
    problems = check(project)
    print("\n".join(problems) if problems else "i18n: all translations finished")


def placeholders(text: str) -> list[str]:
    return sorted(set(PLACEHOLDER.findall(text)) - {"%n"})


def waiting(language: str, message: Message) -> bool:
    """Whether a translator still has to finish this message."""
    wanted = PLURAL_FORMS[language] if message.numerus else 1
    forms = [form for form in message.forms() if form.strip()]
    return message.unfinished() or len(forms) != wanted


def message_problems(language: str, message: Message) -> list[str]:
    where = message.where()
    forms = [form for form in message.forms() if form.strip()]
    wanted = PLURAL_FORMS[language] if message.numerus else 1
    if message.numerus and 0 < len(forms) != wanted:
        return [f"needs {wanted} plural forms, has {len(forms)}: {where}"]
    if waiting(language, message):
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


def stale_problems(project: Project, ts_file: Path, language: str,
                   messages: list[Message]) -> list[str]:
    """What `update` would change: strings added to or removed from the code, or moved to
    another file."""
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts_file.name
        shutil.copyfile(ts_file, fresh)
        run_lupdate(project, fresh, language)
        _, extracted = read_messages(fresh, project.root)
    have = {message.key: message for message in messages}
    want = {message.key: message for message in extracted}
    problems = [f"not in the .ts (run update): {m.where()}" for k, m in want.items()
                if k not in have]
    problems += [f"no longer in the code (run update): {m.where()}" for k, m in have.items()
                 if k not in want]
    problems += [f"translator comment changed (run update): {m.where()}" for k, m in want.items()
                 if k in have and have[k].extracomment != m.extracomment]
    # A string that moved to another file is stale; one a few lines up or down in the same file
    # is not: the translator still finds it, and every edit above a tr() would break CI.
    moved = {path for k, m in want.items() if k in have
             for path in {p for p, _ in m.locations} ^ {p for p, _ in have[k].locations}}
    problems += [f"strings moved to or from {path} (run update)" for path in sorted(moved)]
    return problems


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


def code_problems(project: Project) -> list[str]:
    """Calls lupdate would miss or file under the wrong context; a line with the comment
    "i18n: dynamic" is left alone (its strings are marked for lupdate elsewhere)."""
    files = sorted(project.sources.rglob("*.py"))
    trees = [ast.parse(path.read_text(encoding="utf-8")) for path in files]
    subclassed = _subclassed(trees)
    problems = []
    for path, tree in zip(files, trees, strict=True):
        lines = path.read_text(encoding="utf-8").splitlines()
        where = path.relative_to(project.root).as_posix()
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


def check(project: Project) -> list[str]:
    problems = code_problems(project)
    for ts_file in project.all_ts_files():
        if not ts_file.exists():
            problems.append(f"{ts_file.name}: missing (run update)")
            continue
        language = ts_file.stem.split("_")[-1]
        _, messages = read_messages(ts_file, project.root)
        found = ([] if ts_file.name in project.extra_ts
                 else stale_problems(project, ts_file, language, messages))
        for message in messages:
            if language == "en" and not message.numerus:
                continue
            found += message_problems(language, message)
        found += qm_problems(ts_file)
        problems += [f"{ts_file.name}: {problem}" for problem in found]
    return problems


def report(problems: list[str]) -> int:
    for problem in problems:
        print(problem)
    print(f"i18n check: {len(problems)} problem(s)" if problems else "i18n check: all good")
    return 1 if problems else 0


def todo(project: Project) -> None:
    """The messages a translator still has to finish, with any translation lupdate suggested."""
    for language in LANGUAGES:
        _, messages = read_messages(project.ts_path(language), project.root)
        left = [m for m in messages if (m.numerus or language != "en") and waiting(language, m)]
        print(f"sole_{language}.ts: {len(left)} unfinished")
        for message in left:
            suggested = " | ".join(form for form in message.forms() if form)
            print(f"    {message.where()}" + (f"\n        suggested: {suggested}"
                                               if suggested else ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="the project folder (default: the one holding this script)")
    commands = parser.add_subparsers(dest="command", required=True)
    update_command = commands.add_parser("update", help="extract the strings, then compile")
    update_command.add_argument(
        "--accept-moved", action="store_true",
        help="keep as finished the translations of strings that only moved to another context")
    commands.add_parser("compile", help="compile every .ts into its .qm, then check")
    commands.add_parser("check", help="list every problem; exit 1 if there is any")
    commands.add_parser("todo", help="the unfinished messages of each language")
    arguments = parser.parse_args(argv)
    project = Project(arguments.root.resolve())
    if arguments.command == "update":
        update(project, arguments.accept_moved)
    elif arguments.command == "todo":
        todo(project)
    elif arguments.command == "compile":
        compile_all(project)
        return report(check(project))
    else:
        return report(check(project))
    return 0


if __name__ == "__main__":
    sys.exit(main())
