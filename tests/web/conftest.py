"""A running session and its group page served on 127.0.0.1, and a small HTTP client."""

from __future__ import annotations

import http.client
import json
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest

from sole_app.core.clock import FakeClock
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from sole_app.web.host import GroupPageHost

PLAN = Plan(phase_minutes=(5, 40, 15), children=18, computers=5, groups=4)


def english(_context: str, text: str) -> str:
    return text


@dataclass
class Heard:
    """What the page told its listener, from the server's threads."""

    joined: list = field(default_factory=list)
    saved: list = field(default_factory=list)
    threads: set = field(default_factory=set)

    def group_joined(self, entry, devices, created):
        self.threads.add(threading.get_ident())
        self.joined.append((entry, devices, created))

    def record_saved(self, group_id, result):
        self.threads.add(threading.get_ident())
        self.saved.append((group_id, result))


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes

    def json(self) -> dict:
        return json.loads(self.body.decode("utf-8"))


class Client:
    """One device: plain HTTP/1.1 on a connection of its own (kept alive, as a browser does)."""

    def __init__(self, port: int, base: str, source: str = "") -> None:
        self.port = port
        self.base = base
        self.token: str | None = None
        self.connection = http.client.HTTPConnection(
            "127.0.0.1", port, timeout=10, source_address=(source, 0) if source else None)

    def request(self, method: str, path: str, body: object = None, *, raw: bytes | None = None,
                headers: dict | None = None, under_base: bool = True) -> Reply:
        sent = dict(headers or {})
        if self.token:
            sent.setdefault("X-Device", self.token)
        data = raw
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        if data is not None:
            sent.setdefault("Content-Type", "application/json")
        url = (self.base + path) if under_base else path
        self.connection.request(method, url, body=data, headers=sent)
        answer = self.connection.getresponse()
        return Reply(answer.status, {k.lower(): v for k, v in answer.getheaders()},
                     answer.read())

    def get(self, path: str, **options) -> Reply:
        return self.request("GET", path, **options)

    def post(self, path: str, body: object = None, **options) -> Reply:
        return self.request("POST", path, body, **options)

    def join(self, **body) -> dict:
        reply = self.post("api/join", body)
        assert reply.status == 200, reply.body
        answer = reply.json()
        self.token = answer["device"]
        return answer

    def save(self, content: dict, base: dict, **extra) -> Reply:
        return self.post("api/record", {"content": content, "base_revision": base["revision"],
                                        "base_content": base["content"], **extra})

    def close(self) -> None:
        self.connection.close()


def content(found: str = "", sources=(), certainty=None, new_questions=()) -> dict:
    return {"found": found, "sources": list(sources), "certainty": certainty,
            "new_questions": list(new_questions)}


@pytest.fixture
def session_id(database) -> int:
    return sessions.start_session(database, FakeClock(), "De ce avem nevoie de somn?",
                                  PLAN).session_id


@pytest.fixture
def heard() -> Heard:
    return Heard()


@pytest.fixture
def page(database, session_id, heard):
    """The group page of a running session, on a free port of 127.0.0.1."""
    host = GroupPageHost(database, interface="127.0.0.1", find_address=lambda: "127.0.0.1")
    address = host.start(session_id, free_port(), "en", english, heard)
    yield Page(host, address)
    host.end_session()


@dataclass
class Page:
    host: GroupPageHost
    address: str

    @property
    def port(self) -> int:
        return urlsplit(self.address).port

    @property
    def base(self) -> str:
        return urlsplit(self.address).path

    def device(self, source: str = "") -> Client:
        """A device; ``source`` gives it its own loopback address (127.0.0.N, Linux), as each
        tablet has its own on the Wi-Fi (the rate limits count per address before joining)."""
        return Client(self.port, self.base, source)


@pytest.fixture
def device(page):
    client = page.device()
    yield client
    client.close()


def free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
