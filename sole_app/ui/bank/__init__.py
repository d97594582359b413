"""The Question bank tab: search and filters, the list and detail, the editor, import and export."""

from sole_app.ui.bank import messages  # noqa: F401  (registers the bank's error sentences)
