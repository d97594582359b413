"""``sole-app sessions``: start a session or see the running one, list and show sessions.

Useful to IT helpers preparing a laptop, and to the end-to-end test that kills the app mid-phase.
``start`` creates and starts a running session exactly as the Start button does; the window then
offers to resume it. ``show`` prints a session with its groups, their records, the notes and the
reflection; ``--json`` prints the document described in docs/session-json.md. ``list`` searches
and filters as the History tab does. ``export``, ``import`` and ``delete`` are in session_files.py.
"""

from __future__ import annotations

import argparse
import json

from sole_app.cli import session_files
from sole_app.cli.output import print_text
from sole_app.core.languages import LANGUAGES
from sole_app.core.paths import DataPaths


def register(subparsers) -> None:
    parser = subparsers.add_parser(
        "sessions", help="start, list, show, export, import and delete sessions",
        description="Start a SOLE session, show or finish the running one, list and show "
                    "sessions with their groups, findings, notes and reflection.",
    )
    actions = parser.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    start = actions.add_parser("start", help="start a session with a question, running at once")
    start.add_argument("--question", required=True, help="the big question's text")
    start.add_argument(
        "--minutes", default=None, metavar="Q,I,R",
        help="minutes of the Question, Investigation and Review phases "
             "(default: the settings, 5,40,15)",
    )
    start.set_defaults(handler=_start)
    status = actions.add_parser("status", help="the running session's phase and time left")
    status.add_argument("--json", action="store_true", help="print JSON instead of a sentence")
    status.set_defaults(handler=_status)
    finish = actions.add_parser("finish", help="finish the running session")
    finish.set_defaults(handler=_finish)
    listing = actions.add_parser("list", help="every session, newest first")
    listing.add_argument("--json", action="store_true", help="print JSON (a list of sessions)")
    listing.add_argument("--search", default="", metavar="WORDS",
                         help="only sessions whose question, findings or notes have these words")
    session_files.add_dates(listing, "only sessions")
    listing.add_argument("--language", choices=LANGUAGES, help="only sessions in this language")
    listing.add_argument("--tag", help="only sessions whose question has this tag")
    listing.set_defaults(handler=_list)
    show = actions.add_parser(
        "show", help="a session with its groups, findings, notes and reflection")
    show.add_argument("session_id", type=int, metavar="ID", help="the session's number (see list)")
    show.add_argument("--json", action="store_true",
                      help="print the JSON document described in docs/session-json.md")
    show.add_argument("--first-names", action="store_true",
                      help="include the children's first names (left out unless asked)")
    show.set_defaults(handler=_show)
    session_files.register(actions)


def _open(paths: DataPaths):
    from sole_app.core.db import open_database

    return open_database(paths.database, paths.backups)


def _start(args: argparse.Namespace, paths: DataPaths) -> int:
    from sole_app.core.clock import SystemClock
    from sole_app.core.session import runner as sessions
    from sole_app.core.session.plan import Plan, parse_minutes
    from sole_app.core.settings import AppSettings

    plan = Plan.from_settings(AppSettings.load(paths.settings))
    if args.minutes:
        plan = Plan(phase_minutes=parse_minutes(args.minutes))
    database = _open(paths)
    try:
        runner = sessions.start_session(database, SystemClock(), args.question, plan)
    finally:
        database.close()
    print(f"Started session {runner.session_id}: {plan.phase_minutes[0]} minutes of Question.")
    return 0


def _status(args: argparse.Namespace, paths: DataPaths) -> int:
    from sole_app.core.clock import SystemClock
    from sole_app.core.session import runner as sessions

    database = _open(paths)
    try:
        offer = sessions.find_resumable(database, SystemClock())
    finally:
        database.close()
    if args.json:
        print(json.dumps(None if offer is None else {
            "session_id": offer.session_id, "question": offer.question,
            "phase_index": offer.phase_index, "phase": offer.phase_key,
            "remaining_seconds": round(offer.remaining_seconds, 3), "paused": offer.paused,
        }, ensure_ascii=False))
        return 0
    if offer is None:
        print("No session is running.")
        return 0
    state = "paused" if offer.paused else "running"
    print(f"Session {offer.session_id}, {offer.phase_key} phase, {state}: "
          f"{offer.remaining_seconds:.0f} seconds left.")
    return 0


def _finish(_args: argparse.Namespace, paths: DataPaths) -> int:
    from sole_app.core.clock import SystemClock
    from sole_app.core.session import runner as sessions

    database = _open(paths)
    try:
        count = sessions.finish_running(database, SystemClock().now())
    finally:
        database.close()
    print("Finished the running session." if count else "No session was running.")
    return 0


def _list(args: argparse.Namespace, paths: DataPaths) -> int:
    from sole_app.core.findings.document import iso, session_summaries
    from sole_app.core.history.listing import HistoryFilters, list_sessions

    filters = HistoryFilters(text=args.search, since=args.since, until=args.until,
                             language=args.language, tag=args.tag)
    database = _open(paths)
    try:
        summaries = session_summaries(database)
        if filters != HistoryFilters():
            wanted = {row.id for row in list_sessions(database, filters)}
            summaries = [summary for summary in summaries if summary.id in wanted]
    finally:
        database.close()
    if args.json:
        print_text(json.dumps([{
            "id": summary.id, "uid": summary.uid, "question": summary.question,
            "status": summary.status, "started_at": iso(summary.started_at),
            "groups": summary.groups,
        } for summary in summaries], ensure_ascii=False, indent=2))
        return 0
    print_text("\n".join(
        f"{summary.id:>5}  {_local(summary.started_at)}  {summary.status:<8}  "
        f"{summary.groups:>2} groups  {' '.join(summary.question.split())}"
        for summary in summaries)
        or ("No session matches." if filters != HistoryFilters() else "No sessions yet."))
    return 0


def _local(moment) -> str:
    return "-" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")


def _show(args: argparse.Namespace, paths: DataPaths) -> int:
    from sole_app.cli.session_report import render
    from sole_app.core.findings.document import session_document

    database = _open(paths)
    try:
        document = session_document(database, args.session_id, first_names=args.first_names)
    finally:
        database.close()
    if args.json:
        print_text(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        print_text(render(document))
    return 0
