"""Per-site request details the evidence shows, sent by the nightly crawl: 常山's column page before
its lists, once a night (ZTC 3328), 衢江's JSESSIONID/SERVERID obtained by a first GET (ZTC 3357
sends such a pair).
The replica counts what each dataproxy call carried (``stats()[site]["events"]``); it refuses nothing."""

from __future__ import annotations

from typing import Any

from conftest import db_rows, run_crawl


def test_the_crawl_gets_changshans_column_page_once_first_and_carries_qujiangs_cookies(
    replica: Any, sqlite_url: str
) -> None:
    crawl = run_crawl(replica, sqlite_url, "2026-02-10", "changshan,qujiang")
    assert crawl.returncode == 0, crawl.stderr[-1500:]
    events = {k: v["events"] for k, v in replica.stats().items()}
    assert events["qujiang"].get("dataproxy_with_cookies", 0) >= 10, events["qujiang"]
    assert events["qujiang"].get("dataproxy_without_cookies", 0) == 0, events["qujiang"]
    # one column page a night, before every list (the lists are held until it answered): the
    # replica counts the first channel's lists as after their column page, the others' as without
    kinds = crawl.summary["sources"]["changshan"]["by_kind"]
    assert kinds.get("column_page") == 1, kinds
    assert events["changshan"].get("dataproxy_after_column_page", 0) >= 1, events["changshan"]
    assert events["changshan"].get("dataproxy_without_column_page", 0) >= 5, events["changshan"]
    assert crawl.summary["sources"]["qujiang"]["by_kind"].get("cookie_page") == 1
    complete = db_rows(
        sqlite_url,
        "SELECT source_key, count(*) FROM crawl_health WHERE run_id = :r AND channel_key != '' "
        "AND complete = 1 GROUP BY source_key",
        r=crawl.summary["run_id"],
    )
    assert dict(complete) == {"changshan": 6, "qujiang": 17}  # every channel walked to the end
