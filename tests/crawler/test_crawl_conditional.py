"""Requests that buy no information are not sent: conditional re-checks (ETag / Last-Modified →
304, counted as their own kind) and robots.txt once per host and night, shared through the database."""

from __future__ import annotations

import datetime as dt

from conftest import run_crawl
from scrapy.http import Request, Response

from crawler.families.base import Entry
from storage.evidence import KnownDocument

NIGHT = "2026-02-10"


def _spider_with(known: KnownDocument):  # type: ignore[no-untyped-def]
    from spiders import SPIDERS

    spider = SPIDERS["zfcg"](night=NIGHT)
    spider.known = {known.item_key: known}
    return spider


def _known(**kw: object) -> KnownDocument:
    base = dict(
        id=1,
        item_key="k1",
        channel_key="",
        url="http://x/k1",
        list_date=dt.date(2026, 2, 1),
        sha256="s",
        removed_at=None,
        last_checked=dt.date(2026, 2, 9),
        first_seen_on=dt.date(2026, 2, 1),
        notice_type="procurement.tender",
    )
    base.update(kw)
    return KnownDocument(**base)  # type: ignore[arg-type]


def test_recheck_is_conditional_only_where_the_server_gave_a_validator() -> None:
    known = _known(etag='"abc"', last_modified="Mon, 09 Feb 2026 10:00:00 GMT")
    spider = _spider_with(known)
    ch = spider.channel_list[0]
    req = spider._refetch(known, ch)
    assert req is not None
    if req.method == "GET":
        assert req.headers.get("If-None-Match") == b'"abc"'
        assert req.headers.get("If-Modified-Since") == b"Mon, 09 Feb 2026 10:00:00 GMT"
    assert 304 in req.meta["handle_httpstatus_list"]
    plain = _spider_with(_known())
    req2 = plain._refetch(plain.known["k1"], ch)
    assert req2 is not None and req2.headers.get("If-None-Match") is None
    assert plain._conditional(Request("http://x/new"), None).headers.get("If-None-Match") is None


def test_304_is_recorded_as_checked_and_unchanged_not_as_a_page() -> None:
    known = _known(etag='"abc"')
    spider = _spider_with(known)
    ch = spider.channel_list[0]
    req = spider._refetch(known, ch)
    assert req is not None
    items = list(req.callback(Response(req.url, status=304, request=req), **req.cb_kwargs))
    assert [(i.change, i.http_status, i.body) for i in items] == [("not_modified", 304, b"")]
    assert not spider.health.ch(ch.key).errors
    # a 304 nobody asked for (an unknown item) is a broken answer, not "unchanged"
    fresh = _spider_with(_known(item_key="other"))
    req3 = fresh._detail(Entry("new", "http://x/new"), ch, listed=True)
    assert req3 is not None
    assert list(req3.callback(Response(req3.url, status=304, request=req3), **req3.cb_kwargs)) == []
    assert fresh.health.ch(ch.key).errors["http_4xx"] == 1


def test_touch_checked_moves_last_checked_only(sqlite_url) -> None:
    from storage.db import get_engine, init_db
    from storage.evidence import PageRecord, load_known, save_page, touch_checked

    engine = get_engine(sqlite_url)
    init_db(engine)
    save_page(
        engine,
        PageRecord(
            source_key="zfcg",
            channel_key="c",
            item_key="k1",
            url="http://x/1",
            night=dt.date(2026, 2, 1),
            body=b"a",
            sha256="a" * 64,
            headers={"Etag": '"v1"', "Last-Modified": "Sun, 01 Feb 2026 08:00:00 GMT"},
        ),
    )
    assert touch_checked(engine, "zfcg", "k1", dt.date(2026, 2, 5), listed=False)
    k = load_known(engine, "zfcg")["k1"]
    assert (k.last_checked, k.sha256, k.etag, k.last_modified) == (
        dt.date(2026, 2, 5),
        "a" * 64,
        '"v1"',
        "Sun, 01 Feb 2026 08:00:00 GMT",
    )
    assert not touch_checked(engine, "zfcg", "nope", dt.date(2026, 2, 5), listed=False)


def test_robots_txt_is_fetched_once_per_host_and_night(replica, sqlite_url) -> None:
    first = run_crawl(replica, sqlite_url, NIGHT, "kecheng")
    assert first.returncode == 0, first.stderr[-2000:]
    assert first.summary["sources"]["kecheng"]["by_kind"].get("robots") == 1
    again = run_crawl(replica, sqlite_url, NIGHT, "kecheng")  # a re-run of the night (or another worker)
    assert again.returncode == 0
    assert "robots" not in again.summary["sources"]["kecheng"]["by_kind"], again.summary
    later = run_crawl(replica, sqlite_url, "2026-02-11", "kecheng")  # a new night asks again
    assert later.summary["sources"]["kecheng"]["by_kind"].get("robots") == 1
