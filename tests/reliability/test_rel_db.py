"""Database faults (issue 15 §3, §4): two first runs racing the migration, a lock whose holder died
(with and without its crawler), a connection lost mid-run, ``status`` and nightly counts on
PostgreSQL."""

from __future__ import annotations

import datetime as dt
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reliability_support import REPO, SECRET, Hostile, add_overdue_tender, rows, run_nightly, write_config
from sqlalchemy import select

from pubwatch.runlock import LOCK_NAME, AlreadyRunning, run_lock
from storage.db import get_engine, init_db, session_scope
from storage.models import CrawlRun, RunLock, SchedulerRun, utcnow

RACE = (
    "import sys\nfrom storage.db import get_engine, init_db\n"
    "e = get_engine(sys.argv[1])\ninit_db(e)\nprint('ok', sorted(e.dialect.get_table_names(e.connect()))[:1])\n"
)


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_two_first_runs_race_the_migration(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = f"sqlite:///{tmp_path / 'fresh.db'}" if backend == "sqlite" else request.getfixturevalue("pg_url")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RACE, url],
            env=env,
            cwd=REPO,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(3)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [o[1][-800:] for o in outs]
    assert all("Traceback" not in err for _, err in outs)
    assert rows(url, "SELECT count(*) FROM alembic_version")[0][0] == 1


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_lock_of_a_dead_holder_waits_for_its_crawler_then_closes_what_it_left_running(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'pw.db'}")
    init_db(engine)
    crawler = subprocess.Popen(["sleep", "30"], start_new_session=True)  # the orphaned crawler tree
    now = utcnow()
    try:
        with session_scope(engine) as s:
            s.add(
                RunLock(
                    name=LOCK_NAME,
                    owner="scheduler:nightly",
                    host=socket.gethostname(),
                    pid=_dead_pid(),
                    child_pid=crawler.pid,
                    acquired_at=now - dt.timedelta(minutes=5),
                    heartbeat_at=now - dt.timedelta(minutes=1),
                    expires_at=now + dt.timedelta(minutes=5),
                )
            )
            s.add(
                CrawlRun(
                    night=dt.date(2026, 2, 10), status="running", started_at=now - dt.timedelta(minutes=4)
                )
            )
            s.add(
                SchedulerRun(
                    job_id="nightly",
                    night=dt.date(2026, 2, 10),
                    status="running",
                    started_at=now - dt.timedelta(minutes=5),
                )
            )
            s.add(
                CrawlRun(night=dt.date(2026, 2, 9), status="complete", started_at=now - dt.timedelta(days=1))
            )
        with pytest.raises(AlreadyRunning):  # its crawler still runs: no second crawl of the night
            with run_lock(engine, owner="pubwatch run"):
                pass
        crawler.kill()
        crawler.wait()
        time.sleep(0.1)
        with run_lock(engine, owner="pubwatch run"):
            pass
        with session_scope(engine) as s:
            assert [r.status for r in s.scalars(select(CrawlRun).order_by(CrawlRun.id))] == [
                "interrupted",
                "complete",
            ]
            (sched,) = s.scalars(select(SchedulerRun)).all()
            assert sched.status == "interrupted" and sched.finished_at is not None
            assert "died" in (sched.error or "")
    finally:
        if crawler.poll() is None:
            crawler.kill()
        engine.dispose()


def test_a_connection_lost_mid_run_is_one_line(hostile: Hostile, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'pw.db'}"
    cfg = write_config(tmp_path / "cfg", db, hostile.base)
    pre = (
        "import pubwatch.nightly as _n\nfrom sqlalchemy.exc import OperationalError\n"
        "def _lost(*a, **k):\n"
        "    raise OperationalError('SELECT secret_sql', {'p': 1}, Exception("
        "'server closed the connection unexpectedly\\n\\tThis probably means the server terminated abnormally'))\n"
        "_n.run_crawl = _lost\n"
    )
    proc = run_nightly(cfg, "2026-02-10", None, pre=pre)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "数据库连接中断" in lines[0], proc.stderr[-1500:]
    assert "secret_sql" not in proc.stderr and "Traceback" not in proc.stderr and SECRET not in proc.stderr


@pytest.mark.postgres
def test_status_and_nightly_counts_on_postgresql(tmp_path: Path, pg_url: str) -> None:
    """The same night on SQLite and PostgreSQL: the same "new" counts in the nightly summary
    (psycopg's rowcount of INSERT … SELECT is -1), and ``status`` reads crawl health on PostgreSQL
    (no ``min(boolean)`` there)."""
    from pubwatch.config import Config
    from pubwatch.nightly import run_checks
    from pubwatch.scheduler import scheduler_status
    from storage.models import CrawlHealth

    summaries = {}
    for name, url in (("sqlite", f"sqlite:///{tmp_path / 'pw.db'}"), ("pg", pg_url)):
        engine = get_engine(url)
        init_db(engine)
        try:
            for n, day in ((1, "2026-03-02"), (2, "2026-03-03")):
                add_overdue_tender(url, "zfcg", "c1", day, "2026-03-10 09:30", f"T-{n}")
            with session_scope(engine) as s:
                run = CrawlRun(night=dt.date(2026, 4, 20), status="incomplete")
                s.add(run)
                s.flush()
                s.add_all(
                    [
                        CrawlHealth(
                            run_id=run.id,
                            night=run.night,
                            source_key="zfcg",
                            channel_key="a",
                            complete=True,
                            blocked=False,
                            requests=3,
                            new=1,
                        ),
                        CrawlHealth(
                            run_id=run.id,
                            night=run.night,
                            source_key="zfcg",
                            channel_key="b",
                            complete=False,
                            blocked=True,
                            requests=2,
                            new=0,
                        ),
                        CrawlHealth(
                            run_id=run.id,
                            night=run.night,
                            source_key="kaihua",
                            channel_key="a",
                            complete=True,
                            blocked=False,
                            requests=1,
                            new=0,
                        ),
                    ]
                )
            checks = run_checks(Config(db_url=url), engine, dt.date(2026, 4, 20))
            summaries[name] = (checks["new"], checks["new_by_kind"], checks["open"])
            status = scheduler_status(engine, Config(db_url=url))
        finally:
            engine.dispose()
        crawl = status["last_crawl"]
        assert crawl["incomplete_sources"] == ["zfcg"], crawl
        assert crawl["sources"]["zfcg"] == {"complete": False, "blocked": True, "requests": 5, "new": 1}
        assert crawl["sources"]["kaihua"]["complete"] is True
    assert summaries["sqlite"] == summaries["pg"], summaries
    assert summaries["pg"][0] == summaries["pg"][2] > 0, summaries
