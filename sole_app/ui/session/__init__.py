"""The Session tab: the plan, the controls and keys, the phase timer and the end chime."""

from sole_app.ui.session import messages  # noqa: F401  (registers the session's error sentences)
