"""A crawl killed with SIGKILL half-way and run again loses nothing and duplicates nothing."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time

from conftest import REPO, db_rows, run_crawl, visible

NIGHT = "2026-02-10"


def test_sigkill_then_rerun(replica, postings, sqlite_url) -> None:
    replica.set_date(NIGHT)
    env = dict(os.environ, PUBWATCH_SITE_URLS=json.dumps(replica.sites))
    cmd = [
        sys.executable,
        "-m",
        "crawler.run",
        "--night",
        NIGHT,
        "--sources",
        "zfcg",
        "--db-url",
        sqlite_url,
        "-s",
        "DOWNLOAD_DELAY=0.08",
        "-s",
        "DOWNLOAD_DELAY_JITTER=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=0",
        "-s",
        "LOG_LEVEL=WARNING",
    ]
    proc = subprocess.Popen(cmd, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    stored = 0
    deadline = time.monotonic() + 60
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            try:
                stored = db_rows(sqlite_url, "SELECT count(*) FROM documents")[0][0]
            except Exception:  # tables not created yet
                continue
            if stored >= 15:
                break
        assert proc.poll() is None, "the crawl finished before it could be killed; slow it down"
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    expected = {p["title"] for p in visible(postings, "zfcg", dt.date.fromisoformat(NIGHT))}
    assert 15 <= stored < len(expected)
    again = run_crawl(replica, sqlite_url, NIGHT, "zfcg")
    assert again.returncode == 0
    assert again.summary["sources"]["zfcg"]["complete"]
    titles = [r[0] for r in db_rows(sqlite_url, "SELECT list_title FROM documents WHERE source_key = 'zfcg'")]
    assert sorted(titles) == sorted(expected)  # nothing lost, nothing twice
    assert db_rows(sqlite_url, "SELECT count(*) FROM document_versions")[0][0] == len(expected)
    assert db_rows(sqlite_url, "SELECT count(*) FROM notices")[0][0] == len(expected)
