# Sourced by start.sh and test.sh: system packages (as root on Debian), a virtual environment in
# .venv, and the app installed into it. Run again, it only does what is missing.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${SOLE_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

# What Qt needs on Debian: QtMultimedia loads libpulse0; a real window needs the xcb libraries;
# xvfb gives a virtual screen where there is none; DejaVu draws ă â î ș ț and Cyrillic.
SYSTEM_PACKAGES=(libpulse0 xvfb xauth libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0
  libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-dejavu-core)
# For the tests only: a browser for the group page's real-browser test (about 120 MB).
TEST_PACKAGES=(chromium chromium-driver)

sole_say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

sole_missing_packages() {
  local name
  for name in "$@"; do
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'ok installed' || echo "$name"
  done
}

sole_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local wanted=("${SYSTEM_PACKAGES[@]}")
  "$PYTHON" -c 'import ensurepip' >/dev/null 2>&1 || wanted+=(python3-venv)
  local missing
  missing=$(sole_missing_packages "${wanted[@]}")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    sole_say "Installing system packages: $(echo $missing)"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    sole_say "Qt may need these system packages: sudo apt-get install $(echo $missing)"
  fi
}

# Where the browser cannot be installed, the tests still run and that one test says why it
# was skipped.
sole_test_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local missing
  missing=$(sole_missing_packages "${TEST_PACKAGES[@]}")
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    sole_say "Installing a browser for the group page's test: $(echo $missing) (about 120 MB)"
    # shellcheck disable=SC2086
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        --no-install-recommends $missing >/dev/null; } ||
      sole_say "Could not install $(echo $missing): the real-browser test will be skipped"
  else
    sole_say "The real-browser test needs: sudo apt-get install $(echo $missing)"
  fi
}

sole_check_python() {
  if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    sole_say "Python 3.11 or newer is needed (found: $("$PYTHON" --version 2>&1 || echo none))."
    sole_say "Set PYTHON=/path/to/python3.11 and run this again."
    exit 1
  fi
}

# Usage: sole_venv EXTRAS   ("" for the app alone, "test" for the test tools too)
# Installs only into a new environment or after pyproject.toml changed, so later runs are offline.
sole_venv() {
  local extras="$1"
  sole_check_python
  if [ ! -x "$VENV/bin/python" ]; then
    sole_say "Creating the virtual environment in ${VENV#"$ROOT/"}"
    "$PYTHON" -m venv "$VENV"
  fi
  "$VENV/bin/python" "$ROOT/scripts/install_if_needed.py" "$extras"
}

# For test.sh's second run: the newest working python3.N (N >= 12) on PATH, else the newest pyenv
# build of 3.12 or newer; nothing if there is none. Each is tried: pyenv's shims are on PATH but
# fail for versions not activated. A free-threaded build (3.13.0t) has no PySide6: left out.
sole_newer_python() {
  local root="${PYENV_ROOT:-$HOME/.pyenv}/versions" candidates=(python3.{30..12}) version candidate
  while read -r version; do
    candidates+=("$root/$version/bin/python3")
  done < <(ls "$root" 2>/dev/null | grep -xE '3\.[0-9]+\.[0-9]+' | sort -rV)
  for candidate in "${candidates[@]}"; do
    if "$candidate" -c 'import sys, ensurepip; sys.exit(sys.version_info < (3, 12))' \
        >/dev/null 2>&1; then
      command -v "$candidate"
      return
    fi
  done
}

sole_minor() { "$1" -c 'import sys; print("%d.%d" % sys.version_info[:2])'; }

sole_setup() {
  sole_system_packages
  if [ "${1:-}" = test ]; then
    sole_test_packages
  fi
  sole_venv "${1:-}"
}
