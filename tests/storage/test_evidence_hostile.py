"""A page whose scraped text PostgreSQL would refuse is still stored: nothing is lost to a NUL or a long URL."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from sqlalchemy import select

from storage.db import get_engine, init_db, session_scope
from storage.evidence import PageRecord, save_page
from storage.models import DocumentVersion, Notice

BODY = "<html><body><h1>衢州某项目中标公告</h1></body></html>".encode()
LONG_URL = "https://ggzy.qz.gov.cn/art/2026/3/2/art_1_1.html?" + "q=%E8%A1%A2" * 200


def _record() -> PageRecord:
    return PageRecord(
        source_key="qz_hanweb",
        channel_key="cg",
        item_key="/art/2026/3/2/art_1_1.html",
        url=LONG_URL,
        night=dt.date(2026, 3, 2),
        body=BODY + b"\x00raw bytes stay",
        sha256=hashlib.sha256(BODY + b"\x00raw bytes stay").hexdigest(),
        headers={"Content-Type": "text/html\x00"},
        list_title="列表\x00标题",
        title="衢州\x00某项目中标公告",
        domain="procurement",
        notice_type="procurement.result",
        publish_date=dt.date(2026, 3, 2),
        fields={"title": "衢州\x00某项目中标公告", "winner": ["甲\x00公司"], "amount": 1.5},
        provenance={"title": {"snippet": "衢州\x00某项目", "method": "json"}},
        warnings=["w\x00"],
    )


def _check(url: str) -> None:
    engine = get_engine(url)
    init_db(engine)
    assert save_page(engine, _record()) == "new"
    assert save_page(engine, _record()) == "unchanged"  # the same page again is recognised
    with session_scope(engine) as s:
        notice = s.scalars(select(Notice)).one()
        version = s.scalars(select(DocumentVersion)).one()
        assert notice.title == "衢州某项目中标公告" and notice.fields["winner"] == ["甲公司"]
        assert notice.provenance["title"]["snippet"] == "衢州某项目"
        assert len(notice.url) == 1000 and LONG_URL.startswith(notice.url)
        assert version.body == BODY + b"\x00raw bytes stay"  # the evidence is the bytes, unchanged
    engine.dispose()


def test_nul_and_long_url_on_sqlite(sqlite_url: str) -> None:
    _check(sqlite_url)


@pytest.mark.postgres
def test_nul_and_long_url_on_postgresql(pg_url: str) -> None:
    _check(pg_url)
