#!/usr/bin/env bash
# Set up what is missing, then open SOLE Facilitator. Arguments go to the app (try --help).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
sole_setup ""
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ $# -eq 0 ]; then
  if command -v xvfb-run >/dev/null 2>&1; then
    sole_say "No screen found: starting on a virtual screen (Xvfb). Press Ctrl+C to stop."
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$VENV/bin/sole-app"
  fi
  sole_say "No screen found (DISPLAY is not set). Start it from a desktop session."
  exit 1
fi
exec "$VENV/bin/sole-app" "$@"
