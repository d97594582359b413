"""Every expected error reads as one finished sentence in the librarian's language.

Each error's sentence is written once in core and translated by the interface: a new error
whose sentence nobody translated, or whose placeholders stay unfilled, fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from sole_app.core import errors as shared_errors
from sole_app.core.bank import errors as bank_errors
from sole_app.core.engine import DatabaseNotSaved
from sole_app.core.errors import SoleError
from sole_app.core.exports import errors as export_errors
from sole_app.core.findings import errors as findings_errors
from sole_app.core.history import errors as history_errors
from sole_app.core.session import errors as session_errors
from sole_app.ui import i18n
from sole_app.ui.messages import error_message
from sole_app.web import errors as web_errors

FILE = Path("club.csv")
EXAMPLES = [
    shared_errors.NotADatabase(FILE),
    shared_errors.DatabaseTooNew(FILE, "0099"),
    shared_errors.DataDirError(FILE, "a_file"),
    shared_errors.DataDirError(FILE, "disk_full"),
    shared_errors.BackupDamaged(FILE),
    shared_errors.BackupFailed(FILE, "disk_full"),
    shared_errors.SettingsNotSaved(FILE, "read_only"),
    DatabaseNotSaved(FILE, "disk_full"),
    session_errors.InvalidPlan("question_minutes", 0),
    session_errors.EmptyQuestion(),
    session_errors.SessionNotFound(),
    session_errors.SessionNotFound(7),
    session_errors.SessionNotSaved("disk I/O error"),
    bank_errors.InvalidQuestion("age_min", "age_out_of_range", 120, low=3, high=99),
    bank_errors.InvalidImportFile(FILE, "not_json"),
    bank_errors.InvalidImportFile.for_question(
        FILE, "row", 3, bank_errors.InvalidQuestion("text", "empty", "")),
    bank_errors.InvalidImportFile.listing(FILE, [
        bank_errors.ImportProblem("stray_byte", "row", 3, "notes", "0xE9", {"encoding": "UTF-8"}),
        bank_errors.ImportProblem("unclosed_quote", "row", 9, "notes")]),
    bank_errors.InvalidImportFile.listing(FILE, [
        bank_errors.ImportProblem("not_json_at", "question", 2, None, None,
                                  {"line": 4, "column": 7})] * 20, count=31),
    bank_errors.ImportFailed(FILE, "OverflowError"),
    bank_errors.UnsupportedPackVersion(FILE, 7, 1),
    bank_errors.UnknownFileFormat(FILE),
    bank_errors.FileUnreadable(FILE, "Permission denied"),
    bank_errors.InvalidStarterBank(FILE, "bad TOML"),
    bank_errors.QuestionNotFound(12),
    findings_errors.InvalidEntry("group", "nickname", "empty", ""),
    findings_errors.InvalidEntry("reflection", "engagement", "out_of_range", (0, 100, 101)),
    findings_errors.InvalidEntry("record", "certainty", "not_a_choice", "a, b"),
    findings_errors.GroupNotFound(4),
    findings_errors.GroupsNotMergeable(1, 1, "same_group"),
    findings_errors.GroupsNotMergeable(1, 2, "different_sessions"),
    findings_errors.GroupAlreadyExists(4),
    findings_errors.NoteNotFound(3),
    findings_errors.FindingsNotSaved("database is locked"),
    findings_errors.UndoRefused("Bufnițele", "has_findings"),
    findings_errors.UndoRefused("Bufnițele", "written_since"),
    web_errors.PortInUse(8765),
    web_errors.PortUnavailable(80, "Permission denied"),
    history_errors.InvalidSessionFile(FILE, (
        history_errors.Problem("file", "not_json", value=(3, 14)),
        history_errors.Problem("group", "empty", "nickname", session=1, number=2,
                               subject="group"),
        history_errors.Problem("phase", "bad_time", "started_at", session=1, number=1),
        history_errors.Problem("reflection", "out_of_range", "engagement", (0, 100, 101),
                               session=2, subject="reflection")), more=True),
    history_errors.SessionFileUnreadable(FILE, "Permission denied"),
    history_errors.HistoryNotSaved("database is locked"),
    export_errors.ExportFailed(FILE, "missing_folder"),
    export_errors.ExportFailed(FILE, "no_permission"),
    export_errors.ExportFailed(FILE, "disk_full"),
    export_errors.ExportFailed(FILE, "Input/output error"),
    export_errors.NothingToExport(),
    export_errors.PdfUnavailable(),
]
# Errors never shown alone: each stands for its subclasses above.
ABSTRACT = {SoleError, shared_errors.DatabaseError, session_errors.SessionError,
            bank_errors.BankError, findings_errors.FindingsError, history_errors.HistoryError,
            export_errors.ExportError, web_errors.GroupPageError}


def every_error_class(base=SoleError) -> set[type]:
    found = set()
    for sub in base.__subclasses__():
        found |= {sub} | every_error_class(sub)
    return found


@pytest.fixture
def romanian(qapp):
    i18n.install("ro")
    yield
    i18n.install("en")


def test_every_kind_of_error_has_an_example_here():
    # A new error must be added to EXAMPLES, so that its sentence is checked below
    covered = {type(error) for error in EXAMPLES} | ABSTRACT
    assert every_error_class() - covered == set()


@pytest.mark.parametrize("error", EXAMPLES, ids=lambda error: f"{error.code}")
def test_each_error_is_one_translated_sentence(romanian, error):
    # Given an error, when the window shows it in Romanian
    shown = error_message(error)
    # Then it is a translated sentence with every placeholder filled in
    assert shown and shown != str(error)
    assert "{" not in shown and "}" not in shown
    assert "{" not in str(error)  # and the command line's English is whole too
