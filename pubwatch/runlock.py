"""The one-run-at-a-time lock: a row in ``run_locks``, renewed while held, taken over when stale.

Why its own module: the lock is used by ``pubwatch run`` (``pubwatch.nightly``) as much as by the
scheduler, and it has its own rules — owner, host, pid, heartbeat and expiry in one row, so a second
run started by hand, on this machine or another one sharing the database, is refused; a crashed
holder's lock expires; a dead pid on the same host is taken over unless its crawler tree still runs;
and what the dead holder left ``running`` is closed as ``interrupted`` at that takeover.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import socket
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, delete, update
from sqlalchemy.exc import IntegrityError, OperationalError

from pubwatch.proctree import tree_alive
from storage.db import session_scope
from storage.models import CrawlRun, RunLock, SchedulerRun, utcnow

log = logging.getLogger(__name__)

LOCK_NAME = "nightly"
LOCK_TTL = dt.timedelta(minutes=10)


class AlreadyRunning(RuntimeError):
    """Another pubwatch run holds the lock; the message says who, where and since when."""

    def __init__(self, holder: RunLock) -> None:
        self.owner, self.host, self.pid = holder.owner, holder.host, holder.pid
        self.since, self.expires_at = holder.acquired_at, holder.expires_at
        super().__init__(
            f"另一个 pubwatch 运行正在进行 (another run is in progress): {holder.owner} on {holder.host} "
            f"pid {holder.pid}, since {holder.acquired_at:%Y-%m-%d %H:%M:%S} UTC, lock expires "
            f"{holder.expires_at:%Y-%m-%d %H:%M:%S} UTC unless renewed"
        )


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def run_lock(
    engine: Engine,
    name: str = LOCK_NAME,
    *,
    ttl: dt.timedelta = LOCK_TTL,
    owner: str | None = None,
    scheduler_run: int | None = None,
) -> Iterator[RunLock]:
    """Hold the database lock ``name`` for the duration of the block, renewing it in the background.

    Raises ``AlreadyRunning`` when a live holder has it. An expired lock, or one held by a process of
    this host that no longer exists, is taken over — unless the holder's crawler tree
    (``child_pid``) still runs — and what the dead holder left "running" is closed as
    ``interrupted`` (:func:`close_interrupted`; ``scheduler_run``: the caller's own row, kept).
    """
    me = owner or f"pubwatch-{uuid.uuid4().hex[:8]}"
    host, pid = socket.gethostname(), os.getpid()
    _acquire(engine, name, me, host, pid, ttl, scheduler_run)
    stop = threading.Event()
    beat = threading.Thread(
        target=_heartbeat, args=(engine, name, me, ttl, stop), daemon=True, name=f"lock-heartbeat-{name}"
    )
    beat.start()
    try:
        with session_scope(engine) as s:
            row = s.get(RunLock, name)
            assert row is not None
            s.expunge(row)
        yield row
    finally:
        stop.set()
        beat.join(timeout=5)
        with session_scope(engine) as s:
            s.execute(delete(RunLock).where(RunLock.name == name, RunLock.owner == me))


def _acquire(
    engine: Engine,
    name: str,
    me: str,
    host: str,
    pid: int,
    ttl: dt.timedelta,
    keep_scheduler_run: int | None = None,
) -> None:
    now = utcnow()
    values = {
        "owner": me,
        "host": host,
        "pid": pid,
        "acquired_at": now,
        "heartbeat_at": now,
        "expires_at": now + ttl,
    }
    try:
        with session_scope(engine) as s:
            s.add(RunLock(name=name, **values))
        return
    except IntegrityError:
        pass
    with session_scope(engine) as s:
        holder = s.get(RunLock, name)
        if holder is None:  # released meanwhile: try once more
            s.add(RunLock(name=name, **values))
            return
        stale = holder.expires_at < now or (
            holder.host == host and holder.pid != pid and not _pid_alive(holder.pid)
        )
        if stale and holder.host == host and tree_alive(holder.child_pid):
            # the holder died but its crawler has not (yet): two crawls of one night must not overlap
            log.warning(
                "lock holder %s is gone but its crawler (pgid %s) still runs", holder.owner, holder.child_pid
            )
            stale = False
        if stale:
            # the dead holder as it was (the update below refreshes the session's copy of the row)
            dead = RunLock(
                name=holder.name,
                owner=holder.owner,
                host=holder.host,
                pid=holder.pid,
                child_pid=holder.child_pid,
                acquired_at=holder.acquired_at,
                heartbeat_at=holder.heartbeat_at,
                expires_at=holder.expires_at,
            )
            # compare-and-set on the row we saw, so two contenders cannot both take it over
            taken = s.execute(
                update(RunLock)
                .where(
                    RunLock.name == name,
                    RunLock.owner == holder.owner,
                    RunLock.heartbeat_at == holder.heartbeat_at,
                )
                .values(**values)
            )
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                log.warning(
                    "took over a stale lock from %s (pid %s on %s)", holder.owner, holder.pid, holder.host
                )
                close_interrupted(s, dead, keep_scheduler_run=keep_scheduler_run)
                return
            holder = s.get(RunLock, name, populate_existing=True) or holder
        s.expunge(holder)
    raise AlreadyRunning(holder)


def close_interrupted(s: Any, holder: RunLock, *, keep_scheduler_run: int | None = None) -> dict[str, int]:
    """Close what a dead lock holder left "running" as ``interrupted`` (at the next start).

    Crawl runs: those started while it held the lock (``started_at >= acquired_at``; crawls run only
    under the lock, and a distributed worker's run of the same night started with it). Scheduler
    runs: the holder's job's rows when the holder was the scheduler, except the caller's own row.
    """
    now = utcnow()
    crawls = s.execute(
        update(CrawlRun)
        .where(CrawlRun.status == "running", CrawlRun.started_at >= holder.acquired_at)
        .values(status="interrupted", finished_at=now)
    ).rowcount
    sched = 0
    if holder.owner.startswith("scheduler:"):
        q = update(SchedulerRun).where(
            SchedulerRun.status == "running", SchedulerRun.job_id == holder.owner.split(":", 1)[1]
        )
        if keep_scheduler_run is not None:
            q = q.where(SchedulerRun.id != keep_scheduler_run)
        sched = s.execute(
            q.values(
                status="interrupted",
                finished_at=now,
                error=f"interrupted: lock holder pid {holder.pid} on {holder.host} died",
            )
        ).rowcount
    if crawls or sched:
        log.warning(
            "closed %d crawl run(s) and %d scheduler run(s) left running by %s as interrupted",
            crawls,
            sched,
            holder.owner,
        )
    return {"crawl_runs": int(crawls or 0), "scheduler_runs": int(sched or 0)}


def record_child(engine: Engine, child_pid: int, name: str = LOCK_NAME) -> None:
    """Note the crawler child of the lock this process holds (see :func:`run_lock`)."""
    with session_scope(engine) as s:
        s.execute(
            update(RunLock)
            .where(RunLock.name == name, RunLock.pid == os.getpid(), RunLock.host == socket.gethostname())
            .values(child_pid=child_pid)
        )


def _heartbeat(engine: Engine, name: str, me: str, ttl: dt.timedelta, stop: threading.Event) -> None:
    while not stop.wait(max(ttl.total_seconds() / 3, 0.05)):
        try:
            with session_scope(engine) as s:
                now = utcnow()
                s.execute(
                    update(RunLock)
                    .where(RunLock.name == name, RunLock.owner == me)
                    .values(heartbeat_at=now, expires_at=now + ttl)
                )
        except OperationalError as exc:  # a busy database must not kill the run; the next beat retries
            log.warning("lock heartbeat failed: %s", exc)
