"""Which screen is the projector, as plain data; and a debounced watch on screens coming and going.

The choice is a pure function of a list of ScreenInfo, so it is tested without real screens:
the remembered screen if it is connected, else the first screen that is not the primary one,
else none (one screen only). Where the stage goes follows from that (see ``Placement``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QScreen

DEBOUNCE_MS = 400  # a projector plugged in sends several notices; react once they settle


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    number: int  # 1-based, as "identify screens" shows it
    geometry: tuple[int, int, int, int]  # x, y, width, height in desktop coordinates
    primary: bool = False

    def label(self) -> str:
        """The translated name in lists, matching the number "identify screens" shows."""
        return screen_label(self)


class PlacementMode(StrEnum):
    """How the stage is presented (the Presenter's state while presenting)."""

    PROJECTOR = "projector"  # full screen on the projector
    SOLO = "solo"  # full screen on the only screen: Esc returns to the controls
    FALLBACK = "fallback"  # the projector went away: a framed window, controls reachable


@dataclass(frozen=True)
class Placement:
    """Where the projector window is, and how (see ``PlacementMode``)."""

    screen: ScreenInfo
    mode: PlacementMode

    @property
    def full_screen(self) -> bool:
        return self.mode != PlacementMode.FALLBACK


def choose_projector(screens: Sequence[ScreenInfo], remembered: str = "") -> ScreenInfo | None:
    """The remembered screen if connected, else the first non-primary screen, else None."""
    for screen in screens:
        if remembered and screen.name == remembered:
            return screen
    return next((screen for screen in screens if not screen.primary), None)


def primary_of(screens: Sequence[ScreenInfo]) -> ScreenInfo | None:
    return next((screen for screen in screens if screen.primary), screens[0] if screens else None)


def placement_to_start(screens: Sequence[ScreenInfo], remembered: str = "") -> Placement | None:
    """Presenting starts full screen on the projector, or full screen on the only screen."""
    target = choose_projector(screens, remembered)
    if target is not None:
        return Placement(target, PlacementMode.PROJECTOR)
    primary = primary_of(screens)
    return Placement(primary, PlacementMode.SOLO) if primary is not None else None


def placement_after_change(screens: Sequence[ScreenInfo], remembered: str,
                           current: Placement) -> Placement:
    """Where the stage goes when screens changed while presenting. Never None: with no screen
    reported at all (a moment during unplugging) the window stays where it was."""
    target = choose_projector(screens, remembered)
    if target is not None:
        return Placement(target, PlacementMode.PROJECTOR)
    still_there = next((s for s in screens if s.name == current.screen.name), None)
    if current.mode == PlacementMode.SOLO and still_there is not None:
        return replace(current, screen=still_there)
    primary = primary_of(screens)
    if primary is None:
        return current
    return Placement(primary, PlacementMode.FALLBACK)


def windowed_geometry(geometry: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    """A framed window two thirds of the screen, centred: clearly not the whole desktop."""
    x, y, width, height = geometry
    new_width, new_height = width * 2 // 3, height * 2 // 3
    return x + (width - new_width) // 2, y + (height - new_height) // 2, new_width, new_height


# -- the Qt side ----------------------------------------------------------------------------------


def unique_names(names: Sequence[str]) -> list[str]:
    """The screens' names, each told apart: separate X screens (two Xvfb screens, some
    multi-head set-ups) may all be called "screen"; a repeated name gets the screen's number
    ("screen (2)"), so the chosen screen is found again and remembered."""
    unique: list[str] = []
    for number, name in enumerate(names, start=1):
        repeated = name in names[:number - 1]
        unique.append(f"{name or 'screen'} ({number})" if repeated or not name else name)
    return unique


def describe(screen: QScreen, name: str, number: int, primary: QScreen | None) -> ScreenInfo:
    box = screen.geometry()
    return ScreenInfo(name, number, (box.x(), box.y(), box.width(), box.height()),
                      screen is primary or screen == primary)


def _named_screens() -> list[tuple[str, QScreen]]:
    screens = QGuiApplication.screens()
    return list(zip(unique_names([screen.name() for screen in screens]), screens, strict=True))


def current_screens() -> list[ScreenInfo]:
    primary = QGuiApplication.primaryScreen()
    return [describe(screen, name, index + 1, primary)
            for index, (name, screen) in enumerate(_named_screens())]


def qscreen_named(name: str) -> QScreen | None:
    """The QScreen a ScreenInfo names (its unique name, see ``unique_names``)."""
    return next((screen for unique, screen in _named_screens() if unique == name), None)


def screen_label(screen: ScreenInfo) -> str:
    """How a screen is named in a list for the librarian: "Screen 2: HDMI-1 (1024×768)"."""
    _, _, width, height = screen.geometry
    if screen.primary:
        text = QCoreApplication.translate(
            "Screens", "Screen {number}: {name} ({width}×{height}), main screen")
    else:
        text = QCoreApplication.translate("Screens", "Screen {number}: {name} ({width}×{height})")
    return text.format(number=screen.number, name=screen.name, width=width, height=height)


class ScreenWatcher(QObject):
    """Emits ``screens_changed`` with the new list once screen notices have settled."""

    screens_changed = Signal(list)

    def __init__(self, parent: QObject, delay_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._settled)
        application = QGuiApplication.instance()
        application.screenAdded.connect(self._screen_added)
        application.screenRemoved.connect(self.notice)
        application.primaryScreenChanged.connect(self.notice)
        for screen in QGuiApplication.screens():
            screen.geometryChanged.connect(self.notice)

    def notice(self, *_ignored) -> None:
        """Something about the screens changed: (re)start the quiet period."""
        self._timer.start()

    def is_waiting(self) -> bool:
        return self._timer.isActive()

    def _screen_added(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self.notice)
        self.notice()

    def _settled(self) -> None:
        self.screens_changed.emit(current_screens())
