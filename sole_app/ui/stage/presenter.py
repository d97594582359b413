"""What the session talks to: put the stage on the projector, follow the screens, keep them awake.

Decisions come from the plain-data functions in screens.py; this class only applies them to the
ProjectorWindow and remembers the chosen screen in the app settings.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, QRect, Signal
from PySide6.QtWidgets import QWidget

from sole_app.core.session.stage import StageState
from sole_app.core.settings import AppSettings
from sole_app.ui.stage.identify import ScreenIdentifier
from sole_app.ui.stage.join import JoinCard
from sole_app.ui.stage.projector import ProjectorWindow
from sole_app.ui.stage.screens import (
    Placement,
    ScreenInfo,
    ScreenWatcher,
    current_screens,
    placement_after_change,
    placement_to_start,
    qscreen_named,
    windowed_geometry,
)
from sole_app.ui.stage.screensaver import ScreenAwake


@runtime_checkable
class StagePresenter(Protocol):
    """What the Session tab asks of the projector side: show this state, present or stop,
    number the screens. ``Presenter`` is the real one; tests use a fake."""

    presenting_changed: Signal  # (bool) presenting started (True) or stopped (False)

    def projector_window(self) -> QWidget:
        """The window the room sees, so the session's keys can be added to it."""
        ...

    def set_state(self, state: StageState) -> None: ...

    def start_presenting(self) -> None: ...

    def stop_presenting(self) -> None: ...

    def is_presenting(self) -> bool: ...

    def identify_screens(self) -> None: ...


class Presenter(QObject):
    """Puts the stage on the projector and keeps it there: the real StagePresenter."""

    presenting_changed = Signal(bool)
    placement_changed = Signal(object)  # the new Placement, or None when presenting stopped
    screens_changed = Signal(list)  # list[ScreenInfo], after screen notices settled

    def __init__(self, settings: AppSettings, settings_path: Path, parent: QObject):
        super().__init__(parent)
        self._settings = settings
        self._settings_path = settings_path
        self._placement: Placement | None = None
        self._phase_running = False
        self._window = ProjectorWindow()
        self._window.leave_requested.connect(self.stop_presenting)
        self.destroyed.connect(self._window.deleteLater)
        self._watcher = ScreenWatcher(self)
        self._watcher.screens_changed.connect(self.handle_screens_changed)
        self._identifier = ScreenIdentifier(self)
        self._awake = ScreenAwake(self)

    # -- the contract -----------------------------------------------------------------------

    def projector_window(self) -> ProjectorWindow:
        return self._window

    def set_state(self, state: StageState) -> None:
        self._window.stage_view().set_state(state)
        self._phase_running = state.phase_running
        self._update_awake()

    def start_presenting(self) -> None:
        placement = placement_to_start(current_screens(), self._settings.projector_screen)
        if placement is None:  # no screen at all: nothing to show on
            return
        was_presenting = self.is_presenting()
        if placement == self._placement:  # F5 pressed twice: no flicker, just bring it forward
            self._window.raise_()
            return
        self._apply(placement)
        if not was_presenting:
            self.presenting_changed.emit(True)

    def stop_presenting(self) -> None:
        if not self.is_presenting():
            return
        self._window.hide()
        self._placement = None
        self._update_awake()
        self.placement_changed.emit(None)
        self.presenting_changed.emit(False)

    def is_presenting(self) -> bool:
        return self._placement is not None

    def identify_screens(self) -> None:
        self._identifier.show_all()

    def available_screens(self) -> list[ScreenInfo]:
        return current_screens()

    def choose_screen(self, name: str) -> None:
        """Remember the projector screen ("" = any non-primary); move there if presenting."""
        self._settings.projector_screen = name
        # If saving fails the choice still holds for this session.
        with contextlib.suppress(OSError):
            self._settings.save(self._settings_path)
        if self.is_presenting():
            placement = placement_to_start(current_screens(), name)
            if placement is not None:
                self._apply(placement)

    # -- additions ------------------------------------------------------------------------------

    def set_join_card(self, card: JoinCard | None) -> None:
        """The group page's address and QR code on the projector (None takes it away)."""
        self._window.stage_view().set_join_card(card)

    def placement(self) -> Placement | None:
        """Where the stage is shown now (None when not presenting)."""
        return self._placement

    def stage_size(self) -> tuple[int, int]:
        """The size of the screen the stage is on, or would go to: for a preview of that shape
        (``StageView.set_aspect_ratio``); (0, 0) when there is no screen at all."""
        placement = self._placement or placement_to_start(
            current_screens(), self._settings.projector_screen)
        if placement is None:
            return 0, 0
        _, _, width, height = placement.screen.geometry
        return width, height

    def identifier(self) -> ScreenIdentifier:
        return self._identifier

    def screen_awake(self) -> ScreenAwake:
        return self._awake

    def handle_screens_changed(self, screens: list[ScreenInfo]) -> None:
        """Screens settled after a change: follow the projector, or fall back to a framed window
        on the main screen so the controls stay reachable."""
        self.screens_changed.emit(screens)
        if self._placement is None:
            return
        placement = placement_after_change(screens, self._settings.projector_screen,
                                           self._placement)
        if placement != self._placement:
            self._apply(placement)

    # -- inside -------------------------------------------------------------------------------

    def _apply(self, placement: Placement) -> None:
        screen = qscreen_named(placement.screen.name)
        if placement.full_screen:
            self._window.show_full_screen_on(screen, QRect(*placement.screen.geometry))
        else:
            box = windowed_geometry(placement.screen.geometry)
            self._window.show_windowed_on(screen, QRect(*box))
        self._window.raise_()
        self._placement = placement
        self._update_awake()
        self.placement_changed.emit(placement)

    def _update_awake(self) -> None:
        if self._phase_running or self.is_presenting():
            self._awake.hold()
        else:
            self._awake.release()
