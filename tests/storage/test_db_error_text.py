"""storage.db.db_error_text: one line per database failure, without SQL, parameters or password."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from storage.db import db_error_text


@pytest.mark.parametrize(
    "orig, label",
    [
        (sqlite3.OperationalError("database or disk is full"), "磁盘已满 (disk full)"),
        (OSError(28, "No space left on device"), "磁盘已满 (disk full)"),
        (Exception("server closed the connection unexpectedly\n\tThis probably means…"), "数据库连接中断"),
        (Exception("connection refused"), "数据库连接中断"),
        (sqlite3.OperationalError("database is locked"), "数据库被锁定"),
        (Exception("something else"), "数据库错误"),
    ],
)
def test_one_line_with_the_cause(orig: BaseException, label: str) -> None:
    exc = OperationalError("INSERT INTO secret_table VALUES (?)", ("scraped body",), orig)
    text = db_error_text(exc)
    assert text.startswith(label) and "\n" not in text
    assert "secret_table" not in text and "scraped body" not in text
