"""The group page as a plain WSGI application: who may ask, what they may ask, and the headers
that keep the page to itself.

Every request passes, in order: a rate limit per device (its token, or its address before it
joins: 429), the session's code as the first part of the path (403), a fixed list of paths
(404: no file is ever looked up from what a request names), the method (405), a cap on the body
(413) and JSON only (415). The page itself allows only its own script and style
(Content-Security-Policy), and nothing is cached that holds the code or a group's words.
"""

from __future__ import annotations

import hmac
import json
import logging
from collections.abc import Callable, Iterable
from importlib import resources

from sole_app.web.api import GroupPageData, Refused
from sole_app.web.devices import RateLimiter
from sole_app.web.page import render_page

MAX_BODY = 512 * 1024  # what we found is at most 100,000 characters, sent with its base
DEVICE_HEADER = "HTTP_X_DEVICE"
ASSET_TYPES = {"page.js": "text/javascript; charset=utf-8", "page.css": "text/css; charset=utf-8"}
JSON_TYPE = "application/json; charset=utf-8"
SECURITY_HEADERS = [
    ("Content-Security-Policy",
     "default-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cross-Origin-Resource-Policy", "same-origin"),
]
NO_STORE = ("Cache-Control", "no-store")
REASONS = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
           404: "Not Found", 405: "Method Not Allowed", 409: "Conflict", 410: "Gone",
           413: "Content Too Large", 415: "Unsupported Media Type",
           422: "Unprocessable Content", 429: "Too Many Requests", 500: "Internal Server Error",
           503: "Service Unavailable"}
log = logging.getLogger(__name__)

Answer = tuple[int, list[tuple[str, str]], bytes]


def _assets() -> dict[str, bytes]:
    folder = resources.files("sole_app.web") / "assets"
    return {name: (folder / name).read_bytes() for name in ASSET_TYPES}


class GroupPageApp:
    """The WSGI application of one session's page, at ``/s/<code>/``."""

    def __init__(self, code: str, data: GroupPageData, limiter: RateLimiter) -> None:
        self.code = code
        self.base = f"/s/{code}/"
        self.data = data
        self.limiter = limiter
        self._page = render_page(self.base, data.catalogue)
        self._assets = _assets()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        try:
            status, headers, body = self._answer(environ)
        except Refused as refusal:
            status, headers, body = self._refusal(refusal, environ)
        except Exception:  # never a traceback to a child's tablet; the log keeps it
            log.exception("group page request failed")
            status, headers, body = 500, [], b""
        headers = [*headers, *SECURITY_HEADERS, ("Content-Length", str(len(body)))]
        start_response(f"{status} {REASONS.get(status, '')}".strip(), headers)
        return [body]

    def _answer(self, environ: dict) -> Answer:
        if not self.limiter.allow(self._requester(environ)):
            raise Refused(429, "too_fast")
        rest = self._after_code(environ.get("PATH_INFO", ""))
        method = environ.get("REQUEST_METHOD", "GET")
        if rest == "":
            self._require(method, "GET")
            return 200, [("Content-Type", "text/html; charset=utf-8"), NO_STORE], self._page
        if rest in self._assets:
            self._require(method, "GET")
            return 200, [("Content-Type", ASSET_TYPES[rest]), ("Cache-Control", "no-cache")], \
                self._assets[rest]
        if rest == "api/groups":
            self._require(method, "GET")
            return _json(self.data.groups())
        if rest == "api/join":
            self._require(method, "POST")
            return _json(self.data.join(_body(environ), environ.get("REMOTE_ADDR", "")))
        if rest == "api/record":
            device = self.data.devices.find(environ.get(DEVICE_HEADER))
            if device is None:
                raise Refused(401, "join_again")
            if method == "GET":
                return _json(self.data.record(device))
            self._require(method, "POST")
            return _json(self.data.save(device, _body(environ)))
        raise Refused(404)

    def _requester(self, environ: dict) -> str:
        """Whose bucket a request takes from: its device, or its address before joining."""
        device = self.data.devices.find(environ.get(DEVICE_HEADER))
        return f"device:{device.token}" if device else f"address:{environ.get('REMOTE_ADDR')}"

    def _after_code(self, path: str) -> str:
        """What follows ``/s/<code>/``; Refused(403) without the session's code."""
        parts = path.split("/", 3)  # "", "s", code, rest
        if len(parts) < 3 or parts[0] != "" or parts[1] != "s" or not hmac.compare_digest(
                parts[2].encode("utf-8", "surrogateescape"), self.code.encode()):
            raise Refused(403, "page_closed")
        return parts[3] if len(parts) > 3 else ""

    @staticmethod
    def _require(method: str, allowed: str) -> None:
        if method != allowed:
            raise Refused(405)

    def _refusal(self, refusal: Refused, environ: dict) -> Answer:
        message = refusal.sentence or self.data.catalogue.words.get(refusal.key, "")
        status, headers, body = _json({"error": refusal.key or str(refusal.status),
                                       "message": message}, refusal.status)
        if refusal.status == 429:
            wait = self.limiter.wait_seconds(self._requester(environ))
            headers.append(("Retry-After", str(max(1, wait))))
        return status, headers, body


def _json(payload: dict, status: int = 200) -> Answer:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return status, [("Content-Type", JSON_TYPE), NO_STORE], body


def _body(environ: dict) -> dict:
    """The request's JSON object, read only up to MAX_BODY."""
    if not environ.get("CONTENT_TYPE", "").startswith("application/json"):
        raise Refused(415)
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        raise Refused(400) from None
    if length > MAX_BODY:
        raise Refused(413, "too_long")
    raw = environ["wsgi.input"].read(length) if length > 0 else b""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise Refused(400) from None
    if not isinstance(body, dict):
        raise Refused(400)
    return body
