"""A running session: its plan, the countdown, time formats, the runner that saves it, and
what the stage shows of it."""
