#!/usr/bin/env bash
# Set up what is missing, then run the linter and the whole test suite (no screen needed): on the
# machine's Python, then again on a Python 3.12 or newer where one is found, since PySide6 is
# pinned differently below 3.12 (README, Development). Arguments go to pytest in both runs.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

sole_pytest() {
  sole_say "pytest on Python $(sole_minor "$VENV/bin/python") ($VENV)"
  "$VENV/bin/python" -m pytest "$@"
}

sole_setup test
cd "$ROOT"
sole_say "ruff check"
"$VENV/bin/ruff" check .
failed=0
sole_pytest "$@" || failed=1
first=$(sole_minor "$VENV/bin/python")
newer=$(sole_newer_python)
if [ -n "$newer" ] && [ "$(sole_minor "$newer")" != "$first" ]; then
  PYTHON="$newer"
  VENV="$ROOT/.venv-py$(sole_minor "$newer")"
  sole_venv test
  sole_pytest "$@" || failed=1
else
  sole_say "No other Python 3.12 or newer found: the tests ran on Python $first only"
fi
exit "$failed"
