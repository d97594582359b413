"""Fuzzing with hypothesis: how many cases each property tries, and what a refusal must leave.

CI tries FUZZ_EXAMPLES cases per property (small, so the suite stays quick); the figures command
(bench/reliability.py) sets SOLE_FUZZ_EXAMPLES for a longer run. Every case must end in a
clear SoleError or a faithful import, never another exception, and a refusal writes nothing.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from hypothesis import HealthCheck, settings

FUZZ_EXAMPLES = int(os.environ.get("SOLE_FUZZ_EXAMPLES", "50"))

fuzz = settings(max_examples=FUZZ_EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow, HealthCheck.data_too_large])


def snapshot(database_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, as another process would read the file now."""
    connection = sqlite3.connect(database_path)
    try:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")]
        return {table: connection.execute(f'SELECT * FROM "{table}"').fetchall()
                for table in tables}
    finally:
        connection.close()
