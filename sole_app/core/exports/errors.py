"""Errors of exports, each with its one sentence (see core/errors.py). A failed export leaves
any file that was there before exactly as it was."""

from __future__ import annotations

from pathlib import Path

from sole_app.core.errors import SoleError
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english


class ExportError(SoleError):
    """An export that could not be made."""

    code = "export"


class ExportFailed(ExportError):
    """The file could not be written. ``reason`` is "missing_folder", "no_permission",
    "disk_full", or the system's own words for a rarer problem."""

    code = "export_failed"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def sentence(self, translate: Translate = english) -> str:
        folder, name = self.path.parent, self.path.name
        if self.reason == "missing_folder":
            text = QT_TRANSLATE_NOOP(
                "Errors", "{file} was not saved: the folder {folder} does not exist.")
        elif self.reason == "no_permission":
            text = QT_TRANSLATE_NOOP(
                "Errors", "{file} was not saved: the folder {folder} cannot be written to, or "
                          "the file is open in another program.")
        elif self.reason == "disk_full":
            text = QT_TRANSLATE_NOOP(
                "Errors", "{file} was not saved because the disk is full; free some space or "
                          "choose another disk, and any older {file} there is unchanged.")
        else:
            text = QT_TRANSLATE_NOOP("Errors", "{file} was not saved in {folder} ({reason}).")
        return translate(text).format(file=name, folder=folder, reason=self.reason)


class NothingToExport(ExportError):
    code = "nothing_to_export"

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "No session was chosen or none is in those dates, so nothing was "
                      "exported."))


class PdfUnavailable(ExportError):
    """A PDF was asked for where no PDF renderer was given (a command line without Qt)."""

    code = "pdf_unavailable"

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "A PDF cannot be made here; export as HTML and print that instead."))
