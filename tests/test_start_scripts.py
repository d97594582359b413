"""Once set up, the start scripts open the app offline: they install only when they must.

A librarian's laptop is often offline. start.sh and start-windows.bat both ask
scripts/install_if_needed.py, which installs only into a new environment or after pyproject.toml
changed. The .bat cannot run here (no Windows); its structure is checked instead.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sole_app import __version__

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = ROOT / "scripts"
UNREACHABLE_INDEX = {"PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1",
                     "PIP_INDEX_URL": "http://127.0.0.1:9/simple"}


def pyproject_digest() -> str:
    return hashlib.sha1((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:12]


@pytest.mark.slow
def test_start_sh_opens_the_app_with_the_package_index_unreachable():
    # Given the environment these tests run in, set up by scripts/setup.sh for this pyproject
    venv = Path(sys.prefix)
    if not list(venv.glob(f".installed-*-{pyproject_digest()}")):
        pytest.skip("the tests do not run in an environment set up by scripts/setup.sh")
    # When start.sh starts the app there, with every package index out of reach
    environment = {key: value for key, value in os.environ.items() if not key.startswith("PIP_")}
    environment.update(UNREACHABLE_INDEX, SOLE_VENV=str(venv))
    result = subprocess.run(["bash", str(SCRIPTS / "start.sh"), "--version"], env=environment,
                            capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL)
    # Then nothing is installed and the app itself answers
    assert result.returncode == 0, result.stderr
    assert "Installing" not in result.stderr
    assert f"SOLE Facilitator {__version__}" in result.stdout


@pytest.fixture
def installer(tmp_path, monkeypatch):
    """scripts/install_if_needed.py for a project in tmp_path, with pip replaced by a recorder."""
    spec = importlib.util.spec_from_file_location("installer", SCRIPTS / "install_if_needed.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (tmp_path / "venv").mkdir()
    monkeypatch.setattr(module, "ROOT", tmp_path / "project")
    monkeypatch.setattr(module, "VENV", tmp_path / "venv")
    module.pip_calls = []
    module.pip_code = 0

    def pip(*arguments: str) -> int:
        module.pip_calls.append(list(arguments))
        return module.pip_code

    monkeypatch.setattr(module, "pip", pip)
    return module


def installs(module) -> list[list[str]]:
    return [call for call in module.pip_calls if "-e" in call]


def test_a_new_environment_is_installed_once_then_starts_without_pip(installer):
    # Given a new environment, when it starts twice
    assert installer.main([]) == 0
    assert installer.main([]) == 0
    # Then only the first start ran pip
    assert len(installs(installer)) == 1
    assert installs(installer)[0][-1] == str(installer.ROOT)


def test_a_changed_pyproject_installs_again(installer):
    installer.main([])
    (installer.ROOT / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "2"\n')
    installer.main([])
    assert len(installs(installer)) == 2


def test_a_failed_install_is_tried_again_at_the_next_start(installer):
    # Given no internet at the first start
    installer.pip_code = 1
    # When it starts, then again once the internet is back
    assert installer.main([]) == 1
    installer.pip_code = 0
    assert installer.main([]) == 0
    # Then the second start installed again, and a third needs nothing
    assert len(installs(installer)) == 2
    installer.main([])
    assert len(installs(installer)) == 2


def test_the_test_install_serves_the_app_but_not_the_reverse(installer):
    installer.main(["test"])
    installer.main([])
    assert len(installs(installer)) == 1
    assert installs(installer)[0][-1] == f"{installer.ROOT}[test]"


def bat_lines() -> list[str]:
    return (SCRIPTS / "start-windows.bat").read_bytes().decode("ascii").split("\r\n")


def test_start_windows_bat_installs_through_the_stamp_check_only():
    lines = [line.strip() for line in bat_lines()]
    commands = [line for line in lines if line and not line.lower().startswith(("rem", "echo"))]
    # It never runs pip itself: the install goes through install_if_needed.py
    assert not any(re.search(r"\bpip\b", line) for line in commands), commands
    check = commands.index(r'".venv\Scripts\python.exe" scripts\install_if_needed.py')
    assert (SCRIPTS / "install_if_needed.py").is_file()
    # Its failure stops the script before the app starts; then pythonw starts the app
    assert commands[check + 1] == "if errorlevel 1 ("
    assert "exit /b 1" in commands[check + 2:commands.index(")", check)]
    assert commands[-1] == r'start "" ".venv\Scripts\pythonw.exe" -m sole_app %*'
    # The folder is the project's, whatever folder the shortcut starts in
    assert r'cd /d "%~dp0\.."' in commands


def test_start_windows_bat_has_windows_line_endings():
    text = (SCRIPTS / "start-windows.bat").read_bytes()
    assert text.count(b"\n") == text.count(b"\r\n") > 10
