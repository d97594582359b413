"""English plural forms only (English is the source language): [one, other]."""
# ruff: noqa: E501

TRANSLATIONS: dict = {
    "%n minute(s) left": ["%n minute left", "%n minutes left"],
}
