"""Alembic environment: always run from the app with a connection passed in (no alembic.ini)."""

from alembic import context

# Every feature's models, so that Base.metadata knows every table.
from sole_app.core.bank import models as bank_models  # noqa: F401
from sole_app.core.findings import models as findings_models  # noqa: F401
from sole_app.core.history import models as history_models  # noqa: F401
from sole_app.core.schema import Base
from sole_app.core.session import models as session_models  # noqa: F401

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
