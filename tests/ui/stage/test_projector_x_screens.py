"""With two separate X screens (a laptop's screen and a projector as X screens :N.0 and :N.1, as
Xvfb -screen 0 … -screen 1 … makes them, no Xinerama), F5 puts the stage full screen on the
projector's X screen and "Identify screens" draws each number on its own screen.

Runs tests/ui/stage/x_screens_probe.py on a private Xvfb in a fresh process (the suite itself
runs offscreen). Skipped, saying why, only where Xvfb cannot run; scripts/setup.sh installs it.
The laptop-and-monitor case, one desktop over two screens, is test_projector_two_screens.py.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("x_screens_probe.py")
LAPTOP, PROJECTOR = "1280x800x24", "1024x768x24"


@pytest.fixture(scope="module")
def display():
    """A private Xvfb with two separate X screens; it picks a free display number itself."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/setup.sh installs it as root: apt xvfb)")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-nolisten", "tcp", "-screen", "0", LAPTOP,
         "-screen", "1", PROJECTOR], pass_fds=(write_end,),
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_end)
    with os.fdopen(read_end) as announced:
        number = announced.readline().strip()
    if not number:
        message = server.stderr.read().decode(errors="replace")[-500:]
        server.wait(timeout=10)
        pytest.skip(f"Xvfb could not start here: {message}")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="module")
def facts(display, tmp_path_factory) -> dict:
    environment = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    environment.pop("WAYLAND_DISPLAY", None)
    result = subprocess.run([sys.executable, str(PROBE), str(tmp_path_factory.mktemp("data"))],
                            capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_x_server_has_two_separate_screens_and_the_window_opens_on_the_first(facts):
    assert (facts["x_screens"], facts["qt_screens"]) == (2, 2)
    assert facts["main_window_x_screen"] == 0 and facts["main_window_active"]


def test_f5_puts_the_stage_full_screen_on_the_projectors_x_screen(facts):
    assert facts["projector"] == {"visible": True, "full_screen": True, "x_screen": 1,
                                  "qt_screen": 1, "size": [1024, 768]}


def test_identify_draws_each_number_on_its_own_x_screen(facts):
    assert facts["identify"] == [["1", 0], ["2", 1]]
