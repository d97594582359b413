"""A running session: its plan, the countdown, time formats, and the runner that saves it."""
