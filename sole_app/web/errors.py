"""Why the group page could not start, each with its one sentence (see core/errors.py)."""

from __future__ import annotations

from sole_app.core.errors import SoleError
from sole_app.core.translatable import QT_TRANSLATE_NOOP, Translate, english

LOWEST_PORT, HIGHEST_PORT = 1024, 65535  # below 1024 needs an administrator on Linux


class GroupPageError(SoleError):
    """A problem turning the group page on."""

    code = "group_page"


class PortInUse(GroupPageError):
    """Another program (or another copy of the app) listens on the port already."""

    code = "port_in_use"

    def __init__(self, port: int) -> None:
        super().__init__(port)
        self.port = port

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "Port {port} is already in use on this computer, perhaps by another "
                      "program. Choose another port in Settings (Group devices), then turn the "
                      "group page on again.")).format(port=self.port)


class PortUnavailable(GroupPageError):
    """The system refused the port for another reason (no permission, out of range)."""

    code = "port_unavailable"

    def __init__(self, port: int, reason: str) -> None:
        super().__init__(port, reason)
        self.port = port
        self.reason = reason  # the system's words

    def sentence(self, translate: Translate = english) -> str:
        return translate(QT_TRANSLATE_NOOP(
            "Errors", "The group page cannot use port {port} ({reason}). Choose a port from "
                      "{low} to {high} in Settings (Group devices).")).format(
            port=self.port, reason=self.reason, low=LOWEST_PORT, high=HIGHEST_PORT)
