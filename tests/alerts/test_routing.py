"""Routing by the one primary 责任单位, the office flag for units without recipients, evidence links."""

from __future__ import annotations

import datetime as dt
import logging
import re
from email.message import EmailMessage
from pathlib import Path

import pytest
from alerts_mailserver import SmtpServer
from sqlalchemy import Engine, func, select

from alerts import send_digests
from pubwatch.config import Config
from storage.db import session_scope
from storage.models import AlertSent, DocumentVersion
from tests.dashboards.demo_data import add_finding, add_notice

D1 = dt.date(2026, 3, 2)
D2 = dt.date(2026, 3, 3)
FLAG = "未配置收件人的责任单位"


def _plain_html(msg: EmailMessage) -> tuple[str, str]:
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


def _ids(text: str) -> set[int]:
    return {int(m) for m in re.findall(r"问题编号：(\d+)", text)}


@pytest.fixture()
def units_config(tmp_path: Path) -> Config:
    return Config(
        email_sender="pubwatch@jgb.example.gov.cn",
        email_office=["jgb@example.gov.cn"],
        email_units={
            "市财政局": ["czj@example.gov.cn"],
            " 市自然资源和规划局 ": ["zrzy@example.gov.cn"],  # hand-edited spacing still matches
            "市生态环境局": [],  # listed without an address: not configured
        },
        outbox_dir=str(tmp_path / "outbox"),
    )


def test_digests_route_by_the_primary_unit_and_flag_units_without_recipients(
    engine: Engine, units_config: Config, smtp: SmtpServer
) -> None:
    with session_scope(engine) as s:
        cz = add_finding(
            s,
            kind="missing_field",
            on=D1,
            unit="市财政局",
            notice=add_notice(s, title="市财政局采购结果公告", publish_date=D1),
        )
        zr = add_finding(
            s,
            kind="late_posting",
            on=D1,
            unit="市自然资源和规划局",
            notice=add_notice(s, title="土地出让结果公示", domain="land", publish_date=D1),
        )
        county = add_finding(
            s,
            kind="missing_field",
            on=D1,
            unit="江山市人民政府",
            notice=add_notice(s, title="江山市采购公告", region="330881", publish_date=D1),
        )
        eco = add_finding(
            s,
            kind="late_posting",
            on=D1,
            unit="市生态环境局",
            notice=add_notice(s, title="排污权交易结果", domain="emission", publish_date=D1),
        )
        nobody = add_finding(
            s,
            kind="missing_followup",
            on=D1,
            unit=None,
            domain="procurement",
            region="330800",
            title="某项目未发布合同公告",
        )
        ids = {"cz": cz.id, "zr": zr.id, "county": county.id, "eco": eco.id, "nobody": nobody.id}

    assert send_digests(engine, units_config, D1) == {"built": 3, "sent": 3, "queued": 0, "failed": 0}
    (czj,) = smtp.capture.by_recipient("czj@example.gov.cn")
    assert _ids(_plain_html(czj)[0]) == {ids["cz"]}
    (zrzy,) = smtp.capture.by_recipient("zrzy@example.gov.cn")
    assert "市自然资源和规划局" in str(zrzy["Subject"]) and _ids(_plain_html(zrzy)[0]) == {ids["zr"]}

    (office,) = smtp.capture.by_recipient("jgb@example.gov.cn")
    plain, html = _plain_html(office)
    assert _ids(plain) == set(ids.values())  # nothing dropped: every finding reaches the office
    flag_line = next(line for line in plain.splitlines() if line.startswith(f"!! {FLAG}："))
    for unit in ("江山市人民政府", "市生态环境局", "未明确责任单位"):
        assert f"{unit}（1 条）" in flag_line
    assert "市财政局" not in flag_line and "市自然资源和规划局" not in flag_line
    flagged_items = re.findall(rf"^\* .*（([^（）]+)，{FLAG}）\s*$", plain, re.M)
    assert sorted(flagged_items) == sorted(["江山市人民政府", "市生态环境局", "未明确责任单位"])
    assert html.count(FLAG) >= 1 + 3 + 3  # the banner, each flagged item, each unit row
    assert "（市财政局）" in plain  # a configured unit is not flagged

    # the next night: nothing is repeated, to anyone
    assert send_digests(engine, units_config, D2)["built"] == 0
    with session_scope(engine) as s:
        told = s.execute(select(AlertSent.recipient, func.count()).group_by(AlertSent.recipient)).all()
    assert dict(told) == {"office": 5, "unit:市财政局": 1, "unit:市自然资源和规划局": 1}


def test_without_an_office_address_unrouted_news_is_logged_not_lost(
    engine: Engine, units_config: Config, smtp: SmtpServer, caplog: pytest.LogCaptureFixture
) -> None:
    units_config.email_office = []
    with session_scope(engine) as s:
        add_finding(
            s,
            kind="missing_field",
            on=D1,
            unit="龙游县人民政府",
            notice=add_notice(s, title="龙游县公告", region="330825", publish_date=D1),
        )
    with caplog.at_level(logging.WARNING, logger="alerts.digest"):
        assert send_digests(engine, units_config, D1)["built"] == 0
    assert FLAG in caplog.text and "龙游县人民政府" in caplog.text
    # once the office is configured, the summary still carries it (it was never marked as told)
    units_config.email_office = ["jgb@example.gov.cn"]
    assert send_digests(engine, units_config, D2)["sent"] == 1
    (office,) = smtp.capture.by_recipient("jgb@example.gov.cn")
    assert "龙游县公告" in _plain_html(office)[0]


def test_evidence_reference_command_and_page_link(
    engine: Engine, units_config: Config, smtp: SmtpServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    evil_url = 'https://ggzy.qz.gov.cn/art/2026/3/2/art_1.html?a="><script>alert(2)</script>'
    with session_scope(engine) as s:
        n = add_notice(s, title="市财政局采购结果公告", publish_date=D1, url=evil_url)
        add_finding(s, kind="missing_field", on=D1, unit="市财政局", notice=n)
        hostile = add_notice(s, title="另一公告", publish_date=D1, url="javascript:alert(3)")
        add_finding(s, kind="late_posting", on=D1, unit="市财政局", notice=hostile)
        version = s.get(DocumentVersion, n.version_id)
        assert version is not None
        ref = f"document_versions/{version.id}@sha256:{version.sha256}"
    send_digests(engine, units_config, D1)
    (czj,) = smtp.capture.by_recipient("czj@example.gov.cn")
    plain, html = _plain_html(czj)
    # what the office can open without pubwatch: the original link and the archived copy's file name
    assert (
        f"存档副本：第 {version.id} 号页面存档（SHA-256 {version.sha256[:16]}…），见监测报表同目录 "
        f"evidence/{version.id}-{version.sha256[:16]}.html" in plain
    )
    assert (
        f"原页面：{evil_url}" in plain
        and "pubwatch evidence" not in plain
        and "pubwatch evidence" not in html
    )
    escaped = (
        "https://ggzy.qz.gov.cn/art/2026/3/2/art_1.html?a=&#34;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"
    )
    assert f'<a href="{escaped}">' in html
    assert "<script>" not in html
    assert 'href="javascript:' not in html and "javascript:alert(3)" in plain  # shown, never a link
    assert ref  # the stored version exists
