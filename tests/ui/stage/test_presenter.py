"""The Presenter puts the stage on the projector, follows the screens, and gives the controls back.

The suite's offscreen platform has one screen; a projector coming and going is simulated by
handing the Presenter's handler a list of screens (the Qt platform cannot remove a screen at
run time). tests/ui/stage/test_projector_two_screens.py runs with two real (offscreen) screens.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt

from sole_app.core.session.countdown import Level
from sole_app.core.session.stage import StageState
from sole_app.core.settings import AppSettings, Phase
from sole_app.ui.stage.presenter import Presenter, StagePresenter
from sole_app.ui.stage.screens import PlacementMode, ScreenInfo, current_screens
from tests.ui.events import wait_until
from tests.ui.session.fakes import FakePresenter


@pytest.fixture
def presenter(qtbot, tmp_path):
    owner = QObject()
    made = Presenter(AppSettings(), tmp_path / "settings.json", owner)
    qtbot.addWidget(made.projector_window())
    yield made
    made.stop_presenting()
    owner.deleteLater()


def _fake_projector() -> ScreenInfo:
    laptop = current_screens()[0]
    x, y, width, _ = laptop.geometry
    return ScreenInfo("HDMI-1", 2, (x + width, y, 1024, 768))


def test_with_one_screen_the_stage_goes_full_screen_and_esc_returns(presenter, qtbot):
    # Given one screen, When the librarian presents
    changes = []
    presenter.presenting_changed.connect(changes.append)
    presenter.start_presenting()
    window = presenter.projector_window()
    qtbot.waitExposed(window)
    # Then the stage fills that screen, without a frame
    assert presenter.is_presenting() and presenter.placement().mode == PlacementMode.SOLO
    assert window.isFullScreen() and window.is_frameless()
    assert window.objectName() == "projectorWindow"
    # When she presses Esc on it, Then the controls come back and nothing quits
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not presenter.is_presenting() and not window.isVisible()
    assert changes == [True, False]


def test_presenting_twice_changes_nothing(presenter, qtbot):
    changes = []
    presenter.presenting_changed.connect(changes.append)
    presenter.start_presenting()
    moves = []
    presenter.placement_changed.connect(moves.append)
    presenter.start_presenting()
    assert changes == [True] and moves == []
    assert presenter.projector_window().isFullScreen()


def test_the_projector_window_refuses_a_stray_close_and_asks_to_leave(presenter):
    class SpontaneousClose:  # what Alt+F4 or the window manager sends
        accepted = True

        def spontaneous(self):
            return True

        def ignore(self):
            self.accepted = False

    presenter.start_presenting()
    event = SpontaneousClose()
    presenter.projector_window().closeEvent(event)
    assert not event.accepted  # the window stays a window...
    assert not presenter.is_presenting()  # ...and the librarian gets her controls back


def test_the_app_quitting_may_close_the_projector_window(presenter):
    presenter.start_presenting()
    assert presenter.projector_window().close()  # not spontaneous: the app's own close


def test_unplugging_and_replugging_the_projector(presenter, qtbot):
    laptop, projector = current_screens()[0], _fake_projector()
    window = presenter.projector_window()
    # Given the stage full screen on a projector
    presenter.start_presenting()
    presenter.handle_screens_changed([laptop, projector])
    assert presenter.placement().screen == projector and window.isFullScreen()
    # When the projector is unplugged
    presenter.handle_screens_changed([laptop])
    # Then a framed, normal window on the laptop: the controls stay reachable; no crash
    assert presenter.placement().mode == PlacementMode.FALLBACK
    assert window.isVisible() and not window.isFullScreen() and not window.is_frameless()
    # When it is plugged in again, Then full screen there again
    presenter.handle_screens_changed([laptop, projector])
    assert presenter.placement().mode == PlacementMode.PROJECTOR and window.isFullScreen()


def test_the_stage_size_is_the_projector_screen_size(presenter):
    laptop = current_screens()[0]
    assert presenter.stage_size() == laptop.geometry[2:]  # one screen: it is the stage
    presenter.start_presenting()
    presenter.handle_screens_changed([laptop, _fake_projector()])
    assert presenter.stage_size() == (1024, 768)


def test_screen_changes_while_not_presenting_show_nothing(presenter):
    seen = []
    presenter.screens_changed.connect(seen.append)
    presenter.handle_screens_changed([current_screens()[0], _fake_projector()])
    assert seen and not presenter.projector_window().isVisible()


def test_the_chosen_screen_is_remembered_in_the_settings(presenter, tmp_path):
    presenter.choose_screen("HDMI-1")
    assert AppSettings.load(tmp_path / "settings.json").projector_screen == "HDMI-1"


def test_the_state_reaches_the_projector_and_keeps_the_screen_awake(presenter):
    state = StageState(question="De ce visăm?", phase=Phase.INVESTIGATION,
                       remaining_seconds=600, total_seconds=2400, level=Level.RUNNING)
    presenter.set_state(state)
    assert presenter.projector_window().stage_view().state() == state
    assert presenter.screen_awake().is_held()  # a phase runs
    presenter.set_state(StageState(level=Level.IDLE))
    assert not presenter.screen_awake().is_held()
    presenter.start_presenting()
    assert presenter.screen_awake().is_held()  # presenting
    presenter.stop_presenting()
    assert not presenter.screen_awake().is_held()


def test_identify_screens_shows_each_number_then_closes(presenter, qtbot):
    # Given numbers shown for 50 ms, When the librarian asks to identify the screens
    presenter.identifier().set_duration(50)
    presenter.identify_screens()
    # Then each screen shows its number
    boxes = presenter.identifier().boxes()
    assert [box.number_label.text() for box in boxes] == ["1"]
    assert boxes[0].isVisible()
    # And then the numbers go away by themselves
    wait_until(lambda: presenter.identifier().boxes() == [])


def test_the_presenter_and_the_tests_fake_both_keep_the_session_tabs_contract(presenter):
    # The Session tab depends on StagePresenter only; a fake that drifted from the real
    # Presenter would let its tests pass against an interface the app no longer has
    import inspect

    fake = FakePresenter()
    methods = {name: list(inspect.signature(method).parameters)[1:]
               for name, method in inspect.getmembers(StagePresenter, inspect.isfunction)
               if not name.startswith("_")}
    assert set(methods) == {"projector_window", "set_state", "start_presenting",
                            "stop_presenting", "is_presenting", "identify_screens"}
    for each in (presenter, fake):
        assert isinstance(each, StagePresenter)
        assert hasattr(each, "presenting_changed")
        assert {name: list(inspect.signature(getattr(each, name)).parameters)
                for name in methods} == methods
