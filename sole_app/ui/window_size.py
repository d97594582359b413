"""Where the main window opens: within the screen's available area, on a 1024x600 netbook too.

The choice is a pure function of plain boxes (x, y, width, height), tested without screens; the
main window applies it. A remembered geometry is kept only while it still fits a screen (a
monitor it was on may be gone); otherwise the window opens as on a first start.
"""

from __future__ import annotations

from dataclasses import dataclass

Box = tuple[int, int, int, int]

DEFAULT_SIZE = (1100, 720)
# What a window manager may add around the window (title bar, borders), which Qt knows only
# once the window is shown: a window that would need more than the screen is maximised instead.
FRAME_ALLOWANCE = (16, 48)


@dataclass(frozen=True)
class Opening:
    """Open at ``box`` (the window's own area, without the frame), or maximised."""

    box: Box | None = None
    maximised: bool = False


def opening_for(available: Box, default: tuple[int, int] = DEFAULT_SIZE) -> Opening:
    """The default size centred on the screen's available area if it fits with a frame around
    it; else maximised, which the window manager fits to the area exactly."""
    x, y, width, height = available
    wanted_width, wanted_height = default
    if (wanted_width + FRAME_ALLOWANCE[0] > width
            or wanted_height + FRAME_ALLOWANCE[1] > height):
        return Opening(maximised=True)
    left = x + (width - wanted_width) // 2
    top = y + (height - wanted_height) // 2
    return Opening(box=(left, top, wanted_width, wanted_height))


def fits(box: Box, available: Box) -> bool:
    """True when the window's own area lies inside the available area, with room for a frame
    (before the window is shown Qt does not know its frame)."""
    x, y, width, height = box
    left, top, area_width, area_height = available
    return (left <= x and top <= y and x + width <= left + area_width
            and y + height <= top + area_height
            and width + FRAME_ALLOWANCE[0] <= area_width
            and height + FRAME_ALLOWANCE[1] <= area_height)


def fits_any(box: Box, areas: list[Box]) -> bool:
    return any(fits(box, area) for area in areas)
