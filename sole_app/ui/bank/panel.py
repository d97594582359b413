"""The question bank page: search as you type with filters, a list, the chosen question's
detail, and the actions a librarian preparing a session needs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.bank import store as bank
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.search import SearchFilters, search
from sole_app.core.bank.store import QuestionView
from sole_app.core.errors import SoleError
from sole_app.core.markup import to_plain
from sole_app.ui.bank.detail import QuestionDetail
from sole_app.ui.bank.editor import QuestionEditor
from sole_app.ui.bank.filters import FilterBar
from sole_app.ui.bank.keys import bind_list_keys, bind_search_keys
from sole_app.ui.bank.list_model import ID_ROLE, QuestionDelegate, QuestionListModel
from sole_app.ui.bank.notice import NoticeBar
from sole_app.ui.messages import error_message

LIST_LIMIT = 1000  # rows shown at once; typing narrows the rest down
TYPING_PAUSE_MS = 120


class BankPanel(QWidget):
    """A page of the main window. Emits session_requested(question id) for the Session page."""

    session_requested = Signal(int)
    question_saved = Signal(int)

    def __init__(self, database, window_state: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("bankPanel")
        self.database = database
        self.editor: QuestionEditor | None = None
        self.last_deleted: QuestionView | None = None
        self._window_state = (QSettings(str(window_state), QSettings.Format.IniFormat, self)
                              if window_state else None)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.refresh)
        self._build_actions()
        self._build_widgets()
        self._build_menu()
        self._connect()
        self._restore_splitter()
        self.refresh_tags()
        self.refresh()

    # -- building -------------------------------------------------------------------------------
    def _action(self, name: str, text: str, tip: str, shortcuts=(), slot=None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        from sole_app.ui.bank import files as bank_files

        self.new_action = self._action("newQuestionAction", self.tr("&New"), self.tr(
            "Write a new question (Ctrl+N)"), ["Ctrl+N"], self.new_question)
        self.edit_action = self._action("editQuestionAction", self.tr("&Edit…"), self.tr(
            "Change the chosen question (Enter or double-click)"), [], self.edit_question)
        self.duplicate_action = self._action(
            "duplicateQuestionAction", self.tr("Du&plicate…"), self.tr(
                "A copy to change or translate (Ctrl+D)"), ["Ctrl+D"], self.duplicate_question)
        self.delete_action = self._action("deleteQuestionAction", self.tr("&Delete"), self.tr(
            "Delete the chosen question (Del); Undo brings it back"), [], self.delete_question)
        self.favourite_action = self._action(
            "favouriteAction", self.tr("★ &Favourite"), self.tr(
                "Mark the question as a favourite (Ctrl+B); favourites come first"), ["Ctrl+B"])
        self.favourite_action.setCheckable(True)
        self.favourite_action.triggered.connect(self.set_favourite)
        self.undo_action = self._action("undoDeleteAction", self.tr("&Undo delete"), self.tr(
            "Bring back the last deleted question (Ctrl+Z)"), ["Ctrl+Z"], self.undo_delete)
        self.import_action = self._action("importAction", self.tr("&Import…"), self.tr(
            "Add questions from a question pack (.json) or a spreadsheet (.csv)"),
            [], lambda: bank_files.import_questions(self))
        self.export_action = self._action("exportAction", self.tr("E&xport…"), self.tr(
            "Save the questions shown to a question pack (.json) or a spreadsheet (.csv)"),
            [], lambda: bank_files.export_questions(self))
        self.start_action = self._action(
            "startSessionAction", self.tr("Start a session with this question"),
            self.tr("Prepare a session with the chosen question (Ctrl+Shift+Enter)"),
            ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"], self.request_session)
        self.find_action = self._action("findAction", self.tr("Find"), self.tr(
            "Search the bank"), [QKeySequence.StandardKey.Find], self._focus_search)

    def _build_widgets(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("bankToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_action, self.edit_action, self.duplicate_action,
                                 self.delete_action, self.favourite_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.import_action, self.export_action])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("bankSplitter")
        self.splitter.addWidget(self._build_list_side())
        self.splitter.addWidget(self._build_detail_side())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def _build_list_side(self) -> QWidget:
        self.search_box = QLineEdit(objectName="bankSearch", clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search questions, tags and notes…"))
        self.search_box.setAccessibleName(self.tr("Search the question bank"))
        self.filter_bar = FilterBar(self.database, self)
        self.language_filter = self.filter_bar.language_filter
        self.tag_filter = self.filter_bar.tag_filter
        self.age_filter = self.filter_bar.age_filter
        self.favourites_filter = self.filter_bar.favourites_filter
        self.count_label = QLabel(objectName="countLabel")
        self.model = QuestionListModel(self)
        self.list_view = QListView(objectName="questionList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(QuestionDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName(self.tr("Questions"))
        bind_list_keys(self.list_view, edit=self.edit_action, delete=self.delete_action)
        bind_search_keys(self.search_box, down=self._focus_list, escape=self.search_box.clear)
        self.notice = NoticeBar(self)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_box)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.notice)
        return side

    def _build_detail_side(self) -> QWidget:
        self.detail = QuestionDetail(self)
        self.start_button = QPushButton(objectName="startSessionButton")
        self.start_button.setText(self.start_action.text())
        self.start_button.setToolTip(self.start_action.toolTip())
        self.start_button.setMinimumHeight(44)
        self.start_button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.start_button.setStyleSheet("font-size: 13pt; font-weight: 600")
        self.start_button.clicked.connect(self.request_session)
        self.star_button = QToolButton(objectName="favouriteButton")
        self.star_button.setDefaultAction(self.favourite_action)
        self.star_button.setMinimumHeight(44)
        self.star_button.setStyleSheet("font-size: 13pt")
        buttons = QHBoxLayout()
        buttons.addWidget(self.star_button)
        buttons.addWidget(self.start_button, 1)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.detail, 1)
        layout.addLayout(buttons)
        return side

    def _build_menu(self) -> None:
        """The Questions menu the main window shows while the bank exists."""
        self.menu = QMenu(self.tr("&Questions"), self)
        self.menu.setObjectName("questionsMenu")
        self.menu.addActions([self.new_action, self.edit_action, self.duplicate_action,
                              self.delete_action, self.undo_action, self.favourite_action])
        self.menu.addSeparator()
        self.menu.addActions([self.import_action, self.export_action])
        self.menu.addSeparator()
        self.menu.addAction(self.start_action)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(lambda _text: self._typing.start())
        self.search_box.returnPressed.connect(self._focus_list)
        self.filter_bar.changed.connect(self.refresh)
        self.list_view.selectionModel().currentChanged.connect(lambda *_: self.show_current())
        self.list_view.doubleClicked.connect(lambda _index: self.edit_question())
        self.detail.translation_chosen.connect(self.select_question)
        self.notice.undo_requested.connect(self.undo_delete)
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())

    # -- showing --------------------------------------------------------------------------------
    def filters(self) -> SearchFilters:
        return self.filter_bar.filters()

    def refresh(self, select_id: int | None = None) -> None:
        """Search again with what is typed and chosen; keep (or move to) the chosen question."""
        self._typing.stop()
        keep = select_id if select_id is not None else self.current_id()
        result = search(self.database, self.search_box.text(), self.filters(), LIST_LIMIT)
        self.model.set_rows(result.rows)
        shown = len(result.rows)
        if result.total > shown:
            self.count_label.setText(self.tr(
                "Showing the first {shown} of {total} questions: type to narrow down."
            ).format(shown=shown, total=result.total))
        else:
            self.count_label.setText(self.tr("%n question(s)", "", result.total))
        position = self.model.row_of(keep) if keep is not None else -1
        self.list_view.setCurrentIndex(self.model.index(max(position, 0), 0))
        self.show_current()

    def refresh_tags(self) -> None:
        self.filter_bar.refresh_tags()

    def current_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_question(self) -> QuestionView | None:
        question_id = self.current_id()
        if question_id is None:
            return None
        try:
            return bank.get_question(self.database, question_id)
        except SoleError:
            return None

    def show_current(self) -> None:
        question = self.current_question()
        for action in (self.edit_action, self.duplicate_action, self.delete_action,
                       self.favourite_action, self.start_action):
            action.setEnabled(question is not None)
        self.start_button.setEnabled(question is not None)
        self.favourite_action.setChecked(bool(question and question.favourite))
        if question is None:
            empty = not self.search_box.text() and self.filters() == SearchFilters()
            self.detail.show_nothing("" if empty else self.tr(
                "No question matches. Try fewer words, or clear the filters."))
            return
        self.detail.show_question(question, bank.translations(self.database, question.id))

    def select_question(self, question_id: int) -> None:
        """Show a question even when the search or filters hid it."""
        if self.model.row_of(question_id) < 0:
            self.search_box.blockSignals(True)
            self.search_box.clear()
            self.search_box.blockSignals(False)
            self.filter_bar.clear()
        self.refresh(select_id=question_id)

    def _focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def _focus_list(self) -> None:
        self.refresh()
        self.list_view.setFocus()

    # -- changing -------------------------------------------------------------------------------
    def default_language(self) -> str:
        from sole_app.ui.i18n import current_language

        chosen = self.language_filter.currentData()
        return chosen or (current_language() if current_language() in ("ro", "ru") else "ro")

    def new_question(self) -> None:
        self._open_editor(QuestionData("", self.default_language()), self.tr("New question"),
                          lambda data, _link: self._saved(bank.add_question(self.database, data)))

    def edit_question(self) -> None:
        question = self.current_question()
        if question is None:
            return
        self._open_editor(question.data, self.tr("Edit question"), lambda data, _link: self._saved(
            bank.update_question(self.database, question.id, data)))

    def duplicate_question(self) -> None:
        original = self.current_question()
        if original is None:
            return

        def save(data: QuestionData, link: bool) -> None:
            copy = bank.add_question(self.database, data)
            if link:
                bank.link_translation(self.database, copy.id, original.id)
            self._saved(copy)

        self._open_editor(bank.duplicate_data(original), self.tr("Duplicate question"), save,
                          offer_translation_link=True)

    def _open_editor(self, data: QuestionData, title: str, save, **options) -> None:
        self.editor = QuestionEditor(data, save, title, parent=self,
                                     known_tags=bank.all_tags(self.database), **options)
        self.editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.editor.finished.connect(self._editor_closed)
        self.editor.open()
        self.editor.activateWindow()
        self.editor.text_edit.setFocus()

    def _editor_closed(self) -> None:
        self.editor = None
        self.list_view.setFocus()

    def _saved(self, question: QuestionView) -> None:
        self.refresh_tags()
        self.select_question(question.id)
        self.question_saved.emit(question.id)

    def delete_question(self) -> None:
        question = self.current_question()
        if question is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete the question?"),
            self.tr("Delete “{text}”?\n\nYou can bring it back with Undo (Ctrl+Z).").format(
                text=to_plain(question.text)[:200]))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.last_deleted = bank.delete_question(self.database, question.id)
        position = self.list_view.currentIndex().row()
        self.refresh()
        self.list_view.setCurrentIndex(self.model.index(
            min(position, self.model.rowCount() - 1), 0))
        self.notice.show_message(self.tr("Question deleted."), undo=True)
        self.refresh_tags()

    def undo_delete(self) -> None:
        if self.last_deleted is None:
            return
        restored = bank.restore_question(self.database, self.last_deleted)
        self.last_deleted = None
        self.notice.show_message(self.tr("The question is back."))
        self.refresh_tags()
        self.select_question(restored.id)

    def set_favourite(self, favourite: bool) -> None:
        question_id = self.current_id()
        if question_id is not None:
            bank.set_favourite(self.database, question_id, favourite)
            self.refresh()

    def request_session(self) -> None:
        question_id = self.current_id()
        if question_id is not None:
            self.session_requested.emit(question_id)

    def show_error(self, error: SoleError, title: str) -> None:
        QMessageBox.warning(self, title, error_message(error))

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Coming back to the tab: a session may have just used a question ("last used")."""
        super().showEvent(event)
        if not event.spontaneous():
            self.refresh()

    # -- remembering the layout -----------------------------------------------------------------
    def _restore_splitter(self) -> None:
        state = self._window_state.value("bank/splitter") if self._window_state else None
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([440, 660])

    def _save_splitter(self) -> None:
        if self._window_state is not None:
            self._window_state.setValue("bank/splitter", self.splitter.saveState())

