"""What the group page's requests do, over core's groups and records: list the groups, join one
(or start one), read the group's record, save it. Plain data in and out; HTTP is wsgi.py's.

Every save goes through ``core.findings.records.save_record``, exactly as the window's editor
saves, with the revision and content the device started from, so two devices (or a device and
the librarian) never overwrite each other's words: core merges, and keeps both on a conflict.
The listener hears of each change from the server's thread; the interface carries it to the
window (ui/grouppage).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from sole_app.core.db import Database
from sole_app.core.errors import SoleError
from sole_app.core.findings.data import RECORD_FIELDS, RecordContent
from sole_app.core.findings.errors import FindingsNotSaved, GroupNotFound, InvalidEntry
from sole_app.core.findings.groups import add_group, get_group, list_groups
from sole_app.core.findings.records import SaveResult, save_record
from sole_app.core.findings.views import GroupEntry, RecordView
from sole_app.core.markup import to_html
from sole_app.web.devices import Device, DeviceRegistry, RateLimiter
from sole_app.web.rebase import rebased
from sole_app.web.words import Catalogue

SAVE_KEYS = frozenset({"content", "base_revision", "base_content", "origin"})
MAX_NEW_GROUPS = 40  # groups one session's page may start: a room has a dozen at most


class Listener(Protocol):
    """Told of what devices changed, from the server's threads."""

    def group_joined(self, entry: GroupEntry, devices: int, created: bool) -> None: ...

    def record_saved(self, group_id: int, result: SaveResult) -> None: ...


class Refused(Exception):
    """A request the page answers with an HTTP error: ``status``, the page's word ``key`` to
    show, or a ``sentence`` already in the page's language."""

    def __init__(self, status: int, key: str = "", sentence: str = "") -> None:
        super().__init__(status, key, sentence)
        self.status = status
        self.key = key
        self.sentence = sentence


@dataclass
class GroupPageData:
    """One session's groups as the page sees them."""

    database: Database
    session_id: int
    devices: DeviceRegistry
    catalogue: Catalogue
    listener: Listener
    new_groups: RateLimiter
    groups_started: int = 0

    def groups(self) -> dict:
        return {"groups": [{"uid": entry.group.uid, "nickname": entry.group.nickname}
                           for entry in self._run(list_groups, self.database, self.session_id)]}

    def join(self, body: dict, address: str) -> dict:
        """Join the group ``body["group"]`` (its uid), or start one named ``body["nickname"]``."""
        if isinstance(body.get("group"), str):
            entry, created = self._existing(body["group"]), False
        elif isinstance(body.get("nickname"), str):
            entry, created = self._new_group(body["nickname"], address), True
        else:
            raise Refused(400)
        device = self.devices.join(entry.group.id, entry.group.uid)
        self.listener.group_joined(entry, self.devices.count(entry.group.id), created)
        return {"device": device.token, **self._group_json(entry)}

    def record(self, device: Device) -> dict:
        return self._group_json(self._run(get_group, self.database, device.group_id))

    def save(self, device: Device, body: dict) -> dict:
        """Save the device's record from the stored version it started from (see rebase.py).
        The group is the device's own: a body naming anything else is refused."""
        if not set(body) <= SAVE_KEYS:
            raise Refused(400)
        mine = self._content(body.get("content"))
        base = self._content(body.get("base_content"))
        revision = body.get("base_revision")
        if isinstance(revision, bool) or not isinstance(revision, int):
            raise Refused(400)
        if body.get("origin") is not None:
            mine = rebased(self._content(body["origin"]), base, mine)
        result = self._run(save_record, self.database, device.group_id, mine, revision, base)
        self.listener.record_saved(device.group_id, result)
        return {"status": result.status.value, "record": record_json(result.record),
                "conflicts": [conflict.field for conflict in result.conflicts]}

    def _existing(self, uid: str) -> GroupEntry:
        for entry in self._run(list_groups, self.database, self.session_id):
            if entry.group.uid == uid:
                return entry
        raise Refused(410, "group_gone")

    def _new_group(self, nickname: str, address: str) -> GroupEntry:
        if self.groups_started >= MAX_NEW_GROUPS or not self.new_groups.allow(address):
            raise Refused(429, "too_fast")
        entry = self._run(add_group, self.database, self.session_id, nickname)
        self.groups_started += 1
        return entry

    def _group_json(self, entry: GroupEntry) -> dict:
        return {"group": {"uid": entry.group.uid, "nickname": entry.group.nickname},
                "record": record_json(entry.record)}

    def _content(self, raw: object) -> RecordContent:
        """A record's content as the page sent it; core's rules check each value."""
        if not isinstance(raw, dict) or not set(raw) <= set(RECORD_FIELDS):
            raise Refused(400)
        return self._run(lambda: RecordContent(**raw).cleaned())

    def _run(self, operation, *args):
        """Call core, turning its refusals into the page's answers."""
        try:
            return operation(*args)
        except GroupNotFound:
            raise Refused(410, "group_gone") from None
        except InvalidEntry as error:
            raise Refused(422, sentence=self.catalogue.sentence(error)) from None
        except FindingsNotSaved:
            raise Refused(503, "not_saved") from None
        except SoleError:
            raise Refused(409, "page_closed") from None  # the session itself is gone


def record_json(view: RecordView) -> dict:
    """A record for the page, with what it found rendered by core's sanitised Markdown."""
    return {"revision": view.revision, "content": content_json(view.content),
            "found_html": to_html(view.content.found)}


def content_json(content: RecordContent) -> dict:
    return {"found": content.found, "sources": list(content.sources),
            "certainty": content.certainty.value if content.certainty else None,
            "new_questions": list(content.new_questions)}

