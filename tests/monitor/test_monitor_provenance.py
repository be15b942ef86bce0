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
    return {"key": key, "name": key, "family": "hanweb_column", "region": region, "base_url": "http://x",
            "channels": [{"key": "c1", "name": "合同公告", "domain": "procurement", "notice_type": notice_type,
                          "responsible_unit": "市财政局", "evidence": evidence}]}


def _missing_contract(engine: Engine, data: Data) -> dict:
    data.notice("procurement.result", D(2026, 2, 2), {"award_date": "2026-01-30", "experts": ["x"]},
                project_number="P-1", source="qz_hanweb")
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
    sync_sources(engine, [_source("qz_hanweb", "330800", "none"),
                          _source("zfcg", "330000", "fetch_zfcg idx 57395698769")])
    f = _missing_contract(engine, data)
    assert f["severity"] != QUESTION and f["responsible_unit"] != QUESTION_UNIT

