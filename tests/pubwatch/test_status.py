"""`pubwatch status` in each state — complete, incomplete, interrupted (a real SIGINT), running, none."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.console import Console
from sqlalchemy import Engine, select

from pubwatch.config import Config
from pubwatch.runlock import run_lock
from pubwatch.scheduler import scheduler_status
from pubwatch.status_view import render_status
from storage.db import get_engine
from storage.evidence import finish_run, record_health, start_run
from storage.models import CrawlRun

NIGHT = dt.date(2026, 3, 2)


@pytest.fixture()
def engine(migrated_sqlite: Callable[[str], str]) -> Engine:
    eng = get_engine(migrated_sqlite("pubwatch.db"))  # a copy of the session's migrated file
    return eng


def _shown(status: dict) -> str:
    console = Console(width=200, record=True)
    console.print(render_status(status))
    return console.export_text()


def _crawl(engine: Engine, *, complete: bool | None) -> int:
    run = start_run(engine, NIGHT)
    if complete is None:
        return run  # left running
    record_health(
        engine, run, NIGHT, [{"source_key": "zfcg", "channel_key": "c1", "complete": complete, "requests": 3}]
    )
    finish_run(engine, run, "complete" if complete else "incomplete")
    return run


def test_no_runs_is_none_not_healthy(engine: Engine) -> None:
    status = scheduler_status(engine, Config())
    assert status["state"] == "none" and not status["healthy"]
    assert "尚无运行记录" in _shown(status) and "✓" not in _shown(status)


def test_complete_crawl_is_healthy(engine: Engine) -> None:
    _crawl(engine, complete=True)
    status = scheduler_status(engine, Config())
    assert status["state"] == "complete" and status["healthy"]
    text = _shown(status)
    assert "✓ 正常" in text and "完整结束" in text and "需要关注" not in text


def test_incomplete_crawl_is_not_healthy(engine: Engine) -> None:
    _crawl(engine, complete=False)
    status = scheduler_status(engine, Config())
    assert status["state"] == "incomplete" and not status["healthy"]
    assert "不完整" in _shown(status) and "未完整采集：zfcg" in _shown(status)


def test_a_run_left_running_is_interrupted_unless_its_lock_is_alive(engine: Engine) -> None:
    _crawl(engine, complete=None)
    status = scheduler_status(engine, Config())
    assert status["state"] == "interrupted" and not status["healthy"]
    assert "已中断" in _shown(status) and "✓" not in _shown(status)
    with run_lock(engine, owner="pubwatch run (by hand)"):
        assert scheduler_status(engine, Config())["state"] == "running"


@pytest.mark.slow
def test_ctrl_c_says_so_records_interrupted_and_the_next_run_recovers(tmp_path: Path) -> None:
    db = tmp_path / "pubwatch.db"
    env = {**os.environ, "PUBWATCH_DB_URL": f"sqlite:///{db}", "COLUMNS": "200", "PYTHONUNBUFFERED": "1"}
    env.pop("PUBWATCH_WARM_CRAWLER", None)  # Ctrl-C of the default (cold) crawler child
    cmd = [
        sys.executable,
        "-m",
        "pubwatch",
        "run",
        "--replica",
        "--notices",
        "120",
        "--seed",
        "3",
        "--sources",
        "zfcg,kecheng",
        "--dry-run-email",
    ]
    # Ctrl-C at a terminal reaches a process whose SIGINT is not ignored. A pytest started as a
    # background job of a script (`cmd &` without job control) has SIGINT ignored, its children inherit
    # that, and this run then finished with 0 instead of 130 (the "flake under load"): give the child
    # the default disposition, as a terminal's foreground job has.
    proc = subprocess.Popen(
        cmd,
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    engine = None
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:  # wait until the crawl has started and written its run row
            if db.exists():
                engine = engine or get_engine(f"sqlite:///{db}")
                try:
                    with engine.connect() as conn:
                        if conn.scalar(select(CrawlRun.id).where(CrawlRun.status == "running")):
                            break
                except Exception:  # the schema may not be there yet
                    pass
            if proc.poll() is not None:
                pytest.fail(f"the run ended before it could be interrupted: {proc.stderr.read()}")
            time.sleep(0.2)
        else:
            pytest.fail("the crawl never started")
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 130, stderr
    assert "已中断 interrupted (Ctrl-C)" in stderr and "Traceback" not in stderr
    assert engine is not None
    with engine.connect() as conn:
        states = [s for (s,) in conn.execute(select(CrawlRun.status))]
    assert states == ["interrupted"]
    status = scheduler_status(engine, Config())
    assert status["state"] == "interrupted" and "已中断" in _shown(status)
    # the next run recovers: it completes, and status says so
    again = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    status = scheduler_status(engine, Config())
    assert status["state"] in {"complete", "incomplete"} and status["last_crawl"]["status"] != "running"
    assert status["state"] == ("complete" if not status["last_crawl"]["incomplete_sources"] else "incomplete")
    engine.dispose()
