"""The database schema.

Why these tables: pubwatch's findings must be checkable by a person, so every notice keeps the
exact page version it was extracted from (``document_versions``: raw bytes, headers, sha256), and
every crawl keeps its health, so that a source that failed is never read as a source that was
silent. Extracted fields are stored twice on purpose: as JSON for display and as narrow
``notice_fields`` rows so the monitor's checks can be set-based SQL on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    """Naive UTC timestamps everywhere: SQLite has no time zones and PostgreSQL gets the same values."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base of every pubwatch table."""

    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


# --- sources and crawling -------------------------------------------------------------------------


class Source(Base):
    """A watched platform (one registry entry)."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    family: Mapped[str] = mapped_column(String(64))
    region: Mapped[str] = mapped_column(String(12))
    base_url: Mapped[str] = mapped_column(String(500))
    provincial: Mapped[bool] = mapped_column(Boolean, default=False)
    # the registry's ``home``: a region's own trading platform, whose notices must be shared to the
    # provincial one (the monitor's ``shared`` rule reads it here; it cannot import the registry)
    home: Mapped[bool] = mapped_column(Boolean, default=False)


class Channel(Base):
    """A list (column/category) of a source, mapped to a domain and notice type."""

    __tablename__ = "channels"
    __table_args__ = (UniqueConstraint("source_key", "channel_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_key: Mapped[str] = mapped_column(String(64), index=True)
    channel_key: Mapped[str] = mapped_column(String(128))
    name: Mapped[str] = mapped_column(String(200), default="")
    domain: Mapped[str | None] = mapped_column(String(32))
    notice_type: Mapped[str | None] = mapped_column(String(64))
    region: Mapped[str | None] = mapped_column(String(12))
    responsible_unit: Mapped[str | None] = mapped_column(String(200))
    # registry provenance: a citation, or "none" (an unverified channel: its silence is a question)
    evidence: Mapped[str | None] = mapped_column(String(500))
    # crawler: the last night whose walk of this list was complete; an incremental walk must reach
    # back to it (minus the overlap window) before it may stop at items it already has.
    last_complete_night: Mapped[dt.date | None] = mapped_column(Date)


class CrawlRun(Base):
    """One crawl of one or more sources (a night, a back-fill or an ad hoc run)."""

    __tablename__ = "crawl_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    night: Mapped[dt.date] = mapped_column(Date, index=True)
    mode: Mapped[str] = mapped_column(String(16), default="nightly")
    started_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="running")
    sources: Mapped[list[Any]] = mapped_column(JSON, default=list)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    health: Mapped[list[CrawlHealth]] = relationship(back_populates="run", cascade="all, delete-orphan")


class CrawlHealth(Base):
    """Per source and channel: what a run did and whether its silence can be trusted."""

    __tablename__ = "crawl_health"
    __table_args__ = (UniqueConstraint("run_id", "source_key", "channel_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("crawl_runs.id", ondelete="CASCADE"), index=True)
    night: Mapped[dt.date] = mapped_column(Date, index=True)
    source_key: Mapped[str] = mapped_column(String(64))
    channel_key: Mapped[str] = mapped_column(String(128), default="")
    requests: Mapped[int] = mapped_column(Integer, default=0)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    listed: Mapped[int] = mapped_column(Integer, default=0)
    new: Mapped[int] = mapped_column(Integer, default=0)
    changed: Mapped[int] = mapped_column(Integer, default=0)
    removed: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    blocked: Mapped[bool] = mapped_column(Boolean, default=False)
    finish_reason: Mapped[str] = mapped_column(String(64), default="")
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    run: Mapped[CrawlRun] = relationship(back_populates="health")


# --- evidence -------------------------------------------------------------------------------------


class Document(Base):
    """A detail page of a source, followed over time (listed, changed, removed)."""

    __tablename__ = "documents"
    __table_args__ = (
        UniqueConstraint("source_key", "item_key"),
        # the few removed pages (partial, so tiny): the visibility rule starts from them instead of
        # reading every notice (issue 16)
        Index(
            "ix_documents_removed_at",
            "removed_at",
            sqlite_where=text("removed_at IS NOT NULL"),
            postgresql_where=text("removed_at IS NOT NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_key: Mapped[str] = mapped_column(String(64), index=True)
    channel_key: Mapped[str] = mapped_column(String(128), default="")
    item_key: Mapped[str] = mapped_column(String(300))
    url: Mapped[str] = mapped_column(String(1000))
    list_title: Mapped[str | None] = mapped_column(String(500))
    list_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    first_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    first_seen_on: Mapped[dt.date | None] = mapped_column(Date, index=True)  # the crawl night
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    last_listed: Mapped[dt.date | None] = mapped_column(Date)
    last_checked: Mapped[dt.date | None] = mapped_column(Date)
    removed_at: Mapped[dt.date | None] = mapped_column(Date)
    removed_reason: Mapped[str | None] = mapped_column(String(64))
    region: Mapped[str | None] = mapped_column(String(12))
    current_version_id: Mapped[int | None] = mapped_column(Integer)
    versions: Mapped[list[DocumentVersion]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentVersion.version_no"
    )


class DocumentVersion(Base):
    """One fetched version of a page: the raw bytes as evidence."""

    __tablename__ = "document_versions"
    __table_args__ = (UniqueConstraint("document_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    version_no: Mapped[int] = mapped_column(Integer, default=1)
    fetched_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    fetched_on: Mapped[dt.date | None] = mapped_column(Date)
    # the night the document was last fetched before this version (its previous text was still
    # there then): the change happened in between (crawler.recheck learns change ages from it)
    previous_check_on: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str] = mapped_column(String(1000))
    http_status: Mapped[int] = mapped_column(Integer, default=200)
    headers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer, default=0)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    document: Mapped[Document] = relationship(back_populates="versions")


# --- notices and projects -------------------------------------------------------------------------


class RobotsCache(Base):
    """The last robots.txt answer per host, so a host is asked at most once per crawl night.

    Why in the database: spiders of one night, re-runs of it and workers on other machines all
    share it (``crawler.robots``).
    """

    __tablename__ = "robots_cache"

    host: Mapped[str] = mapped_column(String(255), primary_key=True)  # scheme://netloc
    night: Mapped[dt.date] = mapped_column(Date)
    fetched_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    status: Mapped[int] = mapped_column(Integer, default=200)
    body: Mapped[bytes] = mapped_column(LargeBinary)


class Notice(Base):
    """The extracted record of a document's current version."""

    __tablename__ = "notices"
    __table_args__ = (
        # a channel's postings by date without reading the notices (the silence rule groups every
        # stored notice by channel each night: 1,000,000 row reads and a sort without it, issue 16);
        # its first column serves the lookups by source as well
        Index("ix_notices_source_channel_date", "source_key", "channel_key", "publish_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), unique=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("document_versions.id"))
    source_key: Mapped[str] = mapped_column(String(64))
    channel_key: Mapped[str] = mapped_column(String(128), default="")
    region: Mapped[str | None] = mapped_column(String(12), index=True)
    domain: Mapped[str] = mapped_column(String(32), index=True)
    notice_type: Mapped[str] = mapped_column(String(64), index=True)
    # what the type rests on (vocabulary.TYPE_BASES: hint, title, heading, body, none); a notice typed on
    # body cues alone is never accused of lacking its type's items (monitor.checks). NULL: stored before
    # the basis was recorded, counted as confirmed (the behaviour of that time)
    type_basis: Mapped[str | None] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(String(1000), default="")
    publish_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    project_number: Mapped[str | None] = mapped_column(String(200), index=True)
    project_name: Mapped[str | None] = mapped_column(String(500))
    purchaser: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(32), default="ok")
    fields: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    provenance: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    warnings: Mapped[list[Any]] = mapped_column(JSON, default=list)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"), index=True)
    # indexed: an incremental night finds the notices re-extracted since the last run by it
    extracted_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)


#: a notice_fields row that states no value (the partial index ``ix_notice_fields_empty``; a query must
#: repeat these terms word for word for SQLite to use it)
EMPTY_FIELD_SQL = "value_num IS NULL AND value_date IS NULL AND (value_text IS NULL OR value_text = '')"


class NoticeField(Base):
    """One extracted value, narrow and typed, for set-based checks."""

    __tablename__ = "notice_fields"
    __table_args__ = (
        Index("ix_notice_fields_key", "key", "notice_id"),
        # the few rows that carry a key but no value: the required-fields check finds them without
        # reading the millions that have one (monitor.checks.check_required_fields); partial, so tiny
        Index(
            "ix_notice_fields_empty",
            "key",
            "notice_id",
            sqlite_where=text(EMPTY_FIELD_SQL),
            postgresql_where=text(EMPTY_FIELD_SQL),
        ),
    )

    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value_text: Mapped[str | None] = mapped_column(Text)
    value_num: Mapped[float | None] = mapped_column(Float)
    value_date: Mapped[dt.date | None] = mapped_column(Date)


class KeySet(Base):
    """A notice type and the sorted field keys (``notice_fields`` rows) one or more of its notices have.

    Why: whether a notice has a row for every item its type requires was a count over its rows each
    night (1.8 s of a 1,000,000-notice first night, issue 16). Notices share a few sets of keys, so
    each set is judged once against the rules and only the notices of a lacking set are read. Kept
    by ``storage.facts`` when a notice's fields are written (``storage.evidence``)."""

    __tablename__ = "key_sets"
    __table_args__ = (UniqueConstraint("notice_type", "keys"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    notice_type: Mapped[str] = mapped_column(String(64))
    keys: Mapped[str] = mapped_column(Text)  # comma-joined, in key order; '' for a notice without rows


class NoticeKeySet(Base):
    """Which key set a notice's ``notice_fields`` rows form (one row per notice, narrow: the night
    reads the notices of a lacking set by ``key_set_id``, never the notice rows themselves)."""

    __tablename__ = "notice_key_sets"

    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), primary_key=True)
    key_set_id: Mapped[int] = mapped_column(ForeignKey("key_sets.id"), index=True)


class Project(Base):
    """The notices of one project across notice types and platforms."""

    __tablename__ = "projects"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    project_number: Mapped[str | None] = mapped_column(String(200), index=True)
    name: Mapped[str | None] = mapped_column(String(500))
    purchaser: Mapped[str | None] = mapped_column(String(300))
    domain: Mapped[str | None] = mapped_column(String(32))
    region: Mapped[str | None] = mapped_column(String(12))


class ProjectLink(Base):
    """Why a notice belongs to a project, and how sure we are."""

    __tablename__ = "project_links"

    notice_id: Mapped[int] = mapped_column(ForeignKey("notices.id", ondelete="CASCADE"), primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id", ondelete="CASCADE"), index=True)
    method: Mapped[str] = mapped_column(String(32))
    confidence: Mapped[float] = mapped_column(Float, default=1.0)


# --- monitoring -----------------------------------------------------------------------------------


class Expectation(Base):
    """Something that must be published by a date (from a rule or a department's register)."""

    __tablename__ = "expectations"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    origin: Mapped[str] = mapped_column(String(32), default="rule")
    rule_id: Mapped[str | None] = mapped_column(String(128))
    domain: Mapped[str | None] = mapped_column(String(32))
    notice_type: Mapped[str | None] = mapped_column(String(64))
    region: Mapped[str | None] = mapped_column(String(12))
    responsible_unit: Mapped[str | None] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(500), default="")
    project_number: Mapped[str | None] = mapped_column(String(200), index=True)
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id"))
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(16), default="open")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Finding(Base):
    """A gap between what was published and what must be published. ``key`` is stable across runs."""

    __tablename__ = "findings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    rule_id: Mapped[str] = mapped_column(String(128), index=True)
    kind: Mapped[str] = mapped_column(String(32), index=True)
    severity: Mapped[str] = mapped_column(String(16), default="violation")
    status: Mapped[str] = mapped_column(String(16), default="open", index=True)
    domain: Mapped[str | None] = mapped_column(String(32))
    notice_type: Mapped[str | None] = mapped_column(String(64))
    region: Mapped[str | None] = mapped_column(String(12))
    responsible_unit: Mapped[str | None] = mapped_column(String(200))  # the ONE primary unit (units.toml)
    plan_units: Mapped[str | None] = mapped_column(
        String(500)
    )  # the plan's whole 责任单位 list, today's names
    source_key: Mapped[str | None] = mapped_column(String(64))
    notice_id: Mapped[int | None] = mapped_column(ForeignKey("notices.id", ondelete="SET NULL"))
    project_id: Mapped[int | None] = mapped_column(ForeignKey("projects.id", ondelete="SET NULL"))
    field: Mapped[str | None] = mapped_column(String(64))
    project_number: Mapped[str | None] = mapped_column(String(200), index=True)
    url: Mapped[str | None] = mapped_column(String(1000))
    title: Mapped[str] = mapped_column(String(500), default="")
    message: Mapped[str] = mapped_column(Text, default="")
    legal_source: Mapped[str] = mapped_column(String(300), default="")
    dates: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    evidence: Mapped[list[Any]] = mapped_column(JSON, default=list)
    first_seen_on: Mapped[dt.date] = mapped_column(Date)
    last_seen_on: Mapped[dt.date] = mapped_column(Date)
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    escalated_on: Mapped[dt.date | None] = mapped_column(Date)
    # 整改 (monitor.rectify): the day the gap was fixed on the platform (a later version of the notice was
    # first fetched, or the follow-up / provincial copy was published) and what fixed it; NULL while open,
    # and for a gap that went away with no fix found
    rectified_on: Mapped[dt.date | None] = mapped_column(Date)
    rectification: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # the office's exemption (pubwatch findings dismiss): why, who, when; the history is in findings_audit
    dismiss_reason: Mapped[str | None] = mapped_column(Text)
    dismissed_by: Mapped[str | None] = mapped_column(String(200))
    dismissed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class CheckRun(Base):
    """One completed ``monitor.run_checks`` night and a fingerprint of everything it read.

    Why: running the same night again over unchanged evidence cannot change a finding; a run whose
    fingerprint (``monitor.fingerprint``) matches the last one of that night returns at once.
    """

    __tablename__ = "check_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    as_of: Mapped[dt.date] = mapped_column(Date, index=True)
    jurisdiction: Mapped[str] = mapped_column(String(64), default="quzhou")
    fingerprint: Mapped[str] = mapped_column(String(64))
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    ran_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class FindingEvent(Base):
    """History of a finding: opened, escalated, resolved, reopened."""

    __tablename__ = "finding_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    on: Mapped[dt.date] = mapped_column(Date)
    event: Mapped[str] = mapped_column(String(16))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class FindingAudit(Base):
    """Append-only trail of every change of a finding: the night's automatic events (copied from
    ``finding_events``) and the office's dismissals and reopenings, with who, when and why.

    Why a table of its own without a foreign key: the 考核 rests on it, so nothing may delete or
    rewrite it — not a cascade from ``findings``, not a re-run of a night (``monitor.review`` installs
    triggers that refuse UPDATE and DELETE on it).
    """

    __tablename__ = "findings_audit"

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(Integer, index=True)
    finding_key: Mapped[str] = mapped_column(String(300), default="")
    event_id: Mapped[int | None] = mapped_column(Integer, unique=True)  # the finding_events row it mirrors
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    on: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200), default="pubwatch")
    reason: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


# --- telling people -------------------------------------------------------------------------------


class AlertSent(Base):
    """Which finding event was told to whom, so the same finding event is never sent twice.

    ``recipient`` is a logical address (``unit:<责任单位>`` or ``office``), not an e-mail address,
    so that changing a unit's mailing list in the config does not resend its history.
    ``event_id`` makes a reopened-then-escalated-again finding reportable again (a new event),
    while the same event never is.
    """

    __tablename__ = "alerts_sent"
    __table_args__ = (UniqueConstraint("event_id", "recipient"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    finding_id: Mapped[int] = mapped_column(ForeignKey("findings.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[int | None] = mapped_column(ForeignKey("finding_events.id", ondelete="CASCADE"))
    event: Mapped[str] = mapped_column(String(16))
    recipient: Mapped[str] = mapped_column(String(300))
    outbox_id: Mapped[int | None] = mapped_column(ForeignKey("outbox.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class OutboxMessage(Base):
    """An e-mail waiting to be sent (or sent); kept so a down SMTP server loses nothing."""

    __tablename__ = "outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    digest_for: Mapped[str] = mapped_column(String(300), default="")
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    recipients: Mapped[list[Any]] = mapped_column(JSON, default=list)
    subject: Mapped[str] = mapped_column(String(500))
    message: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(16), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


# --- scheduling -----------------------------------------------------------------------------------


class RunLock(Base):
    """The one-run-at-a-time lock: a row per lock name, taken over only once it has expired.

    Why a table and not a file lock: the scheduler, a ``pubwatch run`` started by hand and a second
    machine pointed at the same PostgreSQL database must all see the same lock.
    """

    __tablename__ = "run_locks"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    owner: Mapped[str] = mapped_column(String(200))
    host: Mapped[str] = mapped_column(String(200), default="")
    pid: Mapped[int] = mapped_column(Integer, default=0)
    # the holder's crawler child (its process group, on ``host``): a lock whose holder died is taken
    # over only once this tree is gone too (pubwatch.proctree)
    child_pid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    acquired_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    heartbeat_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column(DateTime)


class SchedulerRun(Base):
    """History of the scheduler's runs (for ``pubwatch status`` and the catch-up check)."""

    __tablename__ = "scheduler_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[str] = mapped_column(String(128), index=True)
    night: Mapped[dt.date] = mapped_column(Date)
    scheduled_for: Mapped[dt.datetime | None] = mapped_column(DateTime)
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(16), default="running")  # running|ok|error|locked
    catch_up: Mapped[bool] = mapped_column(Boolean, default=False)
    error: Mapped[str | None] = mapped_column(Text)
