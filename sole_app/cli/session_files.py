"""``sole-app sessions export | import | delete``: sessions to files and back, and complete
deletion, without the window.

``export`` writes one file in the format asked for (or the output's extension), in the saved
interface language; a PDF needs the Qt side, which the composition root hands in. First names
stay out unless ``--first-names``. ``import`` refuses a damaged file whole. ``delete`` asks
first unless ``--yes``, and nothing of the session remains afterwards.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from sole_app.cli.output import print_text
from sole_app.cli.services import Services
from sole_app.core.paths import DataPaths

FORMATS = ("md", "html", "pdf", "csv", "json")  # as core.exports.run.FORMATS


def register(actions) -> None:
    """Add export, import and delete to the ``sessions`` command's actions."""
    exporting = actions.add_parser(
        "export", help="write sessions to a Markdown, HTML, PDF, CSV or JSON file",
        description="Write one or more sessions, or those of a date range, to one file, in the "
                    "interface language. JSON is a full backup that 'sessions import' reads.")
    exporting.add_argument("session_ids", type=int, nargs="*", metavar="ID",
                           help="the sessions' numbers (see 'sessions list')")
    exporting.add_argument("--format", choices=FORMATS,
                           help="the file's format (default: the output's extension)")
    exporting.add_argument("--output", "-o", type=Path, required=True, metavar="PATH",
                           help="the file to write (replaced whole if it exists)")
    add_dates(exporting, "instead of IDs: the sessions")
    exporting.add_argument("--first-names", action="store_true",
                           help="include the children's first names (left out unless asked)")
    exporting.set_defaults(handler=_export, with_services=True, parser=exporting)
    importing = actions.add_parser(
        "import", help="add the sessions of a JSON backup (those already here are skipped)")
    importing.add_argument("path", type=Path, metavar="FILE", help="the backup to import")
    importing.set_defaults(handler=_import)
    deleting = actions.add_parser(
        "delete", help="delete sessions completely (asks first)",
        description="Delete sessions and everything of theirs: groups, findings, notes, "
                    "reflection, and their words in the search index. It cannot be undone.")
    deleting.add_argument("session_ids", type=int, nargs="+", metavar="ID")
    deleting.add_argument("--yes", "-y", action="store_true", help="do not ask")
    deleting.set_defaults(handler=_delete)


def add_dates(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument("--from", dest="since", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help=f"{what} from this day on")
    parser.add_argument("--to", dest="until", type=date.fromisoformat, metavar="YYYY-MM-DD",
                        help=f"{what} up to this day (included)")


def _open(paths: DataPaths):
    from sole_app.core.db import open_database

    return open_database(paths.database, paths.backups)


def _export(args: argparse.Namespace, paths: DataPaths, services: Services) -> int:
    from sole_app.core.exports.report import ExportOptions
    from sole_app.core.exports.run import export_sessions, sessions_between
    from sole_app.core.settings import AppSettings

    file_format = args.format or args.output.suffix.lower().lstrip(".")
    if file_format not in FORMATS:
        args.parser.error("give --format, or an output ending in .md, .html, .pdf, .csv or .json")
    ranged = args.since is not None or args.until is not None
    if bool(args.session_ids) == ranged:
        args.parser.error("give either session numbers or a date range (--from, --to)")
    settings = AppSettings.load(paths.settings)
    language, translate = services.exports_language(settings)
    options = ExportOptions(translate=translate, language=language,
                            library=settings.library_name, first_names=args.first_names)
    make_pdf = services.pdf_maker() if file_format == "pdf" else None
    database = _open(paths)
    try:
        ids = sessions_between(database, args.since, args.until) if ranged else args.session_ids
        count = export_sessions(database, ids, file_format, args.output, options, make_pdf)
    finally:
        database.close()
    print_text(f"Exported {count} session{'s' * (count != 1)} to {args.output}.")
    return 0


def _import(args: argparse.Namespace, paths: DataPaths) -> int:
    from sole_app.core.history.operations import import_file

    database = _open(paths)
    try:
        result = import_file(database, args.path)
    finally:
        database.close()
    print_text(f"Imported {result.added} session{'s' * (result.added != 1)} from {args.path}; "
               f"{result.duplicates} already here (not added again).")
    return 0


def _delete(args: argparse.Namespace, paths: DataPaths) -> int:
    from sole_app.core.findings.document import session_document
    from sole_app.core.history.deletion import delete_sessions

    database = _open(paths)
    try:
        questions = [session_document(database, session_id)["session"]["question"]
                     for session_id in args.session_ids]  # SessionNotFound for a wrong number
        if not args.yes and not _confirmed(args.session_ids, questions):
            print("Nothing was deleted.", file=sys.stderr)
            return 1
        count = delete_sessions(database, args.session_ids)
    finally:
        database.close()
    print_text(f"Deleted {count} session{'s' * (count != 1)} completely.")
    return 0


def _confirmed(session_ids: list[int], questions: list[str]) -> bool:
    for session_id, question in zip(session_ids, questions, strict=True):
        print_text(f"{session_id:>5}  {' '.join(question.split())}")
    try:
        answer = input("Delete these sessions and everything of theirs? It cannot be undone. "
                       "[y/N] ")
    except EOFError:  # no one to ask (a script without --yes)
        return False
    return answer.strip().lower() in ("y", "yes", "d", "da", "д", "да")
