"""The question bank page, laid out: search and filters, the list, the chosen question's detail,
the toolbar and the Questions menu. It draws and asks; what the actions do is decided by
controller.py (as TagStudio splits its views from its controllers)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sole_app.core.bank.errors import InvalidImportFile
from sole_app.core.bank.hidden import HiddenMatches
from sole_app.core.bank.question_data import QuestionData
from sole_app.core.bank.reading import QuestionView
from sole_app.core.bank.search import QuestionRow, SearchFilters
from sole_app.core.errors import SoleError
from sole_app.ui.bank.detail import QuestionDetail
from sole_app.ui.bank.filters import FilterBar
from sole_app.ui.bank.hidden import HiddenMatchesBar
from sole_app.ui.bank.keys import bind_list_keys, bind_search_keys
from sole_app.ui.bank.list_model import ID_ROLE, Fetch, QuestionDelegate, QuestionListModel
from sole_app.ui.bank.notice import NoticeBar
from sole_app.ui.messages import ask, error_message, translated, warn

if TYPE_CHECKING:
    from sole_app.ui.bank.editor import QuestionEditor

TYPING_PAUSE_MS = 120


class BankPanel(QWidget):
    """A page of the main window. Emits search_changed() when what is typed or filtered changes
    (typing after a short pause), current_changed() when another question is chosen, and
    shown_again() when the tab comes back to the front."""

    search_changed = Signal()
    current_changed = Signal()
    shown_again = Signal()

    def __init__(self, database, window_state: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("bankPanel")
        self._window_state = (QSettings(str(window_state), QSettings.Format.IniFormat, self)
                              if window_state else None)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.search_changed)
        self._build_actions()
        self._build_widgets(database)
        self._build_menu()
        self._connect()
        self._restore_splitter()

    def _action(self, name: str, text: str, tip: str, shortcuts=()) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setToolTip(tip)
        action.setShortcuts([QKeySequence(key) for key in shortcuts])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action("newQuestionAction", self.tr("&New"), self.tr(
            "Write a new question (Ctrl+N)"), ["Ctrl+N"])
        self.edit_action = self._action("editQuestionAction", self.tr("&Edit…"), self.tr(
            "Change the chosen question (Enter or double-click)"))
        self.duplicate_action = self._action(
            "duplicateQuestionAction", self.tr("Du&plicate…"), self.tr(
                "A copy to change or translate (Ctrl+D)"), ["Ctrl+D"])
        self.delete_action = self._action("deleteQuestionAction", self.tr("&Delete"), self.tr(
            "Delete the chosen question (Del); Undo brings it back"))
        self.favourite_action = self._action(
            "favouriteAction", self.tr("★ &Favourite"), self.tr(
                "Mark the question as a favourite (Ctrl+B); favourites come first"), ["Ctrl+B"])
        self.favourite_action.setCheckable(True)
        self.import_action = self._action("importAction", self.tr("&Import…"), self.tr(
            "Add questions from a question pack (.json) or a spreadsheet (.csv)"))
        self.export_action = self._action("exportAction", self.tr("E&xport…"), self.tr(
            "Save the questions shown to a question pack (.json) or a spreadsheet (.csv)"))
        self.start_action = self._action(
            "startSessionAction", self.tr("Start a session with this question"),
            self.tr("Open the Session tab with this question chosen: check the plan there, "
                    "then press Start (Ctrl+Shift+Enter)"),
            ["Ctrl+Shift+Return", "Ctrl+Shift+Enter"])
        self.start_action.setStatusTip(self.start_action.toolTip())  # said in the menu too
        self.find_action = self._action("findAction", self.tr("Find"), self.tr(
            "Search the bank"), [QKeySequence.StandardKey.Find])
        self.find_action.triggered.connect(self.focus_search)

    def _build_widgets(self, database) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("bankToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addActions([self.new_action, self.edit_action, self.duplicate_action,
                                 self.delete_action, self.favourite_action])
        self.toolbar.addSeparator()
        self.toolbar.addActions([self.import_action, self.export_action])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("bankSplitter")
        self.splitter.addWidget(self._build_list_side(database))
        self.splitter.addWidget(self._build_detail_side())
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)

    def _build_list_side(self, database) -> QWidget:
        self.search_box = QLineEdit(objectName="bankSearch", clearButtonEnabled=True)
        self.search_box.setPlaceholderText(self.tr("Search questions, tags and notes…"))
        self.search_box.setAccessibleName(self.tr("Search the question bank"))
        self.filter_bar = FilterBar(database, self)
        self.language_filter = self.filter_bar.language_filter
        self.tag_filter = self.filter_bar.tag_filter
        self.age_filter = self.filter_bar.age_filter
        self.favourites_filter = self.filter_bar.favourites_filter
        self.count_label = QLabel(objectName="countLabel")
        self.hidden_bar = HiddenMatchesBar(self)
        self.model = QuestionListModel(self)
        self.list_view = QListView(objectName="questionList")
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(QuestionDelegate(self.list_view))
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setAccessibleName(self.tr("Questions"))
        bind_list_keys(self.list_view, edit=self.edit_action, delete=self.delete_action)
        bind_search_keys(self.search_box, down=self.focus_list, escape=self.search_box.clear)
        self.notice = NoticeBar(self)
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.search_box, self.filter_bar, self.count_label, self.hidden_bar):
            layout.addWidget(widget)
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
        self.start_button.clicked.connect(self.start_action.trigger)
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
                              self.delete_action, self.favourite_action])
        self.menu.addSeparator()
        self.menu.addActions([self.import_action, self.export_action])
        self.menu.addSeparator()
        self.menu.addAction(self.start_action)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(lambda _text: self._typing.start())
        self.search_box.returnPressed.connect(self.focus_list)
        self.filter_bar.changed.connect(self.search_changed)
        self.list_view.selectionModel().currentChanged.connect(
            lambda *_: self.current_changed.emit())
        self.list_view.doubleClicked.connect(lambda _index: self.edit_action.trigger())
        self.splitter.splitterMoved.connect(lambda *_: self._save_splitter())

    def search_text(self) -> str:
        return self.search_box.text()

    def filters(self) -> SearchFilters:
        return self.filter_bar.filters()

    def chosen_language(self) -> str | None:
        return self.language_filter.currentData()

    def current_id(self) -> int | None:
        index = self.list_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def current_row(self) -> int:
        return self.list_view.currentIndex().row()

    def show_rows(self, rows: list[QuestionRow], total: int, keep: int | None,
                  near_row: int = 0, exact: bool = True, fetch: Fetch | None = None) -> None:
        """List the rows (``fetch`` reads the next ones as the list scrolls); choose ``keep``,
        reading on until it is listed, else the row at ``near_row`` (or the last). ``total``
        match, or at least that many when not ``exact``."""
        self._typing.stop()
        self.model.set_rows(rows, fetch)
        self.count_label.setText(self.tr("%n question(s)", "", total) if exact
                                 else self.tr("At least %n question(s)", "", total))
        position = self.model.row_of(keep, fetching=True) if keep is not None else -1
        if position < 0:
            position = self.model.reach(max(near_row, 0))
        self.list_view.setCurrentIndex(self.model.index(position, 0))

    def show_hidden(self, hidden: HiddenMatches) -> None:
        """Say how many matches the filters hide, with a button to show them."""
        self.hidden_bar.show_hidden(hidden)

    def show_all_languages(self) -> None:
        """The language filter on "All languages" (the list follows, as for any filter)."""
        self.filter_bar.choose_language("")

    def clear_filters(self) -> None:
        """Every filter back to "all", quietly, keeping the search: the controller lists again."""
        self.filter_bar.clear()

    def show_question(self, question: QuestionView | None,
                      translations: list[QuestionView], searching: bool) -> None:
        """The chosen question in the detail, and the actions on it enabled; with none chosen,
        a hint, which says nothing matched when the librarian is ``searching``."""
        for action in (self.edit_action, self.duplicate_action, self.delete_action,
                       self.favourite_action, self.start_action):
            action.setEnabled(question is not None)
        self.start_button.setEnabled(question is not None)
        self.favourite_action.setChecked(bool(question and question.favourite))
        if question is not None:
            self.detail.show_question(question, translations)
        else:
            self.detail.show_nothing(self.tr(
                "No question matches. Try fewer words, or clear the filters.") if searching
                else "")

    def show_all(self) -> None:
        """Clear the search and every filter, quietly: the controller lists again itself."""
        self.search_box.blockSignals(True)
        self.search_box.clear()
        self.search_box.blockSignals(False)
        self.filter_bar.clear()

    def refresh_choices(self) -> None:
        """The filters offer the languages and tags now in the bank."""
        self.filter_bar.refresh_choices()

    def show_notice(self, text: str, undo: bool = False) -> None:
        self.notice.show_message(text, undo)

    def hide_notice(self) -> None:
        self.notice.hide()

    def show_error(self, error: SoleError, title: str) -> None:
        """The error's sentence, and a refused file's problems one a line, as plain text."""
        listed = error.listed(translated) if isinstance(error, InvalidImportFile) else []
        warn(self, title, "\n".join([error_message(error), *(f"• {line}" for line in listed)]))

    def ask_to_delete(self, plain_text: str) -> bool:
        return ask(self, self.tr("Delete the question?"), self.tr(
            "Delete “{text}”?\n\nYou can bring it back with Undo (Ctrl+Z).").format(
            text=plain_text[:200]))

    def open_editor(self, data: QuestionData, title: str,
                    save: Callable[[QuestionData, bool], None], known_tags: list[str],
                    offer_translation_link: bool = False) -> QuestionEditor:
        """The editor dialog, open (not modal to the app); it closes itself once saved."""
        from sole_app.ui.bank.editor import QuestionEditor  # when first asked: not at start

        editor = QuestionEditor(data, save, title, parent=self, known_tags=known_tags,
                                offer_translation_link=offer_translation_link)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.finished.connect(lambda _result: self.list_view.setFocus())
        editor.open()
        editor.activateWindow()
        editor.text_edit.setFocus()
        return editor

    def focus_search(self) -> None:
        self.search_box.setFocus()
        self.search_box.selectAll()

    def focus_list(self) -> None:
        if self._typing.isActive():
            self._typing.stop()
            self.search_changed.emit()
        self.list_view.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Coming back to the tab: a session may have just used a question ("last used")."""
        super().showEvent(event)
        if not event.spontaneous():
            self.shown_again.emit()

    def _restore_splitter(self) -> None:
        state = self._window_state.value("bank/splitter") if self._window_state else None
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([440, 660])

    def _save_splitter(self) -> None:
        if self._window_state is not None:
            self._window_state.setValue("bank/splitter", self.splitter.saveState())
