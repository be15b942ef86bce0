"""Synthetic data for the tests of alerts/dashboards/reports/scheduler, the demo screenshot and the benchmark.

Why it lives in ``tests/`` (it was ``dashboards/demo.py``): it is test data, and nothing in the
product uses it. Why a module and not fixtures: the screenshot script (``docs/make_screenshot.py``),
the 1M-notice benchmark (``bench/bench_report.py``) and several test folders need the same realistic
shape of data — notices with stored page versions, findings with their events, crawl health — written
through the real models, never through shortcuts the real pipeline would not take. They import it as
``tests.dashboards.demo_data`` (the repository root is on the path: pytest's ``pythonpath``, and the
scripts insert it themselves).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import random
from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from storage.models import (
    Channel,
    CrawlHealth,
    CrawlRun,
    Document,
    DocumentVersion,
    Finding,
    FindingEvent,
    Notice,
    Source,
)
from vocabulary import REGIONS

_counter = itertools.count(1)

UNITS_BY_DOMAIN: dict[str, str] = {
    "procurement": "市财政局",
    "construction": "市住建局",
    "land": "市自然资源和规划局",
    "mining": "市自然资源和规划局",
    "property": "市国资委",
    "emission": "市生态环境局",
    "housing": "市住建局",
}
TYPES: dict[str, list[str]] = {
    "procurement": ["procurement.tender", "procurement.result", "procurement.contract"],
    "construction": ["construction.tender", "construction.candidates", "construction.result"],
    "land": ["land.transfer_notice", "land.deal_result"],
    "mining": ["mining.transfer_notice", "mining.deal_result"],
    "property": ["property.transfer_notice", "property.deal_result"],
    "emission": ["emission.transfer_notice", "emission.deal_result"],
    "housing": ["housing.allocation", "housing.progress"],
}
SOURCES = [
    "qz_hanweb",
    "qz_epoint",
    "kecheng",
    "qujiang",
    "kaihua",
    "changshan",
    "longyou",
    "jiangshan",
    "zfcg",
]
RULES: dict[str, tuple[str, str]] = {
    "missing_field": ("procurement.result.fields", "《政府采购信息发布管理办法》第八条"),
    "late_posting": ("procurement.result.deadline", "《政府采购法实施条例》第四十三条（2个工作日内公告）"),
    "missing_followup": (
        "procurement.contract.followup",
        "《政府采购法实施条例》第五十条（合同签订之日起2个工作日内公告）",
    ),
    "silent_edit": ("any.silent_edit", "衢政办发〔2018〕73号 三（更正应发布更正公告）"),
}


def unit_of(domain: str, region: str) -> str:
    """The responsible unit of a (domain, region) pair: city bureaus for 市本级, county governments elsewhere."""
    if region == "330800":
        return UNITS_BY_DOMAIN.get(domain, "市公共资源交易中心")
    return f"{REGIONS.get(region, region)}人民政府"


def add_channel(
    session: Session, source_key: str, channel_key: str, domain: str, region: str, unit: str | None = None
) -> Channel:
    """A channel row so notices of this (source, channel) have a responsible unit."""
    ch = Channel(
        source_key=source_key,
        channel_key=channel_key,
        name=channel_key,
        domain=domain,
        notice_type=None,
        region=region,
        responsible_unit=unit or unit_of(domain, region),
    )
    session.add(ch)
    return ch


def add_notice(
    session: Session,
    *,
    title: str,
    domain: str = "procurement",
    notice_type: str | None = None,
    region: str = "330800",
    publish_date: dt.date,
    source_key: str = "qz_hanweb",
    channel_key: str | None = None,
    url: str | None = None,
    body: bytes | None = None,
) -> Notice:
    """A notice with its document and one stored page version (the evidence)."""
    n = next(_counter)
    channel_key = channel_key or f"{domain}-{region}"
    url = url or f"https://ggzy.qz.gov.cn/art/{publish_date:%Y/%m/%d}/art_{n}.html"
    body = body if body is not None else f"<html><body><h1>{title}</h1></body></html>".encode()
    doc = Document(
        source_key=source_key,
        channel_key=channel_key,
        item_key=f"item-{n}-{url}",
        url=url,
        list_title=title,
        list_date=publish_date,
    )
    version = DocumentVersion(
        document=doc,
        version_no=1,
        fetched_on=publish_date,
        url=url,
        sha256=hashlib.sha256(body).hexdigest(),
        size=len(body),
        body=body,
    )
    session.add_all([doc, version])
    session.flush()
    doc.current_version_id = version.id
    notice = Notice(
        document_id=doc.id,
        version_id=version.id,
        source_key=source_key,
        channel_key=channel_key,
        region=region,
        domain=domain,
        notice_type=notice_type or TYPES.get(domain, ["other.other"])[0],
        title=title,
        url=url,
        publish_date=publish_date,
    )
    session.add(notice)
    session.flush()
    return notice


def add_finding(
    session: Session,
    *,
    kind: str,
    on: dt.date,
    unit: str | None,
    notice: Notice | None = None,
    severity: str = "violation",
    domain: str | None = None,
    region: str | None = None,
    title: str | None = None,
    message: str = "",
    rule_id: str | None = None,
    legal_source: str | None = None,
    dates: dict[str, Any] | None = None,
    key: str | None = None,
    field: str | None = None,
    url: str | None = None,
) -> Finding:
    """An open finding with its ``opened`` event."""
    rule, source = RULES.get(kind, (f"demo.{kind}", "衢政办发〔2018〕73号"))
    finding = Finding(
        key=key or f"{kind}:{next(_counter)}",
        rule_id=rule_id or rule,
        kind=kind,
        severity=severity,
        status="open",
        domain=domain or (notice.domain if notice else None),
        region=region or (notice.region if notice else None),
        notice_type=notice.notice_type if notice else None,
        responsible_unit=unit,
        source_key=notice.source_key if notice else None,
        notice_id=notice.id if notice else None,
        field=field,
        url=url,
        title=title if title is not None else (notice.title if notice else ""),
        message=message,
        legal_source=legal_source or source,
        dates=dates or {},
        evidence=[],
        first_seen_on=on,
        last_seen_on=on,
    )
    session.add(finding)
    session.flush()
    add_event(session, finding, "opened", on)
    return finding


def add_item_finding(
    session: Session,
    notice: Notice,
    kind: str,
    field: str,
    unit: str,
    *,
    on: dt.date,
    message: str = "",
    dates: dict[str, Any] | None = None,
) -> Finding:
    """An open finding on one item (``field``) of a procurement result under its required-items rule,
    with the page's address: an ``extraction_gap`` (the office's review list) at severity info, any
    other kind a violation."""
    return add_finding(
        session,
        kind=kind,
        on=on,
        unit=unit,
        notice=notice,
        severity="info" if kind == "extraction_gap" else "violation",
        message=message,
        dates=dates,
        rule_id="procurement.result.fields",
        legal_source="衢政办发〔2018〕73号",
        field=field,
        url=notice.url,
    )


def add_source(session: Session) -> Source:
    """The registry row of 衢州市公共资源交易网 (qz_hanweb), the platform ``add_notice`` files notices under."""
    source = Source(
        key="qz_hanweb",
        name="衢州市公共资源交易网",
        family="hanweb",
        region="330800",
        base_url="https://ggzy.qz.gov.cn/",
    )
    session.add(source)
    return source


def add_event(
    session: Session, finding: Finding, event: str, on: dt.date, severity: str | None = None
) -> FindingEvent:
    """Record an event and apply it to the finding the way the monitor's lifecycle does."""
    if event == "resolved":
        finding.status, finding.resolved_on = "resolved", on
    elif event == "reopened":
        finding.status, finding.resolved_on = "open", None
    elif event == "escalated":
        finding.escalated_on = on
        if severity:
            finding.severity = severity
    finding.last_seen_on = on
    ev = FindingEvent(finding_id=finding.id, on=on, event=event, details={})
    session.add(ev)
    session.flush()
    return ev


def add_crawl(
    session: Session, night: dt.date, health: Sequence[dict[str, Any]], status: str = "ok"
) -> CrawlRun:
    """A finished crawl run with one health row per entry (keys of ``CrawlHealth``)."""
    start = dt.datetime.combine(night, dt.time(18, 0))  # 02:00 Asia/Shanghai in naive UTC
    run = CrawlRun(
        night=night,
        mode="nightly",
        started_at=start,
        finished_at=start + dt.timedelta(minutes=40),
        status=status,
    )
    session.add(run)
    session.flush()
    for h in health:
        session.add(CrawlHealth(run_id=run.id, night=night, **h))
    session.flush()
    return run


def populate_demo(
    session: Session,
    *,
    seed: int = 7,
    notices: int = 600,
    start: dt.date = dt.date(2026, 1, 5),
    days: int = 110,
    xss: bool = True,
) -> dict[str, int]:
    """A believable small corpus: notices over ``days`` days, ~10% with findings, 14 nights of crawl health."""
    rng = random.Random(seed)
    regions = list(REGIONS)
    for source in SOURCES:
        for domain in TYPES:
            for region in regions:
                add_channel(session, source, f"{domain}-{region}", domain, region)
    made = {"notices": 0, "findings": 0}
    for i in range(notices):
        domain = rng.choice(list(TYPES))
        region = rng.choice(regions)
        pub = start + dt.timedelta(days=rng.randrange(days))
        title = (
            f"{REGIONS[region]}{rng.choice(['某中学', '某医院', '城区道路', '某街道'])}项目公告（{i:04d}）"
        )
        if xss and i == 0:
            title = "<script>alert(1)</script>测试公告"
        notice = add_notice(
            session,
            title=title,
            domain=domain,
            notice_type=rng.choice(TYPES[domain]),
            region=region,
            publish_date=pub,
            source_key=rng.choice(SOURCES),
        )
        made["notices"] += 1
        roll = rng.random()
        if roll < 0.12 or (xss and i == 0):
            kind = "missing_field" if roll < 0.06 or i == 0 else "late_posting"
            add_finding(
                session,
                kind=kind,
                on=pub + dt.timedelta(days=1),
                unit=unit_of(domain, region),
                notice=notice,
                severity=rng.choice(["violation", "violation", "warning"]),
                message="缺少评审专家名单" if kind == "missing_field" else "定标后超过2个工作日才公告",
                dates={"publish_date": pub.isoformat(), "due_date": (pub - dt.timedelta(days=3)).isoformat()},
            )
            made["findings"] += 1
    for i in range(notices // 40):
        domain = rng.choice(list(TYPES))
        region = rng.choice(regions)
        on = start + dt.timedelta(days=rng.randrange(days))
        add_finding(
            session,
            kind="missing_followup",
            on=on,
            unit=unit_of(domain, region),
            domain=domain,
            region=region,
            title=f"{REGIONS[region]}项目（{i:03d}）未发布结果公告",
            message="应发布而未发布",
        )
        made["findings"] += 1
    last = start + dt.timedelta(days=days - 1)
    for back in range(14):
        night = last - dt.timedelta(days=back)
        health = []
        for src in SOURCES:
            broken = src == "kaihua" and back < 3
            health.append(
                {
                    "source_key": src,
                    "channel_key": "",
                    "requests": rng.randint(20, 80),
                    "pages": rng.randint(5, 20),
                    "listed": rng.randint(20, 60),
                    "new": rng.randint(0, 8),
                    "errors": {"http_5xx": 12} if broken else {},
                    "complete": not broken,
                    "finish_reason": "finished",
                    "blocked": False,
                }
            )
        add_crawl(session, night, health)
    return made
