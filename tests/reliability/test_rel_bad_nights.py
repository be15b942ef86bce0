"""No failure counts as health (issue 15 §2): a full disk, a page deeper than the parser reads and
a list that suddenly parses to nothing each leave the channel incomplete with the reason, and the
monitor then holds back its missing-posting findings for that source."""

from __future__ import annotations

from pathlib import Path

import pytest
from reliability_support import (
    SECRET,
    Hostile,
    add_overdue_tender,
    crawl,
    list_html,
    missing_findings,
    notice_html,
    rows,
)

DISK_FULL = (
    "import errno, storage.evidence as _ev\n"
    "def _full(*a, **k):\n"
    "    raise OSError(errno.ENOSPC, 'No space left on device')\n"
    "_ev.save_page = _full\n"
)


def _site(h: Hostile, n: int = 3) -> None:
    h.page(
        "/list/index.html", list_html([(f"/art/{i}.html", f"公告{i}", "2026-02-09") for i in range(1, n + 1)])
    )
    for i in range(1, n + 1):
        h.page(f"/art/{i}.html", notice_html(i))


@pytest.mark.parametrize("disk_full", [True, False], ids=["disk_full", "control"])
def test_disk_full_is_incomplete_with_the_reason_and_holds_back_findings(
    hostile: Hostile, sqlite_url: str, tmp_path: Path, disk_full: bool
) -> None:
    _site(hostile)
    run = crawl(
        tmp_path, sqlite_url, hostile.base, ["list"], pre=DISK_FULL if disk_full else "", night="2026-04-20"
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    health = rows(
        sqlite_url,
        "SELECT complete, errors, note FROM crawl_health WHERE source_key='hostile' AND channel_key='list'",
    )
    assert len(health) == 1
    complete, errors, note = health[0]
    stored = rows(sqlite_url, "SELECT count(*) FROM documents WHERE source_key='hostile'")[0][0]
    # an overdue tender of this source: a missing result is a finding only after a trustworthy night
    add_overdue_tender(sqlite_url, "hostile", "list", "2026-03-02", "2026-03-10 09:30", "T-1")
    found = missing_findings(sqlite_url, "2026-04-20", "hostile")
    if disk_full:
        assert run.source["complete"] is False and run.source["errors"] == {"storage_error": 3}, run.source
        assert not complete and "storage_error" in str(errors) and "disk full" in note
        assert stored == 0
        assert found == []
    else:
        assert run.source["complete"] is True and complete and stored == 3
        assert [f["project_number"] for f in found] == ["T-1"]
    assert SECRET not in run.stdout + run.stderr


def test_health_that_cannot_be_saved_fails_the_run_in_one_line(
    hostile: Hostile, sqlite_url: str, tmp_path: Path
) -> None:
    """Without its crawl_health rows the monitor could not tell the night was lost: exit 3, one line."""
    _site(hostile)
    pre = (
        DISK_FULL + "def _nohealth(*a, **k):\n    raise OSError(errno.ENOSPC, 'No space left on device')\n"
        "_ev.record_health = _nohealth\n"
    )
    run = crawl(tmp_path, sqlite_url, hostile.base, ["list"], pre=pre)
    assert run.returncode == 3
    errors = [ln for ln in run.stderr.splitlines() if ln.startswith("crawler.run: error:")]
    assert len(errors) == 1 and "disk full" in errors[0], run.stderr[-1500:]
    assert "Traceback" not in run.stderr
    assert rows(sqlite_url, "SELECT status FROM crawl_runs")[0][0] == "incomplete"


def test_nesting_deeper_than_the_parser_is_a_parse_error_not_an_empty_list(
    hostile: Hostile, sqlite_url: str, tmp_path: Path
) -> None:
    _site(hostile, 2)
    deep = list_html([("/art/1.html", "公告1", "2026-02-09")]).replace(b"<body>", b"<body>" + b"<div>" * 3000)
    hostile.page("/deep/index.html", deep)
    run = crawl(tmp_path, sqlite_url, hostile.base, ["list", "deep"])
    assert run.returncode == 0, run.stderr[-2000:]
    health = {
        r[0]: (r[1], r[2], r[3])
        for r in rows(
            sqlite_url,
            "SELECT channel_key, complete, errors, note FROM crawl_health WHERE source_key='hostile'",
        )
    }
    assert health["list"][0] is True or health["list"][0] == 1
    complete, errors, note = health["deep"]
    assert not complete and "parse_error" in str(errors) and "depth" in note, health["deep"]


def test_a_list_emptied_overnight_is_checked_not_believed(
    hostile: Hostile, sqlite_url: str, tmp_path: Path
) -> None:
    """Night 1 lists 3 notices; night 2 the list parses to nothing while they still answer 200."""
    _site(hostile)
    first = crawl(tmp_path, sqlite_url, hostile.base, ["list"], night="2026-02-10")
    assert first.source["complete"] is True and first.source["new"] == 3, first.source
    hostile.page("/list/index.html", b"<html><body><ul class='news-list'></ul></body></html>")
    second = crawl(tmp_path, sqlite_url, hostile.base, ["list"], night="2026-02-11")
    assert second.source["complete"] is False
    assert "empty_unexpected" in second.source["errors"], second.source
    removed = rows(sqlite_url, "SELECT count(*) FROM documents WHERE removed_at IS NOT NULL")[0][0]
    assert removed == 0
