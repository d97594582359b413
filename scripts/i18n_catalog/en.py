"""English plural forms only (English is the source language): [one, other]."""
# ruff: noqa: E501

TRANSLATIONS: dict = {
    "%n minute(s) left": ["%n minute left", "%n minutes left"],
    "%n question(s) added": ["%n question added", "%n questions added"],
    "%n already in the bank (not added again)": ["%n already in the bank (not added again)", "%n already in the bank (not added again)"],
    "%n question(s) saved to {file}.": ["%n question saved to {file}.", "%n questions saved to {file}."],
    "%n question(s)": ["%n question", "%n questions"],
}
