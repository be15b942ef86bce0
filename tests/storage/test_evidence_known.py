"""load_known gives the re-check policy each document's notice type and deadline, in one query, on
SQLite and PostgreSQL (the deadline is read out of the JSON fields in SQL)."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

import pytest
from sqlalchemy import event

from storage.db import get_engine, init_db
from storage.evidence import PageRecord, load_known, save_page

NIGHT = dt.date(2026, 2, 2)


def _page(item: str, notice_type: str, fields: dict[str, Any]) -> PageRecord:
    body = f"<html><body>{item}</body></html>".encode()
    return PageRecord(
        source_key="zfcg",
        channel_key="c",
        item_key=item,
        url=f"http://x/{item}",
        night=NIGHT,
        body=body,
        sha256=hashlib.sha256(body).hexdigest(),
        list_date=NIGHT,
        domain=notice_type.split(".")[0],
        notice_type=notice_type,
        fields=fields,
    )


def _check(url: str) -> None:
    engine = get_engine(url)
    init_db(engine)
    save_page(
        engine,
        _page(
            "t1",
            "procurement.tender",
            {"bid_deadline": "2026-02-20 09:30", "opening_time": "2026-02-21T09:30:00"},
        ),
    )
    save_page(
        engine, _page("l1", "land.transfer_notice", {"schedule": "挂牌时间为2026年03月03日至2026年03月17日"})
    )
    save_page(
        engine,
        _page(
            "g1",
            "procurement.tender",
            {
                "bid_deadline": "另行通知",
                "opening_time": 5,
                "publicity_end": ["见附件"],
                "schedule": "2026-13-45",
            },
        ),
    )
    save_page(engine, _page("r1", "procurement.result", {"award_date": "2026-02-01"}))
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    known = load_known(engine, "zfcg")
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 1  # no N+1
    assert known["t1"].notice_type == "procurement.tender" and known["t1"].deadline == dt.date(2026, 2, 21)
    assert known["l1"].deadline == dt.date(2026, 3, 17)
    assert known["g1"].deadline is None  # garbage is no deadline
    assert known["r1"].notice_type == "procurement.result" and known["r1"].deadline is None
    assert known["t1"].sha256 and known["t1"].last_checked == NIGHT
    engine.dispose()


def test_known_documents_carry_type_and_deadline_on_sqlite(sqlite_url: str) -> None:
    _check(sqlite_url)


@pytest.mark.postgres
def test_known_documents_carry_type_and_deadline_on_postgresql(pg_url: str) -> None:
    _check(pg_url)
