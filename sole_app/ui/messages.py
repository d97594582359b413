"""Translated sentences for the domain's errors. The domain stays Qt-free; this is where its
errors become words in the librarian's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from sole_app.core import errors

# Write QCoreApplication.translate("Errors", "literal text") in full at each message: lupdate
# extracts only literal translate()/tr() calls, never a helper such as _tr(text).


_FEATURE_MESSAGES: dict[type[errors.SoleError], Callable[[errors.SoleError], str]] = {}


def register(error_type: type[errors.SoleError],
             describe: Callable[[errors.SoleError], str]) -> None:
    """A feature says how its own errors read. Called when the feature's messages module loads,
    so this shared module never imports a feature."""
    _FEATURE_MESSAGES[error_type] = describe


def error_message(error: errors.SoleError) -> str:
    """A sentence in the interface language; falls back to the error's own English sentence."""
    for kind in type(error).__mro__:
        if kind in _FEATURE_MESSAGES:
            return _FEATURE_MESSAGES[kind](error)
    return shared_error_message(error)


def shared_error_message(error: errors.SoleError) -> str:
    """The errors every part of the app can meet: the data folder and the database file."""
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
