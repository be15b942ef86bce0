"""The Playwright family renders a JavaScript-only list with Debian's Chromium."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import db_rows, run_crawl, visible


@pytest.mark.browser
def test_js_rendered_list(chromium_path, replica, postings, sqlite_url) -> None:
    night = dt.date(2026, 3, 4)
    want = visible(postings, "jsrender", night)
    assert want, "the test corpus should publish on the JS-rendered site by then"
    crawl = run_crawl(replica, sqlite_url, night.isoformat(), "jsrender", timeout=180)
    assert crawl.returncode == 0, crawl.stderr[-2000:]
    got = {
        r[0] for r in db_rows(sqlite_url, "SELECT list_title FROM documents WHERE source_key = 'jsrender'")
    }
    assert got == {p["title"] for p in want}
    summary = crawl.summary["sources"]["jsrender"]
    channels_with_items = {p["channel"] for p in postings if p["site"] == "jsrender"}
    assert summary["pages"] >= len(channels_with_items)
