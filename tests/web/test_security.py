"""The group page on a network full of children: only the session's code opens it, a device
writes only its own group, bodies and request rates are capped, and nothing typed runs."""

from __future__ import annotations

import socket
import sys

import pytest

from sole_app.core.findings import groups, records
from sole_app.web import wsgi
from tests.hostile import HOSTILE_TEXTS, active_content
from tests.web.conftest import content


@pytest.mark.parametrize("path", ["/", "/s/", "/s/wrong-code/", "/s/wrong-code/api/groups",
                                  "/favicon.ico", "/page.js"])
def test_a_request_without_the_sessions_code_is_refused(device, path):
    # Given the page of a running session
    # When a device asks for anything without the session's code
    reply = device.get(path, under_base=False)
    # Then it is refused, and learns nothing of the groups
    assert reply.status == 403
    assert b"groups" not in reply.body


def test_the_page_opens_with_the_code_and_keeps_to_its_own_resources(device):
    # Given the address from the QR code
    # When a device opens it
    reply = device.get("")
    # Then the page comes with headers that allow only its own script and style
    assert reply.status == 200
    assert reply.headers["content-security-policy"].startswith("default-src 'self'")
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert reply.headers["referrer-policy"] == "no-referrer"
    assert reply.headers["cache-control"] == "no-store"
    # ... and no inline script, no inline style, nothing from the internet
    page = reply.body.decode("utf-8")
    assert "<script>" not in page and "style=" not in page and "<style" not in page
    assert "http://" not in page and "https://" not in page
    assert '<script src="' + device.base + 'page.js"></script>' in page


TRAVERSALS = (
    "../../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fpyproject.toml",
    "/etc/passwd", "assets/page.js", "page.js/", "./page.js", "page.js%00.txt", "PAGE.JS",
    "../wsgi.py", "api/../page.js", "%2fetc%2fpasswd", "..\\..\\wsgi.py",
)


def test_no_file_outside_the_pages_own_assets_is_served(device):
    # Given a device that has the code (one server for every path, to keep the suite quick)
    # When it asks for paths that are not the page's own assets: traversals, encoded
    # traversals, absolute paths, near misses
    replies = {path: device.get(path) for path in TRAVERSALS}
    # Then nothing is served for any of them
    assert {path: reply.status for path, reply in replies.items()} == dict.fromkeys(
        TRAVERSALS, 404)
    assert [path for path, reply in replies.items()
            if b"root:" in reply.body or b"import" in reply.body] == []


def test_the_pages_script_and_style_are_served_with_their_types(device):
    script, style = device.get("page.js"), device.get("page.css")
    assert (script.status, style.status) == (200, 200)
    assert script.headers["content-type"].startswith("text/javascript")
    assert style.headers["content-type"].startswith("text/css")


def test_a_device_writes_only_the_record_of_the_group_it_joined(page, device, database,
                                                                   session_id):
    # Given two groups, and a device that joined the first
    owls = groups.add_group(database, session_id, "Bufnițele")
    foxes = groups.add_group(database, session_id, "Vulpile")
    joined = device.join(group=owls.group.uid)
    # When it saves, naming the other group in every way it could
    reply = device.save({**content("scris de bufnițe"), "group": foxes.group.uid},
                        joined["record"])
    again = device.post("api/record", {"content": content("tot de bufnițe"),
                                       "base_revision": 1, "base_content": content(),
                                       "group_id": foxes.id})
    # Then what it sends is refused, and the other group's record is untouched
    assert (reply.status, again.status) == (400, 400)
    assert records.get_record(database, foxes.id).content.found == ""
    # ... and a plain save goes to its own group only
    assert device.save(content("scris de bufnițe"), joined["record"]).status == 200
    assert records.get_record(database, owls.id).content.found == "scris de bufnițe"
    assert records.get_record(database, foxes.id).content.found == ""


def test_a_save_without_a_joined_devices_token_is_refused(page, database, session_id):
    # Given a group, and a device that never joined (or made up a token)
    owls = groups.add_group(database, session_id, "Bufnițele")
    stranger = page.device()
    stranger.token = "made-up-token"
    # When it tries to read or write a record
    write = stranger.save(content("nu e al meu"), {"revision": 0, "content": content()})
    read = stranger.get("api/record")
    # Then both are refused and nothing changed
    assert (write.status, read.status) == (401, 401)
    assert records.get_record(database, owls.id).content.found == ""
    stranger.close()


def test_a_body_over_the_cap_is_refused(device, database, session_id):
    # Given a joined device
    owls = groups.add_group(database, session_id, "Bufnițele")
    joined = device.join(group=owls.group.uid)
    # When it sends a body larger than the cap
    over = device.post("api/record", raw=b"{" + b" " * wsgi.MAX_BODY + b"}")
    # Then it is refused as too large, and the record is as it was
    assert over.status == 413
    assert over.json()["message"] == "This is too long to send. Make it shorter."
    assert records.get_record(database, owls.id).revision == joined["record"]["revision"]


def test_a_huge_body_is_refused_before_it_is_sent(page):
    # Given a device announcing a body of 100 MB
    with socket.create_connection(("127.0.0.1", page.port), timeout=5) as raw:
        raw.sendall(f"POST {page.base}api/join HTTP/1.1\r\nHost: x\r\n"
                    "Content-Type: application/json\r\n"
                    f"Content-Length: {100 * 1024 * 1024}\r\n\r\n".encode())
        # When it has sent only the headers
        answer = raw.recv(4096)
    # Then it is refused at once, without waiting for the body
    assert answer.startswith(b"HTTP/1.1 413")


def test_what_we_found_over_its_limit_is_refused_with_a_sentence(device, database, session_id):
    owls = groups.add_group(database, session_id, "Bufnițele")
    joined = device.join(group=owls.group.uid)
    reply = device.save(content("a" * 100_001), joined["record"])
    assert reply.status == 422
    assert reply.json()["message"] == "What we found is longer than 100000 characters."


@pytest.mark.parametrize("raw, kind", [(b"not json", "application/json"),
                                       (b"[1, 2]", "application/json"),
                                       (b'{"nickname": "x"}', "text/plain")])
def test_a_body_that_is_not_a_json_object_is_refused(device, raw, kind):
    reply = device.post("api/join", raw=raw, headers={"Content-Type": kind})
    assert reply.status in (400, 415)


def test_a_device_that_asks_too_often_is_slowed_down(device, database, session_id):
    # Given a joined device
    owls = groups.add_group(database, session_id, "Bufnițele")
    device.join(group=owls.group.uid)
    # When it asks far more often than the page ever does
    statuses = [device.get("api/record").status for _ in range(60)]
    # Then, past a burst, it is told to wait
    assert statuses[:10] == [200] * 10
    assert 429 in statuses
    assert int(device.get("api/record").headers["retry-after"]) >= 1


def test_one_device_asking_too_often_does_not_slow_down_another(page, device, database,
                                                                  session_id):
    owls = groups.add_group(database, session_id, "Bufnițele")
    device.join(group=owls.group.uid)
    other = page.device()
    other.join(group=owls.group.uid)
    for _ in range(60):
        device.get("api/record")
    assert other.get("api/record").status == 200
    other.close()


def test_a_device_cannot_start_groups_without_end(device):
    statuses = [device.post("api/join", {"nickname": f"Grupa {n}"}).status for n in range(12)]
    assert statuses[:5] == [200] * 5
    assert statuses[-1] == 429


@pytest.mark.skipif(not sys.platform.startswith("linux"),
                    reason="each device uses its own 127.0.0.N, which Linux routes")
def test_hostile_text_stays_inert_on_the_page(page):
    # Given groups whose names and records hold each hostile text (one server for them all,
    # a device of its own for each)
    problems = []
    for number, hostile in enumerate(HOSTILE_TEXTS):
        writer = page.device(source=f"127.0.0.{10 + number}")
        joined = writer.join(nickname=hostile[:60])
        saved = writer.save(content(hostile, sources=[hostile], new_questions=[hostile]),
                            joined["record"])
        writer.close()
        # When another device of the group reads the record
        reader = page.device(source=f"127.0.1.{10 + number}")
        reader.join(group=joined["group"]["uid"])
        record = reader.get("api/record").json()["record"]
        reader.close()
        # Then the words come back as the same text, and the preview holds no live markup
        problems += [(hostile, problem) for problem, failed in (
            ("not saved", saved.status != 200),
            ("changed", record["content"]["found"] != hostile),
            ("active preview", active_content(record["found_html"]) != []),
        ) if failed]
    # ... the names are listed as text, and the page itself never holds what was typed
    reader = page.device(source="127.0.2.1")
    listed = [group["nickname"] for group in reader.get("api/groups").json()["groups"]]
    assert problems == []
    assert listed == [" ".join(hostile[:60].split()) for hostile in HOSTILE_TEXTS]
    page_html = reader.get("").body.decode("utf-8")
    assert [hostile for hostile in HOSTILE_TEXTS if hostile in page_html] == []
    reader.close()
