"""The real SOLE Facilitator, driven without pause until it is killed (tests/e2e/crash_harness.py).

    python tests/e2e/crash_driver.py --data-dir DIR --report FILE --journal FILE --start Q

It runs the app's own ``main()`` as tests/e2e/launcher.py does, answers Yes to "Resume the
session?" (else starts one with the question ``--start``), and once the session runs:

- adds the groups of GROUPS that the session lacks, opens group turn and types each group's
  text key by key (one key every KEY_MS), moving to the next group every WORDS_PER_TURN keys;
  on a restart it goes on from what is stored for each group;
- every PHASE_EVERY_MS moves to the next phase, or back to the first (so the session never
  ends), through the session's controller as the Right and Left keys do;
- every BANK_EVERY_MS leaves group turn (Done: the children hand the laptop back, which saves
  their words), adds a question to the bank through its editor, saved as Ctrl+Enter does, and
  opens group turn again. (The librarian and the children do not use the laptop at once; a
  question added while a key waits to be saved is a freeze of the window, measured apart.)

What it did goes, one JSON line per event, to the journal (appended, never rewritten): each key
with the group and the length typed so far, each phase change and bank question before it is
made ("intent") and after ("done"). The stage is reported to ``--report`` as by the launcher, at
each tick and after each phase change. The harness reads both after a kill.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.e2e.launcher import (  # noqa: E402
    answer_resume_offers,
    findings_feature,
    report,
    run_then,
    session_feature,
)

GROUPS = ("Bufnițele", "Вороны", "Vulpile")
TEXT = {  # what each group types, over and over: diacritics and Cyrillic as an input method
    "Bufnițele": "Somnul repară corpul și creierul; bufnițele vânează noaptea. ",
    "Вороны": "Мозг сортирует воспоминания ночью, а вороны помнят лица. ",
    "Vulpile": "Teenagers need nine hours of sleep, said the school nurse. ",
}
KEY_MS = 40
WORDS_PER_TURN = 120  # keys typed into a group before Next group (about 5 s)
PHASE_EVERY_MS = 4100
BANK_EVERY_MS = 3100


def typed_text(group: str, length: int) -> str:
    """The first ``length`` characters a group types."""
    base = TEXT[group]
    return (base * (length // len(base) + 1))[:length]


class Journal:
    def __init__(self, path: Path) -> None:
        self._stream = path.open("a", encoding="utf-8", buffering=1)

    def write(self, event: str, **details) -> None:
        self._stream.write(json.dumps({"t": time.time(), "ev": event, **details},
                                      ensure_ascii=False) + "\n")
        self._stream.flush()  # in the kernel now: a killed process loses none of it


class Driver:
    """The librarian's and the children's hands, on timers of the main window."""

    def __init__(self, window, journal: Journal, report_path: Path) -> None:
        from PySide6.QtCore import QTimer

        self.window = window
        self.journal = journal
        self.report_path = report_path
        self.session = session_feature(window)
        self.findings = findings_feature(window)
        self.keys_in_turn = 0
        self.timers = []
        for interval, action in ((KEY_MS, self.type_key), (PHASE_EVERY_MS, self.change_phase),
                                 (BANK_EVERY_MS, self.edit_bank)):
            timer = QTimer(window)
            timer.timeout.connect(action)
            timer.start(interval)
            self.timers.append(timer)

    def prepare_groups(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        panel = self.findings.groups_panel.group_list
        present = {panel.item(row).text().split(" · ")[0] for row in range(panel.count())}
        for group in GROUPS:
            if group not in present:
                self.findings.actions.add.trigger()
                self.findings.groups.dialog.nickname_edit.setText(group)
                QTest.keyClick(self.findings.groups.dialog.nickname_edit, Qt.Key.Key_Return)
        panel.setCurrentRow(0)
        self.findings.actions.group_turn.trigger()
        self.start_turn()

    def start_turn(self) -> None:
        from PySide6.QtGui import QTextCursor

        editor = self.findings.turn.window.editor
        editor.found_edit.setFocus()
        editor.found_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.keys_in_turn = 0
        group = self.group_shown()
        self.journal.write("turn", g=group, n=len(editor.found_edit.toPlainText()))

    def group_shown(self) -> str:
        from sole_app.core.findings.groups import get_group

        group_id = self.findings.turn.group_id()
        return get_group(self.window.database, group_id).group.nickname

    def type_key(self) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        if not self.findings.turn.is_open():
            return
        if self.keys_in_turn >= WORDS_PER_TURN:
            self.findings.turn.window.next_button.click()
            self.start_turn()
        field = self.findings.turn.window.editor.found_edit
        group = self.group_shown()
        done = field.toPlainText()
        key = typed_text(group, len(done) + 1)[-1]
        if key == " ":
            QTest.keyClick(field, Qt.Key.Key_Space)
        elif key.isascii():
            QTest.keyClicks(field, key)
        else:
            field.insertPlainText(key)
        self.keys_in_turn += 1
        self.journal.write("key", g=group, n=len(field.toPlainText()))

    def change_phase(self) -> None:
        controller = self.session.controller
        if controller.runner is None:
            return
        target = 1 if controller.runner.phase_index == 0 else 0
        self.journal.write("phase-intent", to=target)
        if target:
            controller.next_phase()
        else:
            while controller.runner.phase_index > 0:
                controller.previous_phase()
        self.journal.write("phase-done", to=controller.runner.phase_index)
        report(self.session, self.findings, self.report_path)

    def edit_bank(self) -> None:
        """As the librarian would: the children hand the laptop back (Done, which saves their
        words), she adds a question to the bank, and gives group turn back to them."""
        from sole_app.ui.bank.wiring import BankFeature

        if self.findings.turn.is_open():
            self.findings.turn.leave()
            self.journal.write("turn-left")
        bank = next(f for f in self.window.features() if isinstance(f, BankFeature))
        text = f"De ce? întrebarea {time.time():.3f}"
        bank.controller.new_question()
        editor = bank.controller.editor
        editor.text_edit.setPlainText(text)
        self.journal.write("bank-intent", text=text)
        editor.accept()
        self.journal.write("bank-done", text=text)
        self.findings.actions.group_turn.trigger()
        self.start_turn()


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", required=True, type=Path)
    parser.add_argument("--report", required=True, type=Path)
    parser.add_argument("--journal", required=True, type=Path)
    parser.add_argument("--start", metavar="QUESTION", default="")
    return parser.parse_args(argv)


DRIVERS: list[Driver] = []


def act(window, args: argparse.Namespace) -> None:
    feature = session_feature(window)
    started = args.start and feature.controller.runner is None
    if started:
        feature.page().setup.question_edit.setPlainText(args.start)
        feature.page().setup.start_button.click()
    if feature.controller.runner is None:
        return
    findings = findings_feature(window)
    journal = Journal(args.journal)
    journal.write("started" if started else "resumed",
                  session=feature.controller.runner.session_id)
    report(feature, findings, args.report)
    feature.controller.timer.ticked.connect(lambda: report(feature, findings, args.report))
    driver = Driver(window, journal, args.report)
    DRIVERS.append(driver)
    driver.prepare_groups()


def main(argv: list[str]) -> int:
    args = parse(argv)
    answer_resume_offers(True)
    return run_then(args.data_dir, lambda window: act(window, args))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
