"""An installed wheel carries resources/ and questions/ and the app finds them there."""

from __future__ import annotations

import json
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

FIND_SHIPPED = """
import json, sole_app
from sole_app.core.paths import questions_dir, resources_dir
print(json.dumps({
    "package": sole_app.__file__,
    "resources": str(resources_dir()),
    "questions": str(questions_dir()),
    "files": sorted(p.relative_to(resources_dir().parent.parent).as_posix()
                    for p in (resources_dir().parent).rglob("*") if p.is_file()
                    and p.suffix in {".svg", ".toml", ".qm", ".wav", ".js", ".css"}),
}))
"""


@pytest.mark.slow
def test_a_wheel_installed_in_a_clean_environment_finds_its_resources(tmp_path):
    # Given a wheel built from this source tree
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("sole_facilitator-*.whl"))
    # When it is installed into a clean virtual environment, away from the source tree
    clean = tmp_path / "clean"
    venv.create(clean, with_pip=False)
    python = clean / "bin" / "python"
    if not python.exists():
        python = clean / "Scripts" / "python.exe"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
         "--no-index", "--quiet", str(wheel)],
        capture_output=True, text=True,
    )
    assert install.returncode == 0, install.stderr
    found = subprocess.run([str(python), "-c", FIND_SHIPPED], capture_output=True,
                           text=True, cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    shipped = json.loads(found.stdout)
    # Then the app's resources and questions are the ones inside the installed package
    package_dir = Path(shipped["package"]).parent
    assert package_dir.is_relative_to(clean)
    assert Path(shipped["resources"]) == package_dir / "resources"
    assert Path(shipped["questions"]) == package_dir / "questions"
    files = shipped["files"]
    assert "sole_app/resources/icons/sole.svg" in files
    assert any(name.startswith("sole_app/questions/") and name.endswith(".toml")
               for name in files), "the starter questions are missing from the wheel"
    for language in ("ro", "ru"):
        assert f"sole_app/resources/translations/sole_{language}.qm" in files
    for asset in ("page.js", "page.css"):  # the group page serves them from the package
        assert f"sole_app/web/assets/{asset}" in files
