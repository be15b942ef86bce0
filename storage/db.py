"""Engine creation, schema migration and session handling.

Why a module of its own: every entry point (CLI, Scrapy pipelines, scheduler, tests) must open the
database the same way — SQLite in WAL mode with foreign keys on, PostgreSQL unchanged — and bring
the schema to the Alembic head before use, so a fresh machine needs no set-up step.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB_URL = "sqlite:///var/pubwatch.db"
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


class DatabaseError(RuntimeError):
    """A database that cannot be opened or migrated; the message is meant for the user."""


def redact(url: str) -> str:
    """Hide the password of a database URL so it never reaches logs or the terminal."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return "<invalid database URL>"


def resolve_url(url: str | None = None) -> str:
    """The URL to use: explicit argument, then ``PUBWATCH_DB_URL``, then the embedded SQLite file."""
    return url or os.environ.get("PUBWATCH_DB_URL") or DEFAULT_DB_URL


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def get_engine(url: str | None = None, *, echo: bool = False) -> Engine:
    """Create an engine; for SQLite create the parent folder and switch on WAL and foreign keys."""
    url = resolve_url(url)
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError) as exc:  # ValueError: ``host:notaport``
        raise DatabaseError(f"数据库地址无效 (invalid database URL): {redact(url)}") from exc
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:" and not db.startswith("file:"):
            Path(db).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, echo=echo, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    try:
        return create_engine(url, echo=echo, pool_pre_ping=True)
    except Exception as exc:  # missing driver, bad options
        raise DatabaseError(f"无法创建数据库连接 (cannot create engine) {redact(url)}: {exc}") from exc


def alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    """An Alembic config bound to this engine, independent of the working directory."""
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["engine"] = engine
    return cfg


def init_db(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (idempotent)."""
    from alembic import command

    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except OperationalError as exc:
        raise DatabaseError(
            f"无法连接数据库 (cannot connect to the database) {redact(str(engine.url))}: "
            f"{exc.orig.__class__.__name__}: {str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ''}"
        ) from exc
    command.upgrade(alembic_config(engine), "head")


def table_names(engine: Engine) -> list[str]:
    """Names of the tables that exist now (used by health checks and tests)."""
    return sorted(inspect(engine).get_table_names())


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """A session that commits on success and rolls back on error."""
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
