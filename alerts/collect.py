"""Find the finding events a recipient has not been told about yet, and shape them for a digest.

Why per event and per logical recipient: a finding can open, escalate, resolve and reopen; each of
those events is told once (``alerts_sent`` has one row per event and recipient), so re-running a
night, a crash after building a digest, or a second digest on the same day never repeats an event.
A resolution is only told to a recipient who was told about the finding before: a finding that
opened and was fixed between two digests is not news for anyone.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import Session

from monitor.messages import item_name, short_message
from storage.archive import archive_name
from storage.models import AlertSent, DocumentVersion, Finding, FindingEvent, Notice, Source
from vocabulary import (
    DOMAINS,
    EVENTS,
    KINDS,
    REGION_LABELS,
    SEVERITIES,
    UNKNOWN_UNIT,
    finding_dates,
    label,
    with_reason,
)
from vocabulary import severity_order as severity_rank

OFFICE = "office"
MAX_TITLE = 200
MAX_TEXT = 500
SECTIONS: dict[str, str] = {"new": "新发现", "escalated": "升级", "resolved": "已整改"}
#: The finding kind of the office's review list: a page prints an item's label but its value was not
#: read. It is never a unit's violation: unit digests never carry it, the office summary lists it
#: apart under REVIEW_SECTION, after the violations.
GAP_KIND = "extraction_gap"
REVIEW_SECTION = "待人工核对（未能识别）"

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\u200b-\u200f\u202a-\u202e]")


def unit_key(unit: str) -> str:
    """The logical recipient key of a responsible unit."""
    return f"unit:{unit}"


def normalize_unit(name: str | None) -> str:
    """The name of a 责任单位 as routing compares it: NFKC (full-width brackets and digits folded) and
    no whitespace, so ``"市自然资源和规划局 "`` in a hand-edited pubwatch.toml still matches the
    monitor's ``"市自然资源和规划局"``. ``""`` for a finding without a unit (never configured)."""
    if not name:
        return ""
    return "".join(unicodedata.normalize("NFKC", name).split())


def clean_text(value: Any, limit: int = MAX_TEXT) -> str:
    """Scraped text made safe to show: control and bidi characters removed, whitespace collapsed, bounded.

    HTML escaping is left to the template engine; this only removes what no template can fix.
    """
    text = _CONTROL.sub(" ", "" if value is None else str(value))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def safe_url(url: str | None) -> str | None:
    """Only http(s) links become clickable: a scraped ``javascript:`` URL must never be a link."""
    if not url:
        return None
    url = clean_text(url, 1000)
    return url if re.match(r"^https?://", url, re.IGNORECASE) else None


@dataclass
class Evidence:
    """A stored page version identified by id and content hash."""

    version_id: int | None
    sha256: str | None
    url: str | None = None

    @property
    def ref(self) -> str:
        """A path that names the exact stored bytes: ``document_versions/<id>@sha256:<hash>``."""
        vid = self.version_id if self.version_id is not None else "?"
        return f"document_versions/{vid}@sha256:{self.sha256 or '?'}"

    @property
    def archive(self) -> str:
        """The archived copy's file name beside the monitoring report (``evidence/…``), or ``""``."""
        return archive_name(self.version_id, self.sha256)

    @property
    def label(self) -> str:
        """How a reader names the archived copy: version number and the start of its SHA-256."""
        if self.version_id is None:
            return ""
        return f"第 {self.version_id} 号页面存档（SHA-256 {(self.sha256 or '?')[:16]}…）"


@dataclass
class DigestItem:
    """One finding as shown in an e-mail (all text already cleaned and bounded)."""

    finding_id: int
    section: str
    severity: str
    severity_label: str
    domain_label: str
    kind_label: str
    region_label: str
    unit: str
    title: str
    rule_id: str
    rule_name: str
    legal_source: str
    message: str
    dates: list[tuple[str, str]]
    page_url: str | None
    page_text: str
    evidence: list[Evidence]
    event_on: dt.date
    event_ids: list[int] = field(default_factory=list)
    event_names: list[str] = field(default_factory=list)
    unit_configured: bool = True  # False: the unit has no recipients, only the office is told
    merge_key: tuple[str, ...] = ()  # the same gap on the same notice (see merge_repeats)
    also_ids: list[int] = field(default_factory=list)  # findings merged into this item
    kind: str = ""  # finding kind code ('extraction_gap' items are the office's review list)
    item_label: str = ""  # the item a review entry is about, as the plan words it (e.g. 中标(成交)金额)
    source: str = ""  # the platform the notice was found on (its registry name, else its key)
    first_seen: dt.date | None = None

    @property
    def is_review(self) -> bool:
        """An extraction gap: the office checks the page; nobody is accused."""
        return self.kind == GAP_KIND

    @property
    def review_state(self) -> str:
        """How the review list names the entry: still to check, or gone (the item is now read, or the
        notice was withdrawn) — never 已整改, which would say a unit fixed something."""
        return "无需再核对（已可识别或页面已变更）" if self.section == "resolved" else "待核对"

    @property
    def sort_key(self) -> tuple[Any, ...]:
        return (
            list(SECTIONS).index(self.section),
            severity_rank(self.severity),
            self.domain_label,
            self.event_on,
            self.finding_id,
        )


@dataclass
class Pending:
    """What one recipient is owed: items to show, and every event id to mark as told."""

    recipient: str
    items: list[DigestItem]
    event_rows: list[tuple[int, int, str]]  # (event_id, finding_id, event)

    def listed(self, max_items: int) -> Pending:
        """What a message listing the first ``max_items`` items may mark as told.

        Why: a digest is capped (``alerts.render.MAX_ITEMS``); the findings left out were not told,
        so their events stay pending and lead the next digest. The events of findings that have no
        item at all (fixed before anyone was told) are still marked: they are never news.
        """
        shown = self.items[:max_items]
        if len(shown) == len(self.items):
            return self
        left_out = {fid for it in self.items[max_items:] for fid in (it.finding_id, *it.also_ids)}
        rows = [row for row in self.event_rows if row[1] not in left_out]
        return Pending(recipient=self.recipient, items=shown, event_rows=rows)


def pending_for(
    session: Session, recipient: str, as_of: dt.date, units: Iterable[str] | None = None
) -> Pending:
    """Events up to ``as_of`` not yet told to ``recipient``: the findings whose ``responsible_unit`` is
    one of ``units`` (the stored spellings of one unit), or all findings for the office (``None``)."""
    told = exists().where(and_(AlertSent.event_id == FindingEvent.id, AlertSent.recipient == recipient))
    stmt = (
        select(FindingEvent, Finding)
        .join(Finding, Finding.id == FindingEvent.finding_id)
        .where(FindingEvent.on <= as_of, ~told)
        .order_by(FindingEvent.finding_id, FindingEvent.on, FindingEvent.id)
    )
    if units is not None:
        names = sorted(set(units))
        if not names:
            return Pending(recipient=recipient, items=[], event_rows=[])
        # a unit is never told of an extraction gap, whatever unit name it was stored under
        stmt = stmt.where(Finding.responsible_unit.in_(names), Finding.kind != GAP_KIND)
    by_finding: dict[int, list[FindingEvent]] = defaultdict(list)
    findings: dict[int, Finding] = {}
    for ev, finding in session.execute(stmt):
        by_finding[ev.finding_id].append(ev)
        findings[finding.id] = finding
    told_before = _told_findings(session, recipient, list(by_finding))
    items: list[DigestItem] = []
    rows: list[tuple[int, int, str]] = []
    for fid, events in by_finding.items():
        rows.extend((ev.id, fid, ev.event) for ev in events)
        section = _section(events, fid in told_before)
        if section is None:
            continue
        items.append(_item(session, findings[fid], events, section))
    items = merge_repeats(items)
    items.sort(key=lambda it: it.sort_key)
    return Pending(recipient=recipient, items=items, event_rows=rows)


def merge_repeats(items: list[DigestItem]) -> list[DigestItem]:
    """One item per gap: findings of the same rule and field on the same notice (by title and project,
    e.g. raised on two platform copies before the monitor collapsed copies) become one item that lists
    the other finding numbers; every event behind them is still marked told."""
    out: list[DigestItem] = []
    seen: dict[tuple[Any, ...], DigestItem] = {}
    for it in sorted(items, key=lambda i: i.finding_id):
        key = (it.section, *it.merge_key)
        first = seen.get(key) if it.merge_key else None
        if first is None:
            if it.merge_key:
                seen[key] = it
            out.append(it)
            continue
        first.also_ids.append(it.finding_id)
        first.event_ids.extend(it.event_ids)
    return out


def _told_findings(session: Session, recipient: str, finding_ids: list[int]) -> set[int]:
    if not finding_ids:
        return set()
    told: set[int] = set()
    for chunk in range(0, len(finding_ids), 500):
        ids = finding_ids[chunk : chunk + 500]
        told.update(
            session.scalars(
                select(AlertSent.finding_id).where(
                    AlertSent.recipient == recipient,
                    AlertSent.finding_id.in_(ids),
                    AlertSent.event != "resolved",
                )
            )
        )
    return told


def _section(events: list[FindingEvent], told_before: bool) -> str | None:
    latest = events[-1].event
    if latest == "resolved":
        return "resolved" if told_before else None
    if any(ev.event in {"opened", "reopened"} for ev in events) or not told_before:
        return "new"
    if latest == "escalated":
        return "escalated"
    return "new"


def _item(session: Session, finding: Finding, events: list[FindingEvent], section: str) -> DigestItem:
    notice = session.get(Notice, finding.notice_id) if finding.notice_id else None
    title = finding.title or (notice.title if notice else "") or finding.message
    page = (notice.url if notice else None) or _first_url(finding.evidence)
    dates = [(k, clean_text(v, 40)) for k, v in finding_dates(finding.dates)]
    return DigestItem(
        finding_id=finding.id,
        section=section,
        severity=finding.severity or "",
        severity_label=label(SEVERITIES, finding.severity),
        domain_label=label(DOMAINS, finding.domain),
        kind_label=label(KINDS, finding.kind),
        kind=finding.kind or "",
        region_label=label(REGION_LABELS, finding.region),
        unit=clean_text(finding.responsible_unit or UNKNOWN_UNIT, MAX_TITLE),
        title=clean_text(title, MAX_TITLE) or "(无标题)",
        rule_id=clean_text(finding.rule_id, 128),
        rule_name=clean_text(rule_name(finding.rule_id), 200),
        legal_source=clean_text(finding.legal_source, 300),
        message=clean_text(short_message(finding.message) or finding.message),
        dates=dates,
        page_url=safe_url(page),
        page_text=clean_text(page or "", 300),
        evidence=evidence_for(session, finding, notice),
        event_on=events[-1].on,
        event_ids=[ev.id for ev in events],
        event_names=[label(EVENTS, ev.event) for ev in events],
        merge_key=_merge_key(finding, title),
        item_label=clean_text(with_reason(item_label(finding.field), finding.dates), 100)
        if finding.kind == GAP_KIND
        else "",
        source=clean_text(_source_name(session, finding.source_key), 100),
        first_seen=finding.first_seen_on,
    )


def _source_name(session: Session, key: str | None) -> str:
    """The platform's name from the registry (``sources``), else its key, else 未注明数据源."""
    if not key:
        return "未注明数据源"
    return session.scalar(select(Source.name).where(Source.key == key)) or key


@functools.cache
def _catalog() -> Any:
    from monitor.catalog import load_catalog

    try:
        return load_catalog()
    except Exception:  # a broken catalog must not stop the e-mails; the generic labels remain
        return None


def item_label(key: str | None) -> str:
    """The Chinese name of a field as the rules catalog words it (the internal key only when unknown)."""
    return item_name(key, _catalog())


def _merge_key(finding: Finding, title: str) -> tuple[str, ...]:
    name = "".join(clean_text(title, MAX_TITLE).split())
    if not name:
        return ()
    return (finding.rule_id or "", finding.field or "", name, "".join((finding.project_number or "").split()))


@functools.cache
def _rule_names() -> dict[str, str]:
    from monitor.catalog import load_catalog

    try:
        return {r.rule_id: r.name for r in load_catalog().rules}
    except Exception:  # a broken catalog must not stop the e-mails; the id stays hidden
        return {}


def rule_name(rule_id: str | None) -> str:
    """The rule's Chinese name from the catalog (never its internal id)."""
    return _rule_names().get(rule_id or "", "")


def _first_url(evidence: Any) -> str | None:
    for ev in evidence or []:
        if isinstance(ev, dict) and ev.get("url"):
            return str(ev["url"])
    return None


def evidence_for(session: Session, finding: Finding, notice: Notice | None) -> list[Evidence]:
    """The stored versions behind a finding: those the monitor listed, else the notice's current version."""
    out: list[Evidence] = []
    for ev in (finding.evidence or [])[:5]:
        if not isinstance(ev, dict):
            continue
        vid = ev.get("version_id")
        sha = ev.get("sha256")
        if vid is not None and not sha:
            version = session.get(DocumentVersion, int(vid))
            sha = version.sha256 if version else None
        if vid is not None or sha:
            out.append(
                Evidence(
                    int(vid) if vid is not None else None,
                    clean_text(sha, 64) or None,
                    safe_url(ev.get("url")),
                )
            )
    if not out and notice is not None and notice.version_id:
        version = session.get(DocumentVersion, notice.version_id)
        out.append(Evidence(notice.version_id, version.sha256 if version else None, safe_url(notice.url)))
    return out
