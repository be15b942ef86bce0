"""Incremental nights: nothing unchanged is fetched again but open notices, new items are picked up, silent edits
become new versions and removals are recorded with the night they were missed."""

from __future__ import annotations

import bisect
import datetime as dt
from types import SimpleNamespace

from conftest import db_rows, run_crawl, visible

from crawler.recheck import OPEN_TYPES, RecheckPolicy

SOURCES = "zfcg,longyou,qz_epoint,kecheng"
SITES = SOURCES.split(",")
N1, N2 = dt.date(2026, 2, 10), dt.date(2026, 2, 11)


def _version(p: dict, day: dt.date) -> int:
    froms = sorted(dt.date.fromisoformat(v["from"]) for v in p["versions"])
    return max(bisect.bisect_right(froms, day) - 1, 0)


def test_second_night_fetches_only_new(replica, postings, sqlite_url) -> None:
    fixed = (
        "-s",
        "PUBWATCH_RECHECK_SCHEDULE=fixed",
    )  # slot nights are the fixed policy's (test_recheck: learned)
    first = run_crawl(replica, sqlite_url, N1.isoformat(), SOURCES, *fixed)
    assert first.returncode == 0
    second = run_crawl(replica, sqlite_url, N2.isoformat(), SOURCES, *fixed)
    assert second.returncode == 0
    for site in SITES:
        s = second.summary["sources"][site]
        before = {p["posting_id"] for p in visible(postings, site, N1)}
        fresh = [p for p in visible(postings, site, N2) if p["posting_id"] not in before]
        assert s["new"] == len(fresh), site
        # the only known notices fetched again after one night are open ones, and settled ones whose
        # re-check slot night it is (crawler.recheck); every other settled notice waits
        rechecked = db_rows(
            sqlite_url,
            "SELECT n.notice_type, d.item_key FROM documents d "
            "JOIN notices n ON n.document_id = d.id WHERE d.source_key = :site "
            "AND d.first_seen_on = :n1 AND d.last_checked = :n2",
            site=site,
            n1=N1.isoformat(),
            n2=N2.isoformat(),
        )
        assert len(rechecked) == s["unchanged"] + s["changed"], (site, s)
        waited = db_rows(
            sqlite_url,
            "SELECT n.notice_type, d.item_key FROM documents d "
            "JOIN notices n ON n.document_id = d.id WHERE d.source_key = :site "
            "AND d.first_seen_on = :n1 AND d.last_checked = :n1 AND d.list_date >= :young",
            site=site,
            n1=N1.isoformat(),
            young=(N2 - dt.timedelta(days=29)).isoformat(),
        )
        policy = RecheckPolicy()
        slot = [policy.slot_night(SimpleNamespace(item_key=r[1]), N2) for r in rechecked]  # type: ignore[arg-type]
        assert all(r[0] in OPEN_TYPES or on_slot for r, on_slot in zip(rechecked, slot, strict=True)), site
        assert not any(
            policy.slot_night(SimpleNamespace(item_key=r[1]), N2)  # type: ignore[arg-type]
            for r in waited
            if r[0] not in OPEN_TYPES
        ), site
        # plus the once-a-night structure read (zfcg tree, Hanweb entry column) and zjggzy's home-page GET
        extra = sum(n for k, n in s.get("by_kind", {}).items() if k in ("structure", "home"))
        assert (
            s["requests"] <= s["pages"] + s["new"] + s["changed"] + s["unchanged"] + s["removed"] + extra
        ), (site, s)
        assert extra <= 1, (site, s)
        assert s["complete"], (site, s)
    # no duplicates: one document per item, one version per distinct body
    dup = db_rows(
        sqlite_url, "SELECT source_key, item_key, count(*) FROM documents GROUP BY 1, 2 HAVING count(*) > 1"
    )
    assert dup == []
    first_seen = db_rows(sqlite_url, "SELECT first_seen_on, count(*) FROM documents GROUP BY 1")
    assert {r[0] for r in first_seen} <= {N1.isoformat(), N2.isoformat()}


def _event_window(postings: list[dict], sites: list[str]) -> tuple[dt.date, dt.date]:
    """Two nights ten days apart holding the most silent edits and removals of these sites."""
    events: list[dt.date] = []
    for p in postings:
        if p["site"] not in sites:
            continue
        if p["removed_on"]:
            events.append(dt.date.fromisoformat(p["removed_on"]))
        events += [dt.date.fromisoformat(v["from"]) for v in p["versions"][1:]]
    best, best_n = dt.date(2026, 2, 20), -1
    for end in (dt.date(2026, 1, 25) + dt.timedelta(days=i) for i in range(40)):
        n = sum(1 for e in events if end - dt.timedelta(days=10) < e <= end)
        if n > best_n:
            best, best_n = end, n
    return best - dt.timedelta(days=10), best


def test_edits_and_removals_are_recorded(replica, postings, sqlite_url) -> None:
    """Ten nights later (nights missed in between), with every young notice re-checked."""
    recheck = ["-s", "PUBWATCH_RECHECK_INTERVAL_DAYS=1"]
    sites = ["zfcg", "kecheng", "changshan", "kaihua", "longyou", "qujiang"]
    N1, N2 = _event_window(postings, sites)
    sources = ",".join(sites)
    assert run_crawl(replica, sqlite_url, N1.isoformat(), sources, *recheck).returncode == 0
    second = run_crawl(replica, sqlite_url, N2.isoformat(), sources, *recheck)
    assert second.returncode == 0
    oldest = N2 - dt.timedelta(days=30)
    edited, removed, removed_any = set(), set(), set()
    for site in sites:
        for p in visible(postings, site, N1):
            if p["removed_on"] and dt.date.fromisoformat(p["removed_on"]) <= N2:
                removed_any.add(p["title"])  # older ones are found too when a list is walked to its end
            if dt.date.fromisoformat(p["publish_date"]) < oldest:
                continue
            if p["removed_on"] and dt.date.fromisoformat(p["removed_on"]) <= N2:
                removed.add(p["title"])
            elif _version(p, N2) != _version(p, N1):
                edited.add(p["title"])
    changed = {
        r[0]
        for r in db_rows(
            sqlite_url,
            "SELECT d.list_title FROM documents d JOIN document_versions v "
            "ON v.document_id = d.id WHERE v.version_no = 2",
        )
    }
    gone = db_rows(
        sqlite_url,
        "SELECT list_title, removed_at, removed_reason FROM documents WHERE removed_at IS NOT NULL",
    )
    assert edited or removed, "the corpus should have an edit or a removal on this night"
    assert changed == edited
    assert removed <= {r[0] for r in gone} <= removed_any
    assert all(r[1] == N2.isoformat() for r in gone)
    assert sum(s["changed"] for s in second.summary["sources"].values()) == len(edited)
    assert sum(s["removed"] for s in second.summary["sources"].values()) == len(gone)


def test_backfill_range(replica, postings, sqlite_url) -> None:
    since, until = dt.date(2026, 1, 20), dt.date(2026, 1, 31)
    crawl = run_crawl(
        replica,
        sqlite_url,
        N1.isoformat(),
        "zfcg",
        "--since",
        since.isoformat(),
        "--until",
        until.isoformat(),
    )
    assert crawl.returncode == 0
    assert crawl.summary["mode"] == "backfill"
    got = {r[0] for r in db_rows(sqlite_url, "SELECT list_date FROM documents")}
    want = [
        p
        for p in visible(postings, "zfcg", N1)
        if since.isoformat() <= p["publish_date"] <= until.isoformat()
    ]
    assert got and all(since.isoformat() <= d <= until.isoformat() for d in got)
    assert crawl.summary["sources"]["zfcg"]["new"] == len(want)
