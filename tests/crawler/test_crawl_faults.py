"""A source that is down, blocked, throttled, looping or in maintenance is reported incomplete,
with the kind of error, never as a night when nothing was published."""

from __future__ import annotations

import pytest
from conftest import db_rows, run_crawl

NIGHT = "2026-02-10"

CASES = [
    ("zfcg", "5xx", {"status": 503}, "http_5xx", []),
    ("zfcg", "captcha", {}, "captcha", []),
    ("zfcg", "throttle200", {}, "rate_limited", []),
    ("zfcg", "429", {"retry_after": 1}, "rate_limited", []),
    ("zfcg", "loop_pagination", {"from_page": 1}, "loop", []),
    ("zfcg", "empty_maintenance", {}, "maintenance", []),
    ("zfcg", "reset", {}, "reset", []),
    ("zfcg", "truncated", {}, "truncated", []),
    ("longyou", "timeout", {"delay": 3}, "timeout", ["-s", "DOWNLOAD_TIMEOUT=1"]),
    ("qz_hanweb", "botcheck200", {}, "bot_check", []),
]


@pytest.mark.parametrize(("site", "mode", "opts", "kind", "extra"), CASES, ids=[c[1] for c in CASES])
def test_fault_marks_source_incomplete(replica, sqlite_url, site, mode, opts, kind, extra) -> None:
    replica.set_date(NIGHT)
    replica.set_fault(site, mode, **opts)
    crawl = run_crawl(replica, sqlite_url, NIGHT, site, *extra)
    assert crawl.returncode == 0, crawl.stderr[-1500:]
    summary = crawl.summary["sources"][site]
    assert summary["complete"] is False
    assert summary["errors"].get(kind, 0) >= 1, summary
    rows = db_rows(sqlite_url, "SELECT complete, errors FROM crawl_health WHERE run_id = :r AND source_key = :s",
                   r=crawl.summary["run_id"], s=site)
    assert rows and not all(r[0] for r in rows)
    assert any(kind in r[1] for r in rows)
    run = db_rows(sqlite_url, "SELECT status FROM crawl_runs WHERE id = :r", r=crawl.summary["run_id"])
    assert run[0][0] == "incomplete"


def test_empty_list_of_a_channel_that_had_items(replica, sqlite_url) -> None:
    """Night 1 lists items; night 2 the same channel is empty without a notice: flagged."""
    assert run_crawl(replica, sqlite_url, NIGHT, "longyou").summary["sources"]["longyou"]["complete"]
    replica.set_fault("longyou", "empty_maintenance")
    crawl = run_crawl(replica, sqlite_url, "2026-02-11", "longyou")
    errors = crawl.summary["sources"]["longyou"]["errors"]
    assert errors.get("maintenance", 0) + errors.get("empty_unexpected", 0) >= 1
    # nothing was marked removed because of an empty list
    assert db_rows(sqlite_url, "SELECT count(*) FROM documents WHERE removed_at IS NOT NULL")[0][0] == 0
