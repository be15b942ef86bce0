"""The removal sweep stops at the incremental stop when the list's own total says nothing left it,
and reads on when the total says otherwise (a removal, a late insertion) or on its full-sweep night."""

from __future__ import annotations

import datetime as dt
import zlib
from typing import Any

from scrapy.http import Request, TextResponse

from crawler.families.listing import FULL_SWEEP_EVERY
from crawler.items import NoticeItem
from storage.evidence import KnownDocument

NIGHT = dt.date(2026, 2, 10)
PAGE = 20


def spider_on(night: dt.date) -> Any:
    from spiders import SPIDERS

    spider = SPIDERS["kaihua"](night=night.isoformat())
    assert spider.source.page_size == PAGE
    return spider


def art(ch: str, i: int) -> str:
    return f"/art/2026/1/1/art_{ch}_{4_600_000 + i}.html"


def stored(spider: Any, ch: str, n: int) -> None:
    """``n`` live notices of the channel, one a day back from last night, walked completely last night."""
    spider.known = {
        art(ch, i): KnownDocument(
            id=i,
            item_key=art(ch, i),
            channel_key=ch,
            url="http://x" + art(ch, i),
            list_date=spider.night - dt.timedelta(days=1 + i),
            sha256="s",
            removed_at=None,
            last_checked=spider.night - dt.timedelta(days=1),
            first_seen_on=spider.night - dt.timedelta(days=1 + i),
            notice_type="construction.result",
        )
        for i in range(n)
    }
    spider.complete_nights = {ch: spider.night - dt.timedelta(days=1)}


def page_one(spider: Any, ch: str, items: list[int], total: int, fresh: int = 0) -> list[Any]:
    """What the walk does with a first dataproxy page of ``fresh`` new rows, then ``items``."""
    recs = [
        f"<record><![CDATA[<li><a href='/art/2026/2/10/art_{ch}_{5_000_000 + j}.html' title='新'>"
        f"<span>新</span><i>{spider.night}</i></a></li>]]></record>"
        for j in range(fresh)
    ]
    for i in items:
        day = spider.night - dt.timedelta(days=1 + i)
        recs.append(
            f"<record><![CDATA[<li><a href='{art(ch, i)}' title='t{i}'><span>t{i}</span><i>{day}</i></a></li>]]></record>"
        )
    body = f"<datastore><totalrecord>{total}</totalrecord><recordset>{''.join(recs)}</recordset></datastore>"
    resp = TextResponse(
        "http://www.kaihua.gov.cn/module/jpage/dataproxy.jsp?startrecord=1",
        body=body.encode("utf-8"),
        encoding="utf-8",
        request=Request("http://www.kaihua.gov.cn/module/jpage/dataproxy.jsp"),
    )
    return list(spider._on_list(resp, ch, 1))


def next_list(out: list[Any]) -> bool:
    return any(isinstance(r, Request) and r.meta.get("pw_kind") == "list" for r in out)


def night_off_slot(ch: str, full: bool) -> dt.date:
    """A night that is (or is not) the listing's full-sweep night."""
    slot = zlib.crc32(f"kaihua:{ch}".encode()) % FULL_SWEEP_EVERY
    for d in range(FULL_SWEEP_EVERY):
        night = NIGHT + dt.timedelta(days=d)
        if (night.toordinal() % FULL_SWEEP_EVERY == slot) is full:
            return night
    raise AssertionError("no such night")


def test_a_total_that_agrees_ends_the_walk_at_the_incremental_stop() -> None:
    ch = spider_on(NIGHT).channel_list[0].key
    spider = spider_on(night_off_slot(ch, full=False))
    stored(spider, ch, 30)
    out = page_one(spider, ch, list(range(PAGE)), total=30)
    assert not next_list(out)  # 30 stored, 30 listed: the 10 rows past page 1 are all still there
    assert not [r for r in out if isinstance(r, NoticeItem)]  # and nothing judged removed


def test_a_total_below_what_is_stored_sweeps_on_and_new_rows_count() -> None:
    ch = spider_on(NIGHT).channel_list[0].key
    spider = spider_on(night_off_slot(ch, full=False))
    stored(spider, ch, 30)
    assert next_list(page_one(spider, ch, list(range(PAGE)), total=29))  # one left the list
    spider = spider_on(night_off_slot(ch, full=False))
    stored(spider, ch, 30)
    # two new rows on top: 32 agrees, 31 means one stored notice is gone below the stop
    assert not next_list(page_one(spider, ch, list(range(PAGE - 2)), total=32, fresh=2))
    spider = spider_on(night_off_slot(ch, full=False))
    stored(spider, ch, 30)
    assert next_list(page_one(spider, ch, list(range(PAGE - 2)), total=31, fresh=2))


def test_the_full_sweep_night_reads_on_whatever_the_total() -> None:
    ch = spider_on(NIGHT).channel_list[0].key
    spider = spider_on(night_off_slot(ch, full=True))
    stored(spider, ch, 30)
    assert next_list(page_one(spider, ch, list(range(PAGE)), total=30))
