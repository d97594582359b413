"""What the question bank page does: search, choose, and change questions through operations.

The page (panel.py) lays out and draws; this controller decides. Every change goes through the
app's one Operations object (ui/operations.py), so it can be undone, and the list, the detail and
the filters' tags are redrawn from its ``changed`` signal alone: after the controller's own
changes, and after an undo or redo made from the Edit menu alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, QTimer, Signal

from sole_app.core.bank import reading
from sole_app.core.bank.hidden import hidden_matches
from sole_app.core.bank.question_data import DEFAULT_LANGUAGE, QuestionData
from sole_app.core.bank.reading import QuestionView
from sole_app.core.bank.search import SearchFilters, search
from sole_app.core.errors import SoleError
from sole_app.core.markup import to_plain
from sole_app.ui.bank import files
from sole_app.ui.bank.list_model import PAGE
from sole_app.ui.bank.panel import BankPanel
from sole_app.ui.operations import Operations, named

if TYPE_CHECKING:
    from sole_app.ui.bank.editor import QuestionEditor

# Counting what the filters hide costs about one more search: in a bank of 100,000 it is done
# once the librarian pauses, not at every key (bench/bench_hidden.py).
HIDDEN_COUNT_PAUSE_MS = 300
QUESTION_LANGUAGES_BY_DEFAULT = ("ro", "ru")  # an English interface writes DEFAULT_LANGUAGE


def _writes():
    """The bank's changes (core/bank/operations.py), imported when first used: they need
    SQLAlchemy, and the tab opens and searches before it has loaded (app.load_in_stages)."""
    from sole_app.core.bank import operations

    return operations


class BankController(QObject):
    """Drives a BankPanel. Emits session_requested(question id) for the Session page and
    questions_changed() after any change to the bank (made here, undone or redone)."""

    session_requested = Signal(int)
    questions_changed = Signal()

    def __init__(self, view: BankPanel, database, operations: Operations,
                 interface_language: Callable[[], str]) -> None:
        super().__init__(view)
        self.view = view
        self.database = database
        self.operations = operations
        self.editor: QuestionEditor | None = None
        self._interface_language = interface_language
        self._shown_total = 0
        self._hidden_count = QTimer(self, singleShot=True, interval=HIDDEN_COUNT_PAUSE_MS)
        self._hidden_count.timeout.connect(self.count_hidden)
        self._connect()
        self.refresh()
        # Filled now, so the first return to the tab need not search again (bench_startup.py),
        # unless a session has used a question since (questions_used).
        self._listed_fresh = True

    def _connect(self) -> None:
        view = self.view
        for action, slot in (
                (view.new_action, self.new_question), (view.edit_action, self.edit_question),
                (view.duplicate_action, self.duplicate_question),
                (view.delete_action, self.delete_question),
                (view.favourite_action, self.set_favourite),
                (view.import_action, lambda: files.import_questions(self)),
                (view.export_action, lambda: files.export_questions(self)),
                (view.start_action, self.request_session)):
            action.triggered.connect(slot)
        view.search_changed.connect(self.refresh)
        view.current_changed.connect(self.show_current)
        view.shown_again.connect(self._shown_again)
        view.detail.translation_chosen.connect(self.select_question)
        view.notice.undo_requested.connect(self.operations.undo)
        view.hidden_bar.show_languages_requested.connect(view.show_all_languages)
        view.hidden_bar.clear_filters_requested.connect(self.clear_filters)
        self.operations.changed.connect(self.show_change)

    def refresh(self, select_id: int | None = None, near_row: int = 0) -> None:
        """Search again with what is typed and chosen; keep (or move to) the chosen question,
        else choose the row at ``near_row``."""
        keep = select_id if select_id is not None else self.view.current_id()
        query, filters = self.view.search_text(), self.view.filters()
        result = search(self.database, query, filters, PAGE)
        more = result.total > len(result.rows) or not result.total_exact

        def fetch(offset: int, count: int) -> list:
            return search(self.database, query, filters, count, offset).rows

        with QSignalBlocker(self.view):  # the chosen question is shown once, below
            self.view.show_rows(result.rows, result.total, keep, near_row, result.total_exact,
                                fetch if more else None)
        self._shown_total = result.total
        self._hidden_count.start()
        self.show_current()

    def _shown_again(self) -> None:
        """Back to the tab: list again, as a session may have used a question ("last used")."""
        if not self._listed_fresh:
            self.refresh()
        self._listed_fresh = False

    def questions_used(self) -> None:
        """A session started with a question from the bank: its "last used" changed."""
        self._listed_fresh = False

    def count_hidden(self) -> None:
        """Say how many matches the filters hide (nothing when nothing is typed)."""
        self._hidden_count.stop()
        self.view.show_hidden(hidden_matches(self.database, self.view.search_text(),
                                             self.view.filters(), self._shown_total))

    def clear_filters(self) -> None:
        """Every filter back to "all", keeping what is typed; then list again."""
        self.view.clear_filters()
        self.refresh()

    def show_current(self) -> None:
        question = self.current_question()
        translations = reading.translations_of(self.database, question) if question else []
        searching = bool(self.view.search_text()) or self.view.filters() != SearchFilters()
        self.view.show_question(question, translations, searching)

    def current_question(self) -> QuestionView | None:
        question_id = self.view.current_id()
        if question_id is None:
            return None
        try:
            return reading.get_question(self.database, question_id)
        except SoleError:
            return None

    def select_question(self, question_id: int) -> None:
        """Show a question, clearing the search and filters only if they hide it."""
        self.refresh(select_id=question_id)
        if self.view.current_id() != question_id:
            self.view.show_all()
            self.refresh(select_id=question_id)

    def show_change(self, change: object) -> None:
        """Any change to the bank, from here or from Undo and Redo: list, detail and tags."""
        from sole_app.core.bank.operations import QuestionChange  # loaded with the first change

        if not isinstance(change, QuestionChange):
            return
        self.view.hide_notice()  # what it said (and its Undo) is about an older change
        self.view.refresh_choices()
        if change.focus is not None:
            self.select_question(change.focus)
        else:  # a deleted question's neighbour takes its place
            self.refresh(near_row=self.view.current_row())
        self.questions_changed.emit()

    def default_language(self) -> str:
        """The language of a new question: the one filtered on, else the interface's."""
        interface = self._interface_language()
        return self.view.chosen_language() or (
            interface if interface in QUESTION_LANGUAGES_BY_DEFAULT else DEFAULT_LANGUAGE)

    def new_question(self) -> None:
        def save(data: QuestionData, _link: bool) -> None:
            self.operations.run(self.tr("add question “{text}”").format(text=named(data.text)),
                                lambda: _writes().add_question(self.database, data))

        self._open_editor(QuestionData("", self.default_language()), self.tr("New question"),
                          save)

    def edit_question(self) -> None:
        question = self.current_question()
        if question is None:
            return

        def save(data: QuestionData, _link: bool) -> None:
            self.operations.run(
                self.tr("edit question “{text}”").format(text=named(data.text)),
                lambda: _writes().edit_question(self.database, question.id, data))

        self._open_editor(question.data, self.tr("Edit question"), save)

    def duplicate_question(self) -> None:
        original = self.current_question()
        if original is None:
            return

        def save(data: QuestionData, link: bool) -> None:
            self.operations.run(
                self.tr("duplicate question “{text}”").format(text=named(original.text)),
                lambda: _writes().duplicate_question(self.database, original.id, data,
                                                           link))

        self._open_editor(reading.duplicate_data(original), self.tr("Duplicate question"), save,
                          offer_translation_link=True)

    def _open_editor(self, data: QuestionData, title: str, save, **options) -> None:
        self.editor = self.view.open_editor(data, title, save,
                                            reading.all_tags(self.database), **options)
        self.editor.finished.connect(self._editor_closed)

    def _editor_closed(self) -> None:
        self.editor = None

    def delete_question(self) -> None:
        question = self.current_question()
        if question is None or not self.view.ask_to_delete(to_plain(question.text)):
            return
        self.operations.run(
            self.tr("delete question “{text}”").format(text=named(question.text)),
            lambda: _writes().delete_question(self.database, question.id))
        self.view.show_notice(self.tr("Question deleted."), undo=True)

    def set_favourite(self, favourite: bool) -> None:
        question = self.current_question()
        if question is None:
            return
        name = (self.tr("mark “{text}” as a favourite") if favourite
                else self.tr("remove “{text}” from the favourites"))
        self.operations.run(name.format(text=named(question.text)),
                            lambda: _writes().set_favourite(self.database, question.id,
                                                                  favourite))

    def request_session(self) -> None:
        question_id = self.view.current_id()
        if question_id is not None:
            self.session_requested.emit(question_id)
