"""A room's load on loopback, briefly: twelve devices, two per group, typing at once for five
seconds through the page's own protocol, and not one word lost. The figures (keystroke to
saved) come from bench/bench_grouppage.py, which runs the same for a minute."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "bench_grouppage.py"

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not sys.platform.startswith("linux"),
                                 reason="devices use their own 127.0.0.N, which Linux routes")]


def load_bench():
    spec = importlib.util.spec_from_file_location("bench_grouppage", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_twelve_devices_typing_at_once_lose_no_word():
    # Given twelve devices in six groups, when they all type for five seconds
    report = load_bench().run(seconds=5, devices=12)
    # Then every word typed is in its group's record, and no request failed
    assert report.words > 100
    assert report.lost == []
    assert report.errors == 0
