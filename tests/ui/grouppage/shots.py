"""Screenshots of the group page in a real browser (phone- and laptop-sized) and of the
laptop's Group devices tab and the stage with the address, in Romanian, for people to look at.

Run: .venv/bin/python tests/ui/grouppage/shots.py [folder]     (default /work/shots/grouppage)
Not a test: it needs chromium (scripts/test.sh installs it as root) and prints the files.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from sole_app.core.clock import FakeClock  # noqa: E402
from sole_app.core.db import open_database  # noqa: E402
from sole_app.core.findings import groups  # noqa: E402
from sole_app.core.session import runner as sessions  # noqa: E402
from sole_app.core.session.plan import Plan  # noqa: E402
from sole_app.core.session.stage import StageState  # noqa: E402
from sole_app.core.settings import AppSettings, Phase  # noqa: E402
from sole_app.ui import i18n  # noqa: E402
from sole_app.ui.grouppage.wiring import GroupPageFeature  # noqa: E402
from sole_app.ui.stage.join import JoinCard  # noqa: E402
from sole_app.ui.stage.view import StageView  # noqa: E402
from sole_app.web.host import GroupPageHost  # noqa: E402
from tests.ui.grouppage.browser import LAPTOP, PHONE, chrome  # noqa: E402
from tests.web.conftest import Client, content, free_port  # noqa: E402

QUESTION = "De ce avem nevoie de somn?"
FOUND = ("Somnul **repară** corpul: în somn creierul „face curat” și ține minte ce am învățat.\n\n"
         "- Șoarecii dorm 12-15 ore pe zi.\n- Girafele dorm doar 2 ore!")


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def fill_groups(address: str) -> None:
    """Two groups typing, as devices would, so the laptop's list has something to show."""
    parts = urlsplit(address)
    for nickname, found, certainty in (
            ("Bufnițele", FOUND, "fairly_sure"),
            ("Vulpile isteț", "Delfinii dorm cu o jumătate de creier, pe rând.", "very_sure")):
        device = Client(parts.port, parts.path)
        joined = device.post("api/join", {"nickname": nickname}).json()
        device.token = joined["device"]
        device.save(content(found, ["ro.wikipedia.org/wiki/Somn", "Enciclopedia copiilor"],
                            certainty, ["De ce visăm?"]), joined["record"])
        device.close()


def browser_shots(address: str, folder: Path, app: QApplication) -> list[Path]:
    saved = []
    for name, size in (("phone", PHONE), ("laptop", LAPTOP)):
        driver = chrome(size, "ro")
        try:
            driver.get(address)
            time.sleep(1.0)
            settle(app)
            path = folder / f"page-{name}-join-ro.png"
            driver.save_screenshot(str(path))
            saved.append(path)
            driver.find_element("css selector", "#groups button").click()
            time.sleep(1.0)
            driver.find_element("css selector", "#preview-box summary").click()
            driver.find_element("id", "found").click()
            time.sleep(0.5)
            settle(app)
            height = driver.execute_script("return document.body.scrollHeight")
            driver.set_window_size(size[0], max(size[1], height + 140))
            time.sleep(0.5)
            path = folder / f"page-{name}-record-ro.png"
            driver.save_screenshot(str(path))
            saved.append(path)
        finally:
            driver.quit()
    return saved


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("ro")
    database = open_database(Path(tempfile.mkdtemp()) / "shots.sqlite3")
    session_id = sessions.start_session(database, FakeClock(), QUESTION,
                                        Plan(phase_minutes=(5, 40, 15))).session_id
    host = GroupPageHost(database, interface="127.0.0.1",
                         find_address=lambda: "192.168.1.23")  # as the librarian would see it
    window = QWidget()
    feature = GroupPageFeature(host, database, AppSettings(group_page_port=free_port()),
                               lambda: "ro", lambda card: None, window)
    feature.session_started(session_id)
    feature.panel.switch.setChecked(True)
    local = feature.panel.address.text().replace("192.168.1.23", "127.0.0.1")
    fill_groups(local)
    saved = browser_shots(local, folder, app)
    groups.list_groups(database, session_id)
    feature.panel.resize(1280, 760)
    feature.panel.show()
    settle(app, 1.0)
    path = folder / "laptop-group-devices-tab-ro.png"
    feature.panel.grab().save(str(path))
    saved.append(path)
    stage = StageView()
    stage.resize(1024, 768)
    stage.set_state(StageState(question=QUESTION, phase=Phase.INVESTIGATION,
                               remaining_seconds=31 * 60 + 12, total_seconds=40 * 60,
                               show_agreements=True))
    stage.set_join_card(JoinCard(feature.panel.address.text()))
    stage.show()
    settle(app, 0.5)
    path = folder / "projector-join-card-ro.png"
    stage.grab().save(str(path))
    saved.append(path)
    host.end_session()
    for path in saved:
        print(path)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shots/grouppage"))
