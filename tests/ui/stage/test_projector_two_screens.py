"""With a laptop and a projector (Qt's offscreen platform given two screens), the stage lands
full screen on the projector, follows the librarian's choice, falls back and comes back.

The suite's QApplication has one screen, so this runs tests/ui/stage/two_screen_probe.py in a fresh
process with QT_QPA_PLATFORM="offscreen:configfile=screens.json".
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("two_screen_probe.py")
SCREENS = {"screens": [
    {"name": "laptop", "x": 0, "y": 0, "width": 1280, "height": 800},
    {"name": "projector", "x": 1280, "y": 0, "width": 1024, "height": 768},
]}


@pytest.fixture(scope="module")
def facts(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("two-screens")
    config = folder / "screens.json"
    config.write_text(json.dumps(SCREENS), encoding="utf-8")
    environment = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    result = subprocess.run([sys.executable, str(PROBE), str(folder / "settings.json")],
                            capture_output=True, text=True, env=environment, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_platform_really_has_a_laptop_and_a_projector(facts):
    assert facts["screens"] == [["laptop", True, [0, 0, 1280, 800]],
                                ["projector", False, [1280, 0, 1024, 768]]]


def test_presenting_fills_the_projector_without_a_frame(facts):
    assert facts["started"] == {"visible": True, "full_screen": True, "frameless": True,
                                "screen": "projector", "geometry": [1280, 0, 1024, 768],
                                "mode": "projector"}


def test_a_chosen_screen_is_used_and_remembered(facts):
    assert facts["chose_laptop"]["screen"] == "laptop"
    assert facts["chose_laptop"]["geometry"] == [0, 0, 1280, 800]
    assert facts["saved_choice"] == "laptop"
    assert facts["chose_any"]["screen"] == "projector"


def test_losing_the_projector_gives_a_framed_window_on_the_laptop_then_back(facts):
    gone = facts["projector_gone"]
    assert gone["visible"] and not gone["full_screen"] and not gone["frameless"]
    assert gone["screen"] == "laptop" and gone["mode"] == "fallback"
    x, y, width, height = gone["geometry"]
    assert x >= 0 and y >= 0 and x + width <= 1280 and y + height <= 800
    assert facts["projector_back"] == facts["chose_any"]


def test_identify_shows_each_number_on_its_own_screen(facts):
    assert facts["identify"] == [["1", "laptop", True], ["2", "projector", True]]


def test_stopping_hides_the_stage(facts):
    assert not facts["stopped"]["visible"] and facts["stopped"]["mode"] is None
