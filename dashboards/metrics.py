"""Completeness and timeliness figures, aggregated in SQL (GROUP BY), so 1M notices stay fast.

Definitions (also in docs/metrics.md and printed next to every figure of the dashboard):

- 应公开数 (``due``) = notices collected in the period + notices that should have been published but
  were not found (open ``missing_followup`` findings first seen in the period).
- 完整率 (completeness) = collected notices with no ``missing_field`` finding ÷ 应公开数. Notices with an
  ``extraction_gap`` (an item printed but not read: 未能识别，待人工核对) are counted apart
  (``to_review``) and never as incomplete; they are not open findings against a unit either.
- 及时率 (timeliness) = collected notices *with a statutory deadline* that have no ``late_posting``
  finding ÷ notices with a deadline that were due (those collected + the missing ones).

A missing notice is neither complete nor timely. Which notice types have a deadline is read from the
monitor's rules catalog (a type with a ``late_posting`` rule); a notice of another type is left out
of the timeliness figure altogether (it would otherwise count as "on time" and inflate the rate). A
notice with a ``late_posting`` finding counts as having a deadline whatever its type. Findings the
office dismissed (``status = 'dismissed'``) are ignored. The period is the notice's publish date (for
missing notices: the day the monitor first saw the gap); in the monthly trend a gap is filed under the
month its disclosure fell due. Units are the canonical names of the directory of 责任单位
(monitor/directory.py): a notice counts for its primary 责任单位, chosen as for its findings
(``monitor.units.notice_unit_sql``: county government, issuing body, lead department), then named
canonically.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, String, and_, case, cast, func, or_, select
from sqlalchemy.sql import ColumnElement

from monitor.directory import load_directory
from monitor.messages import short_message
from storage.archive import archive_name
from storage.models import CrawlHealth, DocumentVersion, Finding, Notice
from vocabulary import (
    DOMAINS,
    KINDS,
    REGIONS,
    SEVERITIES,
    STATUSES,
    UNKNOWN_UNIT,
    finding_dates,
    label,
    region_label,
    status_label,
)
from vocabulary import severity_order as severity_rank
from vocabulary.dates import as_date

IGNORED_STATUS = "dismissed"
COMPLETENESS_DEF = "完整率 = 要素齐全的已发布公告数 ÷ 应公开数（已发布公告数 + 应发未发数）"
TIMELINESS_DEF = (
    "及时率 = 按时发布的已发布公告数 ÷ 有法定时限的应公开数（有法定时限的已发布公告数 + 应发未发数）；"
    "无法定发布时限的公告类型不计入及时率"
)
DEFAULT_JURISDICTION = "quzhou"


def deadline_types(jurisdiction: str = DEFAULT_JURISDICTION) -> frozenset[str]:
    """Notice types that have a statutory publication deadline: those of the catalog's timing rules.

    Read from the monitor's rules catalog (read only), so the dashboard and the ``late_posting``
    checks always agree on which notices can be late.
    """
    from monitor.catalog import load_catalog

    catalog = load_catalog(jurisdiction)
    return frozenset(t for rule in catalog.rules if rule.kind == "late_posting" for t in rule.notice_types)


@dataclass
class Tally:
    """Counts behind the two rates for one group (a domain, a county, a unit, a month, or everything)."""

    key: str
    label: str
    notices: int = 0
    missing: int = 0
    incomplete: int = 0
    late: int = 0
    open_findings: int = 0
    timed: int = 0  # collected notices of a type with a statutory deadline (or found late)
    # collected notices with an item printed but not read (extraction_gap): counted apart, neither
    # complete nor incomplete until someone checks them (待人工核对)
    to_review: int = 0

    @property
    def due(self) -> int:
        return self.notices + self.missing

    @property
    def deadline_due(self) -> int:
        """The timeliness denominator: notices with a deadline that were due (collected + missing)."""
        return self.timed + self.missing

    @property
    def complete(self) -> int:
        return self.notices - self.incomplete

    @property
    def timely(self) -> int:
        return self.timed - self.late

    @property
    def completeness(self) -> float | None:
        return self.complete / self.due if self.due else None

    @property
    def timeliness(self) -> float | None:
        return self.timely / self.deadline_due if self.deadline_due else None

    def add(self, other: Tally) -> None:
        self.notices += other.notices
        self.missing += other.missing
        self.incomplete += other.incomplete
        self.late += other.late
        self.open_findings += other.open_findings
        self.timed += other.timed
        self.to_review += other.to_review

    def as_row(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "notices": self.notices,
            "missing": self.missing,
            "due": self.due,
            "complete": self.complete,
            "timed": self.timed,
            "deadline_due": self.deadline_due,
            "timely": self.timely,
            "completeness": self.completeness,
            "timeliness": self.timeliness,
            "open_findings": self.open_findings,
            "to_review": self.to_review,
        }


@dataclass
class Figures:
    """Everything the dashboard shows, except the findings list (streamed separately)."""

    date_from: dt.date | None
    date_to: dt.date | None
    total: Tally
    by_domain: list[Tally]
    by_region: list[Tally]
    by_unit: list[Tally]
    by_month: list[Tally]
    crawl: list[dict[str, Any]] = field(default_factory=list)
    findings_total: int = 0
    unknown_units: list[str] = field(default_factory=list)  # names the directory of 责任单位 does not know


def _month(engine: Engine, col: Any) -> ColumnElement[str]:
    if engine.dialect.name == "postgresql":
        return func.to_char(col, "YYYY-MM")
    return func.strftime("%Y-%m", col)


def _period(col: Any, date_from: dt.date | None, date_to: dt.date | None) -> list[ColumnElement[bool]]:
    conds: list[ColumnElement[bool]] = []
    if date_from:
        conds.append(col >= date_from)
    if date_to:
        conds.append(col <= date_to)
    return conds


def compute(
    engine: Engine,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    *,
    timed_types: Iterable[str] | None = None,
    jurisdiction: str = DEFAULT_JURISDICTION,
) -> Figures:
    """All figures for the period (inclusive bounds; ``None`` = open).

    ``timed_types``: the notice types with a deadline (default: from the jurisdiction's catalog).
    """
    timed = sorted(deadline_types(jurisdiction) if timed_types is None else set(timed_types))
    cube: list[tuple[str, str, str, str, Tally]] = []
    # a late posting or a missing notice whose deadline falls in a year no official calendar describes
    # (待官方日历确认 / 日历未知) is left out of both rates until the year is described
    uncertain = func.coalesce(Finding.dates["calendar"].as_string(), "") != ""
    flags = (
        select(
            Finding.notice_id.label("notice_id"),
            func.max(case((Finding.kind == "missing_field", 1), else_=0)).label("mf"),
            func.max(case((and_(Finding.kind == "late_posting", ~uncertain), 1), else_=0)).label("lp"),
            func.max(case((and_(Finding.kind == "late_posting", uncertain), 1), else_=0)).label("pv"),
            func.max(case((Finding.kind == "extraction_gap", 1), else_=0)).label("eg"),
        )
        .where(Finding.notice_id.is_not(None), Finding.status != IGNORED_STATUS)
        .group_by(Finding.notice_id)
        .subquery()
    )
    directory = load_directory(jurisdiction)
    # each notice counts for its primary 责任单位, chosen exactly as for its findings (monitor.units)
    from monitor.catalog import load_catalog
    from monitor.units import notice_unit_sql

    nu = (
        select(
            Notice.id.label("id"),
            Notice.domain.label("domain"),
            Notice.region.label("region"),
            Notice.notice_type.label("notice_type"),
            Notice.publish_date.label("publish_date"),
            notice_unit_sql(load_catalog(jurisdiction), Notice.region, Notice.domain, Notice.id).label(
                "unit"
            ),
        )
        .where(*_period(Notice.publish_date, date_from, date_to))
        .subquery("nu")
    )
    month = _month(engine, nu.c.publish_date)
    q = (
        select(
            nu.c.domain,
            nu.c.region,
            nu.c.unit,
            month,
            func.count(),
            func.sum(func.coalesce(flags.c.mf, 0)),
            func.sum(func.coalesce(flags.c.lp, 0)),
            func.sum(
                case(
                    (
                        and_(
                            or_(nu.c.notice_type.in_(timed), flags.c.lp == 1),
                            or_(flags.c.lp == 1, func.coalesce(flags.c.pv, 0) == 0),
                        ),
                        1,
                    ),
                    else_=0,
                )
            ),
            func.sum(func.coalesce(flags.c.eg, 0)),
        )
        .select_from(nu)
        .outerjoin(flags, flags.c.notice_id == nu.c.id)
        .group_by(nu.c.domain, nu.c.region, nu.c.unit, month)
    )
    # A gap is filed under the month its disclosure fell due (the day it was first seen when it has no
    # deadline), so a backlog found in one night does not pile onto that night's month.
    fmonth = func.substr(
        func.coalesce(Finding.dates["deadline"].as_string(), cast(Finding.first_seen_on, String)), 1, 7
    )
    in_period = _period(Finding.first_seen_on, date_from, date_to)
    q_missing = (
        select(Finding.domain, Finding.region, Finding.responsible_unit, fmonth, func.count())
        .where(Finding.kind == "missing_followup", Finding.status != IGNORED_STATUS, ~uncertain, *in_period)
        .group_by(Finding.domain, Finding.region, Finding.responsible_unit, fmonth)
    )
    q_open = (
        select(Finding.domain, Finding.region, Finding.responsible_unit, fmonth, func.count())
        .where(
            Finding.status.in_(("open", "escalated", "reopened")),
            Finding.kind != "extraction_gap",
            *in_period,
        )
        .group_by(Finding.domain, Finding.region, Finding.responsible_unit, fmonth)
    )
    with engine.connect() as conn:
        # a notice is counted for the unit its findings would go to (monitor/directory.py, same rule)
        for d, r, u, m, n, mf, lp, tm, eg in conn.execute(q):
            unit = (directory.canonical(u) if u else None) or directory.primary(r, d)
            cube.append(
                (
                    d or "",
                    r or "",
                    unit,
                    m or "",
                    Tally(
                        "",
                        "",
                        notices=n,
                        incomplete=int(mf or 0),
                        late=int(lp or 0),
                        timed=int(tm or 0),
                        to_review=int(eg or 0),
                    ),
                )
            )
        for d, r, u, m, n in conn.execute(q_missing):
            cube.append((d or "", r or "", directory.display(u), m or "", Tally("", "", missing=n)))
        for d, r, u, m, n in conn.execute(q_open):
            cube.append((d or "", r or "", directory.display(u), m or "", Tally("", "", open_findings=n)))
        findings_total = conn.scalar(select(func.count()).select_from(Finding).where(*in_period)) or 0
    total = Tally("all", "全部")
    for *_, t in cube:
        total.add(t)
    return Figures(
        date_from=date_from,
        date_to=date_to,
        total=total,
        by_domain=_roll(cube, 0, lambda k: label(DOMAINS, k), order=list(DOMAINS)),
        by_region=_roll(cube, 1, region_label, order=list(REGIONS)),
        by_unit=_roll(cube, 2, lambda k: k or UNKNOWN_UNIT),  # keys are canonical names already
        by_month=sorted(_roll(cube, 3, lambda k: k or "日期不详"), key=lambda t: t.key),
        crawl=crawl_health(engine),
        findings_total=int(findings_total),
        unknown_units=sorted(directory.unknown),
    )


def _roll(
    cube: Iterable[tuple[Any, ...]], pos: int, namer: Any, order: list[str] | None = None
) -> list[Tally]:
    groups: dict[str, Tally] = {}
    for row in cube:
        key = row[pos]
        groups.setdefault(key, Tally(key, namer(key))).add(row[-1])
    out = list(groups.values())
    if order is not None:
        out.sort(key=lambda t: (order.index(t.key) if t.key in order else len(order), t.key))
    else:
        out.sort(key=lambda t: (-t.due, t.key))
    return out


def league(units: list[Tally]) -> list[Tally]:
    """Units ranked best first: mean of the two rates, then fewer open findings, then name."""

    def score(t: Tally) -> tuple[float, int, str]:
        rates = [r for r in (t.completeness, t.timeliness) if r is not None]
        return (-(sum(rates) / len(rates)) if rates else 1.0, t.open_findings, t.label)

    return sorted((t for t in units if t.due), key=score)


def crawl_health(engine: Engine, days: int = 30) -> list[dict[str, Any]]:
    """Per source: the last night's state and the share of complete nights over the last ``days`` nights."""
    with engine.connect() as conn:
        last_night = conn.scalar(select(func.max(CrawlHealth.night)))
        if last_night is None:
            return []
        since = last_night - dt.timedelta(days=days - 1)
        per_night = (
            select(
                CrawlHealth.source_key.label("src"),
                CrawlHealth.night.label("night"),
                func.min(case((CrawlHealth.complete, 1), else_=0)).label("ok"),
                func.max(case((CrawlHealth.blocked, 1), else_=0)).label("blocked"),
                func.sum(CrawlHealth.requests).label("requests"),
                func.sum(CrawlHealth.new).label("new"),
            )
            .where(CrawlHealth.night >= since)
            .group_by(CrawlHealth.source_key, CrawlHealth.night)
            .subquery()
        )
        rows = conn.execute(
            select(
                per_night.c.src,
                func.count(),
                func.sum(per_night.c.ok),
                func.sum(per_night.c.blocked),
                func.max(per_night.c.night),
                func.sum(per_night.c.requests),
                func.sum(per_night.c.new),
            )
            .group_by(per_night.c.src)
            .order_by(per_night.c.src)
        ).all()
        last_rows = conn.execute(
            select(
                CrawlHealth.source_key,
                CrawlHealth.night,
                CrawlHealth.complete,
                CrawlHealth.blocked,
                CrawlHealth.errors,
                CrawlHealth.finish_reason,
                CrawlHealth.new,
                CrawlHealth.requests,
            ).where(CrawlHealth.night >= since)
        ).all()
    latest: dict[str, dict[str, Any]] = {}
    for src, night, complete, blocked, errors, reason, new, requests in last_rows:
        cur = latest.get(src)
        if cur is None or night > cur["night"]:
            cur = latest[src] = {
                "night": night,
                "complete": True,
                "blocked": False,
                "errors": 0,
                "new": 0,
                "requests": 0,
                "reasons": set(),
            }
        elif night < cur["night"]:
            continue
        cur["complete"] &= bool(complete)
        cur["blocked"] |= bool(blocked)
        cur["errors"] += sum(v for v in (errors or {}).values() if isinstance(v, int | float))
        cur["new"] += new or 0
        cur["requests"] += requests or 0
        if reason:
            cur["reasons"].add(reason)
    out = []
    for src, nights, ok, blocked, last, _req, _new in rows:
        lt = latest.get(src, {})
        state = "正常" if lt.get("complete") else ("被拦截" if lt.get("blocked") else "不完整")
        out.append(
            {
                "source": src,
                "nights": nights,
                "complete_nights": int(ok or 0),
                "blocked_nights": int(blocked or 0),
                "complete_share": (int(ok or 0) / nights) if nights else None,
                "last_night": last,
                "last_state": state,
                "last_ok": bool(lt.get("complete")),
                "last_errors": int(lt.get("errors", 0)),
                "last_new": int(lt.get("new", 0)),
                "last_requests": int(lt.get("requests", 0)),
                "last_reason": ", ".join(sorted(lt.get("reasons", ()))),
            }
        )
    return out


FINDING_COLUMNS: list[tuple[str, str]] = [
    ("id", "编号"),
    ("first_seen_on", "发现日期"),
    ("status", "状态"),
    ("severity", "严重程度"),
    ("kind", "问题类型"),
    ("domain", "领域"),
    ("region", "地区"),
    ("unit", "责任单位"),
    ("overdue_wd", "逾期工作日"),
    ("due", "应公开截止日"),
    ("title", "公告标题"),
    ("message", "说明"),
    ("rule_name", "规则"),
    ("legal_source", "依据"),
    ("dates", "相关日期"),
    ("url", "原页面"),
    ("archive", "存档副本"),
    ("evidence", "存档校验（页面版本@SHA-256）"),
]


def evidence_ref(version_id: Any, sha256: Any) -> str:
    """``document_versions/<id>@sha256:<hash>``, or ``""`` without a stored version."""
    return f"document_versions/{version_id}@sha256:{sha256}" if version_id is not None and sha256 else ""


def _evidence_of(finding_evidence: Any, version_id: Any, sha256: Any) -> str:
    """The notice's stored version, else the first version the monitor listed on the finding."""
    ref = evidence_ref(version_id, sha256)
    if ref:
        return ref
    for ev in finding_evidence if isinstance(finding_evidence, list) else []:
        if isinstance(ev, dict) and str(ev.get("version_id", "")).isdigit() and ev.get("sha256"):
            sha = str(ev["sha256"])
            if len(sha) == 64 and all(c in "0123456789abcdef" for c in sha):
                return evidence_ref(int(ev["version_id"]), sha)
    return ""


STATUS_LABELS = STATUSES


def _rule_names(jurisdiction: str) -> dict[str, str]:
    from monitor.catalog import load_catalog

    try:
        return {r.rule_id: r.name for r in load_catalog(jurisdiction).rules}
    except Exception:  # a broken catalog must not stop the report; the column stays empty
        return {}


def lateness_wd(kind: str | None, dates: Any) -> int | None:
    """How late, in working days: the monitor's own count (``overdue_wd``: still missing), else for a
    late posting the working days from its deadline to its publication. ``None`` when not late or
    when the calendar does not describe the days in between."""
    from monitor.workdays import CalendarUnknown, working_days_between

    dates = dates if isinstance(dates, dict) else {}
    value = dates.get("overdue_wd")
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    if kind == "late_posting" and dates.get("deadline") and dates.get("published"):
        try:
            due = as_date(dates["deadline"])
            published = as_date(dates["published"])
            late = working_days_between(due, published)
        except (ValueError, CalendarUnknown):
            return None
        return late if late > 0 else None
    return None


def iter_findings(
    engine: Engine,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int | None = None,
    *,
    jurisdiction: str = DEFAULT_JURISDICTION,
) -> Iterator[dict[str, Any]]:
    """Findings with display labels, most serious and newest first; streamed in batches."""
    sev = case(*[(Finding.severity == code, i) for i, code in enumerate(SEVERITIES)], else_=len(SEVERITIES))
    still_open = case((Finding.status == "resolved", 1), (Finding.status == IGNORED_STATUS, 2), else_=0)
    q = (
        select(
            Finding.id,
            Finding.first_seen_on,
            Finding.status,
            Finding.severity,
            Finding.kind,
            Finding.domain,
            Finding.region,
            Finding.responsible_unit,
            Finding.title,
            Finding.message,
            Finding.rule_id,
            Finding.legal_source,
            Finding.dates,
            Notice.title,
            func.coalesce(Notice.url, Finding.url),
            Notice.version_id,
            DocumentVersion.sha256,
            Finding.evidence,
            Finding.rectified_on,
        )
        .select_from(Finding)
        .outerjoin(Notice, Notice.id == Finding.notice_id)
        .outerjoin(DocumentVersion, DocumentVersion.id == Notice.version_id)
        .where(*_period(Finding.first_seen_on, date_from, date_to))
        .order_by(still_open, sev, Finding.first_seen_on.desc(), Finding.id.desc())
    )
    if limit is not None:
        q = q.limit(limit)
    directory = load_directory(jurisdiction)
    rule_names = _rule_names(jurisdiction)
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=5000).execute(q)
        for (
            fid,
            seen,
            status,
            severity,
            kind,
            domain,
            region,
            unit,
            ftitle,
            message,
            rule_id,
            legal,
            dates,
            ntitle,
            url,
            version_id,
            sha,
            fevidence,
            rectified_on,
        ) in result:
            ref = _evidence_of(fevidence, version_id, sha)
            vid, _, digest = ref.removeprefix("document_versions/").partition("@sha256:")
            yield {
                "id": fid,
                "first_seen_on": seen.isoformat() if seen else "",
                "status": status_label(status, rectified_on),
                "severity": label(SEVERITIES, severity),
                "severity_rank": severity_rank(severity),
                "kind": label(KINDS, kind),
                "domain": label(DOMAINS, domain),
                "region": region_label(region),
                "unit": directory.display(unit),
                "title": (ftitle or ntitle or "")[:300],
                "message": (message or "")[:500],
                "summary": short_message(message)[:300],
                "rule_id": rule_id or "",
                "rule_name": rule_names.get(rule_id or "", ""),
                "legal_source": legal or "",
                "overdue_wd": lateness_wd(kind, dates),
                "due": str((dates or {}).get("deadline") or "")[:10] if isinstance(dates, dict) else "",
                "dates": "；".join(
                    f"{k} {v}" for k, v in finding_dates(dates if isinstance(dates, dict) else {})
                )[:300],
                "url": url or "",
                "archive": archive_name(int(vid), digest) if ref else "",
                "evidence": ref,
            }


def previous_period(date_from: dt.date, date_to: dt.date) -> tuple[dt.date, dt.date]:
    """The period before: the previous calendar year for a whole year, as many whole months before for
    whole months (a month, a quarter, a half-year), else the same number of days just before."""
    if (date_from.month, date_from.day, date_to.month, date_to.day) == (
        1,
        1,
        12,
        31,
    ) and date_from.year == date_to.year:
        return dt.date(date_from.year - 1, 1, 1), dt.date(date_to.year - 1, 12, 31)
    nxt = date_to + dt.timedelta(days=1)
    months = (nxt.year * 12 + nxt.month) - (date_from.year * 12 + date_from.month)
    if (
        date_from.day == 1 and nxt.day == 1 and months >= 1
    ):  # whole months (a quarter, a half-year): as many before
        start = date_from.year * 12 + date_from.month - 1 - months
        return dt.date(start // 12, start % 12 + 1, 1), date_from - dt.timedelta(days=1)
    days = (date_to - date_from).days + 1
    return date_from - dt.timedelta(days=days), date_from - dt.timedelta(days=1)


@dataclass
class UnitChange:
    """One 责任单位 in this period and the previous one (the dashboard's period comparison)."""

    key: str
    label: str
    current: Tally
    previous: Tally

    @staticmethod
    def _delta(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None else a - b

    @property
    def completeness_change(self) -> float | None:
        return self._delta(self.current.completeness, self.previous.completeness)

    @property
    def timeliness_change(self) -> float | None:
        return self._delta(self.current.timeliness, self.previous.timeliness)


def compare_units(current: Figures, previous: Figures) -> list[UnitChange]:
    """Per unit: this period's tally next to the previous period's (units of either period)."""
    cur = {t.key: t for t in current.by_unit}
    prev = {t.key: t for t in previous.by_unit}
    out = [
        UnitChange(
            k,
            (cur.get(k) or prev[k]).label,
            cur.get(k) or Tally(k, prev[k].label),
            prev.get(k) or Tally(k, cur[k].label),
        )
        for k in dict.fromkeys([*cur, *prev])
    ]
    out.sort(key=lambda c: (-c.current.due, -c.previous.due, c.label))
    return out
