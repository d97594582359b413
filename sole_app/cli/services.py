"""What some commands need that core cannot give, handed in by the composition root (app.py).

Exports are written in the interface language with the app's own translations, and a PDF is made
with Qt's printing: both live on the Qt side, which the command line never imports. The
composition root builds them only when a command asks (``sessions export``), so every other
command starts without loading Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sole_app.core.translatable import Translate, english

if TYPE_CHECKING:  # the window starts through cli.parse: it must not load the exports first
    from sole_app.core.exports.run import MakePdf
    from sole_app.core.settings import AppSettings


def _english(_settings: AppSettings) -> tuple[str, Translate]:
    return "en", english


def _no_pdf() -> MakePdf | None:
    return None


@dataclass(frozen=True)
class Services:
    """``exports_language(settings)``: the language code and translation exports are written
    in, for the saved settings; ``pdf_maker()``: what makes PDFs, or None where there is none.
    The defaults (English, no PDF) are what core alone can do."""

    exports_language: Callable[[AppSettings], tuple[str, Translate]] = _english
    pdf_maker: Callable[[], MakePdf | None] = _no_pdf
