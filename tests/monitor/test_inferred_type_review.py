"""Never accuse on a type we guessed (issue 12 item 3): a notice typed on body cues alone is never held to
its type's required items.

A result read as a tender lacks a tender's items naturally; when no title, heading or channel names
the type, the type is our inference, and an item the notice lacks goes to the office's review list
(类型由正文推断，待人工核对), never to the responsible unit as 要素缺失. The same page under a title naming
its type keeps the finding. End to end: real extraction → storage → the night's SQL check, on SQLite
(both the key-set fast path and the row count) and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import store_extracted
from sqlalchemy import Engine, delete, select

import monitor
from extractors import extract
from monitor.checks import REVIEW_UNIT
from monitor.required import required_detail, required_status
from storage.db import get_engine, init_db
from storage.models import Notice, NoticeKeySet
from vocabulary import TYPE_INFERRED_REASON

D = dt.date
AS_OF = D(2026, 4, 20)

# a construction result with its winner and price but no 投诉渠道 (a required item of a result)
PAGE = (
    "<h1 class='title'>{title}</h1><p>项目编号：{number}</p>"
    "<p>中标人：甲建设有限公司</p><p>中标价：120万元</p>"
    "<p>衢州市某某建设有限公司</p><p>2026年3月5日</p>"
)
NAMED = "某某道路工程中标结果公告"  # the title names the type
UNNAMED = "某某道路工程"  # it does not: the type comes from the body's 中标人/中标价 items


def _page(title: str, number: str) -> bytes:
    return PAGE.format(title=title, number=number).encode()


def _complaint_findings(engine: Engine) -> dict[str, dict]:
    monitor.run_checks(engine, AS_OF)
    return {
        f["project_number"]: f
        for f in monitor.findings_as_json(engine, AS_OF)
        if f.get("field") == "complaint_channel"
    }


def test_extraction_says_what_the_type_rests_on() -> None:
    named, unnamed = extract(_page(NAMED, "GC-1")), extract(_page(UNNAMED, "GC-2"))
    assert named.notice_type == unnamed.notice_type == "construction.result"
    assert (named.type_basis, unnamed.type_basis) == ("title", "body")
    assert named.type_provenance is not None and named.type_provenance.snippet == NAMED
    assert named.type_provenance.confidence > unnamed.type_provenance.confidence  # type: ignore[union-attr]
    assert named.to_dict()["type_basis"] == "title"
    # the crawler's list title names it; the channel's declared type names it
    listed = extract(_page(UNNAMED, "GC-3"), hint={"title": "某某道路工程中标结果公示"})
    assert (listed.notice_type, listed.type_basis) == ("construction.result", "title")
    declared = extract(_page(UNNAMED, "GC-4"), hint={"notice_type": "construction.result"})
    assert declared.type_basis == "hint"


def test_required_status_of_an_inferred_type_is_a_gap_with_its_reason() -> None:
    named, unnamed = extract(_page(NAMED, "GC-1")).to_dict(), extract(_page(UNNAMED, "GC-2")).to_dict()
    assert required_status(named) == {"winner": "read", "complaint_channel": "missing"}
    assert required_status(unnamed) == {"winner": "read", "complaint_channel": "gap"}
    assert required_detail(unnamed)["complaint_channel"] == ("gap", TYPE_INFERRED_REASON)
    # a record with no basis (stored before it was recorded) counts as confirmed
    assert required_status({**unnamed, "type_basis": None})["complaint_channel"] == "missing"


@pytest.mark.parametrize("path", ["key_sets", "row_count"])
def test_nightly_check_sends_an_inferred_type_to_review_not_to_the_unit(engine: Engine, path: str) -> None:
    store_extracted(engine, _page(NAMED, "GC-1"), "a1")
    store_extracted(engine, _page(UNNAMED, "GC-2"), "a2")
    store_extracted(engine, _page(UNNAMED, "GC-3"), "a3", basis=False)  # stored before the basis existed
    store_extracted(
        engine, _page(UNNAMED, "GC-4"), "a4", title="某某道路工程中标结果公示"
    )  # the list title names it
    with engine.begin() as conn:
        stored = dict(conn.execute(select(Notice.project_number, Notice.type_basis)).all())
        if path == "row_count":  # a notice stored around storage.evidence: the night counts rows instead
            conn.execute(delete(NoticeKeySet).where(NoticeKeySet.notice_id == 1))
    assert stored == {"GC-1": "title", "GC-2": "body", "GC-3": None, "GC-4": "title"}
    fs = _complaint_findings(engine)
    assert {k: f["kind"] for k, f in fs.items()} == {
        "GC-1": "missing_field",
        "GC-2": "extraction_gap",
        "GC-3": "missing_field",  # no basis: confirmed, today's behaviour
        "GC-4": "missing_field",
    }
    gap = fs["GC-2"]
    assert gap["responsible_unit"] == REVIEW_UNIT and gap["severity"] == "info"
    assert TYPE_INFERRED_REASON in gap["message"] and "投诉" in gap["message"]
    assert fs["GC-1"]["responsible_unit"] != REVIEW_UNIT


def test_a_label_printed_without_value_keeps_its_own_reason(engine: Engine) -> None:
    """Both at once (type inferred, label printed but not read): the label's gap message, not the type's."""
    body = _page(UNNAMED, "GC-5").replace("<p>中标价".encode(), "<p>投诉渠道：</p><p>中标价".encode(), 1)
    rec = store_extracted(engine, body, "b1")
    assert rec["type_basis"] == "body" and rec["gaps"] == {"complaint_channel": "投诉渠道"}
    assert required_detail(rec)["complaint_channel"][1].startswith("载有「投诉渠道」")
    f = _complaint_findings(engine)["GC-5"]
    assert f["kind"] == "extraction_gap" and "载有「" in f["message"]
    assert TYPE_INFERRED_REASON not in f["message"]


def test_review_list_names_the_reason(engine: Engine) -> None:
    from dashboards.review import iter_review

    store_extracted(engine, _page(UNNAMED, "GC-2"), "a2")
    _complaint_findings(engine)
    items = [r["item"] for r in iter_review(engine)]
    assert len(items) == 1 and TYPE_INFERRED_REASON in items[0]


def test_a_database_at_0002_gains_the_column_and_its_notices_count_as_confirmed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from alembic import command

    from storage.db import alembic_config

    engine = get_engine(f"sqlite:///{tmp_path / 'old.db'}")
    command.upgrade(alembic_config(engine), "0002")
    with engine.connect() as conn:
        cols = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(notices)")]
    assert "type_basis" not in cols
    init_db(engine)
    store_extracted(engine, _page(UNNAMED, "GC-3"), "a3", basis=False)
    assert _complaint_findings(engine)["GC-3"]["kind"] == "missing_field"
    engine.dispose()


@pytest.mark.postgres
def test_inferred_type_on_postgresql(pg_url: str) -> None:
    engine = get_engine(pg_url)
    try:
        init_db(engine)
        store_extracted(engine, _page(NAMED, "GC-1"), "a1")
        store_extracted(engine, _page(UNNAMED, "GC-2"), "a2")
        store_extracted(engine, _page(UNNAMED, "GC-3"), "a3", basis=False)
        fs = _complaint_findings(engine)
        assert {k: f["kind"] for k, f in fs.items()} == {
            "GC-1": "missing_field",
            "GC-2": "extraction_gap",
            "GC-3": "missing_field",
        }
        assert TYPE_INFERRED_REASON in fs["GC-2"]["message"]
    finally:
        engine.dispose()
