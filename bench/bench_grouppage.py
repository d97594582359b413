"""The group page under a room's load, on loopback: devices typing at once, two per group.

    .venv/bin/python bench/bench_grouppage.py [seconds] [devices]      (default 60 s, 12)

Each simulated device speaks the page's protocol as page.js does: a typist thread adds words
to the device's own line of its group's record, a sender thread saves after a 400 ms pause (or
every 1.5 s of steady typing) with the stored version it grew from, carries on typing while a
save is away (so saves come back merged and are rebased), and fetches the record every 2 s
when it has nothing to send. At the end every device sends what is left, and every word each
device typed is looked for in its group's record. Prints keystroke-to-saved times (from a key
press to the answer of the save that carried it) and the server's answer times. Only the
loopback range is used (each device from its own 127.0.0.N, as each tablet has its own
address on the Wi-Fi); the run stops by itself.

tests/web/test_load.py runs it for a few seconds and checks that nothing is lost.
"""

from __future__ import annotations

import http.client
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sole_app.core.clock import FakeClock  # noqa: E402
from sole_app.core.db import open_database  # noqa: E402
from sole_app.core.findings import groups  # noqa: E402
from sole_app.core.session import runner as sessions  # noqa: E402
from sole_app.core.session.plan import Plan  # noqa: E402
from sole_app.web.host import GroupPageHost  # noqa: E402

FIELDS = ("found", "sources", "certainty", "new_questions")
PAUSE, LONGEST_WAIT, POLL = 0.4, 1.5, 2.0


@dataclass
class Report:
    seconds: float
    devices: int
    words: int = 0
    lost: list = field(default_factory=list)
    keystroke_to_saved: list = field(default_factory=list)
    answers: list = field(default_factory=list)
    statuses: dict = field(default_factory=dict)
    errors: int = 0

    def line(self, name: str, values: list) -> str:
        if not values:
            return f"{name}: no samples"
        ordered = sorted(values)

        def at(share: float) -> float:
            return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

        return (f"{name}: p50 {at(0.50):7.1f} ms   p95 {at(0.95):7.1f} ms   "
                f"p99 {at(0.99):7.1f} ms   max {ordered[-1] * 1000:7.1f} ms   "
                f"({len(values)} samples)")


class Device:
    """One browser tab on the group page, as page.js behaves."""

    def __init__(self, name: str, number: int, port: int, base: str, report: Report,
                 lock: threading.Lock) -> None:
        self.name, self.port, self.base = name, port, base
        self.report, self.report_lock = report, lock
        self.connection = http.client.HTTPConnection(
            "127.0.0.1", port, timeout=20, source_address=(f"127.0.0.{10 + number}", 0))
        self.token = ""
        self.lock = threading.Lock()  # the page's state: typist and sender share it
        self.local: dict = {}
        self.origin: dict = {}
        self.base_record: dict = {}
        self.pending: list[tuple[int, float]] = []  # (word number, time typed), not yet saved
        self.typed = 0
        self.first_unsent = 0.0
        self.last_key = 0.0

    def call(self, method: str, path: str, body: dict | None = None) -> tuple[int, dict]:
        headers = {"X-Device": self.token} if self.token else {}
        data = None
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
            headers["Content-Type"] = "application/json"
        started = time.monotonic()
        try:
            self.connection.request(method, self.base + path, body=data, headers=headers)
            answer = self.connection.getresponse()
            payload = answer.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            with self.report_lock:
                self.report.errors += 1
            return 0, {}
        with self.report_lock:
            self.report.answers.append(time.monotonic() - started)
        return answer.status, json.loads(payload) if payload else {}

    def join(self, body: dict) -> dict:
        status, answer = self.call("POST", "api/join", body)
        assert status == 200, (status, answer)
        self.token = answer["device"]
        record = answer["record"]
        self.base_record, self.local = record, dict(record["content"])
        self.origin = dict(record["content"])
        return answer

    # -- typing -----------------------------------------------------------------------------

    def type_word(self) -> None:
        with self.lock:
            self.typed += 1
            word = f"{self.name}w{self.typed}"
            lines = self.local["found"].split("\n") if self.local["found"] else []
            mine = [index for index, line in enumerate(lines) if line.startswith(self.name + ":")]
            if mine:
                lines[mine[0]] += " " + word
            else:
                lines.append(f"{self.name}: {word}")
            self.local = {**self.local, "found": "\n".join(lines)}
            now = time.monotonic()
            self.pending.append((self.typed, now))
            self.first_unsent = self.first_unsent or now
            self.last_key = now

    # -- sending ----------------------------------------------------------------------------

    def unsent(self) -> bool:
        return self.local != self.base_record["content"]

    def due(self) -> bool:
        now = time.monotonic()
        return self.unsent() and (now - self.last_key >= PAUSE
                                  or now - self.first_unsent >= LONGEST_WAIT)

    def save(self) -> bool:
        with self.lock:
            sent = json.loads(json.dumps(self.local))
            carried = list(self.pending)
            body = {"content": sent, "base_revision": self.base_record["revision"],
                    "base_content": self.base_record["content"]}
            if self.origin != self.base_record["content"]:
                body["origin"] = self.origin
        status, answer = self.call("POST", "api/record", body)
        if status != 200:
            return False
        done = time.monotonic()
        with self.lock:
            self.saved(sent, answer["record"])
            saved_words = {number for number, _ in carried}
            self.pending = [item for item in self.pending if item[0] not in saved_words]
            self.first_unsent = self.pending[0][1] if self.pending else 0.0
        with self.report_lock:
            self.report.keystroke_to_saved += [done - typed for _, typed in carried]
            self.report.statuses[answer["status"]] = self.report.statuses.get(
                answer["status"], 0) + 1
        return True

    def saved(self, sent: dict, record: dict) -> None:
        """page.js's saved(): adopt what is stored where nothing was typed meanwhile."""
        for name in FIELDS:
            if self.local[name] == sent[name]:
                self.local[name] = record["content"][name]
                self.origin[name] = record["content"][name]
            else:
                self.origin[name] = sent[name]
        self.base_record = record

    def poll(self) -> None:
        status, answer = self.call("GET", "api/record")
        with self.lock:
            if status == 200 and not self.unsent() and \
                    answer["record"]["revision"] != self.base_record["revision"]:
                self.base_record = answer["record"]
                self.local = dict(answer["record"]["content"])
                self.origin = dict(answer["record"]["content"])


def typist(device: Device, until: float, rng: random.Random) -> None:
    while time.monotonic() < until:
        burst_end = time.monotonic() + rng.uniform(0.5, 3.0)
        while time.monotonic() < min(burst_end, until):
            device.type_word()
            time.sleep(rng.uniform(0.08, 0.22))
        time.sleep(rng.uniform(0.3, 2.0))


def sender(device: Device, typing_done: threading.Event) -> None:
    last_poll = time.monotonic()
    while True:
        with device.lock:
            due, unsent = device.due(), device.unsent()
        if typing_done.is_set() and not unsent:
            return
        if due or (typing_done.is_set() and unsent):
            if not device.save():
                time.sleep(0.2)
        elif time.monotonic() - last_poll >= POLL and not unsent:
            device.poll()
            last_poll = time.monotonic()
        else:
            time.sleep(0.05)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def run(seconds: float = 60.0, devices: int = 12, seed: int = 15) -> Report:
    """Type on ``devices`` devices (two per group) for ``seconds``; check every word arrived."""
    folder = Path(tempfile.mkdtemp(prefix="sole-grouppage-bench-"))
    database = open_database(folder / "bench.sqlite3")
    session_id = sessions.start_session(database, FakeClock(), "De ce avem nevoie de somn?",
                                        Plan(phase_minutes=(5, 40, 15))).session_id
    host = GroupPageHost(database, interface="127.0.0.1", find_address=lambda: "127.0.0.1")
    address = host.start(session_id, free_port(), "ro", lambda _context, text: text,
                         _Quiet())
    parts = urlsplit(address)
    report, lock = Report(seconds, devices), threading.Lock()
    tablets = [Device(f"d{number}", number, parts.port, parts.path, report, lock)
               for number in range(devices)]
    try:
        for index, tablet in enumerate(tablets):  # devices 0 and 1 share a group, 2 and 3...
            if index % 2 == 0:
                group_uid = tablet.join({"nickname": f"Grupa {index // 2 + 1}"})["group"]["uid"]
            else:
                tablet.join({"group": group_uid})
        until, typing_done = time.monotonic() + seconds, threading.Event()
        rng = random.Random(seed)
        typists = [threading.Thread(target=typist, args=(t, until, random.Random(rng.random())))
                   for t in tablets]
        senders = [threading.Thread(target=sender, args=(t, typing_done)) for t in tablets]
        for thread in typists + senders:
            thread.start()
        for thread in typists:
            thread.join()
        typing_done.set()
        for thread in senders:
            thread.join(timeout=60)
        report.words = sum(tablet.typed for tablet in tablets)
        report.lost = _lost(database, session_id, tablets)
    finally:
        host.end_session()
        for tablet in tablets:
            tablet.connection.close()
        database.close()
    return report


class _Quiet:
    def group_joined(self, entry, devices, created) -> None:
        pass

    def record_saved(self, group_id, result) -> None:
        pass


def _lost(database, session_id: int, tablets: list[Device]) -> list[str]:
    """Every word a device typed that its group's record does not hold."""
    stored = " ".join(entry.record.content.found
                      for entry in groups.list_groups(database, session_id))
    words = set(stored.split())
    return [f"{t.name}w{n}" for t in tablets for n in range(1, t.typed + 1)
            if f"{t.name}w{n}" not in words]


def main(argv: list[str]) -> int:
    seconds = float(argv[0]) if argv else 60.0
    devices = int(argv[1]) if len(argv) > 1 else 12
    started = time.monotonic()
    report = run(seconds, devices)
    print(f"{devices} devices (two per group) typing for {seconds:.0f} s on loopback: "
          f"{report.words} words typed, {len(report.lost)} lost, {report.errors} failed "
          f"requests, saves {dict(sorted(report.statuses.items()))}")
    print(report.line("keystroke to saved", report.keystroke_to_saved))
    print(report.line("server answer     ", report.answers))
    if report.answers:
        print(f"requests: {len(report.answers)} in {time.monotonic() - started:.1f} s, "
              f"mean {statistics.mean(report.answers) * 1000:.1f} ms")
    return 1 if report.lost else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
