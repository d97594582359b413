"""SOLE Facilitator: run Self-Organized Learning Environment sessions."""

__version__ = "0.1.0"
APP_NAME = "SOLE Facilitator"
APP_ID = "sole-facilitator"
