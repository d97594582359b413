#!/usr/bin/env bash
# Set up what is missing, then run the linter and the whole test suite (no screen needed).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
sole_setup test
cd "$ROOT"
sole_say "ruff check"
"$VENV/bin/ruff" check .
sole_say "pytest"
exec "$VENV/bin/python" -m pytest "$@"
