"""``python -m crawler.run``: bad arguments fail clearly; a good run prints one JSON line."""

from __future__ import annotations

import subprocess
import sys

from conftest import REPO


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "crawler.run", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_unknown_source_lists_known_ones() -> None:
    proc = _run("--night", "2026-02-10", "--sources", "zfcg,nosuch", "--no-store")
    assert proc.returncode == 2
    assert "unknown source(s) nosuch" in proc.stderr
    assert "qz_hanweb" in proc.stderr and "zfcg" in proc.stderr
    assert "jsrender" not in proc.stderr  # the test stand-in is not a production source
    assert proc.stdout == ""


def test_bad_dates() -> None:
    assert "is not a date" in _run("--night", "2026-13-01", "--no-store").stderr
    proc = _run("--night", "2026-02-10", "--since", "2026-02-05", "--until", "2026-02-01", "--no-store")
    assert proc.returncode == 2 and "after" in proc.stderr
    assert _run("--until", "2026-02-01", "--no-store").returncode == 2


def test_unreachable_source_is_reported_not_crashed(sqlite_url, monkeypatch) -> None:
    monkeypatch.setenv("PUBWATCH_SITE_URLS", '{"zfcg": "http://127.0.0.1:9"}')
    proc = _run(
        "--night",
        "2026-02-10",
        "--sources",
        "zfcg",
        "--db-url",
        sqlite_url,
        "-s",
        "RETRY_TIMES=0",
        "-s",
        "DOWNLOAD_DELAY=0",
        "-s",
        "AUTOTHROTTLE_ENABLED=0",
        "-s",
        "RETRY_BACKOFF_BASE=0",
    )
    assert proc.returncode == 0, proc.stderr[-1500:]
    import json

    summary = json.loads(proc.stdout)
    assert summary["sources"]["zfcg"]["complete"] is False
    assert summary["sources"]["zfcg"]["errors"].get("connection", 0) >= 1
    assert summary["sources"]["zfcg"]["new"] == 0


def test_unreachable_database_is_a_clear_error_without_the_password() -> None:
    import os

    env = dict(os.environ, PUBWATCH_DB_URL="postgresql+psycopg://u:pw123secret@127.0.0.1:1/x")
    proc = subprocess.run(
        [sys.executable, "-m", "crawler.run", "--night", "2026-02-10", "--sources", "zfcg"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert proc.returncode == 2
    assert "无法连接数据库" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "pw123secret" not in proc.stderr + proc.stdout
