"""Where the main window opens, as plain boxes: the usual size where it fits with a frame around
it, else maximised; a remembered place only while it still fits a screen."""

from __future__ import annotations

from sole_app.ui.window_size import DEFAULT_SIZE, Opening, fits, fits_any, opening_for

NETBOOK = (0, 0, 1024, 600)
LAPTOP_UNDER_A_PANEL = (0, 0, 1280, 690)
DESKTOP = (0, 0, 1920, 1040)


def test_a_large_screen_gets_the_usual_size_centred():
    assert opening_for(DESKTOP) == Opening(box=(410, 160, *DEFAULT_SIZE))


def test_a_netbook_or_a_short_laptop_screen_gets_a_maximised_window():
    assert opening_for(NETBOOK) == Opening(maximised=True)
    assert opening_for(LAPTOP_UNDER_A_PANEL) == Opening(maximised=True)


def test_a_remembered_place_fits_only_inside_a_screen_with_room_for_its_frame():
    assert fits((40, 30, 640, 470), NETBOOK)
    assert not fits((1400, 100, 1100, 720), NETBOOK)  # on a monitor that is gone
    assert not fits((0, 0, 1024, 600), NETBOOK)  # no room left for a title bar
    assert fits_any((1400, 100, 1100, 720), [NETBOOK, (1280, 0, 1920, 1080)])
