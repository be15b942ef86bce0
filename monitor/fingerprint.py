"""A fingerprint of everything a check run reads, for the unchanged-night shortcut.

Why: ``run_checks`` over 1,000,000 notices costs tens of seconds, and a night re-run over the same
evidence (a retried job, a second crawl that found nothing) cannot change a finding. The
fingerprint is a hash of the run's parameters, the rule files and the monitor's code, and cheap
aggregates (row counts, largest ids, latest timestamps and dates) of every table the checks or the
merge read. It is taken at the end of a run (after project linking and the merge wrote theirs) and
compared before the next run of the same night: equal means nothing a rule can see has changed.

What it relies on: every write of evidence moves one of these aggregates — a new or re-extracted
notice moves ``notices.extracted_at`` (its fields are rewritten with it), a removal moves the count
or latest ``documents.removed_at``, a page coming back moves ``documents.last_seen``, a crawl
health row moves ``crawl_health`` (count, largest id, complete count), a finding edited by a person
leaves a ``finding_events`` row. A write that bypasses ``storage.evidence`` without touching any of
these would not be seen: such a change needs ``run_checks(..., force=True)``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Collection
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, case, func, select

from storage.models import (
    CrawlHealth,
    CrawlRun,
    Document,
    DocumentVersion,
    Expectation,
    Finding,
    FindingEvent,
    Notice,
    Project,
    ProjectLink,
)
from storage.queries import home_source_keys

MONITOR_DIR = Path(__file__).resolve().parent


def _files_digest(folder: Path, pattern: str) -> str:
    h = hashlib.sha256()
    for path in sorted(folder.glob(pattern)):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def table_aggregates(conn: Connection) -> list[Any]:
    """Cheap per-table aggregates (at 1M notices about two tenths of a second on SQLite).

    Each entry: the table, its aggregates, and which of them need a read of every row (the maxima of
    unindexed columns). Why the split (:func:`aggregates`): one query with several aggregates reads
    every row, where SQLite answers ``count(*)`` alone from the b-tree's cell counts and ``max`` of a
    rowid or an indexed column from one index entry; the fingerprint and the watermarks cost 0.65 s
    of a 1M first night as one scan per table (issue 16). The values, so the fingerprint, are the same.
    """
    queries: list[tuple[Any, list[Any], set[int]]] = [
        (
            Notice,
            [func.count(), func.max(Notice.id), func.max(Notice.extracted_at), func.max(Notice.version_id)],
            {3},
        ),
        (
            Document,
            [
                func.count(),
                func.max(Document.id),
                func.max(Document.last_seen),
                func.count(Document.removed_at),
                func.max(Document.removed_at),
                func.max(Document.current_version_id),
            ],
            {2, 3, 4, 5},
        ),
        (DocumentVersion, [func.count(), func.max(DocumentVersion.id)], set()),
        (
            CrawlHealth,
            [
                func.count(),
                func.max(CrawlHealth.id),
                func.sum(case((CrawlHealth.complete.is_(True), 1), else_=0)),
            ],
            {2},
        ),
        (CrawlRun, [func.count(), func.max(CrawlRun.id), func.max(CrawlRun.finished_at)], {2}),
        (Expectation, [func.count(), func.max(Expectation.id)], set()),
        (Project, [func.count(), func.max(Project.id)], set()),
        (ProjectLink, [func.count(), func.max(ProjectLink.notice_id)], set()),
        (Finding, [func.count(), func.max(Finding.id)], set()),
        (FindingEvent, [func.count(), func.max(FindingEvent.id)], set()),
    ]
    out = [[str(v) for v in aggregates(conn, table, exprs, scan)] for table, exprs, scan in queries]
    out.append(sorted(conn.scalars(home_source_keys())))  # the registry's home flags (shared rule)
    return out


def aggregates(conn: Connection, table: Any, exprs: list[Any], scan: Collection[int] = ()) -> list[Any]:
    """The values of ``exprs`` over ``table``, in order. On SQLite each aggregate not in ``scan`` (the
    positions that read every row anyway) is a query of its own, answered from the b-tree's counts or
    one index entry, and those in ``scan`` share one read of the table; on PostgreSQL, which scans for
    ``count(*)`` anyway, they are all one query (why: :func:`table_aggregates`)."""
    if conn.dialect.name != "sqlite":
        return list(conn.execute(select(*exprs).select_from(table)).one())
    out = [None if i in scan else conn.scalar(select(e).select_from(table)) for i, e in enumerate(exprs)]
    if scan:
        order = sorted(scan)
        row = conn.execute(select(*(exprs[i] for i in order)).select_from(table)).one()
        for i, v in zip(order, row, strict=True):
            out[i] = v
    return out


def static_digest(params: dict[str, Any], rules_folder: Path) -> str:
    """The hash of what a run reads besides the database: parameters, rule files and monitor code
    (without the night: an incremental night compares it with the last night's)."""
    doc = {
        "params": params,
        "rules": _files_digest(rules_folder, "*.toml"),
        "code": _files_digest(MONITOR_DIR, "*.py"),
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()


def fingerprint(conn: Connection, as_of: dt.date, params: dict[str, Any], rules_folder: Path) -> str:
    """The hash of the run's parameters, the rule files, the monitor code and the tables' aggregates."""
    doc = {
        "as_of": as_of.isoformat(),
        "params": params,
        "rules": _files_digest(rules_folder, "*.toml"),
        "code": _files_digest(MONITOR_DIR, "*.py"),
        "tables": table_aggregates(conn),
    }
    return hashlib.sha256(json.dumps(doc, sort_keys=True, default=str).encode()).hexdigest()
