"""The named reads of storage/queries.py that the commands use instead of inline SQL."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from storage.db import get_engine, init_db, session_scope
from storage.models import CrawlRun, Finding
from storage.queries import last_crawled_night, new_findings_by_kind, page_version
from tests.dashboards.demo_data import add_notice


def _engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = get_engine(f"sqlite:///{tmp_path / 'q.db'}")
    init_db(engine)
    return engine


def test_last_crawled_night_is_the_latest_night_or_none(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    assert last_crawled_night(engine) is None
    with session_scope(engine) as s:
        for night in (dt.date(2026, 3, 2), dt.date(2026, 3, 9), dt.date(2026, 3, 5)):
            s.add(CrawlRun(night=night, mode="nightly", status="ok"))
    assert last_crawled_night(engine) == dt.date(2026, 3, 9)


def test_page_version_returns_the_version_with_its_body_after_the_session(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    with session_scope(engine) as s:
        notice = add_notice(s, title="某项目采购公告", publish_date=dt.date(2026, 3, 2))
        s.flush()
        version_id = notice.version_id
    got = page_version(engine, version_id)
    assert got is not None
    version, doc = got
    assert version.id == version_id and doc.id == version.document_id
    assert version.body and len(version.sha256) == 64  # loaded, usable once the session is closed
    assert page_version(engine, version_id + 1000) is None


def test_new_findings_by_kind_counts_only_that_night(tmp_path: Path) -> None:
    engine = _engine(tmp_path)
    night = dt.date(2026, 3, 9)
    assert new_findings_by_kind(engine, night) == {}
    with session_scope(engine) as s:
        for i, (kind, first) in enumerate(
            [
                ("missing_notice", night),
                ("missing_notice", night),
                ("late_posting", night),
                ("late_posting", night - dt.timedelta(days=1)),
            ]
        ):
            s.add(
                Finding(
                    key=f"k{i}",
                    rule_id="r",
                    kind=kind,
                    severity="warning",
                    status="open",
                    first_seen_on=first,
                    last_seen_on=night,
                )
            )
    assert new_findings_by_kind(engine, night) == {"missing_notice": 2, "late_posting": 1}
