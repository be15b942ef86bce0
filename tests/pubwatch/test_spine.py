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


@pytest.mark.postgres
def test_nightly_job_on_postgresql(tmp_path: Path, config: Config, pg_url: str) -> None:
    """The production path: the same night on PostgreSQL gives the same notices and findings as SQLite."""
    with replica_env(tmp_path / "var", seed=5, notices=120) as env:
        night = env.end_date
        sqlite_result = run_night(config, night, site_urls=env.site_urls, sources=["zfcg", "kecheng"],
                                  send_email=False, export_report=False)
        config.db_url = pg_url
        pg_result = run_night(config, night, site_urls=env.site_urls, sources=["zfcg", "kecheng"],
                              send_email=False, export_report=False)
        again = run_night(config, night, site_urls=env.site_urls, sources=["zfcg", "kecheng"],
                          send_email=False, export_report=False)
    assert pg_result.crawl.total("new") == sqlite_result.crawl.total("new") > 0
    assert pg_result.checks["by_kind"] == sqlite_result.checks["by_kind"]
    # re-running a night changes nothing: no new documents, no new findings
    assert again.crawl.total("new") == 0
    assert again.checks.get("new", 0) == 0
    engine = get_engine(pg_url)
    with engine.connect() as conn:
        notices = conn.exec_driver_sql("SELECT count(*) FROM notices").scalar()
        fields = conn.exec_driver_sql("SELECT count(*) FROM notice_fields").scalar()
    engine.dispose()
    assert notices == pg_result.crawl.total("new")
    assert fields > notices
