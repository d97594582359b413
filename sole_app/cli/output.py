"""Printing to a terminal that may not show Romanian letters, or may stop reading (``| head``)."""

from __future__ import annotations

import os
import sys


def print_text(text: str) -> None:
    """Print ``text`` (nothing when empty): letters the console lacks become "?", and a reader
    that stops early is not an error."""
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(errors="replace")
    try:
        if text:
            print(text, flush=True)
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
