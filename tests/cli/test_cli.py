"""The command line documents itself and fails with sentences, not tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from sole_app import __version__, cli


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "sole_app", *args], capture_output=True, text=True,
        env=environment, timeout=60,
    )


def test_help_documents_the_data_folder_and_the_window():
    result = run_cli("--help")
    assert result.returncode == 0
    assert "--data-dir" in result.stdout
    assert "SOLE_DATA_DIR" in result.stdout
    assert "opens the window" in " ".join(result.stdout.split())


def test_version_is_printed():
    result = run_cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_an_unknown_command_is_a_usage_error_on_stderr():
    result = run_cli("fly-to-the-moon")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr and "Traceback" not in result.stderr


def test_a_data_folder_that_is_a_file_gives_one_sentence_and_exit_1(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = run_cli("--data-dir", str(blocker), "questions", "list")  # the window adds a box
    assert result.returncode == 1
    assert "cannot be used" in result.stderr and "it is a file" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_environment_variable_chooses_the_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SOLE_DATA_DIR", str(tmp_path / "from-env"))
    args = cli.parse([])
    from sole_app.core.paths import DataPaths

    assert DataPaths.resolve(args.data_dir).root == (tmp_path / "from-env").resolve()
    assert DataPaths.resolve(str(tmp_path / "flag")).root == (tmp_path / "flag").resolve()


@pytest.mark.parametrize("bad", ["--data-dir"])
def test_a_missing_option_value_is_a_usage_error(bad):
    result = run_cli(bad)
    assert result.returncode == 2 and "expected one argument" in result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="only on Linux can a desktop session lack a screen to open")
def test_without_any_screen_the_window_explains_instead_of_crashing(tmp_path):
    environment = {key: value for key, value in os.environ.items()
                   if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}}
    result = subprocess.run(
        [sys.executable, "-m", "sole_app", "--data-dir", str(tmp_path)],
        capture_output=True, text=True, env=environment, timeout=60,
    )
    assert result.returncode == 1
    assert "no screen was found" in result.stderr and "Traceback" not in result.stderr
