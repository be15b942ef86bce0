"""Named reads of the store that the commands need, so no SQL is written in ``pubwatch``.

Why a module of its own: the command line and the nightly job used to carry their queries inline,
so a change of the schema had to be followed into the orchestrator. Each question the commands ask
of the store is one function here, with its name saying what it answers.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, Select, func, select

from storage.db import session_scope
from storage.models import CrawlRun, Document, DocumentVersion, Finding, Source


def last_crawled_night(engine: Engine) -> dt.date | None:
    """The latest night a crawl ran for (``crawl_runs.night``), or ``None`` when nothing was crawled.

    ``pubwatch check`` counts as of this night by default: a check dated later than the last crawl
    would call everything published since then missing.
    """
    with engine.connect() as conn:
        return conn.scalar(select(func.max(CrawlRun.night)))


def page_version(engine: Engine, version_id: int) -> tuple[DocumentVersion, Document] | None:
    """A stored page version and its document (``pubwatch evidence``), or ``None`` if there is none.

    The rows are returned detached (the session does not expire them on commit), body included, so
    the caller can verify the bytes against the recorded sha256 after the session is closed.
    """
    with session_scope(engine) as session:
        row = session.execute(
            select(DocumentVersion, Document)
            .join(Document, Document.id == DocumentVersion.document_id)
            .where(DocumentVersion.id == version_id)
        ).first()
        return None if row is None else (row[0], row[1])


def new_findings_by_kind(engine: Engine, night: dt.date) -> dict[str, int]:
    """How many findings of each kind were first seen on ``night`` (the nightly summary's "new")."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(Finding.kind, func.count()).where(Finding.first_seen_on == night).group_by(Finding.kind)
        ).all()
    return {kind: int(n) for kind, n in rows}


def home_source_keys() -> Select[tuple[str]]:
    """The keys of the sources the registry marks ``home`` (a region's own trading platform), as a
    subquery for the monitor's ``shared`` rule.

    Why here: the monitor may not import the crawler's registry; the registry's facts reach it through
    the ``sources`` table (written by every crawl and, before each check run, by ``pubwatch``), so a
    new county platform is one registry entry and no rule file lists home sources.
    """
    return select(Source.key).where(Source.home.is_(True))
