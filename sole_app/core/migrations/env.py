"""Alembic environment: always run from the app with a connection passed in (no alembic.ini)."""

from alembic import context

from sole_app.core.bank.models import Base
from sole_app.core.session import models as session_models  # noqa: F401  (registers the session tables)

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through sole_app.core.db.migrate(), not the alembic CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
)
with context.begin_transaction():
    context.run_migrations()
