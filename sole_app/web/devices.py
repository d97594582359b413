"""Who may write what: each device's token, bound to one group when it joins, and how often
each device may ask.

A token is a random secret the page keeps in the browser's storage and sends as a header on
every request (never a cookie, so another site cannot make a browser send it). A device writes
only the record of the group its token was given for; choosing another group gives it a new
token. Everything here is used by the server's threads at once, so it holds a lock.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

MAX_DEVICES = 300  # tokens remembered per session; the oldest is forgotten past this


@dataclass(frozen=True)
class Device:
    """A joined device: the group it writes for."""

    token: str
    group_id: int
    group_uid: str


class DeviceRegistry:
    """The tokens handed out in one session, each bound to a group."""

    def __init__(self, limit: int = MAX_DEVICES) -> None:
        self._devices: OrderedDict[str, Device] = OrderedDict()
        self._limit = limit
        self._lock = threading.Lock()

    def join(self, group_id: int, group_uid: str) -> Device:
        device = Device(secrets.token_urlsafe(18), group_id, group_uid)
        with self._lock:
            self._devices[device.token] = device
            while len(self._devices) > self._limit:
                self._devices.popitem(last=False)
        return device

    def find(self, token: str | None) -> Device | None:
        if not token:
            return None
        with self._lock:
            return self._devices.get(token)

    def forget(self, token: str) -> None:
        with self._lock:
            self._devices.pop(token, None)

    def count(self, group_id: int) -> int:
        """How many devices write for this group."""
        with self._lock:
            return sum(1 for device in self._devices.values() if device.group_id == group_id)


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    """A token bucket per key (a device's token, or the address of a device not yet joined):
    ``burst`` requests at once, then ``per_second`` on average. The page asks a few times a
    second at most, so only a runaway script or a flood meets the limit."""

    def __init__(self, per_second: float, burst: int,
                 clock: Callable[[], float] = time.monotonic, max_keys: int = 2000) -> None:
        self.per_second = per_second
        self.burst = burst
        self._clock = clock
        self._buckets: OrderedDict[str, _Bucket] = OrderedDict()
        self._max_keys = max_keys
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Take one request from ``key``'s bucket; False when it is empty."""
        now = self._clock()
        with self._lock:
            bucket = self._buckets.pop(key, None) or _Bucket(float(self.burst), now)
            bucket.tokens = min(self.burst, bucket.tokens + (now - bucket.stamp) * self.per_second)
            bucket.stamp = now
            self._buckets[key] = bucket  # most recent last; the oldest key goes first
            while len(self._buckets) > self._max_keys:
                self._buckets.popitem(last=False)
            if bucket.tokens < 1:
                return False
            bucket.tokens -= 1
            return True

    def wait_seconds(self, key: str) -> int:
        """Whole seconds until ``key`` may ask again (for Retry-After)."""
        with self._lock:
            bucket = self._buckets.get(key)
        if bucket is None or bucket.tokens >= 1:
            return 0
        return max(1, int((1 - bucket.tokens) / self.per_second + 0.999))
