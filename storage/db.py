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
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except OperationalError as exc:
        raise DatabaseError(
            f"无法连接数据库 (cannot connect to the database) {redact(str(engine.url))}: "
            f"{exc.orig.__class__.__name__}: {str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else ''}"
        ) from exc
    _upgrade(engine)


#: a fresh database raced by two first runs: the loser waits for the winner this long at most
MIGRATION_WAIT = 60.0
_PG_MIGRATION_LOCK = 0x70_77_6D_67  # pg_advisory_lock key ("pwmg")


def _upgrade(engine: Engine) -> None:
    """``alembic upgrade head``, safe against a second process doing the same at the same time.

    Why: two first runs on a fresh database (the scheduler and a run by hand) both saw no tables;
    the second failed with "table channels already exists" / ``UniqueViolation``. On PostgreSQL
    the upgrade runs under a session advisory lock (the second waits, then finds the schema at
    head); on any database a failed upgrade is retried while another process finishes it.
    """
    import time

    from alembic import command
    from sqlalchemy.exc import DBAPIError

    deadline = time.monotonic() + MIGRATION_WAIT
    delay = 0.2
    while True:
        try:
            if engine.dialect.name == "postgresql":
                with engine.connect() as lock_conn:
                    lock_conn.exec_driver_sql(f"SELECT pg_advisory_lock({_PG_MIGRATION_LOCK})")
                    try:
                        command.upgrade(alembic_config(engine), "head")
                    finally:
                        lock_conn.exec_driver_sql(f"SELECT pg_advisory_unlock({_PG_MIGRATION_LOCK})")
                        lock_conn.commit()
            else:
                command.upgrade(alembic_config(engine), "head")
            return
        except DBAPIError as exc:  # "already exists", a unique violation, "database is locked" …
            if time.monotonic() > deadline:
                first = (
                    str(exc.orig).strip().splitlines()[0]
                    if str(exc.orig).strip()
                    else type(exc.orig).__name__
                )
                raise DatabaseError(
                    f"数据库迁移失败 (schema migration failed) {redact(str(engine.url))}: "
                    f"{exc.orig.__class__.__name__}: {first}"
                ) from exc
            time.sleep(delay)
            delay = min(delay * 2, 2.0)


def original_error(exc: BaseException) -> tuple[BaseException, str]:
    """The driver's own exception behind a SQLAlchemy one, and the first line of its message: the
    part fit for a log line (the rest carries the SQL and its parameters, i.e. scraped text)."""
    orig = getattr(exc, "orig", None) or exc
    return orig, (str(orig).strip().splitlines()[0] if str(orig).strip() else "")


def is_disk_full(orig: BaseException, text: str) -> bool:
    """Whether a storage failure is a full disk (ENOSPC, or SQLite's and the OS's wording)."""
    low = text.lower()
    return getattr(orig, "errno", None) == 28 or "disk is full" in low or "no space left" in low


def db_error_text(exc: BaseException) -> str:
    """One line for a database failure met mid-run (lost connection, disk full, locked), without
    the SQL or its parameters (which may carry scraped text) and without the URL's password."""
    orig, text = original_error(exc)
    low = text.lower()
    if is_disk_full(orig, text):
        what = "磁盘已满 (disk full)"
    elif any(
        m in low
        for m in (
            "server closed the connection",
            "connection refused",
            "terminating connection",
            "connection is closed",
            "could not connect",
            "connection reset",
            "ssl syscall",
        )
    ):
        what = "数据库连接中断 (database connection lost)"
    elif "locked" in low:
        what = "数据库被锁定 (database is locked)"
    else:
        what = "数据库错误 (database error)"
    return f"{what}: {type(orig).__name__}: {text[:200]}"


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
