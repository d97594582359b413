"""The question bank: stored questions, full-text search, JSON packs, CSV files, starter bank."""
