"""Which screen the stage goes to, decided on plain data: plugged in, unplugged, remembered."""

from __future__ import annotations

from sole_app.ui.stage.screens import (
    Placement,
    PlacementMode,
    ScreenInfo,
    ScreenWatcher,
    choose_projector,
    current_screens,
    placement_after_change,
    placement_to_start,
    screen_label,
    unique_names,
    windowed_geometry,
)
from tests.ui.events import wait_until

LAPTOP = ScreenInfo("eDP-1", 1, (0, 0, 1366, 768), primary=True)
PROJECTOR = ScreenInfo("HDMI-1", 2, (1366, 0, 1024, 768))
TV = ScreenInfo("DP-1", 3, (2390, 0, 1920, 1080))


def test_the_first_screen_that_is_not_the_laptop_is_the_projector():
    assert choose_projector([LAPTOP, PROJECTOR, TV]) == PROJECTOR
    assert choose_projector([PROJECTOR, LAPTOP]) == PROJECTOR


def test_screens_with_the_same_name_are_told_apart_by_their_number():
    # Separate X screens (Xvfb -screen 0 -screen 1) are both called "screen"
    assert unique_names(["screen", "screen"]) == ["screen", "screen (2)"]
    assert unique_names(["eDP-1", "HDMI-1"]) == ["eDP-1", "HDMI-1"]
    assert unique_names(["", "HDMI-1", "HDMI-1"]) == ["screen (1)", "HDMI-1", "HDMI-1 (3)"]


def test_a_remembered_screen_wins_when_it_is_connected():
    assert choose_projector([LAPTOP, PROJECTOR, TV], remembered="DP-1") == TV
    # unplugged: back to the first non-primary screen
    assert choose_projector([LAPTOP, PROJECTOR], remembered="DP-1") == PROJECTOR


def test_with_one_screen_there_is_no_projector_and_the_stage_goes_full_screen_on_it():
    assert choose_projector([LAPTOP]) is None
    assert placement_to_start([LAPTOP]) == Placement(LAPTOP, PlacementMode.SOLO)
    assert placement_to_start([LAPTOP]).full_screen
    assert placement_to_start([]) is None


def test_presenting_starts_full_screen_on_the_projector():
    placement = placement_to_start([LAPTOP, PROJECTOR])
    assert placement == Placement(PROJECTOR, PlacementMode.PROJECTOR) and placement.full_screen


def test_unplugging_the_projector_falls_back_to_a_framed_window_on_the_laptop():
    # Given the stage full screen on the projector, When only the laptop remains
    after = placement_after_change([LAPTOP], "", Placement(PROJECTOR, PlacementMode.PROJECTOR))
    # Then a normal window on the laptop, so the controls stay reachable
    assert after == Placement(LAPTOP, PlacementMode.FALLBACK) and not after.full_screen


def test_with_another_projector_left_the_stage_moves_there_instead():
    after = placement_after_change([LAPTOP, TV], "HDMI-1",
                                   Placement(PROJECTOR, PlacementMode.PROJECTOR))
    assert after == Placement(TV, PlacementMode.PROJECTOR)


def test_plugging_a_projector_in_again_returns_to_full_screen_there():
    fallback = Placement(LAPTOP, PlacementMode.FALLBACK)
    assert placement_after_change([LAPTOP, PROJECTOR], "", fallback) == Placement(
        PROJECTOR, PlacementMode.PROJECTOR)


def test_a_single_screen_presentation_stays_full_screen_when_its_screen_changes_size():
    resized = ScreenInfo("eDP-1", 1, (0, 0, 1024, 768), primary=True)
    after = placement_after_change([resized], "", Placement(LAPTOP, PlacementMode.SOLO))
    assert after == Placement(resized, PlacementMode.SOLO)


def test_a_moment_with_no_screens_at_all_leaves_the_window_where_it_was():
    current = Placement(PROJECTOR, PlacementMode.PROJECTOR)
    assert placement_after_change([], "", current) == current


def test_the_fallback_window_is_smaller_than_the_screen_and_on_it():
    x, y, width, height = windowed_geometry(LAPTOP.geometry)
    assert x > 0 and y > 0 and x + width < 1366 and y + height < 768


def test_screens_are_listed_with_their_number_name_and_size(qapp):
    screens = current_screens()
    assert screens and screens[0].number == 1
    assert sum(screen.primary for screen in screens) == 1
    assert screen_label(PROJECTOR) == "Screen 2: HDMI-1 (1024×768)"
    assert "main screen" in screen_label(LAPTOP)
    assert PROJECTOR.label() == screen_label(PROJECTOR)  # what the settings dialog lists


def test_a_burst_of_screen_notices_gives_one_settled_answer(qtbot, qapp):
    # Given a watcher, When the system sends three notices in a row (a projector plugged in)
    from PySide6.QtCore import QObject

    owner = QObject()
    watcher = ScreenWatcher(owner, delay_ms=50)
    answers = []
    watcher.screens_changed.connect(answers.append)
    for _ in range(3):
        watcher.notice()
    assert watcher.is_waiting() and answers == []
    # Then, once they settle, one list of screens arrives, and no second one after it
    wait_until(lambda: len(answers) > 0)
    assert len(answers) == 1 and answers[0] == current_screens() and not watcher.is_waiting()
