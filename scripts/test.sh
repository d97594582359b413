#!/usr/bin/env bash
# Set up what is missing, then run the linter and the whole test suite (no screen needed): on the
# machine's Python and, at the same time, on a Python 3.12 or newer where one is found, since
# PySide6 is pinned differently below 3.12 (README, Development). The two runs go side by side
# (each is one process, so two cores do both in the time of about one); the second's output is
# printed when both are done. Arguments go to pytest in both runs.
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
first_venv="$VENV"
first=$(sole_minor "$VENV/bin/python")
newer=$(sole_newer_python)
second_pid="" second_log=""
if [ -n "$newer" ] && [ "$(sole_minor "$newer")" != "$first" ]; then
  PYTHON="$newer"
  VENV="$ROOT/.venv-py$(sole_minor "$newer")"
  sole_venv test
  second_log=$(mktemp)
  sole_pytest "$@" >"$second_log" 2>&1 &
  second_pid=$!
else
  sole_say "No other Python 3.12 or newer found: the tests ran on Python $first only"
fi
failed=0
VENV="$first_venv"
sole_pytest "$@" || failed=1
if [ -n "$second_pid" ]; then
  wait "$second_pid" || failed=1
  cat "$second_log"
  rm -f "$second_log"
fi
exit "$failed"
