"""Memory: peak resident memory with a bank of 100,000 questions open and searched.

Three fresh processes, each reporting its own peak (VmHWM): the app's main window (offscreen)
on a data folder holding the generated bank, with every keystroke of the search benchmark typed
into the bank's search box and the list drawn; the same searches through core alone, without
Qt; and, for the floor Qt sets, a bare PySide6 window. Prints; asserts nothing.
Usage: python bench/bench_memory.py [--size tiny|full] [--json out.json] [--work folder]
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from suite import Figure, arguments, finish, peak_rss_mb, work_folder

SIZES = {"tiny": 300, "full": 100_000}
TARGET_MB = 200.0


def app_window(data: Path) -> dict:
    """The main window on ``data``, the bank tab shown, every keystroke searched and drawn."""
    from bench_search import KEYSTROKES

    from sole_app import app
    from sole_app.core.paths import DataPaths
    from sole_app.ui.qt_app import create_application

    application = create_application(["sole-bench"])
    window = app.build_main_window(DataPaths(data).ensure())
    window.show()
    app.load_into(window)
    bank = next(feature for feature in window.features()
                if feature.page() is not None and feature.page().objectName() == "bankPanel")
    panel = bank.page()
    window.pages.setCurrentWidget(panel)
    for typed in KEYSTROKES:
        panel.search_box.setText(typed)
        bank.controller.refresh()
        application.processEvents()
    return {"listed": panel.model.rowCount(), "peak_mb": peak_rss_mb()}


def core_only(data: Path) -> dict:
    from bench_search import KEYSTROKES

    from sole_app.core.bank.search import search
    from sole_app.core.db import open_database
    from sole_app.core.paths import DataPaths

    database = open_database(DataPaths(data).database)
    listed = [len(search(database, typed, None, 1000).rows) for typed in KEYSTROKES]
    return {"listed": listed[-1], "peak_mb": peak_rss_mb(),
            "qt_loaded": any(name.startswith("PySide6") for name in sys.modules)}


def bare_window(_data: Path) -> dict:
    from PySide6.QtWidgets import QApplication, QMainWindow

    application = QApplication(["sole-bench"])
    window = QMainWindow()
    window.resize(1000, 700)
    window.show()
    application.processEvents()
    return {"peak_mb": peak_rss_mb()}


CHILDREN = {"app": app_window, "core": core_only, "bare": bare_window}


def data_folder(folder: Path, bank: Path) -> Path:
    """A data folder whose database is a copy of ``bank``, starter questions marked loaded."""
    from sole_app.core.bank.starter import LOADED_KEY

    data = folder / "data"
    data.mkdir()
    shutil.copyfile(bank, data / "sole.sqlite3")
    with sqlite3.connect(data / "sole.sqlite3") as connection:
        connection.execute("INSERT INTO bank_state(key, value) VALUES (?, 'bench')",
                           (LOADED_KEY,))
    return data


def child(kind: str, data: Path) -> dict:
    environment = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM",
                                                                    "offscreen")}
    result = subprocess.run([sys.executable, __file__, "--child", kind, str(data)],
                            capture_output=True, text=True, env=environment, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    from generated_bank import build_bank

    size = SIZES[args.size]
    bank = build_bank(work_folder(args) / f"bank-{size}.sqlite3", size)
    with tempfile.TemporaryDirectory() as folder:
        data = data_folder(Path(folder), bank)
        measured = {kind: child(kind, data) for kind in CHILDREN}
    for kind, figures in measured.items():
        print(f"{kind:>5}: {figures}")
    figures = [
        Figure(f"memory: app window, {size:,} questions open and searched, peak",
               measured["app"]["peak_mb"], "MB", measured["bare"]["peak_mb"],
               "bare PySide6 window", target=TARGET_MB,
               note=f"{measured['app']['listed']} rows listed at the end"),
        Figure(f"memory: core alone (no Qt), {size:,} questions searched, peak",
               measured["core"]["peak_mb"], "MB", note="Qt loaded!" if
               measured["core"]["qt_loaded"] else ""),
    ]
    finish("memory", figures, args)


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(CHILDREN[sys.argv[2]](Path(sys.argv[3]))))
    else:
        main()
