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
    rows = db_rows(
        sqlite_url,
        "SELECT complete, errors FROM crawl_health WHERE run_id = :r AND source_key = :s",
        r=crawl.summary["run_id"],
        s=site,
    )
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


def test_channel_emptied_by_a_removal_is_believed(corpus_dir, postings, sqlite_url, tmp_path) -> None:
    """A channel whose only notice was taken down really is empty: the removal is recorded that night,
    the channel stays complete, and later nights do not call it ``empty_unexpected``."""
    import datetime as dt
    import json
    import shutil

    from replica.server import run_in_thread

    site = "longyou"
    by_channel: dict[str, list[dict]] = {}
    for p in postings:
        if p["site"] == site:
            by_channel.setdefault(p["channel"], []).append(p)
    channel, items = max(by_channel.items(), key=lambda kv: len(kv[1]))
    keep = min(items, key=lambda p: p["publish_date"])
    published = dt.date.fromisoformat(keep["publish_date"])
    gone = published + dt.timedelta(days=3)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(corpus_dir / "manifest.json", corpus / "manifest.json")
    with (corpus / "postings.jsonl").open("w", encoding="utf-8") as fh:
        for p in postings:
            if p["site"] == site and p["channel"] == channel and p is not keep:
                continue
            row = dict(p, removed_on=gone.isoformat()) if p is keep else p
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    handle = run_in_thread(corpus, published.isoformat())
    try:
        nights = [published, gone, gone + dt.timedelta(days=1)]
        crawls = [run_crawl(handle, sqlite_url, n.isoformat(), site) for n in nights]
    finally:
        handle.stop()
    for crawl in crawls:
        assert crawl.returncode == 0, crawl.stderr[-1500:]
    health = db_rows(
        sqlite_url,
        "SELECT night, complete, errors FROM crawl_health WHERE source_key = :s "
        "AND channel_key = :c ORDER BY night",
        s=site,
        c=channel,
    )
    assert [(str(r[0]), bool(r[1])) for r in health] == [(n.isoformat(), True) for n in nights], health
    assert all("empty_unexpected" not in str(r[2]) for r in health)
    removed = db_rows(
        sqlite_url,
        "SELECT removed_at, removed_reason FROM documents WHERE source_key = :s AND channel_key = :c",
        s=site,
        c=channel,
    )
    assert [(str(r[0]), r[1]) for r in removed] == [(gone.isoformat(), "http_404")]


def test_removal_below_the_incremental_stop_is_recorded_by_the_sweep(tmp_path) -> None:
    """A settled notice taken down far below page 1 is recorded removed the night it goes, because
    the nightly walk reads each list back ``PUBWATCH_SWEEP_DAYS``; with the sweep off it is not."""
    import datetime as dt
    import json

    from crawler.recheck import OPEN_TYPES
    from crawler.sources import registry
    from replica.generate import generate
    from replica.server import run_in_thread

    site, night1, night2 = "kecheng", dt.date(2026, 2, 10), dt.date(2026, 2, 11)
    corpus = tmp_path / "corpus"
    manifest = generate(11, 1500, corpus, start_date=dt.date(2026, 1, 5), days=60)
    manifest["outages"] = []
    (corpus / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    postings = [json.loads(x) for x in (corpus / "postings.jsonl").read_text(encoding="utf-8").splitlines()]
    by_channel: dict[str, list[dict]] = {}
    for p in postings:
        if (
            p["site"] == site
            and dt.date.fromisoformat(p["publish_date"]) <= night1
            and not p.get("removed_on")
        ):
            by_channel.setdefault(p["channel"], []).append(p)
    deep = []  # settled notices below the first list page of their channel, younger than the sweep
    for items in by_channel.values():
        items.sort(key=lambda p: p["publish_time"], reverse=True)
        deep += [
            p
            for p in items[registry()[site].page_size + 2 :]
            if p["notice_type"] not in OPEN_TYPES
            and dt.date.fromisoformat(p["publish_date"]) >= night2 - dt.timedelta(days=50)
        ]
    assert deep, "the corpus no longer has a settled notice below a first list page; adjust the test"
    victim = deep[0]["posting_id"]
    with (corpus / "postings.jsonl").open("w", encoding="utf-8") as fh:
        for p in postings:
            row = dict(p, removed_on=night2.isoformat()) if p["posting_id"] == victim else p
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    results = {}
    for sweep in ("60", "0"):
        db_url = f"sqlite:///{tmp_path / f'sweep{sweep}.db'}"
        handle = run_in_thread(corpus, night1.isoformat())
        try:
            for night in (night1, night2):
                crawl = run_crawl(
                    handle, db_url, night.isoformat(), site, "-s", f"PUBWATCH_SWEEP_DAYS={sweep}"
                )
                assert crawl.returncode == 0, crawl.stderr[-1500:]
                assert crawl.summary["sources"][site]["complete"], crawl.summary
            if sweep == "60":  # a sweep cut short by the page bound is a note, not an incomplete night
                night3 = (night2 + dt.timedelta(days=1)).isoformat()
                crawl = run_crawl(handle, db_url, night3, site, "-s", "PUBWATCH_MAX_PAGES_PER_CHANNEL=1")
                assert crawl.summary["sources"][site]["complete"], crawl.summary
                notes = db_rows(
                    db_url,
                    "SELECT note FROM crawl_health WHERE night = :n AND source_key = :s",
                    n=night3,
                    s=site,
                )
                assert any("sweep stopped at 1 pages" in (r[0] or "") for r in notes), notes
        finally:
            handle.stop()
        results[sweep] = db_rows(
            db_url,
            "SELECT removed_at, removed_reason FROM documents WHERE source_key = :s "
            "AND removed_at IS NOT NULL",
            s=site,
        )
    assert [(str(r[0]), r[1]) for r in results["60"]] == [(night2.isoformat(), "unlisted")]
    assert results["0"] == []
