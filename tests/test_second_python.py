"""scripts/test.sh runs the suite a second time on a Python 3.12 or newer, where it finds one.

PySide6 is pinned differently below 3.12, so the second run tests the other pin. These tests give
setup.sh's `sole_newer_python` a made-up PATH and pyenv folder of stand-in interpreters.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SETUP = Path(__file__).resolve().parent.parent / "scripts" / "setup.sh"


def stand_in(path: Path, works: bool) -> None:
    """An interpreter that answers the 3.12-or-newer check with yes, or fails like a pyenv shim
    for a version that is not activated."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n" if works else "#!/bin/sh\necho 'pyenv: not found' >&2\n"
                    "exit 127\n")
    path.chmod(0o755)


def newer_python(tmp_path: Path) -> str:
    environment = {"PATH": f"{tmp_path / 'bin'}:/usr/bin:/bin", "HOME": str(tmp_path),
                   "PYENV_ROOT": str(tmp_path / "pyenv")}
    result = subprocess.run(["bash", "-c", f"source '{SETUP}' && sole_newer_python"],
                            env=environment, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.fixture
def pyenv(tmp_path) -> Path:
    return tmp_path / "pyenv" / "versions"


def test_the_newest_pyenv_build_is_chosen_past_broken_shims(tmp_path, pyenv):
    # Given shims on PATH that fail, and pyenv builds of 3.12, 3.13 and a free-threaded 3.13
    stand_in(tmp_path / "bin" / "python3.12", works=False)
    stand_in(tmp_path / "bin" / "python3.13", works=False)
    for version in ("3.12.1", "3.13.0", "3.13.0t"):
        stand_in(pyenv / version / "bin" / "python3", works=True)
    # When test.sh looks for its second Python, then it takes the newest regular build
    assert newer_python(tmp_path) == str(pyenv / "3.13.0" / "bin" / "python3")


def test_a_working_python_on_the_path_comes_first(tmp_path, pyenv):
    stand_in(tmp_path / "bin" / "python3.12", works=True)
    stand_in(pyenv / "3.13.0" / "bin" / "python3", works=True)
    assert newer_python(tmp_path) == str(tmp_path / "bin" / "python3.12")


def test_an_older_python_only_means_no_second_run(tmp_path, pyenv):
    stand_in(pyenv / "3.11.7" / "bin" / "python3", works=False)  # answers "older than 3.12"
    assert newer_python(tmp_path) == ""


def test_a_real_interpreter_is_taken_only_from_python_3_12_on(tmp_path):
    # Given the interpreter running these tests, on the PATH as python3.12
    (tmp_path / "bin").mkdir()
    (tmp_path / "bin" / "python3.12").symlink_to(os.path.realpath(sys.executable))
    # Then the version check itself tells 3.11 (not taken) from 3.12+ (taken)
    found = newer_python(tmp_path)
    assert (found != "") == (sys.version_info >= (3, 12))
