"""The scheduler over a simulated week (with a missed night), the run lock, status and SIGTERM."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, select, update

from alerts import send_digests
from pubwatch.config import Config
from pubwatch.mailsink import MailSink
from pubwatch.runlock import AlreadyRunning, run_lock
from pubwatch.scheduler import SimulatedClock, run_scheduler, scheduler_status
from storage.db import get_engine, init_db, session_scope
from storage.models import RunLock, SchedulerRun
from tests.dashboards.demo_data import add_finding, add_notice

TZ = ZoneInfo("Asia/Shanghai")
REPO = Path(__file__).resolve().parents[2]


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=TZ)  # 2026-03-02 is a Monday


@pytest.fixture()
def engine(migrated_sqlite: Callable[[str], str]) -> Engine:
    eng = get_engine(migrated_sqlite("pubwatch.db"))  # a copy of the session's migrated file
    return eng


@pytest.fixture()
def config(tmp_path: Path) -> Config:
    return Config(
        db_url=f"sqlite:///{tmp_path / 'pubwatch.db'}",
        timezone="Asia/Shanghai",
        nightly_cron="0 2 * * *",
        email_sender="pubwatch@example.gov.cn",
        email_office=["jgb@example.gov.cn"],
        email_units={"市财政局": ["czj@example.gov.cn"]},
        outbox_dir=str(tmp_path / "outbox"),
    )


def _run_until(config: Config, engine: Engine, job, start: dt.datetime, until: dt.datetime) -> None:  # type: ignore[no-untyped-def]
    stop = threading.Event()
    clock = SimulatedClock(start, until=until, stop_event=stop)
    runner = threading.Thread(
        target=run_scheduler,
        args=(config, job),
        kwargs={"clock": clock, "stop_event": stop, "engine": engine},
    )
    runner.start()
    runner.join(timeout=30)
    assert not runner.is_alive(), "the scheduler did not stop at the end of the simulated span"


def test_simulated_week_with_a_missed_night(
    engine: Engine, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nights: list[dt.date] = []

    def nightly(night: dt.date) -> None:
        nights.append(night)
        with session_scope(engine) as s:
            n = add_notice(s, title=f"{night} 政府采购结果公告", publish_date=night)
            add_finding(s, kind="late_posting", on=night, unit="市财政局", notice=n)
        send_digests(engine, config, night)

    with MailSink(tmp_path / "mail") as sink:
        monkeypatch.setenv("PUBWATCH_SMTP_HOST", "127.0.0.1")
        monkeypatch.setenv("PUBWATCH_SMTP_PORT", str(sink.port))
        started = time.monotonic()
        _run_until(config, engine, nightly, at(2, 0), at(4, 1))  # Mon 00:00 → Wed 01:00
        # down from Wed 01:00 to Fri 09:00: the Wed, Thu and Fri 02:00 runs are missed
        _run_until(config, engine, nightly, at(6, 9), at(9, 0))  # Fri 09:00 → Mon 00:00
        assert time.monotonic() - started < 30
        messages = [
            email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
            for p in sorted((tmp_path / "mail").glob("*.eml"))
        ]

    expected = [dt.date(2026, 3, d) for d in (2, 3, 6, 7, 8)]
    assert nights == expected  # one catch-up (Fri), not three
    with session_scope(engine) as s:
        runs = s.scalars(select(SchedulerRun).order_by(SchedulerRun.id)).all()
        assert [(r.night, r.catch_up, r.status) for r in runs] == [
            (d, d == dt.date(2026, 3, 6), "ok") for d in expected
        ]
    assert len(messages) == 2 * len(expected)  # the unit and the office, each night
    per = Counter((str(m["To"]), str(m["Subject"])) for m in messages)
    assert set(per.values()) == {1}  # every digest arrived exactly once
    for night in expected:
        assert sum(night.isoformat() in subject for _, subject in per) == 2
    assert all("新发现 1 条" in subject for _, subject in per)

    status = scheduler_status(engine, config, now=at(9, 0))
    (job,) = status["jobs"]
    assert job["next_run"] == at(9, 2).isoformat()
    assert job["last_run"]["night"] == "2026-03-08" and job["last_run"]["status"] == "ok"
    assert status["lock"] is None and status["healthy"]


def test_a_held_lock_skips_the_run_and_is_recorded(engine: Engine, config: Config) -> None:
    calls: list[dt.date] = []
    with run_lock(engine, owner="hand-started pubwatch run"):
        _run_until(config, engine, calls.append, at(2, 1), at(2, 3))
    assert calls == []
    with session_scope(engine) as s:
        (run,) = s.scalars(select(SchedulerRun)).all()
        assert run.status == "locked" and "hand-started pubwatch run" in (run.error or "")
    status = scheduler_status(engine, config, now=at(2, 3))
    assert not status["healthy"] and status["jobs"][0]["last_run"]["status"] == "locked"


def test_group_jobs_get_their_group(engine: Engine, config: Config) -> None:
    config.cron_groups = {"provincial": "30 3 * * *"}
    seen: list[tuple[dt.date, str | None]] = []

    def job(night: dt.date, group: str | None = None) -> None:
        seen.append((night, group))

    _run_until(config, engine, job, at(2, 0), at(3, 0))
    assert seen == [(dt.date(2026, 3, 2), None), (dt.date(2026, 3, 2), "provincial")]


def test_run_lock_excludes_a_second_run_and_recovers_stale_locks(engine: Engine) -> None:
    with run_lock(engine, owner="first"):
        with pytest.raises(AlreadyRunning, match="another run is in progress") as err:
            with run_lock(engine, owner="second"):
                pass
        assert err.value.owner == "first" and err.value.pid == os.getpid()
    with run_lock(engine, owner="third"):  # released on exit
        pass
    # a crashed holder: expired lock is taken over
    with session_scope(engine) as s:
        s.add(
            RunLock(
                name="nightly", owner="crashed", host="elsewhere", pid=1, expires_at=dt.datetime(2000, 1, 1)
            )
        )
    with run_lock(engine, owner="after-crash") as row:
        assert row.owner == "after-crash"
    # a dead process on this host: taken over even before expiry
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    import socket

    with session_scope(engine) as s:
        s.add(
            RunLock(
                name="nightly",
                owner="dead",
                host=socket.gethostname(),
                pid=dead.pid,
                expires_at=dt.datetime(2999, 1, 1),
            )
        )
    with run_lock(engine, owner="after-dead") as row:
        assert row.owner == "after-dead"


def test_heartbeat_keeps_a_long_run_locked(engine: Engine) -> None:
    with run_lock(engine, owner="long", ttl=dt.timedelta(seconds=0.3)):
        with session_scope(engine) as s:
            s.execute(update(RunLock).values(expires_at=dt.datetime(2000, 1, 1)))  # as if it had expired
        time.sleep(0.25)  # the heartbeat renews it
        with pytest.raises(AlreadyRunning):
            with run_lock(engine, owner="intruder"):
                pass


def test_sigterm_stops_the_service_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "svc.db"
    code = (
        "import sys; sys.path.insert(0, {!r})\n"
        "from pubwatch.config import Config\n"
        "from pubwatch.scheduler import run_scheduler\n"
        "print('ready', flush=True)\n"
        "run_scheduler(Config(db_url={!r}), lambda night: None)\n"
        "print('stopped', flush=True)\n"
    ).format(str(REPO), f"sqlite:///{db}")
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        engine = get_engine(f"sqlite:///{db}")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:  # wait until the job is stored, i.e. the service is up
            try:
                if scheduler_status(engine, Config())["jobs"][0]["next_run"] and _jobs_stored(engine):
                    break
            except Exception:
                pass
            time.sleep(0.1)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, err
    assert "stopped" in out
    engine.dispose()


def _jobs_stored(engine: Engine) -> bool:
    from sqlalchemy import inspect

    return "apscheduler_jobs" in inspect(engine).get_table_names()


def test_on_postgresql_job_store_lock_and_status(pg_url: str) -> None:
    """The production database: APScheduler's jobs table, the lock row and the status all on PostgreSQL."""
    from sqlalchemy import inspect as sa_inspect
    from sqlalchemy import text

    engine = get_engine(pg_url)
    init_db(engine)
    config = Config(db_url=pg_url, timezone="Asia/Shanghai", nightly_cron="0 2 * * *")
    nights: list[dt.date] = []
    try:
        _run_until(config, engine, nights.append, at(2, 1), at(3, 1))  # Mon 01:00 → Tue 01:00
        assert nights == [dt.date(2026, 3, 2)]
        assert "apscheduler_jobs" in sa_inspect(engine).get_table_names()
        with engine.connect() as conn:
            stored = conn.execute(text("SELECT id, next_run_time FROM apscheduler_jobs")).all()
        assert [(jid, dt.datetime.fromtimestamp(ts, TZ)) for jid, ts in stored] == [("nightly", at(3, 2))]
        # down over Tuesday's run; back on Tuesday 08:00: the stored job is caught up once
        _run_until(config, engine, nights.append, at(3, 8), at(3, 9))
        assert nights == [dt.date(2026, 3, 2), dt.date(2026, 3, 3)]
        with session_scope(engine) as s:
            assert [
                (r.night, r.catch_up) for r in s.scalars(select(SchedulerRun).order_by(SchedulerRun.id))
            ] == [(dt.date(2026, 3, 2), False), (dt.date(2026, 3, 3), True)]

        with run_lock(engine, owner="pubwatch run (by hand)"):
            with pytest.raises(AlreadyRunning, match=r"pubwatch run \(by hand\)") as err:
                with run_lock(engine, owner="scheduler:nightly"):
                    pass
            assert err.value.owner == "pubwatch run (by hand)" and err.value.pid == os.getpid()
            status = scheduler_status(engine, config, now=at(3, 9))
            assert status["lock"]["owner"] == "pubwatch run (by hand)" and not status["lock"]["stale"]
        status = scheduler_status(engine, config, now=at(3, 9))
        (job,) = status["jobs"]
        assert job["next_run"] == at(4, 2).isoformat()
        assert job["last_run"]["night"] == "2026-03-03" and job["last_run"]["catch_up"] is True
        assert status["lock"] is None and status["healthy"]
    finally:
        engine.dispose()


def test_render_status_reads_in_chinese(engine: Engine, config: Config) -> None:
    from rich.console import Console

    from pubwatch.status_view import render_status
    from tests.dashboards.demo_data import add_crawl

    def failing(night: dt.date) -> None:
        raise RuntimeError("数据库连接失败 [bold]not markup[/bold]")

    _run_until(config, engine, failing, at(2, 1), at(2, 3))
    with session_scope(engine) as s:
        add_crawl(
            s,
            dt.date(2026, 3, 2),
            [
                {"source_key": "zfcg", "complete": True, "requests": 14, "new": 3},
                {"source_key": "kaihua", "complete": False, "requests": 9},
            ],
        )

    def text(status: dict) -> str:  # type: ignore[type-arg]
        console = Console(record=True, width=160, color_system=None)
        console.print(render_status(status))
        return console.export_text()

    with run_lock(engine, owner="pubwatch run (by hand)"):
        out = text(scheduler_status(engine, config, now=at(2, 3)))
    assert "✗ 失败" in out and "夜间任务" in out
    assert "下次运行：2026-03-03 02:00" in out
    assert "上次运行：2026-03-02 夜 失败" in out
    assert "[bold]not markup[/bold]" in out  # shown literally, not interpreted
    assert "运行锁" in out and "占用：pubwatch run (by hand)" in out
    assert "未完整采集：kaihua" in out and "数据源 zfcg" in out and "请求 14，新增 3" in out
    quiet = text(scheduler_status(engine, Config(db_url=config.db_url), now=at(2, 3)))
    assert "空闲" in quiet
