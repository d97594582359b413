"""What every benchmark shares: its command line, its figures, percentiles and peak memory.

A benchmark is a script that measures, prints as it goes, and hands its figures to ``finish``,
which prints them and, with ``--json PATH``, writes them for ``bench/run.py`` to gather into one
table. Each runs in its own process, so the peak memory it reports is its own.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("tiny", "full")


@dataclass
class Figure:
    """One measured figure, beside the floor it is compared with and the target it must meet.

    ``target`` is the most ``value`` may be; ``ratio_target`` the most ``value / floor`` may be.
    A figure with no value says why in ``note`` (e.g. what it is waiting for).
    """

    name: str
    value: float | None
    unit: str
    floor: float | None = None
    floor_name: str = ""
    target: float | None = None
    ratio_target: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    def verdict(self) -> str:
        """How far from the target: "ok, 0.62x target" when met, "MISSED, 2.10x target" not."""
        if self.value is None:
            return "no figure"
        parts = []
        if self.target is not None:
            parts.append(_verdict(self.value / self.target if self.target else math.inf,
                                  "target"))
        if self.ratio_target is not None and self.ratio is not None:
            parts.append(_verdict(self.ratio / self.ratio_target, "ratio target"))
        return "; ".join(parts) or "measured only"


def _verdict(share: float, what: str) -> str:
    return f"{'ok' if share <= 1 else 'MISSED'}, {share:.2f}x {what}"


def arguments(description: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--size", choices=SIZES, default="full",
                        help="tiny: seconds, for CI (figures not meaningful); full: the real one")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    parser.add_argument("--work", type=Path, help="folder for generated banks (kept and reused)")
    return parser.parse_args()


def work_folder(args: argparse.Namespace) -> Path:
    """Where generated banks live: ``--work``, else a temporary folder for this process."""
    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)
        return args.work
    folder = tempfile.mkdtemp(prefix="sole-bench-")
    return Path(folder)


def percentile(values: list[float], share: float) -> float:
    """The ``share`` (0..1) percentile, interpolated; the value itself for one sample."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[round(share * 100) - 1]


def peak_rss_mb() -> float:
    """This process's peak resident memory so far, in MB (VmHWM, or getrusage's maximum)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    digits = 2 if abs(value) < 10 else 1 if abs(value) < 100 else 0
    return f"{value:,.{digits}f} {unit}".strip()


def finish(benchmark: str, figures: list[Figure], args: argparse.Namespace,
           details: object = None) -> None:
    """Print the figures and write them (and any ``details``) as JSON when asked."""
    print()
    for figure in figures:
        floor = (f"  floor {format_value(figure.floor, figure.unit)} ({figure.floor_name})"
                 if figure.floor is not None else "")
        verdict = f"  [{figure.verdict()}]" if figure.value is not None else ""
        print(f"{figure.name}: {format_value(figure.value, figure.unit)}{floor}{verdict} "
              f"{figure.note}".rstrip())
    if args.json:
        args.json.write_text(json.dumps({
            "benchmark": benchmark, "size": args.size, "peak_rss_mb": peak_rss_mb(),
            "pid": os.getpid(), "figures": [asdict(figure) for figure in figures],
            "details": details,
        }, ensure_ascii=False, indent=1), encoding="utf-8")
