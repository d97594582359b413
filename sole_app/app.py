"""Composition root: paths, database, services and windows, wired together.

The only module that knows both the domain and the interface. Qt is imported only when the window
opens, so command-line use stays light; and the window is shown before the database and the heavier
modules load, so the app appears at once even on an old laptop.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

from sole_app import cli
from sole_app.core.errors import SoleError
from sole_app.core.paths import DataPaths


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse(argv)
    if args.command:
        return cli.run_command(args, command_services())
    try:
        paths = DataPaths.resolve(args.data_dir).ensure()
    except SoleError as error:
        print(f"sole-app: {error}", file=sys.stderr)
        if has_display():
            report_start_error(args.data_dir, error)
        return 1
    if not has_display():
        print("sole-app: no screen was found (DISPLAY is not set), so the window cannot open. "
              "Start it from a desktop session; commands such as 'sole-app questions' work "
              "without one.", file=sys.stderr)
        return 1
    return run_gui(paths)


def has_display() -> bool:
    """False on a Linux machine with no X11 or Wayland screen, where Qt would abort."""
    import os

    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def command_services():
    """What commands get from the Qt side, built only when one asks: exports in the saved
    language with the app's translations, and PDFs made with Qt's printing."""
    from sole_app.cli.services import Services

    return Services(exports_language=_exports_language, pdf_maker=_pdf_maker)


def _exports_language(settings) -> tuple:
    from sole_app.ui import i18n

    language = i18n.choose_language(settings.language)
    return language, i18n.translation_in(language, "Export")


_gui_for_commands: list = []  # the QGuiApplication a PDF needs (fonts), kept while we run


def _pdf_maker():
    import os

    from PySide6.QtGui import QGuiApplication

    from sole_app.ui.history.pdf import PdfReport

    if QGuiApplication.instance() is None:
        if not has_display():
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a PDF needs fonts, not a screen
        _gui_for_commands.append(QGuiApplication(sys.argv[:1]))
    return PdfReport


def report_start_error(data_dir: str | None, error: SoleError) -> None:
    """The refusal in a box too, in the saved language if the settings can be read."""
    from sole_app.ui.qt_app import create_application, tell_cannot_start

    create_application(sys.argv[:1])
    install_saved_language(DataPaths.resolve(data_dir))
    tell_cannot_start(error)


def run_gui(paths: DataPaths) -> int:
    from PySide6.QtCore import QLockFile, QTimer

    from sole_app.ui.qt_app import create_application, tell_already_running

    qt_app = create_application(sys.argv[:1])
    # One window per data folder: two would fight over the same running session. A lock left by
    # a killed process is stale (its process is gone) and is taken over.
    lock = QLockFile(str(paths.root / "sole.lock"))
    if not lock.tryLock(100):
        install_saved_language(paths)  # so the "already open" notice is in her language
        tell_already_running(paths.root)
        return 1
    window = build_main_window(paths)
    window.show()
    QTimer.singleShot(0, window, lambda: load_in_stages(window))
    return qt_app.exec()


def build_main_window(paths: DataPaths):
    """The main window with translations installed, before any data is loaded."""
    from sole_app.ui.main_window import MainWindow

    return MainWindow(paths, install_saved_language(paths), screens=_screens,
                      rebuild=rebuild_main_window, restore=restore_backup)


def _screens() -> list:
    from sole_app.ui.stage.screens import current_screens

    return current_screens()


def install_saved_language(paths: DataPaths):
    """Install the translators for the language saved in the settings; return the settings."""
    from sole_app.core.settings import AppSettings
    from sole_app.ui import i18n

    settings = AppSettings.load(paths.settings)
    i18n.install(settings.language)
    return settings


def load_into(window) -> bool:
    """Open the database, load the starter bank the first time, and open every feature in the
    window. On a refused database, say why."""
    database = open_or_recover(window)
    if database is None:
        return False
    from sole_app.ui.operations import Operations

    starter_problem = load_starter_questions(window, database)
    operations = Operations(database, window)  # the window's one undo stack, for every feature
    session, findings, bank, history, group_page = build_features(window, database,
                                                                  operations)
    window.open_features(database, [session, findings, bank, history, group_page],
                         operations)
    if starter_problem:
        window.show_notice(starter_problem)
    session.opened()  # offers to resume a session that was running
    start_daily_backups(window)
    return True


# What the features beside the bank need, imported on a second thread while the bank is searched
WARMUP_PACKAGES = ("sole_app.core.bank", "sole_app.core.session", "sole_app.core.findings",
                   "sole_app.core.history", "sole_app.core.exports", "sole_app.web")


def load_in_stages(window, done=None) -> None:
    """load_into for the window a librarian opens: on a database already at the newest schema
    with its starter questions, the Question bank opens first and can be searched at once, on
    the database's own connection; SQLAlchemy and the other features' modules load on a second
    thread meanwhile, and each other tab is built in its place, one per turn of the event loop
    (bench/bench_startup.py). Anything else (a first start, a migration, a refused file) loads
    as load_into does. ``done()`` runs once every feature is open (never if the database was
    refused)."""
    from sole_app.core.bank.seed import open_ready
    from sole_app.core.paths import questions_dir, resources_dir

    database = open_ready(window.paths.database, resources_dir(), questions_dir())
    if database is None:
        if load_into(window) and done is not None:
            done()
        return
    from PySide6.QtCore import QCoreApplication

    from sole_app.ui.operations import Operations
    from sole_app.ui.staged import LoadingFeature, Warmup

    operations = Operations(database, window)
    bank = build_bank(window, database, operations)
    waiting = [LoadingFeature(title) for title in (  # the titles the features will give
        QCoreApplication.translate("SessionWiring", "Session"),
        QCoreApplication.translate("HistoryWiring", "History"),
        QCoreApplication.translate("GroupPageWiring", "Group devices"))]
    window.open_features(database, [waiting[0], bank, *waiting[1:]], operations)
    asked: list[int] = []  # a question the bank asked a session for before the tab was there
    built: dict[str, object] = {}

    def remember(question_id: int) -> None:
        if "session" not in built:
            asked.append(question_id)

    bank.session_requested.connect(remember)

    def open_session() -> None:
        built["session"], built["findings"] = build_session(window, database, operations, bank)
        window.replace_feature(waiting[0], [built["session"], built["findings"]])
        if asked:
            built["session"].start_from_question(asked[-1])

    def open_history() -> None:
        built["history"] = build_history(window, database, operations, built["session"],
                                         built["findings"])
        window.replace_feature(waiting[1], [built["history"]])

    def open_group_page() -> None:
        window.replace_feature(waiting[2], [build_group_page(
            window, database, built["session"], built["findings"])])

    def finish() -> None:
        built["session"].opened()  # offers to resume a session that was running
        start_daily_backups(window)
        if done is not None:
            done()

    warmup = Warmup(_warmup_modules(), [open_session, open_history, open_group_page], window,
                    prepare=_prepare_mappings)
    warmup.finished.connect(finish)
    warmup.start()


def _prepare_mappings() -> None:
    from sole_app.core.engine import prepare_mappings

    prepare_mappings()


def _warmup_modules() -> list[str]:
    import pkgutil

    names = ["sqlalchemy.orm", "sole_app.core.engine"]
    for package in WARMUP_PACKAGES:
        module = importlib.import_module(package)
        names += [info.name for info in pkgutil.walk_packages(module.__path__, package + ".")]
    return names


def open_or_recover(window):
    """The database, or None once the window has said why it cannot open. A damaged file is
    never written to: the newest good backup is offered in its place (the file kept aside)."""
    from sole_app.core.db import open_database
    from sole_app.core.errors import NotADatabase

    try:
        return open_database(window.paths.database, window.paths.backups)
    except NotADatabase as error:
        from sole_app.ui.backups import recover_at_start

        if recover_at_start(window, error):
            return open_or_recover(window)
        window.show_fatal_error(error)
    except SoleError as error:
        window.show_fatal_error(error)
    return None


def start_daily_backups(window) -> None:
    """Today's copy of the database once the window has drawn, then one each new day."""
    from PySide6.QtCore import QTimer

    from sole_app.ui.backups import DailyBackups

    daily = DailyBackups(window.paths, window.settings, window)
    daily.failed.connect(window.show_notice)
    QTimer.singleShot(0, daily, daily.start)


def load_starter_questions(window, database) -> str:
    """Put the starter questions into a new bank. Returns what went wrong, in words, or ""."""
    from PySide6.QtCore import QCoreApplication

    from sole_app.core.bank.errors import InvalidStarterBank
    from sole_app.core.bank.starter import is_loaded, load_starter_bank
    from sole_app.core.paths import questions_dir
    from sole_app.ui.messages import error_message

    if is_loaded(database):
        return ""
    window.show_loading(QCoreApplication.translate("BankPanel", "Loading the starter questions…"))
    try:
        load_starter_bank(database, questions_dir())
    except InvalidStarterBank as error:
        return error_message(error)
    return ""


def build_features(window, database, operations) -> tuple:
    """The features in tab order, wired to each other (see each builder)."""
    bank = build_bank(window, database, operations)
    session, findings = build_session(window, database, operations, bank)
    history = build_history(window, database, operations, session, findings)
    return (session, findings, bank, history,
            build_group_page(window, database, session, findings))


def build_bank(window, database, operations):
    """The Question bank tab: built before the rest, as it searches without SQLAlchemy."""
    from sole_app.ui import i18n
    from sole_app.ui.bank.wiring import BankFeature

    return BankFeature(database, operations, window.paths.window_state,
                       i18n.current_language(), window)


def build_session(window, database, operations, bank) -> tuple:
    """The Session tab and the groups and notes on it: the bank starts sessions, and the
    session's list of bank questions follows every change to the bank."""
    from sole_app.ui.findings.wiring import FindingsFeature
    from sole_app.ui.session.wiring import SessionFeature

    session = SessionFeature(database, window.settings, window.paths.settings, window,
                             operations=operations)
    findings = FindingsFeature(database, operations, window.settings, session.controller, window)
    place_findings(session, findings)
    bank.session_requested.connect(session.start_from_question)
    bank.questions_changed.connect(session.bank_changed)
    session.controller.session_started.connect(lambda _session_id: bank.questions_used())
    return session, findings


def build_history(window, database, operations, session, findings):
    """The History tab: it lists a session as soon as it starts or ends, and opens the
    reflection of any session."""
    from sole_app.ui.history.wiring import HistoryFeature

    history = HistoryFeature(database, operations, window.settings, window.paths.window_state,
                             window, edit_reflection=findings.open_reflection)
    session.controller.session_started.connect(history.sessions_changed)
    session.controller.session_finished.connect(history.sessions_changed)
    return history


def place_findings(session, findings) -> None:
    """The groups and notes beside the plan on the Session tab, shown when a session starts;
    Ctrl+N for a note on that tab; the note and the reflection in the Session menu; and the
    session's keys in group turn, so a clicker still drives the session from there (not Esc,
    which leaves group turn, nor Start and End)."""
    page, actions = session.page(), session.actions
    for panel, title in findings.side_pages():
        page.add_side_page(panel, title)
    page.visibility_changed.connect(findings.session_tab_shown)
    session.menu().addSeparator()
    session.menu().addActions(findings.session_menu_actions())
    findings.install_clicker_keys([*actions.timer_actions(), actions.blackout, actions.present])
    session.controller.session_started.connect(
        lambda _session_id: page.show_side_page(findings.groups_panel))
    findings.turn.record_saved.connect(lambda _result: session.groups_changed())


def build_group_page(window, database, session, findings):
    """The Group devices tab, handed the group page's server (sole_app/web, Qt-free) and a way
    to put the page's address on the stage; it follows the session's start and end, and what
    devices write shows at once in the groups list and in group turn."""
    from sole_app.ui import i18n
    from sole_app.ui.grouppage.wiring import GroupPageFeature
    from sole_app.web.host import GroupPageHost

    def show_join_card(card) -> None:  # on the projector and in the preview alike
        session.presenter.set_join_card(card)
        session.session_page.preview.set_join_card(card)

    feature = GroupPageFeature(GroupPageHost(database), database, window.settings,
                               i18n.current_language, show_join_card, window)
    session.controller.session_started.connect(feature.session_started)
    session.controller.session_finished.connect(feature.session_ended)
    feature.events.device_joined.connect(
        lambda entry, _devices, _created: findings.changed_elsewhere((entry.group.id,)))
    feature.events.device_saved.connect(
        lambda group_id, _result: findings.changed_elsewhere((group_id,)))
    feature.events.device_saved.connect(lambda *_args: session.groups_changed())
    feature.events.device_joined.connect(lambda *_args: session.groups_changed())
    return feature


_open_windows: list = []  # a top-level window with no parent lives only while referenced


def rebuild_main_window(old, before_open=None):
    """Replace the main window with a new one built as at start-up, in the saved language, with
    the same geometry and tab, and what the features were preparing (the picked question, the
    plan). The old one closes first (saving what it saves on close), then its database;
    ``before_open(new)`` runs on the closed file before the new window opens it."""
    carried = old.carry_over()
    new = build_main_window(old.paths)
    _open_windows[:] = [new]
    new.restoreGeometry(old.saveGeometry())
    tab = old.pages.currentWidget().objectName() if old.pages.count() else ""
    new.show()  # before the old one closes, so the app never has no window and quits
    database = old.database
    old.close()
    old.deleteLater()
    if database is not None:
        database.close()
    if before_open is not None:
        before_open(new)
    if load_into(new):
        new.take_over(carried)
        _select_tab(new, tab)
    return new


def restore_backup(old, backup):
    """Restore ``backup`` (a path in the backups folder) with the database closed, then open
    the window again on the restored data, as after a language change."""
    from sole_app.ui.backups import restore_chosen

    return rebuild_main_window(old, before_open=lambda new: restore_chosen(new, backup))


def _select_tab(window, object_name: str) -> None:
    for index in range(window.pages.count()):
        if object_name and window.pages.widget(index).objectName() == object_name:
            window.pages.setCurrentIndex(index)
