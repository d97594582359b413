"""The Question bank tab: search and filters, the list and detail, the editor, import and export."""
