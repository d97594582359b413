"""Translated sentences for the question bank's errors (called from messages.error_message).

Each translate() call is written out in full so that lupdate extracts it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sole_app.core import errors
from sole_app.ui.messages import register


def field_names() -> dict[str, str]:
    return {
        "text": QCoreApplication.translate("Errors", "Question", "a question's field"),
        "language": QCoreApplication.translate("Errors", "Language"),
        "tags": QCoreApplication.translate("Errors", "Tags"),
        "age_min": QCoreApplication.translate("Errors", "Lowest age"),
        "age_max": QCoreApplication.translate("Errors", "Highest age"),
        "notes": QCoreApplication.translate("Errors", "Notes"),
        "source": QCoreApplication.translate("Errors", "Source"),
        "uid": QCoreApplication.translate("Errors", "ID"),
        "translation_group": QCoreApplication.translate("Errors", "Translation group"),
        "created_at": QCoreApplication.translate("Errors", "Created", "a question's field"),
        "updated_at": QCoreApplication.translate("Errors", "Changed", "a question's field"),
        "questions": QCoreApplication.translate("Errors", "questions"),
    }


def problems() -> dict[str, str]:
    return {
        "empty": QCoreApplication.translate("Errors", "this cannot be empty"),
        "not_text": QCoreApplication.translate("Errors", "this must be text"),
        "too_long": QCoreApplication.translate(
            "Errors", "this is longer than {value} characters"),
        "unknown_language": QCoreApplication.translate(
            "Errors", "the language must be ro, en or ru, not “{value}”"),
        "not_a_whole_number": QCoreApplication.translate(
            "Errors", "“{value}” is not a whole number"),
        "age_out_of_range": QCoreApplication.translate(
            "Errors", "“{value}” is not an age from 3 to 99"),
        "ages_reversed": QCoreApplication.translate(
            "Errors", "the highest age is lower than the lowest age"),
        "not_a_list": QCoreApplication.translate("Errors", "this must be a list"),
        "too_many": QCoreApplication.translate("Errors", "there are more than {value} tags"),
        "bad_identifier": QCoreApplication.translate(
            "Errors", "this is not an identifier of at most 36 characters"),
        "not_a_date": QCoreApplication.translate(
            "Errors", "“{value}” is not a date and time such as 2026-11-24T10:00:00Z"),
        "missing": QCoreApplication.translate("Errors", "this field is missing"),
        "not_an_object": QCoreApplication.translate(
            "Errors", "this is not a question with its fields"),
        "not_utf8": QCoreApplication.translate("Errors", "the file is not UTF-8 text"),
        "not_utf16": QCoreApplication.translate("Errors", "the file is not UTF-16 text"),
        "not_json": QCoreApplication.translate("Errors", "the file is not valid JSON"),
        "not_a_pack": QCoreApplication.translate(
            "Errors", "the file is not a SOLE Facilitator question pack"),
        "empty_file": QCoreApplication.translate("Errors", "the file is empty"),
        "not_csv": QCoreApplication.translate("Errors", "the file is not a readable CSV file"),
        "duplicate_column": QCoreApplication.translate(
            "Errors", "two columns mean the same thing"),
        "missing_column": QCoreApplication.translate(
            "Errors", "this column is missing from the first row"),
    }


def _problem(code: str, value: object, fallback: str) -> str:
    text = problems().get(code)
    return text.format(value=value) if text else fallback


def invalid_question(error: errors.InvalidQuestion) -> str:
    return QCoreApplication.translate("Errors", "{field}: {problem}.").format(
        field=field_names().get(error.field, error.field),
        problem=_problem(error.reason, error.value, str(error)))


def invalid_import(error: errors.InvalidImportFile) -> str:
    places = {
        "question": QCoreApplication.translate("Errors", "question {number}"),
        "row": QCoreApplication.translate("Errors", "row {number}"),
    }
    where = [places[error.where].format(number=error.number)] if error.where in places else []
    if error.field:
        where.append(field_names().get(error.field, error.field))
    problem = _problem(error.detail, error.value, error.reason)
    if where:
        return QCoreApplication.translate(
            "Errors", "The file {path} was not imported ({place}): {problem}. Nothing was added."
        ).format(path=error.path, place=", ".join(where), problem=problem)
    return QCoreApplication.translate(
        "Errors", "The file {path} was not imported: {problem}. Nothing was added."
    ).format(path=error.path, problem=problem)


def bank_error_message(error: errors.BankError) -> str:
    if isinstance(error, errors.InvalidQuestion):
        return invalid_question(error)
    if isinstance(error, errors.UnsupportedPackVersion):
        return QCoreApplication.translate(
            "Errors", "The file {path} is a question pack of version {version}, and this "
            "version of SOLE Facilitator reads version 1. Update the app to import it."
        ).format(path=error.path, version=error.version)
    if isinstance(error, errors.InvalidImportFile):
        return invalid_import(error)
    if isinstance(error, errors.UnknownFileFormat):
        return QCoreApplication.translate(
            "Errors", "The format of {path} is not known: choose a .json or a .csv file."
        ).format(path=error.path)
    if isinstance(error, errors.FileUnreadable):
        return QCoreApplication.translate("Errors", "The file {path} cannot be used: {reason}."
                                          ).format(path=error.path, reason=error.reason)
    if isinstance(error, errors.InvalidStarterBank):
        return QCoreApplication.translate(
            "Errors", "The starter questions in {path} could not be loaded: {reason}."
        ).format(path=error.path, reason=error.reason)
    return str(error)


register(errors.BankError, bank_error_message)
