"""Turning one session's group page on and off: what the composition root hands the window.

While a session lasts it keeps the same code in the address and the same devices, so turning
the page off and on again (or changing nothing) does not send every group back to the QR code.
A new session gets a fresh random code; the port stays the one in the settings, because what a
browser keeps (the children's unsent words) belongs to one address and port.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

from sole_app.core.db import Database
from sole_app.web.address import lan_address, page_url
from sole_app.web.api import GroupPageData, Listener
from sole_app.web.devices import DeviceRegistry, RateLimiter
from sole_app.web.server import Server
from sole_app.web.words import Catalogue, TranslateIn
from sole_app.web.wsgi import MAX_BODY, GroupPageApp

ANY_INTERFACE = "0.0.0.0"  # the library's Wi-Fi and cable alike
REQUESTS_PER_SECOND, REQUEST_BURST = 5.0, 20  # per device: the page asks ~1.5 times a second
NEW_GROUPS_PER_SECOND, NEW_GROUP_BURST = 1 / 20, 5  # per address: a group or two a minute


@dataclass
class _SessionKeys:
    session_id: int
    code: str = field(default_factory=lambda: secrets.token_urlsafe(6))
    devices: DeviceRegistry = field(default_factory=DeviceRegistry)


class GroupPageHost:
    """Starts and stops the page for the running session; nothing listens while it is off."""

    def __init__(self, database: Database, *, interface: str = ANY_INTERFACE,
                 find_address: Callable[[], str] = lan_address) -> None:
        self._database = database
        self._interface = interface
        self._find_address = find_address
        self._keys: _SessionKeys | None = None
        self._server: Server | None = None

    def start(self, session_id: int, port: int, language: str, translate: TranslateIn,
              listener: Listener) -> str:
        """Serve the page of ``session_id`` on ``port`` and return its address. Call it in the
        GUI thread: the port is bound and the words translated here. Raises PortInUse or
        PortUnavailable, and then nothing listens."""
        self.stop()
        keys = self._session(session_id)
        data = GroupPageData(self._database, session_id, keys.devices,
                             Catalogue.build(language, translate), listener,
                             RateLimiter(NEW_GROUPS_PER_SECOND, NEW_GROUP_BURST))
        application = GroupPageApp(keys.code, data,
                                   RateLimiter(REQUESTS_PER_SECOND, REQUEST_BURST))
        server = Server(application, self._interface, port, max_body=MAX_BODY + 64 * 1024)
        server.start()
        self._server = server
        return page_url(self._find_address(), server.port, keys.code)

    def stop(self) -> bool:
        """Stop listening (at once, even with browsers connected); True when it has stopped."""
        server, self._server = self._server, None
        return server.stop() if server is not None else True

    def end_session(self) -> None:
        """The session ended: stop, and forget its code and devices for good."""
        self.stop()
        self._keys = None

    def is_running(self) -> bool:
        return self._server is not None and self._server.is_serving()

    def _session(self, session_id: int) -> _SessionKeys:
        if self._keys is None or self._keys.session_id != session_id:
            self._keys = _SessionKeys(session_id)
        return self._keys
