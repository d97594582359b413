"""The session's actions: one QAction each, with the keys clickers send, menus and tooltips.

The same actions are added to the main window and to the projector window, so a clicker works
whichever has focus. Single-key shortcuts give way to text fields: a QLineEdit or QTextEdit with
focus claims printable keys and arrows (Qt's ShortcutOverride), so Space, + and B type there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from sole_app.core.session.review import MAX_PER_SCREEN


def _keys(*texts: str | QKeySequence) -> list[QKeySequence]:
    return [text if isinstance(text, QKeySequence) else QKeySequence(text) for text in texts]


def _keypad(key: Qt.Key) -> QKeySequence:
    return QKeySequence(Qt.KeyboardModifier.KeypadModifier | key)


class SessionActions(QObject):
    """Creates the actions; the Session page connects their ``triggered`` signals."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.start = self._action("start", self.tr("&Start the session"),
                                  self.tr("Start the session with this question and plan"),
                                  _keys("Ctrl+Return"))
        self.pause = self._action("pause", self.tr("&Pause / resume"),
                                  self.tr("Pause or resume the timer (Space)"), _keys("Space"))
        self.previous = self._action(
            "previous", self.tr("P&revious phase", "Session menu"),
            self.tr("Go back to the previous phase (Left, Page Up)"), _keys("Left", "PgUp"))
        self.next = self._action(
            "next", self.tr("&Next phase", "Session menu"),
            self.tr("Move on to the next phase (Right, Page Down)"), _keys("Right", "PgDown"))
        self.add_one = self._action(
            "addOne", self.tr("+1 minute"), self.tr("Give one more minute (+)"),
            _keys("+", "=", _keypad(Qt.Key.Key_Plus)))
        self.add_five = self._action("addFive", self.tr("+5 minutes"),
                                     self.tr("Give five more minutes (Ctrl++)"),
                                     _keys("Ctrl++", "Ctrl+="))
        self.remove_one = self._action(
            "removeOne", self.tr("−1 minute"), self.tr("Take one minute away (-)"),
            _keys("-", _keypad(Qt.Key.Key_Minus)))
        self.blackout = self._action(
            "blackout", self.tr("&Black out the projector"),
            self.tr("Black out the projector and back (B or .)"), _keys("B", "."))
        self.blackout.setCheckable(True)
        self.present = self._action(
            "present", self.tr("Presen&t on the projector", "Session menu"),
            self.tr("Show the question and timer full screen on the projector (F5, F11)"),
            _keys("F5", "F11"))
        self.present.setCheckable(True)
        self.leave = self._action("leave", self.tr("&Leave full screen"),
                                  self.tr("Stop presenting; the session goes on (Esc)"),
                                  _keys("Esc"))
        self.identify = self._action("identify", self.tr("&Identify screens"),
                                     self.tr("Show each screen's number on it for a moment"), [])
        self.finish = self._action("finish", self.tr("&End the session"),
                                   self.tr("Stop the timer and end this session"), [])
        self.per_screen = self._per_screen_actions()
        self.leave.setEnabled(False)  # only while presenting, so Esc still cancels elsewhere
        self._keys = {action: action.shortcuts() for action in self.single_key_actions()}

    def _per_screen_actions(self) -> list[QAction]:
        """How many groups the review shows at once: 1 (the default) to 4, on keys 1 to 4."""
        choices = QActionGroup(self)
        actions = []
        for count in range(1, MAX_PER_SCREEN + 1):
            action = self._action(
                f"perScreen{count}", self.tr("%n group(s) at once", "", count),
                self.tr("In the Review, show %n group(s) on the projector at once", "", count),
                _keys(str(count)))
            action.setCheckable(True)
            action.setChecked(count == 1)
            action.setData(count)
            choices.addAction(action)
            actions.append(action)
        return actions

    def _action(self, name: str, text: str, tip: str, keys: list[QKeySequence]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"{name}Action")
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def timer_actions(self) -> list[QAction]:
        return [self.pause, self.previous, self.next, self.add_one, self.add_five,
                self.remove_one]

    def single_key_actions(self) -> list[QAction]:
        """The actions on plain keys (and Start), which other tabs may need for themselves."""
        return [self.start, self.pause, self.previous, self.next, self.add_one,
                self.remove_one, self.blackout, *self.per_screen]

    def set_single_keys_active(self, active: bool) -> None:
        """Give the plain keys to the session (True) or back to the other tabs (False); the
        actions stay available from the menu and buttons either way."""
        for action, keys in self._keys.items():
            action.setShortcuts(keys if active else [])

    def timer_row(self) -> list[QAction]:
        return [self.previous, self.pause, self.remove_one, self.add_one, self.add_five,
                self.next]

    def stage_row(self) -> list[QAction]:
        return [self.present, self.blackout, self.identify, self.finish]

    def all(self) -> list[QAction]:
        return [self.start, *self.timer_actions(), self.blackout, self.present, self.leave,
                self.identify, self.finish, *self.per_screen]

    def install(self, *windows: QWidget) -> None:
        """Make every shortcut work in each of ``windows``."""
        for window in windows:
            window.addActions(self.all())

    def build_menu(self, menu: QMenu) -> QMenu:
        menu.addAction(self.start)
        menu.addSeparator()
        menu.addActions([self.pause, self.previous, self.next])
        menu.addSeparator()
        menu.addActions([self.add_one, self.add_five, self.remove_one])
        menu.addSeparator()
        menu.addActions([self.present, self.leave, self.blackout, self.identify])
        menu.addSeparator()
        menu.addActions(self.per_screen)
        menu.addSeparator()
        menu.addAction(self.finish)
        return menu
