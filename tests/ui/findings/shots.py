"""Screenshots of the groups, group turn, the notes and the reflection, for people to look at.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/findings/shots.py [folder] [language]
Not a test: it opens the real main window on a throwaway data folder, in Romanian by default,
fills a session in as a club would, and writes findings-*.png (default /work/shots/findings-ui).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sole_app import app  # noqa: E402
from sole_app.core.findings import operations  # noqa: E402
from sole_app.core.findings.data import Certainty, RecordContent  # noqa: E402
from sole_app.core.findings.records import save_record  # noqa: E402
from sole_app.core.paths import DataPaths  # noqa: E402
from sole_app.core.settings import AppSettings  # noqa: E402
from sole_app.ui.findings.wiring import FindingsFeature  # noqa: E402
from sole_app.ui.qt_app import create_application  # noqa: E402
from sole_app.ui.settings_dialog import SettingsDialog  # noqa: E402

QUESTIONS = {
    "ro": "De ce avem nevoie de somn? Ce se întâmplă în creier când dormim?",
    "ru": "Зачем нам нужен сон? Что происходит в мозге, когда мы спим?",
    "en": "Why do we have to sleep? What happens in the brain while we sleep?",
}
GROUPS = {
    "ro": [
        ("Bufnițele", 4, RecordContent(
            found="Am aflat că **somnul** ajută creierul să țină minte ce am învățat.\n"
                  "- copiii de 10–14 ani au nevoie de 9–11 ore\n"
                  "- fără somn, atenția scade a doua zi",
            sources=("https://ro.wikipedia.org/wiki/Somn", "Manualul de biologie, clasa a VI-a",
                     "Doamna asistentă de la școală"),
            certainty=Certainty.FAIRLY_SURE,
            new_questions=("De ce visăm?", "Dorm și peștii?"))),
        ("Vulpile", 3, RecordContent(found="Somnul are etape; visăm mai ales în faza REM.",
                                     certainty=Certainty.NOT_SURE)),
        ("Delfinii", 5, RecordContent()),
    ],
    "ru": [
        ("Совы", 4, RecordContent(
            found="Мы узнали, что **сон** помогает мозгу запоминать.\n"
                  "- детям 10–14 лет нужно 9–11 часов\n- без сна труднее думать",
            sources=("https://ru.wikipedia.org/wiki/Сон", "Учебник биологии"),
            certainty=Certainty.VERY_SURE, new_questions=("Почему мы видим сны?",))),
        ("Лисы", 3, RecordContent()),
    ],
}
NOTES = {
    "ro": [("question", 95, "Copiii au pus multe întrebări despre vise."),
           ("investigation", 754, "Vulpile au găsit un video bun despre faza REM."),
           ("investigation", 1510, "Delfinii s-au mutat la Bufnițe; le-am unit grupurile.")],
    "ru": [("investigation", 754, "Совы нашли хорошее видео о фазе быстрого сна.")],
}


def open_window(language: str, size: tuple[int, int]):
    paths = DataPaths(Path(tempfile.mkdtemp()) / "data").ensure()
    AppSettings(language=language).save(paths.settings)
    window = app.build_main_window(paths)
    window.resize(*size)
    window.show()
    app.load_into(window)
    return window


def fill_session(window, language: str):
    """A running session in its Investigation, with groups, records and notes."""
    session = window.features()[0]
    findings = next(f for f in window.features() if isinstance(f, FindingsFeature))
    session.page().setup.question_edit.setPlainText(QUESTIONS[language])
    session.controller.start()
    session.controller.next_phase()
    session_id = session.controller.runner.session_id
    database = window.database
    for nickname, head_count, content in GROUPS.get(language, GROUPS["ro"]):
        change = window_run(findings, lambda n=nickname, h=head_count: operations.add_group(
            database, session_id, n, h))
        if not content.is_empty:
            save_record(database, change.entry.id, content, 0)
    for phase, seconds, text in NOTES.get(language, NOTES["ro"]):
        window_run(findings, lambda p=phase, s=seconds, t=text: operations.add_note(
            database, session_id, t, p, s))
    findings.groups.refresh()
    findings.groups_panel.group_list.setCurrentRow(0)
    return session, findings


def window_run(findings, operation):
    return findings.operations.run("shot", operation)


def save(widget, qt_app, path: Path) -> None:
    qt_app.processEvents()
    widget.grab().save(str(path))
    print(path)


def shoot_planned(folder: Path, language: str, qt_app) -> None:
    """Groups set up before Start, waiting for the next session."""
    window = open_window(language, (1024, 600))
    session = window.features()[0]
    findings = next(f for f in window.features() if isinstance(f, FindingsFeature))
    session_id = findings.current.ensure()
    for nickname, head_count, _content in GROUPS.get(language, GROUPS["ro"])[:2]:
        window_run(findings, lambda n=nickname, h=head_count: operations.add_group(
            window.database, session_id, n, h))
    session.page().setup.question_edit.setPlainText(QUESTIONS[language])
    session.page().show_side_page(findings.groups_panel)
    save(window, qt_app, folder / f"findings-groups-before-start-{language}.png")
    window.database.close()


def main(folder: Path, language: str) -> None:
    qt_app = create_application(sys.argv[:1])
    folder.mkdir(parents=True, exist_ok=True)
    shoot_planned(folder, language, qt_app)
    window = open_window(language, (1024, 600))
    session, findings = fill_session(window, language)
    page = session.page()
    page.show_side_page(findings.groups_panel)
    save(window, qt_app, folder / f"findings-groups-1024x600-{language}.png")
    turn = findings.turn
    turn.open(findings.groups_panel.current_id())
    for width, height in ((1366, 768), (1024, 600)):
        turn.window.showNormal()
        turn.window.resize(width, height)
        save(turn.window, qt_app, folder / f"findings-group-turn-{width}x{height}-{language}.png")
    turn.leave()
    page.show_side_page(findings.notes_panel)
    save(window, qt_app, folder / f"findings-notes-1024x600-{language}.png")
    findings.actions.note.trigger()
    save(findings.notes.dialog, qt_app, folder / f"findings-note-dialog-{language}.png")
    findings.notes.dialog.reject()
    findings.groups.set_first_names(True)  # as after turning them on in the Settings
    findings.actions.add.trigger()
    save(findings.groups.dialog, qt_app, folder / f"findings-add-group-{language}.png")
    findings.groups.dialog.reject()
    settings = SettingsDialog(window.settings, window.paths.settings, [], window)
    save(settings, qt_app, folder / f"findings-settings-{language}.png")
    session.controller.finish()
    dialog = findings.reflection
    dialog.objective_why_edit.setPlainText("Au înțeles de ce dormim; despre vise au rămas "
                                           "întrebări." if language == "ro" else "…")
    dialog.percent_spins["engagement"].setValue(90)
    save(dialog, qt_app, folder / f"findings-reflection-{language}.png")
    dialog.reject()
    window.database.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shots/findings-ui"),
         sys.argv[2] if len(sys.argv) > 2 else "ro")
