"""Extraction gaps (未能识别，待人工核对) in the e-mails, against a real SMTP server on localhost: the office
summary lists them in a section of their own after the violations; a unit's digest never carries one."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from alerts_mailserver import SmtpServer
from sqlalchemy import Engine, select

from alerts import send_digests
from alerts.collect import REVIEW_SECTION, item_label
from monitor.catalog import load_catalog
from monitor.messages import field_label
from pubwatch.config import Config
from storage.db import session_scope
from storage.models import AlertSent, Notice
from tests.dashboards.demo_data import add_item_finding, add_notice, add_source
from vocabulary import KINDS, REVIEW_UNIT, TYPE_INFERRED_REASON

D1 = dt.date(2026, 3, 2)
D2 = dt.date(2026, 3, 3)
XSS = "<script>alert(1)</script>某中学采购结果公告"


def _parts(msg: EmailMessage) -> tuple[str, str]:
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    assert plain is not None and html is not None
    return plain.get_content(), html.get_content()


def _notice(s, title: str, url: str) -> Notice:
    return add_notice(s, title=title, url=url, publish_date=D1, channel_key="cg")


def _seed(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as s:
        add_source(s)
        n1 = _notice(s, XSS, "https://ggzy.qz.gov.cn/art/2026/3/2/art_1.html")
        n2 = _notice(s, "某道路工程采购结果公告", "https://ggzy.qz.gov.cn/art/2026/3/2/art_2.html")
        violation = add_item_finding(
            s, n2, "missing_field", "winner", "市财政局", on=D1, message="缺少中标供应商"
        )
        # an item the notice lacks while its type was only inferred from its body: the reason goes along
        gap = add_item_finding(
            s,
            n1,
            "extraction_gap",
            "amount",
            REVIEW_UNIT,
            on=D1,
            message="未能识别，待人工核对：公告类型由正文推断",
            dates={"reason": TYPE_INFERRED_REASON},
        )
        # a gap stored under a unit's name (an older monitor, a hand edit): still never the unit's news
        stray = add_item_finding(
            s, n2, "extraction_gap", "budget", "市财政局", on=D1, message="未能识别，待人工核对：载有「预算」"
        )
        return {"violation": violation.id, "gap": gap.id, "stray": stray.id}


def test_office_lists_gaps_under_review_after_violations_and_units_never_see_them(
    engine: Engine, config: Config, smtp: SmtpServer
) -> None:
    ids = _seed(engine)
    config.email_units[REVIEW_UNIT] = [
        "review@example.gov.cn"
    ]  # even a unit configured under the review name
    result = send_digests(engine, config, D1)
    assert result["failed"] == 0

    (czj,) = smtp.capture.by_recipient("czj@example.gov.cn")
    plain, html = _parts(czj)
    assert str(ids["violation"]) in plain and "缺少中标供应商" in plain
    for text in (plain, html, str(czj["Subject"])):
        assert REVIEW_SECTION not in text and KINDS["extraction_gap"] not in text and "待人工核对" not in text
        assert f"问题编号：{ids['stray']}" not in text and "某中学采购结果公告" not in text
    assert "新发现 1 条" in czj["Subject"]
    assert smtp.capture.by_recipient("review@example.gov.cn") == []  # nobody is sent a gap as their own

    (office,) = smtp.capture.by_recipient("jgb@example.gov.cn")
    o_plain, o_html = _parts(office)
    assert "新发现 1 条" in office["Subject"] and "待人工核对 2 条" in office["Subject"]
    # its own section, after the violations
    assert o_plain.index("== 新发现（1 条） ==") < o_plain.index(f"== {REVIEW_SECTION}（2 条） ==")
    review = o_plain[o_plain.index(f"== {REVIEW_SECTION}") :]
    violations = o_plain[: o_plain.index(f"== {REVIEW_SECTION}")]
    assert f"问题编号：{ids['gap']}" in review and f"问题编号：{ids['stray']}" in review
    assert f"问题编号：{ids['gap']}" not in violations and f"问题编号：{ids['violation']}" in violations
    catalog = load_catalog()
    assert f"未能识别的事项：{field_label('amount', catalog)}（{TYPE_INFERRED_REASON}）" in review
    assert f"未能识别的事项：{field_label('budget', catalog)}" in review
    assert f"未能识别的事项：{field_label('budget', catalog)}（" not in review  # an unread label: no reason
    assert "数据源（平台）：衢州市公共资源交易网" in review and f"发现日期：{D1.isoformat()}" in review
    assert "原页面：https://ggzy.qz.gov.cn/art/2026/3/2/art_1.html" in review and "存档副本：第 " in review
    assert "<script>alert(1)</script>某中学采购结果公告" in review  # plain text shows it as text
    # the per-unit table counts violations only; the review unit is not a unit
    assert REVIEW_UNIT not in violations.split("==")[0]
    assert "&lt;script&gt;" in o_html and "<script>" not in o_html
    h_review = o_html[o_html.index('id="review"') :]
    assert o_html.index("新发现（1 条）") < o_html.index('id="review"')
    assert (
        field_label("amount", catalog) in h_review
        and 'href="https://ggzy.qz.gov.cn/art/2026/3/2/art_1.html"' in h_review
    )

    with session_scope(engine) as s:  # told once, to the office only
        told = set(s.execute(select(AlertSent.finding_id, AlertSent.recipient)).all())
    assert (ids["gap"], "office") in told and (ids["stray"], "office") in told
    assert not any(fid in (ids["gap"], ids["stray"]) and rcp != "office" for fid, rcp in told)
    assert send_digests(engine, config, D2)["built"] == 0  # nothing repeated the next night


def test_item_label_is_the_plans_wording() -> None:
    assert item_label("amount") == field_label("amount", load_catalog()) != "amount"
    assert item_label(None) == "未注明事项"
