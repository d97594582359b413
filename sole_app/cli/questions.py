"""``sole-app questions``: list, search, import and export the question bank without the window.

The filters are the window's: language, tag, age, favourites. ``import`` and ``export`` pick the
format from the file's extension (.json question pack, .csv spreadsheet) unless --format says.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from sole_app.core.bank.file_fields import FORMATS
from sole_app.core.languages import LANGUAGES
from sole_app.core.paths import DataPaths


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "questions", help="list, search, import or export the question bank",
        description="The question bank: list, search, import and export big questions.",
    )
    actions = parser.add_subparsers(dest="questions_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list questions (favourites first, newest next)")
    _add_filters(listing)
    _add_output(listing)
    listing.set_defaults(handler=_list, query="")
    finding = actions.add_parser(
        "search", help="search text, tags and notes (diacritics ignored), best first")
    finding.add_argument("query", help='words to find, e.g. "scoala" (finds "școală")')
    _add_filters(finding)
    _add_output(finding)
    finding.set_defaults(handler=_list)
    importing = actions.add_parser(
        "import", help="add the questions of a .json pack or .csv file (duplicates skipped)")
    importing.add_argument("path", type=Path, help="the file to import")
    importing.add_argument("--format", choices=FORMATS, help="instead of the extension")
    importing.set_defaults(handler=_import)
    exporting = actions.add_parser("export", help="write questions to a .json pack or .csv file")
    exporting.add_argument("path", type=Path, help="the file to write (replaced if it exists)")
    exporting.add_argument("--format", choices=FORMATS, help="instead of the extension")
    exporting.add_argument("--query", default="", help="only questions matching these words")
    _add_filters(exporting)
    exporting.add_argument("--header-language", choices=LANGUAGES, default="en",
                           help="language of the CSV column headers (default en; ro and ru "
                                "also separate columns with ';')")
    exporting.set_defaults(handler=_export)


def _language(text: str) -> str:
    """A language code as the bank stores it (ro, es, pt-BR), for --language."""
    from sole_app.core.bank.question_data import language_code

    code = language_code(text)
    if code is None:
        raise argparse.ArgumentTypeError(f"not a language code such as ro, en, ru or es: {text!r}")
    return code


def _add_filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--language", type=_language, metavar="CODE",
                        help="only questions in this language (ro, en, ru, es, ...)")
    parser.add_argument("--tag", help="only questions with this tag (diacritics ignored)")
    parser.add_argument("--age", type=int, help="only questions suitable for this age")
    parser.add_argument("--favourites", action="store_true", help="only favourite questions")


def _add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON (a list of questions)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many questions")


def _open(paths: DataPaths):
    """The database, with the starter questions loaded the first time, as the window does."""
    from sole_app.core.bank.errors import InvalidStarterBank
    from sole_app.core.bank.starter import load_starter_bank
    from sole_app.core.db import open_database
    from sole_app.core.paths import questions_dir

    database = open_database(paths.database, paths.backups)
    try:
        load_starter_bank(database, questions_dir())
    except InvalidStarterBank as error:
        print(f"sole-app: warning: {error}", file=sys.stderr)
    return database


def _filters(args: argparse.Namespace):
    from sole_app.core.bank.search import SearchFilters

    return SearchFilters(language=args.language, tag=args.tag, age=args.age,
                         favourites_only=args.favourites)


def _matching(database, args: argparse.Namespace, limit: int | None = None):
    from sole_app.core.bank import store as bank
    from sole_app.core.bank.search import search

    rows = search(database, args.query, _filters(args), limit=limit).rows
    return bank.get_questions(database, [row.id for row in rows])


def _list(args: argparse.Namespace, paths: DataPaths) -> int:
    database = _open(paths)
    try:
        questions = _matching(database, args, args.limit)
    finally:
        database.close()
    if args.json:
        _print(json.dumps([_as_json(question) for question in questions], ensure_ascii=False,
                          indent=2))
    else:
        _print("\n".join(_as_line(question) for question in questions))
    return 0


def _print(text: str) -> None:
    """Print, tolerating a console without Romanian letters and a reader that stops (| head)."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    try:
        if text:
            print(text, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _as_json(question) -> dict:
    from sole_app.core.bank.file_fields import moment_text

    data = question.data
    return {
        "id": question.id, "uid": data.uid, "text": data.text, "language": data.language,
        "tags": list(data.tags), "age_min": data.age_min, "age_max": data.age_max,
        "notes": data.notes, "source": data.source, "favourite": data.favourite,
        "translation_group": data.translation_group,
        "created_at": moment_text(data.created_at), "updated_at": moment_text(data.updated_at),
        "last_used_at": moment_text(question.last_used_at),
    }


def _as_line(question) -> str:
    star = "*" if question.favourite else " "
    tags = f"  [{', '.join(question.tags)}]" if question.tags else ""
    text = " ".join(question.text.split())
    return (f"{question.id:>6} {star} {question.language}  {question.age_min}-{question.age_max}"
            f"  {text}{tags}")


def _import(args: argparse.Namespace, paths: DataPaths) -> int:
    """Import a file, all or nothing. A refused file: its sentence, then its problems one a
    line, and the bank as it was (the import's transaction is rolled back)."""
    from sole_app.core.bank.errors import FileUnreadable, InvalidImportFile
    from sole_app.core.bank.pack import import_file, pick_format

    pick_format(args.path, args.format)  # an unknown extension fails before any work
    if not args.path.is_file():
        raise FileUnreadable(args.path, "it is not a file")
    database = _open(paths)
    try:
        result = import_file(database, args.path, args.format)
    except InvalidImportFile as refused:
        print(f"sole-app: {refused}", file=sys.stderr)
        for line in refused.listed():
            print(f"  {line}", file=sys.stderr)
        return 1
    finally:
        database.close()
    read_as = f" (read as {result.encoding})" if result.encoding else ""
    print(f"Imported {args.path}{read_as}: {result.added} added, {result.duplicates} "
          "duplicates skipped.")
    return 0


def _export(args: argparse.Namespace, paths: DataPaths) -> int:
    from sole_app.core.bank.pack import export_file, pick_format

    pick_format(args.path, args.format)  # an unknown extension fails before any work
    database = _open(paths)
    try:
        questions = _matching(database, args)
    finally:
        database.close()
    count = export_file(args.path, questions, args.format, header_language=args.header_language)
    print(f"Exported {count} questions to {args.path}.")
    return 0
