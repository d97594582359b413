"""On a 1024x600 netbook or a 1280x720 laptop the main window opens within the screen, and every
control of every tab can be reached (scrolling only inside the pages that scroll).

The suite's QApplication has one fixed screen, so each case runs tests/ui/small_screen_probe.py
in a fresh process with QT_QPA_PLATFORM="offscreen:configfile=screens.json".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("small_screen_probe.py")
NETBOOK = {"name": "netbook", "x": 0, "y": 0, "width": 1024, "height": 600}
LAPTOP = {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 720}
MONITOR = {"name": "monitor", "x": 1280, "y": 0, "width": 1920, "height": 1080}


def probe(folder: Path, screens: list[dict], *arguments: str) -> dict:
    config = folder / f"screens-{len(list(folder.glob('screens-*')))}.json"
    config.write_text(json.dumps({"screens": screens}), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, str(PROBE), str(folder / "data"), *arguments],
                            capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def inside(frame: list[int], screen: list[int]) -> bool:
    x, y, width, height = frame
    left, top, screen_width, screen_height = screen
    return (left <= x and top <= y and x + width <= left + screen_width
            and y + height <= top + screen_height)


def all_within_reach(tabs: dict[str, list[str]]) -> bool:
    """Every tab (the Session tab and the bank among them) has no control out of reach."""
    assert {"sessionPage", "bankPanel"} <= tabs.keys(), tabs
    assert {name: missing for name, missing in tabs.items() if missing} == {}
    return True


@pytest.mark.parametrize(("screen", "language"), [
    (NETBOOK, "ro"), (NETBOOK, "ru"), (NETBOOK, "en"), (LAPTOP, "ro"), (LAPTOP, "en"),
])
def test_on_a_small_screen_the_window_and_every_control_are_within_reach(tmp_path, screen,
                                                                        language):
    # Given a first start on a small screen, in the librarian's language
    # When the main window opens
    facts = probe(tmp_path, [screen], language)
    # Then it lies within the screen, and no control of the Session tab or the bank is beyond it
    assert inside(facts["frame"], facts["screen"]), facts
    assert all_within_reach(facts["tabs"])


def test_a_window_remembered_on_a_monitor_that_is_gone_opens_on_the_netbook(tmp_path):
    # Given the window last closed on a big monitor beside the netbook
    moved = probe(tmp_path, [NETBOOK, MONITOR], "en", "--move-to=1400,100")
    assert moved["moved"][0] >= 1280
    # When the app starts again with the netbook's screen alone
    facts = probe(tmp_path, [NETBOOK], "en")
    # Then the window opens within the netbook's screen, every control within reach
    assert inside(facts["frame"], facts["screen"]), facts
    assert all_within_reach(facts["tabs"])
