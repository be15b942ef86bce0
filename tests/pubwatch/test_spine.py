"""The spine end to end: replica → spider → SQLite → findings → e-mail on a real SMTP server → dashboard.

Nothing is mocked: the replica serves generated notices over HTTP, the crawler runs as the child
process the nightly job uses, the monitor reads the database, the digest goes through aiosmtpd and
the dashboard is a file on disk.
"""

from __future__ import annotations

import email
import email.policy
import json
from pathlib import Path

import pytest

from pubwatch.config import Config
from pubwatch.nightly import run_night
from pubwatch.replica_env import replica_env
from storage.db import get_engine

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture()
def config(tmp_path: Path) -> Config:
    return Config(
        db_url=f"sqlite:///{tmp_path / 'pubwatch.db'}",
        report_dir=str(tmp_path / "reports"),
        registry=str(REPO / "crawler" / "sources.toml"),
        email_office=["office@example.gov.cn"],
        email_units={"市财政局": ["czj@example.gov.cn"], "市公共资源交易中心": ["jyzx@example.gov.cn"]},
        outbox_dir=str(tmp_path / "outbox"),
    )


def test_nightly_job_end_to_end(tmp_path: Path, config: Config) -> None:
    with replica_env(tmp_path / "var", seed=11, notices=160) as env:
        night = env.end_date
        result = run_night(config, night, site_urls=env.site_urls, sources=["zfcg"])
        received = env.sink.received if env.sink else 0
        mailbox = sorted((tmp_path / "var" / "mailbox").glob("*.eml"))
        manifest = env.manifest
        postings = [json.loads(line) for line in (env.corpus_dir / "postings.jsonl").read_text("utf-8").splitlines()]

    visible = [
        p for p in postings
        if p["site"] == "zfcg" and p["publish_date"] <= night.isoformat()
        and (p["removed_on"] is None or p["removed_on"] > night.isoformat())
    ]
    assert visible, "the corpus must put procurement notices on zfcg"
    crawl = result.crawl.sources["zfcg"]
    assert crawl["complete"] is True
    assert crawl["new"] == len(visible)

    engine = get_engine(config.db_url)
    with engine.connect() as conn:
        stored = conn.exec_driver_sql("SELECT count(*) FROM notices WHERE source_key='zfcg'").scalar()
        versions = conn.exec_driver_sql("SELECT count(*) FROM document_versions").scalar()
        open_findings = conn.exec_driver_sql("SELECT count(*) FROM findings WHERE status='open'").scalar()
    engine.dispose()
    assert stored == len(visible)
    assert versions >= stored  # every notice keeps its raw page as evidence

    planted = [d for d in manifest["defects"] if any(pid.startswith("zfcg") for pid in manifest["notices"].get(d.get("notice_id") or "", {}).get("postings", []))]
    assert open_findings > 0 or not planted
    assert result.checks.get("open", 0) == open_findings

    assert received >= 1 and mailbox, "a digest must arrive at the local SMTP server"
    msg = email.message_from_bytes(mailbox[0].read_bytes(), policy=email.policy.default)
    assert msg.get_body(("plain",)) is not None and msg.get_body(("html",)) is not None
    html_report = Path(result.report["html"])
    assert html_report.exists() and html_report.stat().st_size > 1000
    assert "<script>alert" not in html_report.read_text("utf-8")
