"""The crawler child process gets the database URL without exposing its password."""

from __future__ import annotations

import datetime as dt
import subprocess
from typing import Any

import pytest

from pubwatch import crawl_runner
from pubwatch.crawl_runner import CrawlFailed, run_crawl

URL = "postgresql+psycopg://pubwatch:hunter2secret@db.example:5432/pubwatch"


class _Recorder:
    def __init__(self, returncode: int, stdout: str, stderr: str) -> None:
        self.result = subprocess.CompletedProcess([], returncode, stdout, stderr)
        self.cmd: list[str] = []
        self.env: dict[str, str] = {}

    def __call__(self, cmd: list[str], **kwargs: Any) -> subprocess.CompletedProcess[str]:
        self.cmd, self.env = cmd, kwargs["env"]
        return self.result


def test_db_url_goes_through_the_environment_not_argv(monkeypatch: pytest.MonkeyPatch) -> None:
    rec = _Recorder(0, '{"run_id": 3, "sources": {"zfcg": {"complete": true}}}\n', "")
    monkeypatch.setattr(crawl_runner, "run_child", rec)
    summary = run_crawl(dt.date(2026, 3, 2), db_url=URL, sources=["zfcg"])
    assert summary.run_id == 3
    assert not any("hunter2secret" in part for part in rec.cmd), (
        "argv is world-readable (ps, /proc/*/cmdline)"
    )
    assert "--db-url" not in rec.cmd
    assert rec.env["PUBWATCH_DB_URL"] == URL


def test_failure_message_hides_the_password(monkeypatch: pytest.MonkeyPatch) -> None:
    stderr = f"Traceback …\nsqlalchemy.exc.OperationalError: could not connect using {URL} (password hunter2secret)\n"
    monkeypatch.setattr(crawl_runner, "run_child", _Recorder(1, "", stderr))
    with pytest.raises(CrawlFailed) as info:
        run_crawl(dt.date(2026, 3, 2), db_url=URL)
    assert "hunter2secret" not in str(info.value)
    assert "抓取进程失败" in str(info.value) and "***" in str(info.value)


def test_a_summary_that_is_not_json_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crawl_runner, "run_child", _Recorder(0, "{not json\n", ""))
    with pytest.raises(CrawlFailed, match="not JSON"):
        run_crawl(dt.date(2026, 3, 2), db_url="sqlite:///var/x.db")
