@echo off
rem SOLE Facilitator for Windows: the first run sets everything up (a few minutes, needs the
rem internet once); later runs start at once, offline. Needs Python 3.11 or newer from python.org.
setlocal
cd /d "%~dp0\.."
if not exist ".venv\Scripts\python.exe" (
  echo Preparing SOLE Facilitator for the first time...
  py -3 -m venv .venv 2>nul || python -m venv .venv
  if errorlevel 1 (
    echo Python 3.11 or newer was not found. Install it from https://www.python.org/downloads/
    echo and tick "Add python.exe to PATH", then run this file again.
    pause
    exit /b 1
  )
)
rem Installs only into a new .venv or after pyproject.toml changed (as scripts/setup.sh does),
rem so later starts need no internet.
".venv\Scripts\python.exe" scripts\install_if_needed.py
if errorlevel 1 (
  echo The installation did not finish. Check the internet connection and run this file again.
  pause
  exit /b 1
)
start "" ".venv\Scripts\pythonw.exe" -m sole_app %*
