"""浙江政府采购网 (政采云 zcy) JSON API: ``POST /portal/category`` lists, ``GET /portal/detail``.

Evidence (registry-evidence.md, fetch_zfcg idx 57395698769, 2026): the list body is
``{"pageNo", "pageSize": 100, "categoryCode", "isGov": true, "excludeDistrictPrefix": [...],
"publishDateBegin", "publishDateEnd", "_t"}`` with the headers Origin and Referer
``/site/category?parentId=600007&childrenCode=ZcyAnnouncement``; the answer is
``result.data.{total, data[]}`` with ``articleId``, ``title``, ``pathName`` (a leaf name such as
招标公告), ``districtCode``/``districtName`` and ``publishDate`` in epoch milliseconds. The list is
province-wide: rows are kept only when their ``districtCode`` (or ``districtName``) is Quzhou's
(``params.district_codes`` / ``params.district_names``). The detail answer carries the notice HTML in
``result.data.content``; only that (and the title) is hashed.

Real variant also read (TenderRadarLite, ``/portal/searchHome``): rows under
``result.data.children[]`` with ``pubDate`` (ms) and ``publishDateString``, ``districtName`` only.

Each channel's ``params.path_names`` lists the leaf pathNames the evidence shows under its code; a
row with another pathName is still kept (the category code decided it) but noted in health as a
possible renamed category (drift).

The legacy root walk (``params.list_root`` + ``params.path_names`` on the source) is still
understood, but the shipped registry no longer uses it: the root 110-600007 as a categoryCode
appears in no evidence.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from collections import Counter
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from scrapy.http import JsonRequest, Request, Response

from crawler.detect import BadPage
from crawler.discover import StructureWatch
from crawler.families.base import Entry, Listing, ListPage, SourceSpider, date_prefix
from crawler.families.listread import ListRead, load_json_text
from crawler.items import NoticeItem
from crawler.sources import QUZHOU_DISTRICTS, Channel, zfcg_path_owner
from vocabulary.dates import SHANGHAI

logger = logging.getLogger(__name__)
API_HEADERS = {"Accept": "application/json, text/plain, */*"}
REFERER_PATH = "/site/category?parentId=600007&childrenCode=ZcyAnnouncement"
EXCLUDE_DEFAULT = ["90", "006011", "H0", "001111"]
#: days a first nightly walk reads back when the removal sweep is off (``publish_window``)
FIRST_WINDOW_DAYS = 60


def ms_to_date(value: Any) -> dt.date | None:
    """zcy dates: epoch milliseconds (or already a date string)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
        try:
            return dt.datetime.fromtimestamp(int(value) / 1000, SHANGHAI).date()
        except (OverflowError, OSError, ValueError):
            return None
    return date_prefix(value)


def list_rows(obj: Any) -> tuple[list[dict[str, Any]], int | None]:
    """The rows of a zcy list answer and its total: ``result.data.data`` (``/portal/category``) or
    ``result.data.children`` (``/portal/searchHome``). Anything else is a ``parse_error`` naming
    the field that is missing."""
    if not isinstance(obj, dict):
        raise BadPage("parse_error", f"list answer is not a JSON object: {str(obj)[:120]}")
    if obj.get("success") is False:
        raise BadPage("parse_error", f"success=false: {str(obj.get('error'))[:160]}")
    result = obj.get("result")
    if not isinstance(result, dict):
        raise BadPage("parse_error", "list answer has no 'result' object")
    data = result.get("data")
    if not isinstance(data, dict):
        raise BadPage("parse_error", "list answer has no 'result.data' object")
    rows = data.get("data") if "data" in data else data.get("children")
    if not isinstance(rows, list):
        raise BadPage("parse_error", "neither 'result.data.data' nor 'result.data.children' is a list")
    total = data.get("total")
    try:
        total_n = int(total) if total not in (None, "") else None
    except (TypeError, ValueError):
        raise BadPage("parse_error", f"'result.data.total' is not a number: {total!r}") from None
    return [r for r in rows if isinstance(r, dict)], total_n


def row_entry(row: dict[str, Any], url_for: Any) -> Entry:
    """One row → Entry (item key = ``articleId``); a row without ``articleId`` is a parse_error."""
    article = row.get("articleId")
    if article in (None, ""):
        raise BadPage("parse_error", f"row has no 'articleId': {str(row)[:120]}")
    article = str(article)
    day = (
        ms_to_date(row.get("publishDate"))
        or ms_to_date(row.get("pubDate"))
        or date_prefix(row.get("publishDateString"))
    )
    return Entry(
        article,
        url_for(article),
        str(row.get("title") or ""),
        day,
        region=_region(row.get("districtCode")),
        extra={
            "pathName": str(row.get("pathName") or ""),
            "districtName": str(row.get("districtName") or ""),
            "link": article,
            "category": str(row.get("pathName") or "") or None,
        },
    )


class ZfcgSpider(StructureWatch, SourceSpider):
    """Base spider of the zcy ``/portal`` API."""

    # SourceSpider
    family = "zfcg"

    def make_listings(self) -> list[Listing]:
        """One walk per category code (the evidence's way); the legacy root walk only when the
        registry still configures ``params.list_root``."""
        # set here: the base constructor calls make_listings before a subclass __init__ could run
        self.unmapped_rows: Counter[str] = Counter()  # pathName → rows no channel claims / not known
        self.outside_rows = 0  # province-wide rows of other regions skipped
        self.path_owner = zfcg_path_owner(self.source.params)  # checked when the registry loaded
        self.list_root = str(self.source.params.get("list_root") or "")
        grouped = [c for c in self.channel_list if self.list_root and c.key in self.path_owner.values()]
        return self.shared_listings(self.list_root, self.list_root, grouped)

    def channel_of_path(self, path: str) -> str | None:
        """Legacy root walk: the channel a row's ``pathName`` belongs to (longest configured name
        equal to the whole path or to its last segments)."""
        path = path.strip().strip("/")
        best: str | None = None
        for name in self.path_owner:
            if (path == name or path.endswith("/" + name)) and (best is None or len(name) > len(best)):
                best = name
        return self.path_owner[best] if best is not None else None

    def _row_channel(self, row: dict[str, Any], channel: Channel) -> str | None:
        """None (the listing's own channel) for a per-category walk; on a legacy root walk the row's
        channel, or ``""`` (skipped by the base) for a pathName no channel claims, counted."""
        path = str(row.get("pathName") or "")
        if channel.key != self.list_root:
            known = channel.params.get("path_names") or []
            leaf = path.strip().strip("/").rsplit("/", 1)[-1]
            if path and known and leaf not in known:
                self._note_path(channel.key, path, "is not among the channel's known pathNames (renamed?)")
            return None
        key = self.channel_of_path(path)
        if key is not None:
            return key
        self._note_path("", path, "matches no channel of params.path_names; skipped")
        return ""

    def _note_path(self, channel_key: str, path: str, what: str) -> None:
        if not self.unmapped_rows[path]:
            logger.warning("zfcg %s: row pathName %r %s", self.source_key, path, what)
            self.health.ch(channel_key).notes.append(f"pathName {path!r} {what}"[:300])
        self.unmapped_rows[path] += 1

    # -- request ----------------------------------------------------------------------------------
    def publish_window(self, channel: Channel) -> tuple[dt.date, dt.date]:
        """``publishDateBegin``/``End`` of tonight's walk.

        - back-fill: the asked range (``--since``/``--until``; ``until`` defaults to the night);
        - nightly, after a complete walk on night W: from the older of ``W - overlap_days`` (a notice
          put up late with an earlier publish date is still asked for) and ``night - sweep_days`` (the
          removal sweep still sees every young notice), to the night;
        - nightly, before any complete walk: the last ``sweep_days`` (60; 60 also when the sweep is
          off). Why not the whole list as on other sites: zfcg's list is province-wide and years deep
          (one category answered ``total: 33864`` for 省本级 alone in the 2025 capture,
          ``realdata/dev/api-excerpts/``), far beyond ``max_pages`` × 100 rows, so an unbounded first
          walk would stop at ``max_pages`` every night and never complete. Older notices come from
          a back-fill, which asks for its range.

        On the legacy root walk the window is the oldest of its channels'.
        """
        if self.backfill:
            return self.since or self.night, self.until or self.night
        lst = self.listings.get(channel.key) if channel.key == self.list_root else None
        keys = [c.key for c in lst.channels] if lst is not None else [channel.key]
        lasts = [self.complete_nights.get(k) for k in keys]
        sweeping = self.sweep_days > 0
        if not lasts or any(d is None for d in lasts):
            first = self.sweep_days if sweeping else FIRST_WINDOW_DAYS
            return self.night - dt.timedelta(days=first), self.night
        begin = min(d for d in lasts if d is not None) - dt.timedelta(days=self.overlap_days)
        if sweeping:
            begin = min(begin, self.night - dt.timedelta(days=self.sweep_days))
        return begin, self.night

    def list_body(self, channel: Channel, page: int) -> dict[str, Any]:
        """The JSON body of one list page (fetch_zfcg idx 57395698769): the one place it is built."""
        begin, end = self.publish_window(channel)
        body: dict[str, Any] = {
            "pageNo": page,
            "pageSize": self.source.page_size,
            "categoryCode": channel.key,
            "isGov": True,
            "excludeDistrictPrefix": list(
                self.source.params.get("exclude_district_prefix") or EXCLUDE_DEFAULT
            ),
        }
        body["publishDateBegin"] = begin.isoformat()
        body["publishDateEnd"] = end.isoformat()
        body["_t"] = int(time.time() * 1000)
        return body

    def list_request(self, channel: Channel, page: int) -> Request:
        headers = {**API_HEADERS, "Origin": self.base_url, "Referer": self.url(REFERER_PATH)}
        return JsonRequest(self.url("/portal/category"), data=self.list_body(channel, page), headers=headers)

    # -- list -------------------------------------------------------------------------------------
    def in_quzhou(self, entry: Entry) -> bool:
        """Whether a province-wide row is Quzhou's: by ``districtCode``, else by ``districtName``;
        a row naming neither is kept (its region is decided from the notice)."""
        codes = set(self.source.params.get("district_codes") or QUZHOU_DISTRICTS)
        names = list(self.source.params.get("district_names") or [])
        if entry.region:
            return entry.region in codes
        dname = entry.extra.get("districtName", "")
        if dname and names:
            return any(n in dname for n in names)
        return True

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        obj = self.guard(response)
        rows, total = list_rows(obj)
        entries = []
        for row in rows:
            entry = row_entry(row, lambda a: self.url(f"/portal/detail?articleId={quote(a, safe='')}"))
            entry.channel = self._row_channel(row, channel)
            if not self.in_quzhou(entry):
                # a row of another region: read (it counts for paging and dates), never followed
                self.outside_rows += 1
                entry.channel = ""
            if entry.region == "330899":
                entry.region = "330800"
            entries.append(entry)
        full = len(rows) >= self.source.page_size
        has_next = bool(rows) and (page * self.source.page_size < total if total is not None else full)
        begin, _ = self.publish_window(channel)
        return ListPage(entries, has_next, floor=begin - dt.timedelta(days=1))

    def detail_timestamp(self) -> int:
        """The ``timestamp`` (epoch seconds) of tonight's detail requests: midnight of the crawl night
        in Shanghai, one value for the whole night.

        Why: the site's own front end and the evidence send ``/portal/detail?articleId=…&timestamp=<s>``
        (platforms.md §4a; the 2025 capture in ``realdata/dev/api-excerpts/``: ``timestamp=1748323370``).
        It is a cache-buster: crawlers of the same zcy API on other hosts send a months-old constant
        and get answers (idx 27030338779, ccgp-zhejiang; idx 26705564823, ccgp-anhui). One value per
        night instead of the clock keeps a detail's URL the same for every worker of a night, so the
        shared dupefilter of a distributed crawl still fetches it once.
        """
        midnight = dt.datetime.combine(self.night, dt.time(0), SHANGHAI)
        return int(midnight.timestamp())

    def detail_request(self, url: str, item_key: str, channel: Channel) -> Request:
        return Request(with_timestamp(url, self.detail_timestamp()), headers=API_HEADERS)

    def _on_detail(self, response: Response, entry: Entry, channel_key: str, listed: bool) -> Iterable[Any]:
        """The base's handling, with the stored URL free of the night's cache-buster (a document's
        URL is what findings cite; the same notice must not get a new URL every night)."""
        for out in super()._on_detail(response, entry, channel_key, listed):
            if isinstance(out, NoticeItem):
                out.url = with_timestamp(out.url, None)
            yield out

    def check_detail(self, response: Response) -> None:
        obj = self.guard(response)
        content = _content(obj)
        if content is None:
            raise BadPage("parse_error", "detail JSON has no result.data.content")

    def detail_fingerprint(self, response: Response) -> bytes:
        obj = json.loads(response.text)
        data = obj["result"]["data"]
        return (str(data.get("title", "")) + "\n" + str(data.get("content", ""))).encode("utf-8")


def with_timestamp(url: str, stamp: int | None) -> str:
    """``url`` with its ``timestamp`` query parameter set to ``stamp`` (removed when None); the other
    parameters (``articleId``, URL-encoded as the site needs) are kept byte for byte."""
    parts = urlsplit(url)
    kept = [q for q in parts.query.split("&") if q and q.split("=", 1)[0] != "timestamp"]
    if stamp is not None:
        kept.append(f"timestamp={stamp}")
    return urlunsplit(parts._replace(query="&".join(kept)))


def _content(obj: Any) -> str | None:
    try:
        content = obj["result"]["data"]["content"]
    except (KeyError, TypeError):
        return None
    return content if isinstance(content, str) else None


def _region(code: Any) -> str | None:
    text = str(code or "")
    if len(text) == 6 and text.isdigit():
        return text
    return None


def read_list_text(text: str) -> ListRead:
    """One ``/portal/category`` or ``/portal/searchHome`` answer → its rows (no region filter)."""
    rows, total = list_rows(load_json_text(text))
    return ListRead([row_entry(r, lambda a: a) for r in rows], total)


def read_detail_text(text: str) -> Entry:
    """One ``/portal/detail`` answer → title, date and category path (``categoryNames``)."""
    obj = load_json_text(text)
    try:
        data = obj["result"]["data"]
    except (KeyError, TypeError):
        raise BadPage("parse_error", "detail JSON has no result.data") from None
    if not isinstance(data, dict) or not isinstance(data.get("content"), str):
        raise BadPage("parse_error", "detail JSON has no result.data.content")
    names = data.get("categoryNames")
    path = "/".join(str(n) for n in names) if isinstance(names, list) else str(data.get("pathName") or "")
    article = str(data.get("articleId") or "")
    return Entry(
        article,
        article,
        str(data.get("title") or ""),
        ms_to_date(data.get("publishDate")),
        region=_region(data.get("districtCode")),
        extra={"category": path or None, "link": article},
    )
