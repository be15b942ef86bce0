"""Writes of the crawler's evidence: sources and channels, runs and their health, documents, their
versions, and the notices extracted from them.

Why these rules: every write here is idempotent and keyed on stable ids — ``(source_key,
item_key)`` for a document, ``(document, sha256)`` for a version, one notice per document — so a
crawl killed half-way (SIGKILL) and run again loses nothing and duplicates nothing. Each page is
written in its own short transaction. Dates that mean "when did pubwatch see this" (first seen,
last listed, removed on) are the crawl *night*, a parameter, so that simulations can run many
nights in minutes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, func, or_, select, update

from storage import facts, projects
from storage.db import session_scope
from storage.models import (
    Channel,
    CrawlHealth,
    CrawlRun,
    Document,
    DocumentVersion,
    Finding,
    Notice,
    NoticeField,
    RobotsCache,
    Source,
    utcnow,
)
from vocabulary.dates import ISO_DATE_LEN, as_date

URL_LEN = 1000  # Document.url, DocumentVersion.url, Notice.url


@dataclass(frozen=True, slots=True)
class KnownDocument:
    """What the crawler needs to know about a document it already has."""

    id: int
    item_key: str
    channel_key: str
    url: str
    list_date: dt.date | None
    sha256: str | None
    removed_at: dt.date | None
    last_checked: dt.date | None
    first_seen_on: dt.date | None
    notice_type: str | None = None  # the extracted notice's type (None: no notice stored yet)
    deadline: dt.date | None = None  # the latest date among the notice's DEADLINE_KEYS (None: none read)
    etag: str | None = None  # the current version's ETag / Last-Modified, for a conditional re-check
    last_modified: str | None = None
    #: the first day a finding still open on this notice was seen (None: no open finding). A fix (整改)
    #: shows on the notice's own page, so the crawler keeps re-checking it while the finding is open.
    open_finding_since: dt.date | None = None


#: extracted fields whose date ends the time a notice is open to bids, applications or objections
#: (``schedule`` is the text of a land/mining listing's 挂牌/竞价 dates: its latest date counts)
DEADLINE_KEYS: tuple[str, ...] = ("bid_deadline", "opening_time", "publicity_end", "schedule")
#: finding statuses that still ask the responsible unit for a fix
OPEN_FINDING_STATUSES: tuple[str, ...] = ("open", "escalated", "reopened")
_DATE_IN_TEXT = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


@dataclass(frozen=True, slots=True)
class PageRecord:
    """One fetched detail page and what was extracted from it (the store's input)."""

    source_key: str
    channel_key: str
    item_key: str
    url: str
    night: dt.date
    body: bytes
    sha256: str
    http_status: int = 200
    headers: Mapping[str, str] | None = None
    list_title: str | None = None
    list_date: dt.date | None = None
    listed: bool = True
    region: str | None = None
    domain: str = "other"
    notice_type: str = "other.other"
    #: what the type rests on (vocabulary.TYPE_BASES); None: not told (counted as confirmed)
    type_basis: str | None = None
    title: str = ""
    #: the notice's publish date as the crawler decided it (the page's, else the list's); stored as is
    publish_date: dt.date | None = None
    status: str = "ok"
    fields: Mapping[str, Any] | None = None
    provenance: Mapping[str, Any] | None = None
    warnings: list[Any] | None = None
    fetched_at: dt.datetime | None = None


# --- sources and runs ------------------------------------------------------------------------------


def sync_sources(engine: Engine, sources: Iterable[Mapping[str, Any]]) -> None:
    """Upsert registry entries (dicts with key, name, family, region, base_url, provincial, home and
    optionally channels: an entry without ``channels`` updates the source row only)."""
    with session_scope(engine) as s:
        for src in sources:
            row = s.scalar(select(Source).where(Source.key == src["key"]))
            if row is None:
                row = Source(key=src["key"])
                s.add(row)
            row.name, row.family, row.region = src["name"], src["family"], src["region"]
            row.base_url, row.provincial = src["base_url"], bool(src.get("provincial", False))
            row.home = bool(src.get("home", False))
            for ch in src.get("channels", []):
                crow = s.scalar(
                    select(Channel).where(Channel.source_key == src["key"], Channel.channel_key == ch["key"])
                )
                if crow is None:
                    crow = Channel(source_key=src["key"], channel_key=ch["key"])
                    s.add(crow)
                crow.name = ch["name"]
                crow.domain = ch["domain"]
                crow.notice_type = ch.get("notice_type") or None
                crow.region = ch.get("region") or src["region"]
                crow.responsible_unit = ch.get("responsible_unit")
                crow.evidence = str(ch["evidence"])[:500] if ch.get("evidence") else None


def start_run(engine: Engine, night: dt.date, mode: str = "nightly", sources: list[str] | None = None) -> int:
    """Create a CrawlRun and return its id."""
    with session_scope(engine) as s:
        run = CrawlRun(night=night, mode=mode, status="running", sources=list(sources or []))
        s.add(run)
        s.flush()
        return run.id


def finish_run(engine: Engine, run_id: int, status: str, summary: Mapping[str, Any] | None = None) -> None:
    """Close a run with its status (``complete`` / ``incomplete`` / ``failed``) and summary."""
    with session_scope(engine) as s:
        run = s.get(CrawlRun, run_id)
        if run is None:
            raise KeyError(f"no crawl run {run_id}")
        run.status = status
        run.finished_at = utcnow()
        if summary is not None:
            run.summary = dict(summary)


def record_health(
    engine: Engine,
    run_id: int,
    night: dt.date,
    rows: Iterable[Mapping[str, Any]],
    *,
    mark_complete: bool = True,
) -> None:
    """Write (or replace) the CrawlHealth rows of a run; complete channels remember the night."""
    with session_scope(engine) as s:
        for row in rows:
            existing = s.scalar(
                select(CrawlHealth).where(
                    CrawlHealth.run_id == run_id,
                    CrawlHealth.source_key == row["source_key"],
                    CrawlHealth.channel_key == row["channel_key"],
                )
            )
            if existing is None:
                existing = CrawlHealth(
                    run_id=run_id, source_key=row["source_key"], channel_key=row["channel_key"]
                )
                s.add(existing)
            existing.night = night
            for key in (
                "requests",
                "pages",
                "listed",
                "new",
                "changed",
                "removed",
                "errors",
                "blocked",
                "finish_reason",
                "complete",
                "note",
            ):
                if key in row:
                    setattr(existing, key, row[key])
            if mark_complete and row.get("complete") and row["channel_key"]:
                s.execute(
                    update(Channel)
                    .where(Channel.source_key == row["source_key"], Channel.channel_key == row["channel_key"])
                    .values(last_complete_night=night)
                )


# --- crawl state -----------------------------------------------------------------------------------


def latest_date(values: Iterable[Any]) -> dt.date | None:
    """The latest calendar date written in any of ``values`` (strings), or None.

    Why so lenient: the values are scraped. ``2026-02-03 09:30``, ``2026-02-03T09:30:00`` and
    ``挂牌时间为2026年03月03日至2026年03月17日`` all carry dates; anything else (numbers, lists,
    ``2026-13-45``, prose) yields nothing rather than an error.
    """
    best: dt.date | None = None
    for value in values:
        if not isinstance(value, str):
            continue
        for y, m, d in _DATE_IN_TEXT.findall(value[:2000]):
            try:
                day = dt.date(int(y), int(m), int(d))
            except ValueError:
                continue
            if best is None or day > best:
                best = day
    return best


def load_known(engine: Engine, source_key: str) -> dict[str, KnownDocument]:
    """Every document of a source with its current version's hash, its notice's type and deadline
    (the incremental state and what the re-check policy reads), in one query.

    Only the DEADLINE_KEYS are read out of the notice's JSON (in SQL), never the whole record: a
    source may hold 100k documents.
    """
    deadline_cols = [Notice.fields[key].as_string().label(f"dl_{key}") for key in DEADLINE_KEYS]
    # response headers are stored as Scrapy gives them (title case: "Etag", "Last-Modified")
    validators = [
        DocumentVersion.headers["Etag"].as_string(),
        DocumentVersion.headers["Last-Modified"].as_string(),
    ]
    open_findings = (
        select(Finding.notice_id.label("notice_id"), func.min(Finding.first_seen_on).label("since"))
        .where(Finding.notice_id.is_not(None), Finding.status.in_(OPEN_FINDING_STATUSES))
        .group_by(Finding.notice_id)
        .subquery()
    )
    with session_scope(engine) as s:
        rows = s.execute(
            select(
                Document.id,
                Document.item_key,
                Document.channel_key,
                Document.url,
                Document.list_date,
                DocumentVersion.sha256,
                Document.removed_at,
                Document.last_checked,
                Document.first_seen_on,
                Notice.notice_type,
                open_findings.c.since,
                *validators,
                *deadline_cols,
            )
            .outerjoin(DocumentVersion, DocumentVersion.id == Document.current_version_id)
            .outerjoin(Notice, Notice.document_id == Document.id)
            .outerjoin(open_findings, open_findings.c.notice_id == Notice.id)
            .where(Document.source_key == source_key)
        ).all()
    n = len(DEADLINE_KEYS)
    return {
        r.item_key: KnownDocument(
            *r[: -n - 3],
            deadline=latest_date(r[-n:]),
            etag=_header(r[-n - 2]),
            last_modified=_header(r[-n - 1]),
            open_finding_since=None if r[-n - 3] is None else as_date(r[-n - 3]),
        )
        for r in rows
    }


def _header(value: str | None) -> str | None:
    """A stored validator fit to send back (one line, bounded), else None."""
    if not value or len(value) > 200 or any(c in value for c in "\r\n\x00"):
        return None
    return value


def touch_checked(engine: Engine, source_key: str, item_key: str, night: dt.date, *, listed: bool) -> bool:
    """A re-check answered 304 Not Modified: the document was checked tonight and is unchanged."""
    with session_scope(engine) as s:
        doc = s.scalar(
            select(Document).where(Document.source_key == source_key, Document.item_key == item_key)
        )
        if doc is None:
            return False
        doc.last_checked = night
        doc.last_seen = utcnow()
        if listed:
            doc.last_listed = night
        return True


#: a document was watched from young when first seen within this many nights of its list date (a
#: back-filled old notice was never watched through the time it could have changed): the learned
#: re-check schedule counts only those (here in SQL, and in ``crawler.recheck`` over loaded documents)
YOUNG_DAYS = 3


def change_observations(engine: Engine, night: dt.date, watched_days: int = 14) -> list[tuple[Any, ...]]:
    """What the crawl has seen change, for the learned re-check schedule (``crawler.recheck.learn``).

    Two kinds of rows: ``("docs", source_key, notice_type, count)`` — documents listed (else first
    seen) at least ``watched_days`` before ``night``, per site and type; and ``("change", source_key,
    notice_type, item_key, list_date, first_seen_on, deadline, recorded_on, previous_check_on)`` —
    one per stored version after a document's first (the change happened after its previous check
    and was recorded on its fetch night). Two
    grouped queries: versions after the first are rare, documents are counted in SQL.
    """
    cut = night - dt.timedelta(days=watched_days)
    # watched from young (YOUNG_DAYS), and at least watched_days ago
    later = (
        func.date(Document.list_date, f"+{YOUNG_DAYS} days")
        if engine.dialect.name == "sqlite"
        else Document.list_date + YOUNG_DAYS
    )
    young = or_(Document.list_date.is_(None), Document.first_seen_on <= later)
    deadline_cols = [Notice.fields[key].as_string() for key in DEADLINE_KEYS]
    with session_scope(engine) as s:
        docs = s.execute(
            select(Document.source_key, Notice.notice_type, func.count())
            .outerjoin(Notice, Notice.document_id == Document.id)
            .where(Document.first_seen_on <= cut, young)
            .group_by(Document.source_key, Notice.notice_type)
        ).all()
        changes = s.execute(
            select(
                Document.source_key,
                Notice.notice_type,
                Document.item_key,
                Document.list_date,
                Document.first_seen_on,
                DocumentVersion.fetched_on,
                DocumentVersion.previous_check_on,
                *deadline_cols,
            )
            .join(Document, Document.id == DocumentVersion.document_id)
            .outerjoin(Notice, Notice.document_id == Document.id)
            .where(DocumentVersion.version_no >= 2)
        ).all()
    out: list[tuple[Any, ...]] = [("docs", r[0], r[1], r[2]) for r in docs]
    out += [("change", r[0], r[1], r[2], r[3], r[4], latest_date(r[7:]), r[5], r[6]) for r in changes]
    return out


def type_mismatch_channels(engine: Engine, source_key: str, night: dt.date, lookback_days: int) -> set[str]:
    """Channels of a source whose crawl health said ``type_mismatch`` (their notices disagreed with
    the declared type) on a night in ``[night - lookback_days, night)``; read by the re-check
    schedule, which then does not lean on that declared type (``crawler.recheck``)."""
    with session_scope(engine) as s:
        rows = s.execute(
            select(CrawlHealth.channel_key)
            .where(
                CrawlHealth.source_key == source_key,
                CrawlHealth.night < night,
                CrawlHealth.night >= night - dt.timedelta(days=lookback_days),
                CrawlHealth.note.like("type_mismatch%"),
            )
            .distinct()
        ).all()
    return {r[0] for r in rows}


def channel_state(engine: Engine, source_key: str) -> dict[str, dt.date | None]:
    """``{channel_key: last night its walk was complete}`` for a source."""
    with session_scope(engine) as s:
        rows = s.execute(
            select(Channel.channel_key, Channel.last_complete_night).where(Channel.source_key == source_key)
        ).all()
    return {r[0]: r[1] for r in rows}


# --- documents and notices -------------------------------------------------------------------------


def save_page(engine: Engine, rec: PageRecord) -> str:
    """Store one fetched page; return ``new``, ``changed`` or ``unchanged`` (from the DB's view).

    A body whose sha256 the document already has is not stored again; if it is not the current
    version (a page that went back to an earlier text) it becomes current again and counts as a
    change. The notice (one per document) follows the current version.
    """
    rec = storable(rec)
    now = rec.fetched_at or utcnow()
    with session_scope(engine) as s:
        doc = s.scalar(
            select(Document).where(Document.source_key == rec.source_key, Document.item_key == rec.item_key)
        )
        if doc is None:
            doc = Document(
                source_key=rec.source_key,
                channel_key=rec.channel_key,
                item_key=rec.item_key,
                url=rec.url,
                first_seen=now,
                first_seen_on=rec.night,
                last_seen=now,
            )
            s.add(doc)
            s.flush()
        previous_check = doc.last_checked
        doc.url = rec.url
        doc.last_seen = now
        doc.last_checked = rec.night
        if rec.listed:
            doc.last_listed = rec.night
        if rec.list_title:
            doc.list_title = rec.list_title[:500]
        if rec.list_date:
            doc.list_date = rec.list_date
        if rec.region:
            doc.region = rec.region
        if doc.removed_at is not None:  # it came back
            doc.removed_at = None
            doc.removed_reason = None
        version = s.scalar(
            select(DocumentVersion).where(
                DocumentVersion.document_id == doc.id, DocumentVersion.sha256 == rec.sha256
            )
        )
        if version is None:
            count = s.scalar(select(func.count()).where(DocumentVersion.document_id == doc.id)) or 0
            version = DocumentVersion(
                document_id=doc.id,
                version_no=count + 1,
                fetched_at=now,
                fetched_on=rec.night,
                url=rec.url,
                previous_check_on=previous_check if count else None,
                http_status=rec.http_status,
                headers=dict(rec.headers or {}),
                sha256=rec.sha256,
                size=len(rec.body),
                body=rec.body,
            )
            s.add(version)
            s.flush()
            change = "new" if count == 0 else "changed"
        else:
            change = "unchanged" if doc.current_version_id == version.id else "changed"
        doc.current_version_id = version.id
        notice = s.scalar(select(Notice).where(Notice.document_id == doc.id))
        if change != "unchanged" or notice is None or notice.version_id != version.id:
            _upsert_notice(s, doc, version, notice, rec)
        return change


def _no_nul(value: Any) -> Any:
    """``value`` with NUL characters removed from every string in it (mappings and lists walked)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, Mapping):
        return {_no_nul(k): _no_nul(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_no_nul(v) for v in value]
    return value


def storable(rec: PageRecord) -> PageRecord:
    """The record as every backend can store it, so that no scraped text makes a page get lost.

    Why: PostgreSQL refuses NUL in text and JSON columns and strings longer than the column, and a
    refused page would be lost with its evidence. A scraped title, field or URL may hold anything;
    NUL is dropped and the URL bounded (the document is identified by ``item_key``, not its URL).
    The body is bytes and stored unchanged.
    """
    return dataclasses.replace(
        rec,
        url=_no_nul(rec.url)[:URL_LEN],
        list_title=_no_nul(rec.list_title),
        title=_no_nul(rec.title or ""),
        headers=_no_nul(dict(rec.headers or {})),
        fields=_no_nul(dict(rec.fields or {})),
        provenance=_no_nul(dict(rec.provenance or {})),
        warnings=_no_nul(list(rec.warnings or [])),
        region=_no_nul(rec.region),
    )


def _upsert_notice(
    s: Any, doc: Document, version: DocumentVersion, notice: Notice | None, rec: PageRecord
) -> None:
    fields = dict(rec.fields or {})
    if notice is None:
        notice = Notice(document_id=doc.id)
        s.add(notice)
    notice.version_id = version.id
    notice.source_key = rec.source_key
    notice.channel_key = rec.channel_key
    notice.region = rec.region
    notice.domain = rec.domain
    notice.notice_type = rec.notice_type
    notice.type_basis = (rec.type_basis or None) and rec.type_basis[:16]
    notice.title = (rec.title or rec.list_title or "")[:500]
    notice.url = rec.url
    notice.publish_date = rec.publish_date  # decided once, by the crawler (crawler.items.publish_date_of)
    notice.project_number = _short(fields.get("project_number"), 200)
    notice.project_name = _short(fields.get("project_name"), 500)
    notice.purchaser = _short(fields.get("purchaser"), 300)
    notice.status = rec.status
    notice.fields = fields
    notice.provenance = dict(rec.provenance or {})
    notice.warnings = list(rec.warnings or [])
    notice.extracted_at = utcnow()
    s.flush()
    if notice.project_id is None and (notice.project_number or "").strip(" "):  # SQL's trim
        # linked by its number now rather than by the night's checks rewriting every notice (issue 16)
        projects.link_by_number(s.connection(), notice.id, notice.id)
        s.expire(notice, ["project_id"])
    s.execute(delete(NoticeField).where(NoticeField.notice_id == notice.id))
    for key, value in fields.items():
        if value is None or value == "" or value == []:
            continue
        s.add(NoticeField(notice_id=notice.id, key=key[:64], **field_values(value)))
    # an item the page labels but whose value was not read: stored as 'gap:<key>' (its label as text) so
    # the night's checks tell "not stated" (要素缺失) from "not read" (待人工核对) without a schema change
    for key, prov in (rec.provenance or {}).items():
        if isinstance(prov, dict) and prov.get("method") == "gap" and not fields.get(key):
            s.add(
                NoticeField(
                    notice_id=notice.id,
                    key=f"gap:{key}"[:64],
                    value_text=str(prov.get("snippet") or "")[:200] or None,
                )
            )
    s.flush()
    facts.record_key_sets(s.connection(), notice.id, notice.id)  # the set of keys its rows name (issue 16)


def _short(value: Any, n: int) -> str | None:
    if value is None:
        return None
    text = (
        value
        if isinstance(value, str)
        else "；".join(map(str, value))
        if isinstance(value, list)
        else str(value)
    )
    return text[:n] or None


def field_values(value: Any) -> dict[str, Any]:
    """The narrow typed columns for one extracted value (text always; number or date when it is one)."""
    out: dict[str, Any] = {"value_text": None, "value_num": None, "value_date": None}
    if isinstance(value, bool):
        out["value_text"] = str(value).lower()
    elif isinstance(value, int | float):
        out["value_num"] = float(value)
        out["value_text"] = f"{value}"
    elif isinstance(value, str):
        out["value_text"] = value
        if len(value) >= ISO_DATE_LEN and value[4:5] == "-" and value[7:8] == "-":
            try:
                out["value_date"] = as_date(value)
            except ValueError:
                pass
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        out["value_text"] = "；".join(value)
    else:
        out["value_text"] = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return out


def mark_removed(engine: Engine, source_key: str, item_key: str, night: dt.date, reason: str) -> bool:
    """Record that a document disappeared on ``night``; True if this changed anything.

    The first night it is missed is kept (a second run of the same or a later night does not move it).
    """
    with session_scope(engine) as s:
        doc = s.scalar(
            select(Document).where(Document.source_key == source_key, Document.item_key == item_key)
        )
        if doc is None or doc.removed_at is not None:
            return False
        doc.removed_at = night
        doc.removed_reason = reason
        doc.last_checked = night
        return True


# --- robots.txt cache ------------------------------------------------------------------------------


def get_robots(engine: Engine, host: str) -> tuple[dt.date, dt.datetime, bytes] | None:
    """``(night, fetched_at, body)`` of the stored robots.txt of ``host`` (scheme://netloc), or None."""
    with session_scope(engine) as s:
        row = s.get(RobotsCache, host[:255])
        return None if row is None else (row.night, row.fetched_at, bytes(row.body))


def put_robots(engine: Engine, host: str, night: dt.date, status: int, body: bytes) -> None:
    """Store (or replace) the robots.txt answer of ``host`` fetched on ``night``."""
    with session_scope(engine) as s:
        row = s.get(RobotsCache, host[:255])
        if row is None:
            row = RobotsCache(host=host[:255])
            s.add(row)
        row.night, row.fetched_at, row.status, row.body = night, utcnow(), status, body
