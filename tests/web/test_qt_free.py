"""The group page's server never loads Qt: it runs in a worker thread beside the window, and
its tests, bench and any future front end need no display."""

import subprocess
import sys


def test_importing_the_web_package_loads_no_pyside6():
    script = (
        "import importlib, pkgutil, sys\n"
        "import sole_app.web as web\n"
        "for module in pkgutil.walk_packages(web.__path__, 'sole_app.web.'):\n"
        "    importlib.import_module(module.name)\n"
        "loaded = [name for name in sys.modules if name.startswith(('PySide6', 'shiboken6'))]\n"
        "print(len([m for m in sys.modules if m.startswith('sole_app.web.')]))\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 8  # the walk really imported the web modules
