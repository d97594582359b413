"""Make resources/database/starter.sqlite3: the database a first start copies instead of building
(the newest schema with the starter questions; see sole_app/core/bank/seed.py).

Run it after changing a starter pack in questions/ or adding a migration, and commit the file:
tests/core/bank/test_seed.py fails until then (and the app, finding it stale, builds the bank
at a first start as before).
Usage: .venv/bin/python scripts/make_starter_database.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sole_app.core.bank import seed  # noqa: E402
from sole_app.core.paths import questions_dir, resources_dir  # noqa: E402


def main() -> int:
    target = resources_dir() / seed.SEED_FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    seed.build(target, questions_dir())
    print(f"{target}: {target.stat().st_size:,} bytes, "
          f"fingerprint {seed.recorded_fingerprint(target)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
