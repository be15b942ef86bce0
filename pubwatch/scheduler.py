"""The long-running nightly scheduler (APScheduler 3) and what ``pubwatch status`` reads of it.

Why these pieces:
- Jobs live in the same database (``SQLAlchemyJobStore``), so a restart knows when the next run
  was due; a run missed while the process was down is caught up once (``coalesce``) if it is
  less than ``misfire_grace_time`` late, never once per missed night.
- Each run is taken under the one-run-at-a-time lock of :mod:`pubwatch.runlock`, which also stops
  a second ``pubwatch run`` started by hand; a run that finds it held is recorded ``locked``.
- Time is injectable (``clock``) so a test can run a simulated week in seconds: the scheduler's
  "now", its waiting and the misfire check all ask the clock (no patching of ``datetime``); the
  real service uses ``SystemClock``, through the same code path.
- SIGTERM (systemd stop) stops scheduling, lets a running night finish, and releases the lock.

The Rich table of ``pubwatch status`` is :mod:`pubwatch.status_view`.
"""

from __future__ import annotations

import datetime as dt
import inspect
import logging
import signal
import threading
from collections.abc import Callable
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
from sqlalchemy import Engine, case, desc, func, select, update
from sqlalchemy.exc import OperationalError, ProgrammingError

from pubwatch.config import Config
from pubwatch.runlock import LOCK_NAME, AlreadyRunning, run_lock
from pubwatch.runstate import overall_state
from storage.db import get_engine, init_db, session_scope
from storage.models import CrawlHealth, CrawlRun, RunLock, SchedulerRun, utcnow

log = logging.getLogger(__name__)

MISFIRE_GRACE = dt.timedelta(hours=23)
JOBS_TABLE = "apscheduler_jobs"
NIGHTLY_ID = "nightly"


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

    def __init__(
        self, start: dt.datetime, until: dt.datetime | None = None, stop_event: threading.Event | None = None
    ) -> None:
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
                log.warning(
                    "run of %s scheduled for %s missed by %s (more than the grace time): skipped",
                    job.id,
                    run_time,
                    late,
                )
                events.append(JobExecutionEvent(EVENT_JOB_MISSED, job.id, job._jobstore_alias, run_time))
                continue
            try:
                retval = job.func(*job.args, **job.kwargs)
            except Exception as exc:  # _fire records failures itself; this is a last resort
                log.exception("job %s raised", job.id)
                events.append(
                    JobExecutionEvent(EVENT_JOB_ERROR, job.id, job._jobstore_alias, run_time, exception=exc)
                )
            else:
                events.append(
                    JobExecutionEvent(
                        EVENT_JOB_EXECUTED, job.id, job._jobstore_alias, run_time, retval=retval
                    )
                )
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
        return min(
            max(next_wakeup.timestamp() - self._clock.now(self.timezone).timestamp(), 0),
            threading.TIMEOUT_MAX,
        )


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
        run = SchedulerRun(
            job_id=job_id,
            night=night,
            started_at=_naive_utc(now),
            catch_up=catch_up,
            scheduled_for=_naive_utc(scheduled) if scheduled else None,
            status="running",
        )
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
        s.execute(
            update(SchedulerRun)
            .where(SchedulerRun.id == run_id)
            .values(status=status, error=error, finished_at=_naive_utc(svc.clock.now(svc.tz)))
        )


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


def run_scheduler(
    config: Config,
    job: Callable[[dt.date], Any],
    *,
    clock: Clock | None = None,
    stop_event: threading.Event | None = None,
    engine: Engine | None = None,
    misfire_grace: dt.timedelta = MISFIRE_GRACE,
) -> None:
    """Run the schedule in the foreground until SIGTERM/SIGINT or ``stop_event``.

    ``job(night)`` is called for each due run (with ``group=`` for source-group jobs if it accepts it).
    """
    global _service
    tz = ZoneInfo(config.timezone)
    specs = job_specs(config)
    triggers = {
        jid: _trigger(cron, tz, "schedule.nightly" if jid == NIGHTLY_ID else f"schedule.groups.{jid[6:]}")
        for jid, cron in specs.items()
    }
    own_engine = engine is None
    engine = engine or get_engine(config.db_url)
    init_db(engine)
    stop = stop_event or threading.Event()
    clock = clock or SystemClock()
    simulated = not isinstance(clock, SystemClock)
    options: dict[str, Any] = {
        "jobstores": {"default": SQLAlchemyJobStore(engine=engine, tablename=JOBS_TABLE)},
        "executors": {"default": _ClockExecutor(clock)},  # runs in the scheduler thread: one run at a time
        "job_defaults": {
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": int(misfire_grace.total_seconds()),
        },
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


def _sync_jobs(
    scheduler: BackgroundScheduler, specs: dict[str, str], triggers: dict[str, CronTrigger], now: dt.datetime
) -> None:
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
        scheduler.add_job(
            _fire,
            trigger=triggers[jid],
            args=[jid],
            kwargs={"cron": cron},
            id=jid,
            name=f"{jid} [{cron}]",
            replace_existing=True,
            next_run_time=triggers[jid].get_next_fire_time(None, now),
        )


# --- status --------------------------------------------------------------------------------------


def scheduler_status(engine: Engine, config: Config, *, now: dt.datetime | None = None) -> dict[str, Any]:
    """Last and next runs per job, the lock holder, the last crawl and its health (for ``pubwatch status``)."""
    tz = ZoneInfo(config.timezone)
    now = now or dt.datetime.now(tz)
    stored = _stored_next_runs(engine)
    jobs = []
    with session_scope(engine) as s:
        for jid, cron in job_specs(config).items():
            last = s.scalars(
                select(SchedulerRun)
                .where(SchedulerRun.job_id == jid)
                .order_by(desc(SchedulerRun.started_at), desc(SchedulerRun.id))
                .limit(1)
            ).first()
            computed = _trigger(cron, tz, jid).get_next_fire_time(None, now)
            next_run = stored.get(jid) or computed
            jobs.append(
                {
                    "id": jid,
                    "cron": cron,
                    "next_run": next_run.astimezone(tz).isoformat() if next_run else None,
                    "last_run": None
                    if last is None
                    else {
                        "night": last.night.isoformat(),
                        "status": last.status,
                        "catch_up": last.catch_up,
                        "started_at": _local(last.started_at, tz),
                        "finished_at": _local(last.finished_at, tz),
                        "error": last.error,
                    },
                }
            )
        lock = s.get(RunLock, LOCK_NAME)
        lock_info = (
            None
            if lock is None
            else {
                "owner": lock.owner,
                "host": lock.host,
                "pid": lock.pid,
                "since": _local(lock.acquired_at, tz),
                "expires_at": _local(lock.expires_at, tz),
                "stale": lock.expires_at < utcnow(),
            }
        )
        crawl = _last_crawl(s, tz)
    state = overall_state(jobs, crawl, lock_info)
    healthy = state == "complete"
    return {
        "now": now.isoformat(),
        "timezone": config.timezone,
        "jobs": jobs,
        "lock": lock_info,
        "last_crawl": crawl,
        "healthy": healthy,
        "state": state,
    }


def _local(value: dt.datetime | None, tz: ZoneInfo) -> str | None:
    return None if value is None else value.replace(tzinfo=dt.UTC).astimezone(tz).isoformat()


def _stored_next_runs(engine: Engine) -> dict[str, dt.datetime]:
    """Next run times as APScheduler stored them (float UTC timestamps), if its table exists."""
    from sqlalchemy import Column, Float, MetaData, Table, Unicode

    table = Table(
        JOBS_TABLE, MetaData(), Column("id", Unicode(191), primary_key=True), Column("next_run_time", Float)
    )
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
    rows = s.execute(
        select(
            CrawlHealth.source_key,
            all_complete,
            any_blocked,
            func.sum(CrawlHealth.requests),
            func.sum(CrawlHealth.new),
        )
        .where(CrawlHealth.run_id == run.id)
        .group_by(CrawlHealth.source_key)
    ).all()
    sources = {
        src: {"complete": bool(ok), "blocked": bool(blocked), "requests": int(req or 0), "new": int(new or 0)}
        for src, ok, blocked, req, new in rows
    }
    return {
        "id": run.id,
        "night": run.night.isoformat(),
        "mode": run.mode,
        "status": run.status,
        "started_at": _local(run.started_at, tz),
        "finished_at": _local(run.finished_at, tz),
        "sources": sources,
        "incomplete_sources": sorted(k for k, v in sources.items() if not v["complete"]),
    }
