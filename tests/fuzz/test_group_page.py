"""What the group page receives from a tablet, whatever it is: the WSGI application answers
with a status and a JSON sentence, never a server error; a refused request writes nothing, and
a record it accepts is stored as it answers."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sole_app.core.clock import FakeClock
from sole_app.core.findings.groups import add_group, list_groups
from sole_app.core.findings.records import get_record
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from sole_app.web.api import GroupPageData, content_json
from sole_app.web.devices import DeviceRegistry, RateLimiter
from sole_app.web.words import Catalogue
from sole_app.web.wsgi import DEVICE_HEADER, GroupPageApp
from tests.fuzz.conftest import fuzz, snapshot
from tests.hostile import HOSTILE_TEXTS

CODE = "Xk3_9aQ2"
BASE = f"/s/{CODE}/"
KNOWN_STATUSES = {200, 400, 401, 403, 404, 405, 409, 410, 413, 415, 422, 429, 503}


class Quiet:
    def group_joined(self, *_args) -> None:
        pass

    def record_saved(self, *_args) -> None:
        pass


@pytest.fixture
def page(database):
    """A running session's page with one group and one device joined to it."""
    runner = sessions.start_session(database, FakeClock(), "De ce?", Plan((5, 40, 15)))
    add_group(database, runner.session_id, "Bufnițele")
    devices = DeviceRegistry()
    unlimited = RateLimiter(10**9, 10**9)
    data = GroupPageData(database, runner.session_id, devices,
                         Catalogue.build("en", lambda _context, text: text), Quiet(), unlimited)
    (entry,) = list_groups(database, runner.session_id)
    device = devices.join(entry.group.id, entry.group.uid)
    return GroupPageApp(CODE, data, unlimited), device


def call(application, method: str, path: str, body: bytes, content_type: str,
         length: str | None, token: str | None) -> tuple[int, dict, bytes]:
    environ = {"REQUEST_METHOD": method, "PATH_INFO": path, "CONTENT_TYPE": content_type,
               "wsgi.input": io.BytesIO(body), "REMOTE_ADDR": "192.168.1.40"}
    if length is not None:
        environ["CONTENT_LENGTH"] = length
    if token is not None:
        environ[DEVICE_HEADER] = token
    answer = {}

    def start_response(status, headers):
        answer["status"], answer["headers"] = int(status.split()[0]), dict(headers)

    sent = b"".join(application(environ, start_response))
    return answer["status"], answer["headers"], sent


values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-2**70, 2**70), st.floats(),
              st.text(max_size=60), st.sampled_from(HOSTILE_TEXTS),
              st.sampled_from(["fairly_sure", "very_sure", "not_sure", ""])),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["found", "sources", "certainty", "new_questions"]) | st.text(max_size=6),
        inner, max_size=4),
    max_leaves=12)
contents = st.fixed_dictionaries({}, optional={
    "found": st.text(max_size=200) | st.sampled_from(HOSTILE_TEXTS),
    "sources": st.lists(st.text(max_size=40), max_size=3),
    "certainty": st.sampled_from([None, "not_sure", "fairly_sure", "very_sure", "sure"]),
    "new_questions": st.lists(st.text(max_size=40), max_size=3)}) | values
bodies = st.one_of(
    st.fixed_dictionaries({"content": contents, "base_content": contents,
                           "base_revision": st.integers(-1, 3) | values},
                          optional={"origin": contents, "extra": values}),
    st.fixed_dictionaries({}, optional={"group": values, "nickname": values}),
    values).map(lambda body: json.dumps(body).encode()) | st.binary(max_size=200)


@fuzz
@given(method=st.sampled_from(["GET", "POST", "PUT", "HEAD", "DELETE", "get"]),
       path=st.sampled_from(["", "api/groups", "api/join", "api/record", "page.js",
                             "page.css", "api/record/../join", "api/"]).map(BASE.__add__)
       | st.sampled_from(["/s/wrong/api/record", "/", "", "/s/", "/s//api/record"])
       | st.text(max_size=30),
       body=bodies,
       content_type=st.sampled_from(["application/json", "application/json; charset=utf-8",
                                     "text/plain", ""]),
       length=st.sampled_from([None, "exact", "-5", "abc", "99999999", "3"]),
       token=st.sampled_from(["device", None, "", "not-a-token"]))
def test_any_request_gets_an_answer_and_a_refusal_writes_nothing(database, page, method, path,
                                                                 body, content_type, length,
                                                                 token):
    application, device = page
    before = snapshot(database.path)
    status, headers, sent = call(application, method, path, body, content_type,
                                 str(len(body)) if length == "exact" else length,
                                 device.token if token == "device" else token)
    assert status in KNOWN_STATUSES
    assert headers["Content-Length"] == str(len(sent))
    if status != 200:
        assert snapshot(database.path) == before
        assert set(json.loads(sent)) == {"error", "message"}
    elif path == BASE + "api/record" and method == "POST":
        stored = get_record(database, device.group_id)
        assert json.loads(sent)["record"]["content"] == content_json(stored.content)


@fuzz
@given(content=contents, base_revision=st.integers(-1, 2), origin=st.none() | contents)
def test_a_record_sent_by_a_device_is_stored_as_answered_or_refused_whole(database, page,
                                                                         content,
                                                                         base_revision, origin):
    # A well-formed request to save the device's record, with any content at all
    application, device = page
    before = snapshot(database.path)
    sent_body = {"content": content, "base_content": {}, "base_revision": base_revision}
    if origin is not None:
        sent_body["origin"] = origin
    body = json.dumps(sent_body).encode()
    status, _headers, sent = call(application, "POST", BASE + "api/record", body,
                                  "application/json", str(len(body)), device.token)
    assert status in {200, 400, 422}
    if status == 200:
        stored = get_record(database, device.group_id)
        assert json.loads(sent)["record"]["content"] == content_json(stored.content)
    else:
        assert snapshot(database.path) == before
        assert json.loads(sent)["message"] or status == 400
