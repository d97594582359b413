"""The History tab: past sessions to read, amend, export, print, import and delete."""
