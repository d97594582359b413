"""The screens stay awake while a phase runs: ScreenAwake asks the desktop's screensaver service,
and without one it quietly does nothing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sole_app.ui.stage.screensaver import ScreenAwake

PROBE = Path(__file__).with_name("screensaver_probe.py")


def test_without_a_session_bus_holding_does_nothing_and_does_not_fail(qapp, monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    awake = ScreenAwake()
    awake.hold()
    assert awake.is_held()
    awake.release()
    assert not awake.is_held()


@pytest.mark.skipif(not sys.platform.startswith("linux") or not shutil.which("dbus-run-session")
                    or not shutil.which("gdbus"), reason="needs dbus-run-session and gdbus")
def test_on_linux_the_freedesktop_screensaver_is_inhibited_then_released(tmp_path):
    # Given a private session bus with a fake org.freedesktop.ScreenSaver
    script = tmp_path / "run.sh"
    script.write_text(
        f'"{sys.executable}" "{PROBE}" service > "{tmp_path}/service.json" &\n'
        "for i in $(seq 100); do\n"
        "  gdbus call --session -d org.freedesktop.DBus -o /org/freedesktop/DBus "
        "-m org.freedesktop.DBus.NameHasOwner org.freedesktop.ScreenSaver 2>/dev/null "
        "| grep -q true && break; sleep 0.1\n"
        "done\n"
        f'"{sys.executable}" "{PROBE}" client\n'
        "wait\n", encoding="utf-8")
    environment = {key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"}
    # When ScreenAwake holds twice and releases once
    result = subprocess.run(["dbus-run-session", "--", "sh", str(script)], capture_output=True,
                            text=True, env=environment, timeout=60)
    assert result.returncode == 0, result.stderr[-2000:]
    client = json.loads(result.stdout.strip().splitlines()[-1])
    seen = json.loads((tmp_path / "service.json").read_text(encoding="utf-8"))
    # Then the service saw one Inhibit with our name, and UnInhibit with its cookie
    assert client == {"held": True, "cookie": 42}
    assert seen == [["Inhibit", "SOLE Facilitator", "A SOLE session is running"],
                    ["UnInhibit", 42]]
