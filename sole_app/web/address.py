"""The address other devices on the library's network reach this computer at."""

from __future__ import annotations

import ipaddress
import socket

LOOPBACK = "127.0.0.1"
# A documentation address (TEST-NET-1). connect() on a UDP socket only asks the system which
# network interface would carry a packet there; nothing is ever sent.
_ROUTE_PROBE = ("192.0.2.1", 9)


def lan_address() -> str:
    """This computer's address on its network (Wi-Fi or cable), or 127.0.0.1 when it is on
    none: then only the laptop itself can open the page."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(_ROUTE_PROBE)
        return probe.getsockname()[0]
    except OSError:
        return LOOPBACK
    finally:
        probe.close()


def page_url(host: str, port: int, code: str) -> str:
    return f"http://{host}:{port}/s/{code}/"


def is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
