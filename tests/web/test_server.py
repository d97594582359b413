"""The group page listens only while it is on: it stops at once even with browsers connected,
refuses a busy port in words, and keeps its address for the length of a session."""

from __future__ import annotations

import socket

import pytest

from sole_app.core.clock import FakeClock
from sole_app.core.session import runner as sessions
from sole_app.web.errors import PortInUse, PortUnavailable
from sole_app.web.host import GroupPageHost
from tests.web.conftest import PLAN, english, free_port


def refused(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    except ConnectionRefusedError:
        return True
    return False


def host_for(database) -> GroupPageHost:
    return GroupPageHost(database, interface="127.0.0.1", find_address=lambda: "127.0.0.1")


def test_the_page_stops_within_a_second_while_a_browser_keeps_its_connection_open(page):
    # Given a device that fetched the page and keeps the connection alive, as browsers do
    device = page.device()
    assert device.get("").status == 200
    # When the librarian turns the page off
    stopped = page.host.stop()
    # Then the server has stopped (stop() waits one second at most), and nothing listens
    assert stopped
    assert not page.host.is_running()
    assert refused(page.port)
    device.close()


def test_nothing_listens_once_the_session_has_ended(page, heard):
    # Given the page on, with a device connected
    device = page.device()
    device.join(nickname="Bufnițele")
    # When the session ends
    page.host.end_session()
    # Then connecting is refused
    assert refused(page.port)
    device.close()


def test_a_busy_port_is_an_error_the_librarian_can_read(database, session_id, heard):
    # Given another program listening on the port
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        host = host_for(database)
        # When the page is turned on there
        with pytest.raises(PortInUse) as caught:
            host.start(session_id, port, "en", english, heard)
    # Then the error says which port, and what to do; nothing of ours listens
    assert f"Port {port} is already in use" in str(caught.value)
    assert "Settings" in str(caught.value)
    assert not host.is_running()


@pytest.mark.parametrize("port", [80, 0, 70000])
def test_a_port_outside_the_allowed_range_is_refused(database, session_id, heard, port):
    with pytest.raises(PortUnavailable) as caught:
        host_for(database).start(session_id, port, "en", english, heard)
    assert "from 1024 to 65535" in str(caught.value)


def test_turning_the_page_off_and_on_keeps_its_address_and_devices(page, session_id, heard):
    # Given a device that joined a group
    device = page.device()
    device.join(nickname="Bufnițele")
    device.close()
    # When the page is turned off and on again in the same session
    page.host.stop()
    again = page.host.start(session_id, page.port, "en", english, heard)
    # Then the address is the same and the device still reads its group's record
    assert again == page.address
    returning = page.device()
    returning.token = device.token
    assert returning.get("api/record").status == 200
    returning.close()


def test_a_new_session_gets_a_new_code_and_the_old_address_is_refused(page, database, heard):
    # Given the page of a session that ended
    old = page.device()
    page.host.end_session()
    # When the next session turns its page on, on the same port
    second = sessions.start_session(database, FakeClock(), "De ce visăm?", PLAN).session_id
    address = page.host.start(second, page.port, "en", english, heard)
    # Then the port is the same but the code is new, and the old address is refused
    assert address != page.address and f":{page.port}/" in address
    old.connection.close()
    assert old.get("").status == 403


def test_a_free_port_is_served_and_reported_in_the_address(database, session_id, heard):
    host = host_for(database)
    port = free_port()
    address = host.start(session_id, port, "en", english, heard)
    try:
        assert address.startswith(f"http://127.0.0.1:{port}/s/")
        assert host.is_running()
    finally:
        host.end_session()
    assert refused(port)
