"""The Group devices tab: off until the librarian turns it on in a running session, the address
and QR code while on, what devices type on the laptop's screen, and off when the session ends."""

from __future__ import annotations

import socket
import threading
from urllib.parse import urlsplit

from PySide6.QtCore import QPoint, Qt, QThread

from sole_app.ui.stage.join import JoinCard
from tests.web.conftest import Client, content


def click(qtbot, check) -> None:
    """Click a check box on its box, as a person does (its middle may be empty space)."""
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))


def turn_on(qtbot, feature) -> str:
    click(qtbot, feature.panel.switch)
    return feature.panel.address.text()


def device_for(address: str) -> Client:
    parts = urlsplit(address)
    return Client(parts.port, parts.path)


def refused(address: str) -> bool:
    try:
        socket.create_connection(("127.0.0.1", urlsplit(address).port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def test_the_page_cannot_be_turned_on_before_a_session_runs(feature, host):
    # Given no session running
    panel = feature.panel
    # Then the switch is off and disabled, and the tab says why
    assert not panel.switch.isEnabled() and not panel.switch.isChecked()
    assert "Start a session first" in panel.status.text()
    assert not host.is_running()


def test_turned_on_it_shows_the_address_and_its_qr_code_and_serves_the_page(
        qtbot, feature, session_id):
    # Given a running session
    feature.session_started(session_id)
    # When the librarian turns the page on
    address = turn_on(qtbot, feature)
    # Then the address is shown with the QR code of exactly that address, and a device opens it
    assert address.startswith("http://127.0.0.1:") and "/s/" in address
    assert feature.panel.card.code.text() == address
    assert feature.panel.card.isVisibleTo(feature.panel)
    assert "On." in feature.panel.status.text()
    device = device_for(address)
    assert device.get("").status == 200
    device.close()


def test_the_page_stops_when_the_session_ends(qtbot, feature, session_id, stage):
    # Given the page on and shown on the projector, with a device connected
    feature.session_started(session_id)
    address = turn_on(qtbot, feature)
    click(qtbot, feature.panel.projector)
    device = device_for(address)
    device.get("")
    # When the session ends
    feature.session_ended(session_id)
    # Then nothing listens, the switch is off, and the projector no longer shows the address
    assert refused(address)
    assert not feature.panel.switch.isChecked() and not feature.panel.switch.isEnabled()
    assert stage.cards[-1] is None
    device.close()


def test_turning_it_off_stops_listening(qtbot, feature, session_id):
    feature.session_started(session_id)
    address = turn_on(qtbot, feature)
    click(qtbot, feature.panel.switch)
    assert refused(address)
    assert "Off" in feature.panel.status.text()
    assert not feature.panel.card.isVisibleTo(feature.panel)


def test_a_busy_port_is_told_in_a_sentence_and_the_page_stays_off(qtbot, feature, session_id):
    # Given another program on the page's port
    with socket.socket() as other:
        other.bind(("127.0.0.1", feature.controller.settings.group_page_port))
        other.listen()
        feature.session_started(session_id)
        # When the librarian turns the page on
        turn_on(qtbot, feature)
    # Then she reads why, and the switch is off again
    assert "is already in use" in feature.panel.message.text()
    assert not feature.panel.switch.isChecked()


def test_the_address_goes_on_the_projector_on_request(qtbot, feature, session_id, stage):
    feature.session_started(session_id)
    address = turn_on(qtbot, feature)
    click(qtbot, feature.panel.projector)
    assert stage.cards[-1] == JoinCard(address)
    click(qtbot, feature.panel.projector)
    assert stage.cards[-1] is None


def test_what_a_device_types_reaches_the_laptops_screen_in_the_gui_thread(
        qtbot, feature, session_id):
    # Given the page on, and the thread each save is shown in
    feature.session_started(session_id)
    device = device_for(turn_on(qtbot, feature))
    shown_in = []
    feature.events.device_saved.connect(
        lambda *_: shown_in.append(QThread.currentThread() is feature.thread()))
    # When a device starts a group and types its finding
    joined = device.post("api/join", {"nickname": "Bufnițele"}).json()
    device.token = joined["device"]
    device.save(content("Somnul repară corpul <b>și</b> creierul.", ["enciclopedie"],
                        "very_sure"), joined["record"])
    # Then the laptop's list shows the group and its words, as plain text, from a signal
    # delivered in the GUI thread
    qtbot.waitUntil(lambda: any("Somnul repară" in text
                                for text in feature.panel.group_texts()), timeout=2000)
    (text,) = feature.panel.group_texts()
    assert text.startswith("Bufnițele · 1 device")
    assert "●●●" in text and "Sources: 1" in text
    assert "corpul <b>și</b> creierul" in text  # what the child typed, never made bold
    assert shown_in == [True]
    assert threading.current_thread() is threading.main_thread()
    device.close()


def test_a_conflict_between_two_devices_is_marked_on_the_laptop(qtbot, feature, session_id):
    feature.session_started(session_id)
    address = turn_on(qtbot, feature)
    first, second = device_for(address), device_for(address)
    joined = first.post("api/join", {"nickname": "Vulpile"}).json()
    first.token = joined["device"]
    second.token = second.post("api/join", {"group": joined["group"]["uid"]}).json()["device"]
    start = first.save(content("Dormim 8 ore."), joined["record"]).json()["record"]
    first.save(content("Dormim 9 ore."), start)
    second.save(content("Dormim 7 ore."), start)
    qtbot.waitUntil(lambda: "both kept" in "".join(feature.panel.group_texts()), timeout=2000)
    assert "2 devices" in feature.panel.group_texts()[0]
    first.close()
    second.close()
