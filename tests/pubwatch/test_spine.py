"""The spine end to end: replica → spider → SQLite → findings → e-mail on a real SMTP server → dashboard.

Nothing is mocked: the replica serves generated notices over HTTP, the crawler runs as the child
process the nightly job uses, the monitor reads the database, the digest goes through aiosmtpd and
the dashboard is a file on disk.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
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
    # zfcg's first nightly walk asks for the removal sweep's window only (its real list is years
    # deep: crawler.families.zfcg.publish_window); a ten-year sweep puts the whole corpus in reach.
    config = dataclasses.replace(config, sweep_days=3650)
    with replica_env(tmp_path / "var", seed=2, notices=160) as env:  # zfcg defects a night can see
        night = env.end_date
        result = run_night(config, night, site_urls=env.site_urls, sources=["zfcg"])
        received = env.sink.received if env.sink else 0
        mailbox = sorted((tmp_path / "var" / "mailbox").glob("*.eml"))
        manifest = env.manifest
        postings = [
            json.loads(line) for line in (env.corpus_dir / "postings.jsonl").read_text("utf-8").splitlines()
        ]

    window_start = night - dt.timedelta(days=config.sweep_days)
    visible = [
        p
        for p in postings
        if p["site"] == "zfcg"
        and window_start.isoformat() <= p["publish_date"] <= night.isoformat()
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

    visible_ids = {p["posting_id"] for p in visible}
    planted = [
        d
        for d in manifest["defects"]
        if any(
            pid in visible_ids
            for pid in manifest["notices"].get(d.get("notice_id") or "", {}).get("postings", [])
        )
    ]
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
        sqlite_result = run_night(
            config,
            night,
            site_urls=env.site_urls,
            sources=["zfcg", "kecheng"],
            send_email=False,
            export_report=False,
        )
        config.db_url = pg_url
        pg_result = run_night(
            config,
            night,
            site_urls=env.site_urls,
            sources=["zfcg", "kecheng"],
            send_email=False,
            export_report=False,
        )
        again = run_night(
            config,
            night,
            site_urls=env.site_urls,
            sources=["zfcg", "kecheng"],
            send_email=False,
            export_report=False,
        )
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


def test_after_a_run_every_unit_appears_once_and_emails_speak_the_office_language(tmp_path: Path) -> None:
    """The office's view after a `make run`-like night over county, city and provincial sources:

    - every 责任单位 appears once in every table and ranking of the dashboard and the workbook, and
      only under a canonical name of the directory;
    - no e-mail carries an internal key or a command;
    - no notice appears twice in one digest.
    """
    import re
    from collections import Counter

    from openpyxl import load_workbook

    from monitor.directory import load_directory
    from vocabulary import UNKNOWN_UNIT

    directory = load_directory()
    units = {
        "市财政局": ["czj@example.gov.cn"],
        "柯城区政府": ["kc@example.gov.cn"],  # an alias routes as the unit
        "市发展和改革委员会": ["fgw@example.gov.cn"],
        "江山市人民政府": ["js@example.gov.cn"],
        "市公共资源交易中心": ["jyzx@example.gov.cn"],
    }
    config = Config(
        db_url=f"sqlite:///{tmp_path / 'pubwatch.db'}",
        report_dir=str(tmp_path / "reports"),
        registry=str(REPO / "crawler" / "sources.toml"),
        email_office=["office@example.gov.cn"],
        email_units=units,
        outbox_dir=str(tmp_path / "outbox"),
    )
    with replica_env(tmp_path / "var", seed=13, notices=220) as env:
        result = run_night(
            config,
            env.end_date,
            site_urls=env.site_urls,
            sources=["zfcg", "kecheng", "jiangshan", "zjggzy", "qz_hanweb"],
        )
        mailbox = sorted((tmp_path / "var" / "mailbox").glob("*.eml"))
    assert result.checks.get("open", 0) > 0, "the corpus plants gaps on these sources"

    # the dashboard and the workbook: each unit once per table, canonical names only
    html = Path(result.report["html"]).read_text("utf-8")
    known = set(directory.units) | {UNKNOWN_UNIT}
    for section in ("by-unit", "league"):
        block = html.split(f'<section id="{section}">', 1)[1].split("</section>", 1)[0]
        names = re.findall(r'<tr data-key="[^"]*"><td(?: class="n")?>(?:\d+</td><td>)?([^<]+)</td>', block)
        assert names, section
        assert [n for n, c in Counter(names).items() if c > 1] == [], section
        assert set(names) <= known, set(names) - known
    wb = load_workbook(Path(result.report["html"]).with_name("report.xlsx"), read_only=True)
    for sheet, col in (("按责任单位", 0), ("责任单位排名", 1)):
        rows = list(wb[sheet].iter_rows(values_only=True))[1:]
        names = [r[col] for r in rows]
        assert names and len(names) == len(set(names)), (sheet, names)
        assert set(names) <= known, set(names) - known
    issues = list(wb["问题清单"].iter_rows(values_only=True))
    unit_col = list(issues[0]).index("责任单位")
    assert {r[unit_col] for r in issues[1:]} <= known

    # the e-mails: no internal key, no command, no notice twice in one digest
    assert mailbox
    listed = 0
    for path in mailbox:
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        plain = msg.get_body(("plain",)).get_content()
        html_part = msg.get_body(("html",)).get_content()
        for key in ("serious", "as_of", "overdue_wd", "pubwatch ", "document_versions/"):
            assert key not in plain and key not in html_part, (path.name, key)
        titles = re.findall(r"^\* (.+?)(?:（[^（）]*）)?\s*$", plain, re.M)
        repeated = [t for t, c in Counter(titles).items() if c > 1]
        # the same title twice is allowed only for different gaps (rule), never the same item twice
        items = re.findall(
            r"^\* (.+?)(?:（[^（）]*）)?\s*\n  问题编号：\d+.*\n  问题：([^\n]+)\n  规则：([^\n]+)",
            plain,
            re.M,
        )
        assert len(items) == len(set(items)), (path.name, repeated)
        listed += len(items)
    assert listed >= result.checks.get("open", 0) > 0  # the regex saw the items (office summary lists all)
