"""The domain of SOLE Facilitator. Standard library, SQLAlchemy, Markdown and nh3 only: never Qt."""
