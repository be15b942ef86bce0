"""Epoint full-text search (浙江省公共资源交易服务平台 ``zjggzy``): ``getFullTextDataNew``.

Evidence (registry-evidence.md): path, body and fields confirmed (idx 54880441304, idx
65736136026, idx 27270375998); other crawlers always send a ``time`` window, browser headers
(Referer, Origin, X-Requested-With) and GET the home page first for cookies (idx 54850829167).
Gotchas (platforms.md §3): sort by ``webdate`` (else relevance order), one condition per field
(only the first applies), do not trust keyword search, page until a short page. The channel is the
``categorynum`` prefix; ``params.region_prefix`` narrows ``infoc`` to Quzhou, and
``params.list_prefix`` (``002``) walks every watched category at once (records name their own).

Real variants read (``../shared/realdata/lists/``): the answer with or without its ``result``
wrapper; the 2018 zjpubservice rows (``link``, ``date``, ``remark1`` = category, string
``totalcount``); rows without ``webdate`` (``showdate``/``infodate``/``infodatepx``, relevance
order); rows with an empty ``linkurl`` (keyed by ``infoid``, never collapsed into one item).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from typing import Any

from scrapy.http import JsonRequest, Request, Response
from twisted.python.failure import Failure

from crawler.detect import BadPage
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.families.hanweb_column import url_key
from crawler.families.listread import ListRead, load_json_text, relative
from crawler.offsite import join_link
from crawler.sources import Channel

PATH = "/inteligentsearch/rest/esinteligentsearch/getFullTextDataNew"
DATE_FIELDS = ("webdate", "showdate", "infodate", "infodatepx", "infodateformat", "date")
FIRST_WINDOW_DAYS = 3650  # a channel never walked completely: the window reaches back ten years


def read_fulltext(obj: Any) -> tuple[list[dict[str, Any]], int | None]:
    """Records and total of a full-text answer (``result`` wrapper optional); else a parse_error."""
    if not isinstance(obj, dict):
        raise BadPage("parse_error", f"full-text answer is not a JSON object: {str(obj)[:120]}")
    result = obj.get("result", obj) if "records" not in obj else obj
    if not isinstance(result, dict):
        raise BadPage("parse_error", "'result' is not an object")
    records = result.get("records")
    if not isinstance(records, list):
        raise BadPage("parse_error", "no 'records' list (in 'result' or at the top)")
    raw = result.get("totalcount")
    try:
        total = int(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        raise BadPage("parse_error", f"'totalcount' is not a number: {raw!r}") from None
    return [r for r in records if isinstance(r, dict)], total


def fulltext_entry(row: dict[str, Any], urljoin: Any) -> Entry:
    """One record → Entry. The link is ``linkurl`` (or the 2018 ``link``); a record with an empty
    link is keyed by its ``infoid`` (``extra["no_link"]``); with neither it is a parse_error."""
    link = str(row.get("linkurl") or row.get("link") or "").strip()
    category = str(row.get("categorynum") or row.get("remark1") or "").strip()
    day = next((d for f in DATE_FIELDS if (d := date_prefix(row.get(f)))), None)
    region = str(row.get("infoc") or row.get("remark4") or "").strip()
    title = str(row.get("title") or "").strip()
    extra: dict[str, Any] = {"category": category or None, "region_code": region or None}
    if link:
        url = urljoin(link)
        extra["link"] = link
        return Entry(url_key(url), url, title, day, region=region if len(region) == 6 else None, extra=extra)
    infoid = str(row.get("infoid") or "").strip()
    if not infoid:
        raise BadPage("parse_error", f"record has neither 'linkurl' nor 'infoid': {title[:60]}")
    extra.update(link=infoid, no_link=True)
    return Entry(f"infoid:{infoid}", "", title, day, region=region if len(region) == 6 else None, extra=extra)


class EpointFullTextSpider(SourceSpider):
    """Base spider of the Epoint intelligent search API."""

    # SourceSpider
    family = "epoint_fulltext"
    prefix_listing = True  # the categorynum condition is a prefix; records carry their categorynum

    async def start(self) -> AsyncIterator[Request]:
        """GET the home page first, as other crawlers do, so the API calls carry its cookies."""
        yield Request(
            self.url("/"),
            callback=self._home,
            errback=self._home_failed,
            priority=100,
            dont_filter=True,
            meta={"pw_kind": "home", "dont_retry": True},
        )
        async for req in super().start():
            yield req

    def _home(self, response: Response) -> None:
        return None

    def _home_failed(self, failure: Failure) -> None:
        """No cookies from the home page: noted, the lists are still asked (and judged) as usual."""
        self.health.ch("").notes.append(f"home page GET failed: {failure.value!r}"[:300])

    def publish_window(self, channel: Channel) -> tuple[dt.date, dt.date]:
        """The ``time`` window on ``webdate``: a back-fill's range; nightly from the older of (last
        complete walk of every channel behind the query − overlap) and (night − sweep_days)."""
        if self.backfill and self.since:
            return self.since, self.until or self.night
        keys = [
            c.key
            for lst in getattr(self, "listings", {}).values()
            if lst.query.key == channel.key
            for c in lst.channels
        ] or [channel.key]
        lasts = [self.complete_nights.get(k) for k in keys]
        if not all(lasts):
            return self.night - dt.timedelta(days=FIRST_WINDOW_DAYS), self.night
        last = min(d for d in lasts if d is not None)
        return min(
            last - dt.timedelta(days=self.overlap_days), self.night - dt.timedelta(days=self.sweep_days)
        ), self.night

    def list_body(self, channel: Channel, page: int) -> dict[str, Any]:
        """The JSON body of one list page: the one place it is built."""
        size = self.source.page_size
        conditions: list[dict[str, Any]] = [
            {"fieldName": "categorynum", "isLike": True, "likeType": 2, "equal": channel.key},
        ]
        prefix = self.source.params.get("region_prefix")
        if prefix:
            conditions.append({"fieldName": "infoc", "isLike": True, "likeType": 2, "equal": str(prefix)})
        begin, end = self.publish_window(channel)
        return {
            "token": "",
            "pn": (page - 1) * size,
            "rn": size,
            "sdt": "",
            "edt": "",
            "wd": "",
            "inc_wd": "",
            "exc_wd": "",
            "fields": "title",
            "cnum": "001",
            "sort": '{"webdate":"0"}',
            "ssort": "title",
            "cl": 200,
            "terminal": "",
            "condition": conditions,
            "time": [
                {
                    "fieldName": "webdate",
                    "startTime": f"{begin.isoformat()} 00:00:00",
                    "endTime": f"{end.isoformat()} 23:59:59",
                }
            ],
            "highlights": "",
            "statistics": None,
            "unionCondition": None,
            "accuracy": "",
            "noParticiple": "0",
            "searchRange": None,
            "isBusiness": "1",
        }

    def list_request(self, channel: Channel, page: int) -> Request:
        headers = {
            "Referer": self.url("/"),
            "Origin": self.base_url,
            "X-Requested-With": "XMLHttpRequest",
            "Accept": "application/json, text/javascript, */*; q=0.01",
        }
        return JsonRequest(self.url(PATH), data=self.list_body(channel, page), headers=headers)

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        records, _total = read_fulltext(self.guard(response))
        entries = []
        linkless = 0
        for row in records:
            entry = fulltext_entry(row, lambda href: join_link(response, href))
            code = entry.extra.get("category") or channel.key
            entry.channel = self.channel_of(code, within=channel.key) or ""
            if entry.extra.get("no_link"):
                linkless += 1
                entry.channel = ""  # nothing to fetch: counted below, never one shared item
            entries.append(entry)
        if linkless:
            self.health.error(
                channel.key, "parse_error", f"list page {page}: {linkless} records without linkurl"
            )
        # the total is unreliable on some Epoint instances: page until a short page
        full = len(records) >= self.source.page_size
        begin, _ = self.publish_window(channel)
        return ListPage(entries, has_next=full, floor=begin - dt.timedelta(days=1))


def read_list_text(text: str) -> ListRead:
    """One full-text answer → its records (an empty link keeps the record's ``infoid``)."""
    records, total = read_fulltext(load_json_text(text))
    return ListRead([fulltext_entry(r, relative) for r in records], total)
