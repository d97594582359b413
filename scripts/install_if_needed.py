"""Install SOLE Facilitator into the virtual environment whose Python runs this, if it needs it.

    .venv/bin/python scripts/install_if_needed.py [test]      (Windows: .venv\\Scripts\\python.exe)

setup.sh and start-windows.bat run it before every start. A finished install leaves a stamp named
by a hash of pyproject.toml in the environment, so a later start installs nothing and needs no
internet; only a new environment or a changed pyproject.toml installs again.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = Path(sys.prefix)


def stamp(extras: str) -> Path:
    digest = hashlib.sha1((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:12]
    return VENV / f".installed-{extras or 'app'}-{digest}"


def pip(*arguments: str) -> int:
    command = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet", *arguments]
    return subprocess.run(command).returncode


def install(extras: str) -> int:
    print("==> Installing SOLE Facilitator and its libraries (first time: a few minutes)",
          file=sys.stderr, flush=True)
    if pip("install", "--upgrade", "pip") != 0:
        print("==> Could not update pip; installing with the one there is", file=sys.stderr)
    return pip("install", "-e", f"{ROOT}[{extras}]" if extras else str(ROOT))


def installed(extras: str) -> bool:
    """Whether this pyproject.toml was installed with these extras (the test install has the
    app too)."""
    return any(stamp(done).exists() for done in ([extras] if extras else ["", "test"]))


def main(argv: list[str]) -> int:
    extras = argv[0] if argv else ""
    if installed(extras):
        return 0
    code = install(extras)
    if code == 0:
        stamp(extras).touch()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
