"""Sessions written to files: Markdown, self-contained HTML, CSV, the JSON backup, and what a
PDF is made from; each file written atomically, in the interface language."""
