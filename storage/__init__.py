"""Storage: SQLAlchemy models, engine set-up and Alembic migrations.

The only package that writes to the database. SQLite (WAL) is the embedded default;
PostgreSQL is selected with ``PUBWATCH_DB_URL``.
"""

from storage.db import DEFAULT_DB_URL, get_engine, init_db, session_scope

__all__ = ["DEFAULT_DB_URL", "get_engine", "init_db", "session_scope"]
