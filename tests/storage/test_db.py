"""Storage: migrations reach the models' schema on SQLite and PostgreSQL; bad URLs are clear errors."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from storage.db import DatabaseError, get_engine, init_db, redact, table_names
from storage.models import Base


def _diff(engine) -> list:  # type: ignore[no-untyped-def]
    with engine.connect() as conn:
        return compare_metadata(MigrationContext.configure(conn), Base.metadata)


def test_sqlite_migrates_to_models_and_is_idempotent(sqlite_url: str) -> None:
    engine = get_engine(sqlite_url)
    init_db(engine)
    init_db(engine)  # a second run changes nothing
    assert {"notices", "document_versions", "findings", "crawl_health"} <= set(table_names(engine))
    assert _diff(engine) == [], "the initial migration is stale: run python -m storage.regen_migration"
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_database_at_the_previous_head_upgrades_to_the_models(sqlite_url: str) -> None:
    """A database created at revision 0001 (before the key sets, issue 16) gains the new tables on the
    next ``init_db`` and then matches the models; its stored notices keep working (no key set yet: the
    night counts rows)."""
    from alembic import command

    from storage.db import alembic_config

    engine = get_engine(sqlite_url)
    command.upgrade(alembic_config(engine), "0001")
    assert "key_sets" not in set(table_names(engine))
    init_db(engine)
    assert {"key_sets", "notice_key_sets"} <= set(table_names(engine))
    assert _diff(engine) == []
    engine.dispose()


@pytest.mark.postgres
def test_postgresql_migrates_to_models(pg_url: str) -> None:
    engine = get_engine(pg_url)
    init_db(engine)
    assert _diff(engine) == []
    engine.dispose()


def test_unreachable_database_is_a_clear_error() -> None:
    engine = get_engine("postgresql+psycopg://nobody:secret@127.0.0.1:1/none")
    with pytest.raises(DatabaseError) as info:
        init_db(engine)
    assert "无法连接数据库" in str(info.value)
    assert "secret" not in str(info.value)


def test_invalid_url_is_a_clear_error() -> None:
    with pytest.raises(DatabaseError):
        get_engine("not a url at all")


def test_redact_hides_password() -> None:
    assert "s3cret" not in redact("postgresql://u:s3cret@h/db")


def test_url_with_a_port_that_is_not_a_number_is_a_clear_error() -> None:
    url = "postgresql+psycopg://u:s3cret@h:notaport/db"
    with pytest.raises(DatabaseError, match="数据库地址无效") as info:
        get_engine(url)
    assert "s3cret" not in str(info.value) and "s3cret" not in redact(url)
