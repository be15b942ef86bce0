"""Alembic environment: uses the engine handed over by ``storage.db.init_db`` (or PUBWATCH_DB_URL)."""

from __future__ import annotations

from alembic import context

from storage.models import Base

target_metadata = Base.metadata


def _engine():  # type: ignore[no-untyped-def]
    engine = context.config.attributes.get("engine")
    if engine is None:
        from storage.db import get_engine

        engine = get_engine()
    return engine


def run_migrations_online() -> None:
    """Run the migrations on a live connection (render_as_batch so SQLite can ALTER tables)."""
    engine = _engine()
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        context.run_migrations()


run_migrations_online()
