"""What the Group devices tab does: turn the group page on and off with the session, show its
address, and follow what the devices write.

The page's server is not built here: the composition root hands in a ``GroupPageService``
(sole_app/web's GroupPageHost), so the interface never imports the server. The page is off
until the librarian turns it on, and goes off when the session ends or the app closes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject

from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.findings.data import RecordContent
from sole_app.core.findings.groups import list_groups
from sole_app.core.findings.records import SaveResult, SaveStatus
from sole_app.core.findings.views import GroupEntry
from sole_app.core.markup import to_plain
from sole_app.core.settings import AppSettings
from sole_app.ui.grouppage.events import DeviceEvents
from sole_app.ui.grouppage.panel import GroupLine, GroupPagePanel
from sole_app.ui.messages import error_message
from sole_app.ui.stage.join import JoinCard

ShowJoinCard = Callable[[JoinCard | None], None]


class GroupPageService(Protocol):
    """The group page's server, as the window sees it (sole_app.web.host.GroupPageHost)."""

    def start(self, session_id: int, port: int, language: str,
              translate: Callable[[str, str], str], listener: object) -> str:
        """Serve the session's page on ``port``; return its address. Raises SoleError."""
        ...

    def stop(self) -> bool: ...

    def end_session(self) -> None: ...

    def is_running(self) -> bool: ...


def translate(context: str, text: str) -> str:
    """The page's words in the interface language (they are marked in sole_app/web/words.py)."""
    return QCoreApplication.translate(context, text)  # i18n: dynamic (marked in web/words.py)


class GroupPageController(QObject):
    """Runs the page for one session at a time, shown on ``panel`` and, on request, on the
    stage through ``show_join_card``."""

    def __init__(self, panel: GroupPagePanel, service: GroupPageService, database: Database,
                 settings: AppSettings, language: Callable[[], str],
                 show_join_card: ShowJoinCard, parent: QObject) -> None:
        super().__init__(parent)
        self.panel = panel
        self.service = service
        self.database = database
        self.settings = settings
        self.language = language
        self.show_join_card = show_join_card
        self.events = DeviceEvents(self)
        self.session_id: int | None = None
        self.card: JoinCard | None = None
        self._port = 0
        self._lines: dict[int, GroupLine] = {}
        panel.switched.connect(self.set_on)
        panel.projector_switched.connect(self.set_on_projector)
        self.events.device_joined.connect(self._device_joined)
        self.events.device_saved.connect(self._device_saved)
        self._refresh()

    # --- the session -------------------------------------------------------------------------

    def session_started(self, session_id: int) -> None:
        if session_id != self.session_id:
            self.session_ended()
        self.session_id = session_id
        self._refresh()

    def session_ended(self, _session_id: int | None = None) -> None:
        """The session ended (or the window closes): nothing listens any more."""
        self.service.end_session()
        self.session_id, self.card = None, None
        self._lines.clear()
        self._refresh()

    # --- the switches ------------------------------------------------------------------------

    def set_on(self, on: bool) -> None:
        if on and self.session_id is not None:
            self._start()
        else:
            self.service.stop()
            self.card = None
        self._refresh()

    def set_on_projector(self, on: bool) -> None:
        self.show_join_card(self.card if on else None)

    def _start(self) -> None:
        port = self.settings.group_page_port
        try:
            address = self.service.start(self.session_id, port, self.language(), translate,
                                         self.events)
        except SoleError as error:
            self.card = None
            self.panel.show_message(error_message(error))
            return
        self.card, self._port = JoinCard(address), port
        self.panel.show_message("")
        self._load_groups()

    def _load_groups(self) -> None:
        """The session's groups as stored, keeping what is known of their devices."""
        lines = {}
        for entry in list_groups(self.database, self.session_id):
            old = self._lines.get(entry.id)
            lines[entry.id] = _line(entry, old.devices if old else 0, bool(old and old.conflict))
        self._lines = lines

    def apply_settings(self) -> None:
        """A new port takes effect the next time the page is turned on."""
        self._refresh()

    # --- what devices do (in the GUI thread, through DeviceEvents) ----------------------------

    def _device_joined(self, entry: GroupEntry, devices: int, _created: bool) -> None:
        old = self._lines.get(entry.id)
        self._lines[entry.id] = _line(entry, devices, old.conflict if old else False)
        self._refresh_groups()

    def _device_saved(self, group_id: int, result: SaveResult) -> None:
        old = self._lines.get(group_id)
        if old is None:
            return
        conflict = old.conflict or result.status == SaveStatus.CONFLICT
        self._lines[group_id] = _with_content(old, result.record.content, conflict)
        self._refresh_groups()

    # --- showing -----------------------------------------------------------------------------

    def _refresh(self) -> None:
        running = self.card is not None
        self.panel.set_available(self.session_id is not None)
        self.panel.set_switch(running)
        if not running:
            self.panel.set_projector(False)
            self.show_join_card(None)
        elif self.panel.projector.isChecked():
            self.show_join_card(self.card)
        self.panel.show_page(self.card, self._port_text())
        self.panel.show_status(self._status_text())
        self._refresh_groups()

    def _refresh_groups(self) -> None:
        self.panel.show_groups(list(self._lines.values()))
        if self.card is not None:
            self.panel.show_status(self._status_text())

    def _status_text(self) -> str:
        if self.session_id is None:
            return self.tr("Start a session first: then groups can type from their devices.")
        if self.card is None:
            return self.tr("Off: nothing on this computer listens to the network.")
        devices = sum(line.devices for line in self._lines.values())
        return self.tr("On. Devices joined: {devices}. It goes off when the session ends.").format(
            devices=devices)

    def _port_text(self) -> str:
        port = self.settings.group_page_port
        if self.card is not None and port != self._port:
            return self.tr("Port {port}; port {new} from the next time the page is turned "
                           "on.").format(port=self._port, new=port)
        return self.tr("Port {port} (change it in Settings; keep it the same from session to "
                       "session).").format(port=port)


def _line(entry: GroupEntry, devices: int, conflict: bool = False) -> GroupLine:
    line = GroupLine(entry.id, entry.group.nickname, devices, "", 0, 0, "", conflict)
    return _with_content(line, entry.record.content, conflict)


def _with_content(line: GroupLine, content: RecordContent, conflict: bool) -> GroupLine:
    return GroupLine(line.group_id, line.nickname, line.devices, to_plain(content.found),
                     len(content.sources), len(content.new_questions),
                     content.certainty.value if content.certainty else "", conflict)
