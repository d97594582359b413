"""Start the real SOLE Facilitator and do what the librarian would, for the end-to-end tests.

    python tests/e2e/launcher.py --data-dir DIR --report FILE [--start QUESTION]
                                 [--accept-resume] [--findings FILE]

It runs the app's own ``main()``: the same lock, window, database, features and event loop as
``python -m sole_app``. Only the librarian's hands are replaced:

- ``--start QUESTION``: once the window has loaded, type the question on the Session tab and
  press Start;
- ``--accept-resume``: answer Yes to "Resume the session?" (otherwise No, so no message box
  waits for a person who is not there);
- ``--findings FILE``: once the session runs, add the groups listed in FILE (JSON: a list of
  {"group", "found", "sources", "questions"}) with Add a group, open group turn (F6's action)
  and type each group's record key by key as children would (words with diacritics go in as
  an input method puts them), pressing Next group between groups. The report then says when
  the last key was typed (``typed_at``);
- ``--report FILE``: once a session runs, write what the stage shows (phase, seconds left,
  level, paused, the countdown as shown, the wall time), the groups listed on the Session tab
  and ``typed_at``, as JSON to FILE, and again at each refresh of the display. Each write
  replaces the file whole.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--report", required=True, type=Path)
    parser.add_argument("--start", metavar="QUESTION", default="")
    parser.add_argument("--accept-resume", action="store_true")
    parser.add_argument("--findings", metavar="FILE", type=Path)
    return parser.parse_args(argv)


def answer_resume_offers(accept: bool) -> None:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.StandardButton.Yes if accept else QMessageBox.StandardButton.No
    QMessageBox.exec = lambda _box: answer  # every box is built and exec()uted (ui/messages.py)


def session_feature(window):
    return next(feature for feature in window.features()
                if feature.page() is not None
                and feature.page().objectName() == "sessionPage")


def act(window, args: argparse.Namespace) -> None:
    """What the librarian does once the window has loaded (a resume offer is answered by now)."""
    feature = session_feature(window)
    if args.start:
        feature.page().setup.question_edit.setPlainText(args.start)
        feature.page().setup.start_button.click()
    controller = feature.controller
    if controller.runner is None:
        return
    findings = findings_feature(window)
    if args.findings:
        type_findings(findings, json.loads(args.findings.read_text(encoding="utf-8")))
    report(feature, findings, args.report)
    controller.timer.ticked.connect(lambda: report(feature, findings, args.report))


def findings_feature(window):
    from sole_app.ui.findings.wiring import FindingsFeature

    return next(feature for feature in window.features() if isinstance(feature, FindingsFeature))


TYPED: dict[str, float] = {}


def type_findings(findings, groups: list[dict]) -> None:
    """Add the groups, then type each one's record in group turn, as children would."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for group in groups:
        findings.actions.add.trigger()
        findings.groups.dialog.nickname_edit.setText(group["group"])
        QTest.keyClick(findings.groups.dialog.nickname_edit, Qt.Key.Key_Return)
    findings.groups_panel.group_list.setCurrentRow(0)
    findings.actions.group_turn.trigger()
    editor = findings.turn.window.editor
    for number, group in enumerate(groups):
        if number:
            findings.turn.window.next_button.click()
        type_into(editor.found_edit, group["found"])
        type_into(editor.sources_edit, "\n".join(group["sources"]))
        type_into(editor.questions_edit, "\n".join(group["questions"]))
    TYPED["at"] = time.time()


def type_into(field, text: str) -> None:
    """Key by key; a word QTest cannot type (ă, ș, ц) goes in as an input method puts it."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    field.setFocus()
    for line_number, line in enumerate(text.split("\n")):
        if line_number:
            QTest.keyClick(field, Qt.Key.Key_Return)
        for word_number, word in enumerate(line.split(" ")):
            if word_number:
                QTest.keyClick(field, Qt.Key.Key_Space)
            if word.isascii():
                QTest.keyClicks(field, word)
            else:
                field.insertPlainText(word)


def report(feature, findings, path: Path) -> None:
    state = feature.controller.stage_state()
    shown = feature.page().preview.countdown.text()
    rows = findings.groups_panel.group_list
    text = json.dumps({
        "session_id": feature.controller.runner.session_id, "phase_index": state.phase_index,
        "remaining_seconds": state.remaining_seconds, "level": state.level,
        "paused": state.paused, "question": state.question, "countdown_text": shown,
        "wall_time": time.time(), "typed_at": TYPED.get("at"),
        "groups": [rows.item(row).text() for row in range(rows.count())],
    }, ensure_ascii=False)
    partial = path.with_suffix(".partial")
    partial.write_text(text, encoding="utf-8")
    os.replace(partial, path)


def run_then(data_dir: Path, act_on: Callable[[object], None]) -> int:
    """Run the app's own main() on ``data_dir``, and ``act_on(window)`` once every tab is open."""
    from sole_app import app

    load_in_stages = app.load_in_stages

    def load_then_act(window, done=None) -> None:
        def opened() -> None:
            act_on(window)
            if done is not None:
                done()

        load_in_stages(window, opened)

    app.load_in_stages = load_then_act  # run_gui calls it by name once the window shows
    return app.main(["--data-dir", str(data_dir)])


def main(argv: list[str]) -> int:
    args = parse(argv)
    answer_resume_offers(args.accept_resume)
    return run_then(args.data_dir, lambda window: act(window, args))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
