"""A missing posting only unverified channels could have shown is a question for the office."""

from __future__ import annotations

import datetime as dt

from conftest import Data
from sqlalchemy import Engine

import monitor
from monitor.provenance import QUESTION, QUESTION_UNIT
from storage.evidence import sync_sources

D = dt.date


def _source(key: str, region: str, evidence: str, notice_type: str = "procurement.contract") -> dict:
    return {
        "key": key,
        "name": key,
        "family": "hanweb_column",
        "region": region,
        "base_url": "http://x",
        "channels": [
            {
                "key": "c1",
                "name": "合同公告",
                "domain": "procurement",
                "notice_type": notice_type,
                "responsible_unit": "市财政局",
                "evidence": evidence,
            }
        ],
    }


def _missing_contract(engine: Engine, data: Data) -> dict:
    data.notice(
        "procurement.result",
        D(2026, 2, 2),
        {"award_date": "2026-01-30", "experts": ["x"]},
        project_number="P-1",
        source="qz_hanweb",
    )
    monitor.run_checks(engine, D(2026, 3, 7))
    fs = [f for f in monitor.findings_as_json(engine, D(2026, 3, 7)) if f["kind"] == "missing_followup"]
    assert len(fs) == 1
    return fs[0]


def test_only_unverified_channels_make_it_a_question(engine: Engine, data: Data) -> None:
    sync_sources(engine, [_source("qz_hanweb", "330800", "none")])
    f = _missing_contract(engine, data)
    assert f["kind"] == "missing_followup"  # the gap is still the same gap
    assert f["severity"] == QUESTION and f["responsible_unit"] == QUESTION_UNIT


def test_a_verified_channel_keeps_it_a_violation(engine: Engine, data: Data) -> None:
    sync_sources(
        engine,
        [_source("qz_hanweb", "330800", "none"), _source("zfcg", "330000", "fetch_zfcg idx 57395698769")],
    )
    f = _missing_contract(engine, data)
    assert f["severity"] != QUESTION and f["responsible_unit"] != QUESTION_UNIT


def test_a_channel_whose_notices_defy_its_type_is_not_leaned_on(engine: Engine, data: Data) -> None:
    """Verified, but last night its notices were not the declared type: the question goes to the office."""
    from storage.db import session_scope
    from storage.models import CrawlHealth, CrawlRun

    sync_sources(engine, [_source("qz_hanweb", "330800", "ZTC ZJ_city_3308")])
    with session_scope(engine) as s:
        run = CrawlRun(night=D(2026, 3, 6), mode="nightly", status="done", sources=["qz_hanweb"])
        s.add(run)
        s.flush()
        s.add(
            CrawlHealth(
                run_id=run.id,
                night=D(2026, 3, 6),
                source_key="qz_hanweb",
                channel_key="c1",
                complete=True,
                note="type_mismatch: 类型不符 4/6 notices are not procurement.contract",
            )
        )
    f = _missing_contract(engine, data)
    assert f["severity"] == QUESTION and f["responsible_unit"] == QUESTION_UNIT
