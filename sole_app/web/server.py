"""Serving a WSGI application on a port, in a worker thread, and stopping it for sure.

waitress 3 (pure Python, no C parts; about 0.4 MB and 26 ms to import, measured beside the Qt
loop for issue 15) serves from its own event loop in one worker thread, with a few threads of
its own for the requests. Two things need care:

- The socket is bound in the thread that creates the server (the GUI thread), before any
  thread starts, so a busy port is an ordinary error (PortInUse) the librarian reads at once.
- waitress's ``close()`` from another thread does not end its loop while a browser holds a
  keep-alive connection: the loop runs while any connection is open. ``stop()`` therefore asks
  the loop itself, through waitress's trigger (a pipe the loop watches), to close every
  connection and the listening socket; the loop then finds nothing left and returns.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import socket
import threading

from waitress.server import create_server
from waitress.wasyncore import close_all

from sole_app.web.errors import HIGHEST_PORT, LOWEST_PORT, PortInUse, PortUnavailable

THREADS = 4  # requests served at once; a room has a dozen devices, each asking briefly
# waitress warns on stderr whenever a request waits for a free thread: with a dozen tablets
# that is ordinary, and the librarian never reads stderr.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)
STOP_SECONDS = 1.0


def bind(host: str, port: int) -> socket.socket:
    """A listening TCP socket on ``host:port``; PortInUse or PortUnavailable otherwise."""
    if not LOWEST_PORT <= port <= HIGHEST_PORT:
        raise PortUnavailable(port, f"not from {LOWEST_PORT} to {HIGHEST_PORT}")
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        if os.name == "nt":  # Windows lets SO_REUSEADDR take a port another program holds
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)
        else:  # a port just left by our previous page is free again at once
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(64)
    except OSError as error:
        sock.close()
        if error.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1)):
            raise PortInUse(port) from error
        raise PortUnavailable(port, error.strerror or str(error)) from error
    return sock


class Server:
    """A WSGI application served on a socket bound now; ``start`` serves, ``stop`` ends it."""

    def __init__(self, application, host: str, port: int, *, max_body: int) -> None:
        self._socket = bind(host, port)
        self.port = self._socket.getsockname()[1]
        self._server = create_server(
            application, sockets=[self._socket], threads=THREADS,
            max_request_body_size=max_body, channel_timeout=30, connection_limit=200,
            ident="", clear_untrusted_proxy_headers=True)
        self._map = self._server._map  # the loop's sockets; the loop runs while it holds any
        self._thread = threading.Thread(target=self._server.run, name="group-page-server",
                                        daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, timeout: float = STOP_SECONDS) -> bool:
        """Close every connection and the port, from inside the loop; True once the loop has
        ended (within ``timeout`` seconds, after at most as long again for requests running).

        The request threads finish first: they wake the loop through the same trigger, which
        must not be closed under them (its file number could already be another socket's).
        """
        self._server.task_dispatcher.shutdown(timeout=timeout)
        if self._thread.is_alive():
            with contextlib.suppress(OSError):  # the loop's pipe is gone: it is ending anyway
                self._server.trigger.pull_trigger(lambda: close_all(self._map))
            self._thread.join(timeout)
        if not self._thread.is_alive():
            close_all(self._map)  # never started, or ended: let the port go all the same
        return not self._thread.is_alive()

    def is_serving(self) -> bool:
        return self._thread.is_alive()
