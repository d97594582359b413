"""Translated sentences for the domain's errors. The domain stays Qt-free; this is where its
errors become words in the librarian's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core import errors

# Write QCoreApplication.translate("Errors", "literal text") in full at each message: lupdate
# extracts only literal translate()/tr() calls, never a helper such as _tr(text).


def error_message(error: errors.SoleError) -> str:
    """A sentence in the interface language; falls back to the error's own English sentence."""
    if isinstance(error, errors.NotADatabase):
        return QCoreApplication.translate(
            "Errors",
            "The file {path} is not a SOLE Facilitator database, or it is damaged. "
            "It was not changed. Choose another data folder, or move the file away.",
        ).format(path=error.path)
    if isinstance(error, errors.DatabaseTooNew):
        return QCoreApplication.translate(
            "Errors",
            "The database {path} was saved by a newer version of SOLE Facilitator. "
            "It was not changed. Install the newer version to open it.",
        ).format(path=error.path)
    if isinstance(error, errors.DataDirError):
        return QCoreApplication.translate(
            "Errors", "The data folder {path} cannot be used: {reason}."
        ).format(path=error.path, reason=_data_dir_problem(error.reason))
    if isinstance(error, (errors.SessionError, errors.InvalidPlan)):
        from sole_app.ui.session_messages import session_error_message

        return session_error_message(error)
    if isinstance(error, errors.BankError):
        from sole_app.ui.bank_messages import bank_error_message

        return bank_error_message(error)
    return str(error)


def _data_dir_problem(reason: str) -> str:
    """The reason in the interface language; the system's own words for a rarer one."""
    if reason == "a_file":
        return QCoreApplication.translate("Errors", "it is a file, not a folder")
    if reason == "not_writable":
        return QCoreApplication.translate("Errors", "it is not writable")
    if reason == "disk_full":
        return QCoreApplication.translate("Errors", "the disk is full")
    return reason
