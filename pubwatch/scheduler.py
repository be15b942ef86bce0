"""The long-running nightly scheduler (APScheduler 3), the one-run-at-a-time lock, and its status.

Why these pieces:
- Jobs live in the same database (``SQLAlchemyJobStore``), so a restart knows when the next run
  was due; a run missed while the process was down is caught up once (``coalesce``) if it is
  less than ``misfire_grace_time`` late, never once per missed night.
- One run at a time is enforced by a row in ``run_locks`` (owner, host, pid, heartbeat, expiry),
  which also stops a second ``pubwatch run`` started by hand, on this machine or another one that
  shares the database. A crashed holder's lock expires; a dead pid on the same host is taken over.
- Time is injectable (``clock``) so a test can run a simulated week in seconds: the scheduler's
  "now", its waiting and the misfire check all ask the clock (no patching of ``datetime``); the
  real service uses ``SystemClock``, through the same code path.
- SIGTERM (systemd stop) stops scheduling, lets a running night finish, and releases the lock.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import os
import re
import signal
import socket
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.executors.base import BaseExecutor, MaxInstancesReachedError
from apscheduler.job import Job
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_PAUSED, STATE_STOPPED
from apscheduler.triggers.cron import CronTrigger
from rich.table import Table
from rich.text import Text
from sqlalchemy import Engine, case, delete, desc, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError, ProgrammingError

from pubwatch.config import Config
from pubwatch.proctree import tree_alive
from pubwatch.runstate import STATES, overall_state
from storage.db import get_engine, init_db, session_scope
from storage.models import CrawlHealth, CrawlRun, RunLock, SchedulerRun, utcnow

log = logging.getLogger(__name__)

LOCK_NAME = "nightly"
LOCK_TTL = dt.timedelta(minutes=10)
MISFIRE_GRACE = dt.timedelta(hours=23)
JOBS_TABLE = "apscheduler_jobs"
NIGHTLY_ID = "nightly"


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


# --- the lock ----------------------------------------------------------------------------------------


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def run_lock(engine: Engine, name: str = LOCK_NAME, *, ttl: dt.timedelta = LOCK_TTL,
             owner: str | None = None, scheduler_run: int | None = None) -> Iterator[RunLock]:
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
    beat = threading.Thread(target=_heartbeat, args=(engine, name, me, ttl, stop), daemon=True,
                            name=f"lock-heartbeat-{name}")
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


def _acquire(engine: Engine, name: str, me: str, host: str, pid: int, ttl: dt.timedelta,
             keep_scheduler_run: int | None = None) -> None:
    now = utcnow()
    values = {"owner": me, "host": host, "pid": pid, "acquired_at": now, "heartbeat_at": now, "expires_at": now + ttl}
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
        stale = holder.expires_at < now or (holder.host == host and holder.pid != pid and not _pid_alive(holder.pid))
        if stale and holder.host == host and tree_alive(holder.child_pid):
            # the holder died but its crawler has not (yet): two crawls of one night must not overlap
            log.warning("lock holder %s is gone but its crawler (pgid %s) still runs", holder.owner, holder.child_pid)
            stale = False
        if stale:
            # the dead holder as it was (the update below refreshes the session's copy of the row)
            dead = RunLock(name=holder.name, owner=holder.owner, host=holder.host, pid=holder.pid,
                           child_pid=holder.child_pid, acquired_at=holder.acquired_at,
                           heartbeat_at=holder.heartbeat_at, expires_at=holder.expires_at)
            # compare-and-set on the row we saw, so two contenders cannot both take it over
            taken = s.execute(update(RunLock).where(RunLock.name == name, RunLock.owner == holder.owner,
                                                    RunLock.heartbeat_at == holder.heartbeat_at).values(**values))
            if taken.rowcount == 1:  # type: ignore[attr-defined]
                log.warning("took over a stale lock from %s (pid %s on %s)", holder.owner, holder.pid, holder.host)
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
    crawls = s.execute(update(CrawlRun).where(CrawlRun.status == "running",
                                              CrawlRun.started_at >= holder.acquired_at)
                       .values(status="interrupted", finished_at=now)).rowcount
    sched = 0
    if holder.owner.startswith("scheduler:"):
        q = update(SchedulerRun).where(SchedulerRun.status == "running",
                                       SchedulerRun.job_id == holder.owner.split(":", 1)[1])
        if keep_scheduler_run is not None:
            q = q.where(SchedulerRun.id != keep_scheduler_run)
        sched = s.execute(q.values(status="interrupted", finished_at=now,
                                   error=f"interrupted: lock holder pid {holder.pid} on {holder.host} died")).rowcount
    if crawls or sched:
        log.warning("closed %d crawl run(s) and %d scheduler run(s) left running by %s as interrupted",
                    crawls, sched, holder.owner)
    return {"crawl_runs": int(crawls or 0), "scheduler_runs": int(sched or 0)}


def record_child(engine: Engine, child_pid: int, name: str = LOCK_NAME) -> None:
    """Note the crawler child of the lock this process holds (see :func:`run_lock`)."""
    with session_scope(engine) as s:
        s.execute(update(RunLock).where(RunLock.name == name, RunLock.pid == os.getpid(),
                                        RunLock.host == socket.gethostname()).values(child_pid=child_pid))


def _heartbeat(engine: Engine, name: str, me: str, ttl: dt.timedelta, stop: threading.Event) -> None:
    while not stop.wait(max(ttl.total_seconds() / 3, 0.05)):
        try:
            with session_scope(engine) as s:
                now = utcnow()
                s.execute(update(RunLock).where(RunLock.name == name, RunLock.owner == me)
                          .values(heartbeat_at=now, expires_at=now + ttl))
        except OperationalError as exc:  # a busy database must not kill the run; the next beat retries
            log.warning("lock heartbeat failed: %s", exc)


# --- time ----------------------------------------------------------------------------------------


class Clock(Protocol):
    """Where the scheduler gets the time and how it waits (the system, or a simulation)."""

    def now(self, tz: dt.tzinfo) -> dt.datetime: ...

    def wait(self, event: threading.Event, seconds: float | None) -> None: ...


class SystemClock:
    """Real time."""

    def now(self, tz: dt.tzinfo) -> dt.datetime:
        return dt.datetime.now(tz)

    def wait(self, event: threading.Event, seconds: float | None) -> None:
        event.wait(seconds)


class SimulatedClock:
    """Simulated time: waiting jumps forward instantly; reaching ``until`` sets ``stop_event``.

    Used by tests to run days of schedule in milliseconds. Thread-safe enough for one scheduler.
    """

    def __init__(self, start: dt.datetime, until: dt.datetime | None = None,
                 stop_event: threading.Event | None = None) -> None:
        if start.tzinfo is None:
            raise ValueError("SimulatedClock needs an aware start time")
        self.current = start
        self.until = until
        self.stop_event = stop_event

    def now(self, tz: dt.tzinfo) -> dt.datetime:
        return self.current.astimezone(tz)

    def wait(self, event: threading.Event, seconds: float | None) -> None:
        if event.is_set():
            return
        if seconds is None:  # nothing scheduled (e.g. paused while jobs are set up): let real time pass
            event.wait(0.01)
            return
        target = self.current + dt.timedelta(seconds=seconds)
        if self.until is not None and target >= self.until:
            self.current = self.until
            if self.stop_event is not None:
                self.stop_event.set()
            event.wait(0.01)
            return
        self.current = target
        event.wait(0)


class _ClockExecutor(BaseExecutor):
    """Runs the job in the scheduler's thread (one run at a time), judging misfires by the clock.

    APScheduler's own ``run_job`` asks ``datetime.now`` whether a run is too late; here the question
    goes to the injected clock, so a simulated week misfires exactly as a real one would.
    """

    def __init__(self, clock: Clock) -> None:
        super().__init__()
        self._clock = clock

    def _do_submit_job(self, job: Job, run_times: list[dt.datetime]) -> None:
        events = []
        for run_time in run_times:
            late = self._clock.now(dt.UTC) - run_time
            if job.misfire_grace_time is not None and late > dt.timedelta(seconds=job.misfire_grace_time):
                log.warning("run of %s scheduled for %s missed by %s (more than the grace time): skipped",
                            job.id, run_time, late)
                events.append(JobExecutionEvent(EVENT_JOB_MISSED, job.id, job._jobstore_alias, run_time))
                continue
            try:
                retval = job.func(*job.args, **job.kwargs)
            except Exception as exc:  # _fire records failures itself; this is a last resort
                log.exception("job %s raised", job.id)
                events.append(JobExecutionEvent(EVENT_JOB_ERROR, job.id, job._jobstore_alias, run_time,
                                                exception=exc))
            else:
                events.append(JobExecutionEvent(EVENT_JOB_EXECUTED, job.id, job._jobstore_alias, run_time,
                                                retval=retval))
        self._run_job_success(job.id, events)


class _ClockedScheduler(BackgroundScheduler):
    """A BackgroundScheduler whose notion of "now" and whose waiting both go through the clock.

    ``_process_jobs`` follows APScheduler 3.11's (due jobs → coalesced run times → executor → next
    run time stored), with ``datetime.now`` replaced by the clock. Pinned to APScheduler 3.
    """

    def __init__(self, clock: Clock, **options: Any) -> None:
        self._clock = clock
        super().__init__(**options)

    def _main_loop(self) -> None:
        wait_seconds: float | None = None
        while self.state != STATE_STOPPED:
            self._clock.wait(self._event, wait_seconds)
            self._event.clear()
            wait_seconds = self._process_jobs()

    def _process_jobs(self) -> float | None:
        if self.state == STATE_PAUSED:
            return None
        now = self._clock.now(self.timezone)
        next_wakeup: dt.datetime | None = None
        with self._jobstores_lock:
            for alias, store in self._jobstores.items():
                try:
                    due = store.get_due_jobs(now)
                except Exception as exc:  # the database is away: try again later, keep the service up
                    log.warning("cannot read due jobs from the job store %r: %s", alias, exc)
                    retry = now + dt.timedelta(seconds=self.jobstore_retry_interval)
                    next_wakeup = retry if next_wakeup is None else min(next_wakeup, retry)
                    continue
                for job in due:
                    run_times = job._get_run_times(now)
                    run_times = run_times[-1:] if run_times and job.coalesce else run_times
                    if not run_times:
                        continue
                    try:
                        self._lookup_executor(job.executor).submit_job(job, run_times)
                    except MaxInstancesReachedError:
                        log.warning("job %s is still running; this run is skipped", job.id)
                    following = job.trigger.get_next_fire_time(run_times[-1], now)
                    if following:
                        job._modify(next_run_time=following)
                        store.update_job(job)
                    else:
                        self.remove_job(job.id, alias)
                store_next = store.get_next_run_time()
                if store_next and (next_wakeup is None or store_next < next_wakeup):
                    next_wakeup = store_next.astimezone(self.timezone)
        if self.state == STATE_PAUSED or next_wakeup is None:
            return None
        return min(max(next_wakeup.timestamp() - self._clock.now(self.timezone).timestamp(), 0), threading.TIMEOUT_MAX)


# --- the service ---------------------------------------------------------------------------------


@dataclass
class _Service:
    engine: Engine
    job: Callable[..., Any]
    clock: Clock
    tz: ZoneInfo
    triggers: dict[str, CronTrigger]


_service: _Service | None = None


def job_specs(config: Config) -> dict[str, str]:
    """Job id → cron expression: the nightly job plus one per source group (``[schedule.groups]``)."""
    specs = {NIGHTLY_ID: config.nightly_cron}
    for group, cron in sorted(config.cron_groups.items()):
        specs[f"group:{group}"] = cron
    return specs


def _trigger(cron: str, tz: ZoneInfo, where: str) -> CronTrigger:
    try:
        return CronTrigger.from_crontab(cron, timezone=tz)
    except ValueError as exc:
        raise ValueError(f"无效的 cron 表达式 (invalid cron expression) {where} = {cron!r}: {exc}") from exc


def _fire(job_id: str, cron: str = "") -> None:
    """The function APScheduler stores (by reference): runs the registered job under the lock.

    ``cron`` is stored with the job only so a restart can tell whether the schedule changed.
    """
    svc = _service
    if svc is None:
        log.error("scheduler job %s fired without a running service", job_id)
        return
    now = svc.clock.now(svc.tz)
    scheduled = _last_fire_time(svc.triggers[job_id], now)
    night = scheduled.date() if scheduled else now.date()
    catch_up = scheduled is not None and now - scheduled > dt.timedelta(minutes=5)
    group = job_id.split(":", 1)[1] if job_id.startswith("group:") else None
    with session_scope(svc.engine) as s:
        run = SchedulerRun(job_id=job_id, night=night, started_at=_naive_utc(now), catch_up=catch_up,
                           scheduled_for=_naive_utc(scheduled) if scheduled else None, status="running")
        s.add(run)
        s.flush()
        run_id = run.id
    status, error = "ok", None
    try:
        with run_lock(svc.engine, owner=f"scheduler:{job_id}", scheduler_run=run_id):
            kwargs = {"group": group} if group is not None and _accepts(svc.job, "group") else {}
            svc.job(night, **kwargs)
    except AlreadyRunning as exc:
        status, error = "locked", str(exc)
        log.warning("run %s for %s skipped: %s", job_id, night, exc)
    except Exception as exc:  # a failed night is recorded and the service keeps going
        status, error = "error", f"{exc.__class__.__name__}: {exc}"
        log.exception("run %s for %s failed", job_id, night)
    with session_scope(svc.engine) as s:
        s.execute(update(SchedulerRun).where(SchedulerRun.id == run_id).values(
            status=status, error=error, finished_at=_naive_utc(svc.clock.now(svc.tz))))


def _accepts(func: Callable[..., Any], name: str) -> bool:
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False
    return name in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def _last_fire_time(trigger: CronTrigger, now: dt.datetime) -> dt.datetime | None:
    """The latest fire time at or before ``now`` (the run a coalesced catch-up stands for)."""
    t = trigger.get_next_fire_time(None, now - dt.timedelta(days=8))
    last = None
    while t is not None and t <= now:
        last = t
        t = trigger.get_next_fire_time(t, t + dt.timedelta(seconds=1))
    return last


def _naive_utc(value: dt.datetime) -> dt.datetime:
    return value.astimezone(dt.UTC).replace(tzinfo=None)


def run_scheduler(config: Config, job: Callable[[dt.date], Any], *, clock: Clock | None = None,
                  stop_event: threading.Event | None = None, engine: Engine | None = None,
                  misfire_grace: dt.timedelta = MISFIRE_GRACE) -> None:
    """Run the schedule in the foreground until SIGTERM/SIGINT or ``stop_event``.

    ``job(night)`` is called for each due run (with ``group=`` for source-group jobs if it accepts it).
    """
    global _service
    tz = ZoneInfo(config.timezone)
    specs = job_specs(config)
    triggers = {jid: _trigger(cron, tz, "schedule.nightly" if jid == NIGHTLY_ID else f"schedule.groups.{jid[6:]}")
                for jid, cron in specs.items()}
    own_engine = engine is None
    engine = engine or get_engine(config.db_url)
    init_db(engine)
    stop = stop_event or threading.Event()
    clock = clock or SystemClock()
    simulated = not isinstance(clock, SystemClock)
    options: dict[str, Any] = {
        "jobstores": {"default": SQLAlchemyJobStore(engine=engine, tablename=JOBS_TABLE)},
        "executors": {"default": _ClockExecutor(clock)},  # runs in the scheduler thread: one run at a time
        "job_defaults": {"coalesce": True, "max_instances": 1,
                         "misfire_grace_time": int(misfire_grace.total_seconds())},
        "timezone": tz,
    }
    restore: list[tuple[int, Any]] = []
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGINT):
            restore.append((sig, signal.signal(sig, lambda *_: stop.set())))
    _service = _Service(engine=engine, job=job, clock=clock, tz=tz, triggers=triggers)
    try:
        scheduler = _ClockedScheduler(clock, **options)
        scheduler.start(paused=True)
        _sync_jobs(scheduler, specs, triggers, clock.now(tz))
        scheduler.resume()
        log.info("scheduler started: %s", ", ".join(f"{j} [{c}]" for j, c in specs.items()))
        while not stop.wait(0.05 if simulated else 1.0):
            pass
        log.info("scheduler stopping (waiting for a running night to finish)")
        scheduler.shutdown(wait=True)
    finally:
        _service = None
        for sig, handler in restore:
            signal.signal(sig, handler)
        if own_engine:
            engine.dispose()


def _sync_jobs(scheduler: BackgroundScheduler, specs: dict[str, str], triggers: dict[str, CronTrigger],
               now: dt.datetime) -> None:
    """Keep stored jobs whose cron is unchanged (their missed run time must survive a restart).

    New or changed jobs get their first run time from the injected clock's ``now``.
    """
    wanted = set(specs)
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            job.remove()
    for jid, cron in specs.items():
        existing = scheduler.get_job(jid)
        if existing is not None and existing.kwargs.get("cron") == cron:
            continue
        scheduler.add_job(_fire, trigger=triggers[jid], args=[jid], kwargs={"cron": cron}, id=jid,
                          name=f"{jid} [{cron}]", replace_existing=True,
                          next_run_time=triggers[jid].get_next_fire_time(None, now))


# --- status --------------------------------------------------------------------------------------


def scheduler_status(engine: Engine, config: Config, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Last and next runs per job, the lock holder, the last crawl and its health (for ``pubwatch status``)."""
    tz = ZoneInfo(config.timezone)
    now = now or dt.datetime.now(tz)
    stored = _stored_next_runs(engine)
    jobs = []
    with session_scope(engine) as s:
        for jid, cron in job_specs(config).items():
            last = s.scalars(select(SchedulerRun).where(SchedulerRun.job_id == jid)
                             .order_by(desc(SchedulerRun.started_at), desc(SchedulerRun.id)).limit(1)).first()
            computed = _trigger(cron, tz, jid).get_next_fire_time(None, now)
            next_run = stored.get(jid) or computed
            jobs.append({
                "id": jid, "cron": cron,
                "next_run": next_run.astimezone(tz).isoformat() if next_run else None,
                "last_run": None if last is None else {
                    "night": last.night.isoformat(), "status": last.status, "catch_up": last.catch_up,
                    "started_at": _local(last.started_at, tz), "finished_at": _local(last.finished_at, tz),
                    "error": last.error,
                },
            })
        lock = s.get(RunLock, LOCK_NAME)
        lock_info = None if lock is None else {
            "owner": lock.owner, "host": lock.host, "pid": lock.pid, "since": _local(lock.acquired_at, tz),
            "expires_at": _local(lock.expires_at, tz), "stale": lock.expires_at < utcnow(),
        }
        crawl = _last_crawl(s, tz)
    state = overall_state(jobs, crawl, lock_info)
    healthy = state == "complete"
    return {"now": now.isoformat(), "timezone": config.timezone, "jobs": jobs, "lock": lock_info,
            "last_crawl": crawl, "healthy": healthy, "state": state}


def _local(value: dt.datetime | None, tz: ZoneInfo) -> str | None:
    return None if value is None else value.replace(tzinfo=dt.UTC).astimezone(tz).isoformat()


def _stored_next_runs(engine: Engine) -> dict[str, dt.datetime]:
    """Next run times as APScheduler stored them (float UTC timestamps), if its table exists."""
    from sqlalchemy import Column, Float, MetaData, Table, Unicode

    table = Table(JOBS_TABLE, MetaData(), Column("id", Unicode(191), primary_key=True), Column("next_run_time", Float))
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(table.c.id, table.c.next_run_time)).all()
    except (OperationalError, ProgrammingError):
        return {}
    return {jid: dt.datetime.fromtimestamp(ts, dt.UTC) for jid, ts in rows if ts is not None}


def _last_crawl(s: Any, tz: ZoneInfo) -> dict[str, Any] | None:
    run = s.scalars(select(CrawlRun).order_by(desc(CrawlRun.started_at), desc(CrawlRun.id)).limit(1)).first()
    if run is None:
        return None
    # booleans as 0/1: PostgreSQL has no min()/max() of boolean (SQLite stores them as integers)
    all_complete = func.min(case((CrawlHealth.complete.is_(True), 1), else_=0))
    any_blocked = func.max(case((CrawlHealth.blocked.is_(True), 1), else_=0))
    rows = s.execute(select(CrawlHealth.source_key, all_complete, any_blocked,
                            func.sum(CrawlHealth.requests), func.sum(CrawlHealth.new))
                     .where(CrawlHealth.run_id == run.id).group_by(CrawlHealth.source_key)).all()
    sources = {src: {"complete": bool(ok), "blocked": bool(blocked), "requests": int(req or 0), "new": int(new or 0)}
               for src, ok, blocked, req, new in rows}
    return {
        "id": run.id, "night": run.night.isoformat(), "mode": run.mode, "status": run.status,
        "started_at": _local(run.started_at, tz), "finished_at": _local(run.finished_at, tz),
        "sources": sources, "incomplete_sources": sorted(k for k, v in sources.items() if not v["complete"]),
    }


# --- status, readable ----------------------------------------------------------------------------

RUN_STATUS = {"ok": "成功", "error": "失败", "locked": "跳过（另一运行持有锁）", "running": "运行中",
              "interrupted": "已中断"}
CRAWL_STATUS = {"ok": "完成", "finished": "完成", "done": "完成", "complete": "完整结束", "incomplete": "不完整",
                "running": "运行中", "interrupted": "已中断", "error": "失败", "failed": "失败"}


def _when(value: str | None) -> str:
    """An ISO timestamp from ``scheduler_status`` as ``2026-03-11 02:00`` (local time as given)."""
    if not value:
        return "—"
    try:
        return dt.datetime.fromisoformat(value).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return value


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _plain(value: Any) -> str:
    """Text from the database shown as it is: no control characters (ESC could drive the terminal)."""
    return _CONTROL.sub(" ", "" if value is None else str(value))


def _lines(*lines: Text | str) -> Text:
    """Several lines in one table cell; ``str`` parts are plain text, never markup."""
    return Text("\n").join(line if isinstance(line, Text) else Text(_plain(line)) for line in lines)


def render_status(status: dict[str, Any]) -> Table:
    """``scheduler_status(...)`` as a Rich table with Chinese labels, for ``pubwatch status``.

    Why a table and not JSON: the reader is the office's operator checking "did last night run, will
    tonight run, is anything stuck". Everything from the database is put into ``rich.text.Text``
    objects, never into markup strings: an error message or source key holding ``[brackets]`` or a
    backslash must be shown exactly as stored (``rich.markup.escape`` doubles a trailing backslash).
    """
    state = status.get("state") or ("complete" if status.get("healthy") else "incomplete")
    table = Table(title=Text(f"pubwatch 运行状态（{_plain(status.get('timezone', ''))}，{_when(status.get('now'))}）"),
                  show_lines=True)
    table.add_column("项目", style="bold", no_wrap=True)
    table.add_column("状态", overflow="fold")
    words, colour = STATES.get(state, (state, "red"))
    table.add_row("总体", Text(words, style=colour))
    for job in status.get("jobs", []):
        name = "夜间任务" if job["id"] == NIGHTLY_ID else f"数据源组 {job['id'].split(':', 1)[-1]}"
        lines: list[Text | str] = [f"计划：{job['cron']}", f"下次运行：{_when(job.get('next_run'))}"]
        last = job.get("last_run")
        if last is None:
            lines.append("上次运行：尚未运行")
        else:
            word = RUN_STATUS.get(last["status"], _plain(last["status"]))
            colour = "green" if last["status"] == "ok" else ("yellow" if last["status"] == "running" else "red")
            if last["status"] == "running" and state == "interrupted":
                word, colour = "已中断（运行记录未结束，进程已不在）", "red"
            lines.append(Text.assemble(f"上次运行：{_plain(last['night'])} 夜 ", (word, colour),
                                       "（补跑）" if last.get("catch_up") else ""))
            lines.append(f"开始 {_when(last.get('started_at'))}，结束 {_when(last.get('finished_at'))}")
            if last.get("error"):
                lines.append(Text(f"错误：{_plain(last['error'])}", style="red"))
        table.add_row(Text(_plain(name)), _lines(*lines))
    lock = status.get("lock")
    if lock is None:
        table.add_row("运行锁", "空闲")
    else:
        table.add_row("运行锁", _lines(
            f"占用：{lock['owner']}（主机 {lock['host']}，进程 {lock['pid']}）",
            Text.assemble(f"自 {_when(lock.get('since'))}，到期 {_when(lock.get('expires_at'))}",
                          ("（已过期，下次运行将接管）", "red") if lock.get("stale") else "")))
    crawl = status.get("last_crawl")
    if crawl is None:
        table.add_row("最近一次采集", "尚无采集记录")
    else:
        incomplete = crawl.get("incomplete_sources") or []
        word = CRAWL_STATUS.get(crawl["status"], _plain(crawl["status"]))
        if crawl["status"] == "running" and state == "interrupted":
            word = "已中断（运行记录未结束，进程已不在）"
        summary: list[Text | str] = [
            f"{crawl['night']} 夜，{word}，数据源 {len(crawl.get('sources', {}))} 个",
            f"开始 {_when(crawl.get('started_at'))}，结束 {_when(crawl.get('finished_at'))}"]
        if incomplete:
            summary.append(Text.assemble((f"未完整采集：{_plain('、'.join(incomplete))}", "red"),
                                         "（其“未发现”不作为“未公开”的依据）"))
        table.add_row("最近一次采集", _lines(*summary))
        for key, src in sorted(crawl.get("sources", {}).items()):
            mark = Text("✓ 完整", style="green") if src["complete"] else \
                Text("✗ 被拦截" if src["blocked"] else "✗ 不完整", style="red")
            table.add_row(Text(f"  数据源 {_plain(key)}"), Text.assemble(mark, f"，请求 {src['requests']}，新增 {src['new']}"))
    return table
