"""Screenshots of the History tab and of the PDFs it makes (report, question card, recording
sheet), in English, Romanian and Russian, for people to look at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/history/shots.py [folder]
Not a test: it writes history-*.png and pdf-*.png (default /work/shots/exports), each PDF page
rendered by Qt's own QtPdf, and prints their paths.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from sole_app.core.bank import store as bank  # noqa: E402
from sole_app.core.bank.question_data import QuestionData  # noqa: E402
from sole_app.core.clock import FakeClock  # noqa: E402
from sole_app.core.db import open_database  # noqa: E402
from sole_app.core.exports import run  # noqa: E402
from sole_app.core.exports.report import ExportOptions  # noqa: E402
from sole_app.core.history.backup import full_document  # noqa: E402
from sole_app.core.paths import DataPaths  # noqa: E402
from sole_app.core.settings import AppSettings  # noqa: E402
from sole_app.ui import i18n  # noqa: E402
from sole_app.ui.history.pdf import PdfReport  # noqa: E402
from sole_app.ui.history.printables import question_card_pdf, recording_sheet_pdf  # noqa: E402
from sole_app.ui.history.rows import export_words  # noqa: E402
from sole_app.ui.history.wiring import HistoryFeature  # noqa: E402
from sole_app.ui.operations import Operations  # noqa: E402
from tests.full_session import QUESTION, RUSSIAN_QUESTION, make_full_session  # noqa: E402

LIBRARIES = {"en": "Ciorăști Commune Library", "ro": "Biblioteca Comunală Ciorăști",
             "ru": "Библиотека села Чоропкань"}
QUESTIONS = {"en": QUESTION, "ro": QUESTION, "ru": RUSSIAN_QUESTION}


def pages_to_png(data: bytes, stem: Path, width: int = 1240) -> list[Path]:
    holder = QByteArray(data)
    buffer = QBuffer(holder)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(None)
    document.load(buffer)
    written = []
    for page in range(document.pageCount()):
        size = document.pagePointSize(page)
        scale = width / size.width()
        image = document.render(page, QSize(width, round(size.height() * scale)))
        path = stem.with_name(f"{stem.name}-{page + 1}.png")
        image.save(str(path))
        written.append(path)
    document.close()
    return written


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    QApplication(sys.argv[:1])
    paths = DataPaths(Path(tempfile.mkdtemp())).ensure()
    database = open_database(paths.database, paths.backups)
    clock = FakeClock()
    question = bank.add_question(database, QuestionData(RUSSIAN_QUESTION, "ru", ("энергия",)))
    romanian = make_full_session(database, clock)
    clock.advance(7 * 86400)
    russian = make_full_session(database, clock, RUSSIAN_QUESTION, question_id=question.id)
    clock.advance(7 * 86400)
    make_full_session(database, clock, "De ce avem nevoie de somn?")
    for language in ("en", "ro", "ru"):
        i18n.install(language)
        settings = AppSettings(language=language, library_name=LIBRARIES[language])
        print(tab_shot(database, paths, settings, folder / f"history-{language}.png"))
        export_options = ExportOptions(translate=export_words, language=language,
                                       library=LIBRARIES[language])
        session = russian if language == "ru" else romanian
        data = run.render("pdf", [full_document(database, session)], export_options,
                          PdfReport)
        translate = i18n.translation_in(language, "Export")
        for path in (pages_to_png(data, folder / f"pdf-report-{language}")
                     + pages_to_png(question_card_pdf(QUESTIONS[language], translate,
                                                      LIBRARIES[language]),
                                    folder / f"pdf-card-{language}", width=1754)
                     + pages_to_png(recording_sheet_pdf(QUESTIONS[language], translate,
                                                        LIBRARIES[language]),
                                    folder / f"pdf-sheet-{language}")):
            print(path)
    database.close()


def tab_shot(database, paths, settings, target: Path) -> Path:
    window = QMainWindow()
    feature = HistoryFeature(database, Operations(database, window), settings,
                             paths.window_state, window, edit_reflection=lambda _id: None)
    window.setCentralWidget(feature.page())
    window.resize(1280, 760)
    window.show()
    feature.page().list.setCurrentItem(feature.page().list.topLevelItem(1))
    QApplication.processEvents()
    window.grab().save(str(target))
    window.close()
    return target


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shots/exports"))
