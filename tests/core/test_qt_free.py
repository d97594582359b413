"""The domain never loads Qt: it must run in the CLI, in tests and in any future front end."""

import subprocess
import sys


def test_importing_every_core_module_loads_no_pyside6():
    script = (
        "import importlib, pkgutil, sys\n"
        "import sole_app.core as core\n"
        "for module in pkgutil.walk_packages(core.__path__, 'sole_app.core.'):\n"
        "    if '.migrations' not in module.name:\n"
        "        importlib.import_module(module.name)\n"
        "loaded = [name for name in sys.modules if name.startswith(('PySide6', 'shiboken6'))]\n"
        "print(len([m for m in sys.modules if m.startswith('sole_app.core.')]))\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 5  # the walk really imported the core modules
