"""The PySide6 interface. Humble views: they ask sole_app.core for state and show it."""
