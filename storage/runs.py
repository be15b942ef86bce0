"""Closing the run rows a process leaves behind when it is interrupted.

Why: a crawl run or scheduler run is written ``running`` when it starts and given its outcome when it
ends; a Ctrl-C (or a killed process) left it ``running`` for ever, and ``pubwatch status`` then
called a dead run healthy. The command that is interrupted records ``interrupted`` itself; the crawl
being idempotent, the next run re-crawls what was left and so recovers.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Engine, update

from storage.db import session_scope
from storage.models import CrawlRun, SchedulerRun, utcnow

INTERRUPTED = "interrupted"


def close_running(
    engine: Engine, *, since: dt.datetime | None = None, status: str = INTERRUPTED, note: str = ""
) -> int:
    """Mark the crawl and scheduler runs still ``running`` (started at or after ``since``, naive UTC)
    as ``status``; returns how many rows changed."""
    now = utcnow()
    changed = 0
    with session_scope(engine) as s:
        crawl = update(CrawlRun).where(CrawlRun.status == "running")
        sched = update(SchedulerRun).where(SchedulerRun.status == "running")
        if since is not None:
            crawl = crawl.where(CrawlRun.started_at >= since)
            sched = sched.where(SchedulerRun.started_at >= since)
        changed += s.execute(crawl.values(status=status, finished_at=now)).rowcount or 0
        values: dict[str, object] = {"status": status, "finished_at": now}
        if note:
            values["error"] = note[:500]
        changed += s.execute(sched.values(**values)).rowcount or 0
    return changed
