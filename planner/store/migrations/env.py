"""Alembic's entry point for the planner's store: run on the connection the store opened."""

from __future__ import annotations

from alembic import context

from planner.store.models import Base

connection = context.config.attributes["connection"]
# SQLite alters tables by copying them ("batch" mode); other databases alter in place.
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
