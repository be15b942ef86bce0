"""Bad nights of the whole job (issue 15 §3, §5): the parent killed while it crawls, checks or
sends e-mail, two runs at once, the scheduler and a run by hand, the mail server down for a night,
the clock going back. Each ends with the clear record or error, and a clean resume whose findings
and e-mails equal a clean run's: nothing lost, nothing duplicated, no secret anywhere.

Every night is the real ``pubwatch run`` (a child process, which starts ``crawler.run`` as its own
child) over the hostile server's tender pages, with a local SMTP sink.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest
from reliability_support import (
    REPO,
    SECRET,
    Hostile,
    _start,
    crawler_processes,
    finding_facts,
    mails,
    nightly_cmd,
    nightly_env,
    rows,
    run_nightly,
    tender_site,
    wait_for,
    write_config,
)

from pubwatch.mailsink import MailSink
from pubwatch.proctree import tree_alive

NIGHT = "2026-02-10"
N = 4


@pytest.fixture(scope="module")
def site() -> Any:
    """The tender site (details answer after 0.2 s, so a crawl can be caught half-way)."""
    h = _start(lambda s: Hostile(s))
    tender_site(h, N, delay=0.2)
    yield h
    h.server.shutdown()
    h.server.server_close()


@pytest.fixture(scope="module")
def clean(site: Hostile, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A clean night: the findings and e-mails every resumed night must equal."""
    tmp = tmp_path_factory.mktemp("clean")
    db = f"sqlite:///{tmp / 'pw.db'}"
    cfg = write_config(tmp / "cfg", db, site.base)
    with MailSink(tmp / "mail") as sink:
        proc = run_nightly(cfg, NIGHT, sink.port)
    assert proc.returncode == 0, proc.stderr[-2000:]
    facts, sent = finding_facts(db), mails(tmp / "mail")
    assert facts and len(sent) == 2, (facts, sent)
    return {"findings": facts, "mails": sent}


def _assert_no_secret(*texts: str) -> None:
    for t in texts:
        assert SECRET not in t


def _kill_parent_at(tmp: Path, site: Hostile, pre: str, ready: Any, sink: MailSink) -> tuple[str, Path]:
    """Start ``pubwatch run``, SIGKILL it once ``ready(db, tmp)`` is true; assert its crawler died too."""
    db = f"sqlite:///{tmp / 'pw.db'}"
    cfg = write_config(tmp / "cfg", db, site.base)
    proc = subprocess.Popen(
        nightly_cmd(cfg, NIGHT, pre),
        env=nightly_env(sink.port),
        cwd=REPO,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert wait_for(lambda: ready(db, tmp), 60, 0.05), "the stage to interrupt was never reached"
        child = (rows(db, "SELECT child_pid FROM run_locks") or [(None,)])[0][0]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    # one process tree per run: nothing of the crawler outlives its parent
    reg = str(tmp / "cfg" / "sources.toml")
    assert wait_for(lambda: not crawler_processes(reg) and not tree_alive(child), 5), crawler_processes(reg)
    return db, cfg


def _stored(db: str, _tmp: Path) -> bool:
    try:
        return rows(db, "SELECT count(*) FROM document_versions")[0][0] >= 1
    except Exception:
        return False


def _marker(name: str) -> Any:
    return lambda _db, tmp: (tmp / name).exists()


def _block_at(module: str, func: str, marker: str) -> str:
    """Python for the parent: ``module.func`` writes ``marker`` and then blocks (to be killed there)."""
    return (
        f"import time, pathlib, {module} as _m\n"
        f"def _blocked(*a, **k):\n"
        f"    pathlib.Path({marker!r}).write_text('x')\n"
        f"    time.sleep(120)\n"
        f"_m.{func} = _blocked\n"
    )


@pytest.mark.parametrize("stage", ["store", "checks", "email"])
def test_sigkill_of_the_parent_leaves_no_crawler_and_the_rerun_equals_a_clean_night(
    stage: str, site: Hostile, clean: dict[str, Any], tmp_path: Path
) -> None:
    marker = str(tmp_path / f"{stage}.reached")
    pre, ready = {
        "store": ("", _stored),
        "checks": (_block_at("pubwatch.nightly", "run_checks", marker), _marker(f"{stage}.reached")),
        "email": (_block_at("alerts.smtp", "_send_one", marker), _marker(f"{stage}.reached")),
    }[stage]
    with MailSink(tmp_path / "mail") as sink:
        db, cfg = _kill_parent_at(tmp_path, site, pre, ready, sink)
        rerun = run_nightly(cfg, NIGHT, sink.port)
        assert rerun.returncode == 0, rerun.stderr[-2000:]
    assert finding_facts(db) == clean["findings"]
    assert mails(tmp_path / "mail") == clean["mails"]  # each digest once: none lost, none twice
    # nothing duplicated; the killed night is on record as interrupted, nothing is left "running"
    assert rows(db, "SELECT count(*), count(DISTINCT item_key) FROM documents") == [(N, N)]
    assert rows(db, "SELECT count(*) FROM document_versions")[0][0] == N
    statuses = [r[0] for r in rows(db, "SELECT status FROM crawl_runs ORDER BY id")]
    assert "running" not in statuses and statuses[-1] == "complete", statuses
    if stage == "store":
        assert statuses[0] == "interrupted", statuses
    _assert_no_secret(rerun.stdout, rerun.stderr)


def test_two_nightly_runs_at_once_on_a_fresh_database(
    site: Hostile, clean: dict[str, Any], tmp_path: Path
) -> None:
    """Both race the first migration and the lock: one runs, the other says so in one line."""
    db = f"sqlite:///{tmp_path / 'pw.db'}"
    cfg = write_config(tmp_path / "cfg", db, site.base)
    with MailSink(tmp_path / "mail") as sink:
        procs = [
            subprocess.Popen(
                nightly_cmd(cfg, NIGHT),
                env=nightly_env(sink.port),
                cwd=REPO,
                text=True,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            for _ in range(2)
        ]
        outs = [p.communicate(timeout=120) for p in procs]
    codes = sorted(p.returncode for p in procs)
    assert codes == [0, 2], [o[1][-1500:] for o in outs]
    loser = outs[[p.returncode for p in procs].index(2)][1]
    assert "Traceback" not in loser and "already exists" not in loser
    assert len([ln for ln in loser.splitlines() if ln.strip()]) <= 3 and "pubwatch-" in loser, loser
    assert finding_facts(db) == clean["findings"]
    assert mails(tmp_path / "mail") == clean["mails"]
    assert rows(db, "SELECT count(*), count(DISTINCT item_key) FROM documents") == [(N, N)]


def test_manual_run_while_the_scheduler_holds_the_lock(site: Hostile, tmp_path: Path) -> None:
    from pubwatch.runlock import run_lock
    from storage.db import get_engine, init_db

    db = f"sqlite:///{tmp_path / 'pw.db'}"
    cfg = write_config(tmp_path / "cfg", db, site.base)
    engine = get_engine(db)
    init_db(engine)
    try:
        with run_lock(engine, owner="scheduler:nightly"):
            manual = run_nightly(cfg, NIGHT, None)
    finally:
        engine.dispose()
    assert manual.returncode == 2
    assert "scheduler:nightly" in manual.stderr and "Traceback" not in manual.stderr, manual.stderr[-1500:]
    assert rows(db, "SELECT count(*) FROM documents")[0][0] == 0
    assert rows(db, "SELECT count(*) FROM crawl_runs")[0][0] == 0


def test_smtp_down_for_a_night_then_back_and_the_clock_going_back(
    site: Hostile, clean: dict[str, Any], tmp_path: Path
) -> None:
    """Night 1 with no mail server: its digests are queued, not lost. Night 2 (server back) sends
    them once. Then the clock goes back to night 1: nothing is fetched twice, re-found or re-sent."""
    from pubwatch.mailsink import free_port

    db = f"sqlite:///{tmp_path / 'pw.db'}"
    cfg = write_config(tmp_path / "cfg", db, site.base)
    down = run_nightly(cfg, NIGHT, free_port())  # nothing listens there
    assert down.returncode == 0, down.stderr[-2000:]
    assert "Traceback" not in down.stderr
    assert rows(db, "SELECT count(*) FROM outbox WHERE sent_at IS NULL")[0][0] == 2
    with MailSink(tmp_path / "mail") as sink:
        back = run_nightly(cfg, "2026-02-11", sink.port)
        assert back.returncode == 0, back.stderr[-2000:]
        assert (
            mails(tmp_path / "mail") == clean["mails"]
        )  # night 1's digests, once; night 2 found nothing new
        versions = rows(db, "SELECT count(*) FROM document_versions")[0][0]
        findings = finding_facts(db)
        again = run_nightly(cfg, NIGHT, sink.port)  # the clock went back a day
        assert again.returncode == 0, again.stderr[-2000:]
        assert mails(tmp_path / "mail") == clean["mails"]
    assert rows(db, "SELECT count(*) FROM document_versions")[0][0] == versions == N
    assert finding_facts(db) == findings
    assert rows(db, "SELECT count(*) FROM outbox WHERE sent_at IS NULL")[0][0] == 0
    _assert_no_secret(down.stdout + down.stderr, back.stdout + back.stderr, again.stdout + again.stderr)
