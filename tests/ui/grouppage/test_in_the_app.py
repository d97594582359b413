"""The Group devices tab in the app's own window, wired by the composition root: it follows the
Session tab's session, puts the address in the stage preview, and nothing listens once the
session ends or the window closes."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from sole_app import app
from sole_app.core.settings import AppSettings
from sole_app.ui import i18n
from sole_app.ui.main_window import MainWindow
from sole_app.web import host as web_host
from tests.ui.windows import page_named, session_controller, session_page
from tests.web.conftest import Client, content, free_port


class LoopbackHost(web_host.GroupPageHost):
    """The real host, listening on 127.0.0.1 only: tests never open a port to the network."""

    def __init__(self, database) -> None:
        super().__init__(database, interface="127.0.0.1", find_address=lambda: "127.0.0.1")


@pytest.fixture
def window(data_paths, monkeypatch):
    monkeypatch.setattr(web_host, "GroupPageHost", LoopbackHost)
    AppSettings(language="en", group_page_port=free_port()).save(data_paths.settings)
    i18n.install("en")
    window = app.build_main_window(data_paths)
    window.show()
    assert app.load_into(window)
    yield window
    for each in QApplication.topLevelWidgets():
        if isinstance(each, MainWindow) and isValid(each):
            if each.database is not None:
                each.database.close()
            each.close()


def refused(address: str) -> bool:
    try:
        socket.create_connection(("127.0.0.1", urlsplit(address).port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def start_session_with_page_on(window):
    session_page(window).setup.question_edit.setPlainText("De ce avem nevoie de somn?")
    session_controller(window).start()
    panel = page_named(window, "groupPagePage")
    panel.switch.setChecked(True)
    return panel


def test_the_tab_follows_the_session_and_the_page_stops_when_it_ends(window):
    # Given the app's window, a session started from the Session tab, and the page turned on
    panel = start_session_with_page_on(window)
    address = panel.address.text()
    assert "/s/" in address and not refused(address)
    # When the librarian puts the address on the stage
    panel.projector.setChecked(True)
    # Then the Session tab's preview shows it too
    assert session_page(window).preview.join_card().address == address
    # When the session ends
    session_controller(window).finish()
    # Then nothing listens, the tab is off, and the preview no longer shows the address
    assert refused(address)
    assert not panel.switch.isChecked() and not panel.switch.isEnabled()
    assert session_page(window).preview.join_card() is None


def test_closing_the_window_stops_the_page(window):
    panel = start_session_with_page_on(window)
    address = panel.address.text()
    window.close()
    assert refused(address)


def test_what_a_device_writes_shows_at_once_in_the_librarians_groups_list(window, qtbot):
    # Given a running session with the group page on, and the Groups tab on the laptop
    panel = start_session_with_page_on(window)
    address = urlsplit(panel.address.text())
    groups = page_named(window, "sessionPage").findChild(QWidget, "groupsPanel")
    device = Client(address.port, address.path.rstrip("/") + "/")
    try:
        # When a tablet starts a group and types what it found
        joined = device.join(nickname="Vulpile")
        qtbot.waitUntil(lambda: any("Vulpile" in groups.group_list.item(row).text()
                                    for row in range(groups.group_list.count())))
        groups.group_list.setCurrentRow(0)
        reply = device.save(content("Somnul repară corpul."), joined["record"])
        assert reply.status == 200
        # Then the librarian sees the group and, without clicking, its words
        qtbot.waitUntil(lambda: "Somnul repară corpul." in
                        groups.summary.toPlainText())
    finally:
        device.close()
