"""浙江政府采购网 (政采云 zcy) JSON API: ``POST /portal/category`` lists, ``GET /portal/detail``.

Reference: platforms.md §4a. The list body names one ``categoryCode``; the answer is
``result.data.{total, data[]}`` with ``articleId`` and ``publishDate`` in epoch milliseconds. The
detail answer carries the notice HTML in ``result.data.content``; only that (and the title) is
hashed, so volatile envelope fields are not taken for silent edits.

A parent code answers the rows of its whole subtree and each row's ``pathName`` names its category.
With ``params.list_root`` (the parent code) and ``params.path_names`` ({channel key: pathName(s)})
the channels named there share one newest-first walk of the parent; a row goes to the channel whose
pathName it carries (the full path or its last ``/`` segments). Channels left out of ``path_names``
(rows that cannot be told apart) keep their own walk; without ``list_root`` every channel does.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections import Counter
from typing import Any
from urllib.parse import quote

from scrapy.http import JsonRequest, Request, Response

from crawler.detect import BadPage
from crawler.families.base import SHANGHAI, Entry, Listing, ListPage, SourceSpider, date_prefix
from crawler.registry import Channel, zfcg_path_owner

logger = logging.getLogger(__name__)
API_HEADERS = {"Accept": "application/json, text/plain, */*", "X-Requested-With": "XMLHttpRequest"}


def ms_to_date(value: Any) -> dt.date | None:
    """zcy dates: epoch milliseconds (or already a date string)."""
    if isinstance(value, int | float) or (isinstance(value, str) and value.isdigit()):
        return dt.datetime.fromtimestamp(int(value) / 1000, SHANGHAI).date()
    return date_prefix(value)


class ZfcgSpider(SourceSpider):
    """Base spider of the zcy ``/portal`` API."""

    # SourceSpider
    family = "zfcg"

    def make_listings(self) -> list[Listing]:
        """One walk of ``params.list_root`` for the channels ``params.path_names`` maps, the rest
        (or every channel, without the params) one walk each."""
        # set here: the base constructor calls make_listings before a subclass __init__ could run
        self.unmapped_rows: Counter[str] = Counter()  # pathName → rows of the root walk no channel claims
        self.path_owner = zfcg_path_owner(self.source.params)  # checked when the registry loaded
        self.list_root = str(self.source.params.get("list_root") or "")
        grouped = [c for c in self.channel_list if self.list_root and c.key in self.path_owner.values()]
        return self.shared_listings(self.list_root, self.list_root, grouped)

    def channel_of_path(self, path: str) -> str | None:
        """The channel a row's ``pathName`` belongs to: a configured name equal to the whole path or
        to its last segments (``政府采购公告/更正公告`` ends with ``更正公告``); the longest wins."""
        path = path.strip().strip("/")
        best: str | None = None
        for name in self.path_owner:
            if (path == name or path.endswith("/" + name)) and (best is None or len(name) > len(best)):
                best = name
        return self.path_owner[best] if best is not None else None

    def _row_channel(self, row: dict[str, Any], channel: Channel) -> str | None:
        """None (the listing's own channel) for a per-channel walk; on the root walk the row's
        channel, or ``""`` (skipped by the base) for a pathName no channel claims, counted."""
        if channel.key != self.list_root:
            return None
        path = str(row.get("pathName") or "")
        key = self.channel_of_path(path)
        if key is not None:
            return key
        if not self.unmapped_rows[path]:
            logger.warning("zfcg %s: row pathName %r matches no channel of params.path_names; skipped",
                           self.source_key, path)
            self.health.ch("").notes.append(f"unmapped pathName {path!r}"[:300])
        self.unmapped_rows[path] += 1
        return ""

    def list_request(self, channel: Channel, page: int) -> Request:
        body: dict[str, Any] = {
            "pageNo": page, "pageSize": self.source.page_size, "categoryCode": channel.key, "isGov": True,
            "excludeDistrictPrefix": ["90", "006011", "H0", "001111"],
        }
        if self.source.params.get("district_codes"):
            body["districtCode"] = list(self.source.params["district_codes"])
        headers = {**API_HEADERS, "Referer": self.url("/site/category")}
        return JsonRequest(self.url("/portal/category"), data=body, headers=headers)

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        obj = self.guard(response)
        if not isinstance(obj, dict) or not obj.get("success", True) or not isinstance(obj.get("result"), dict):
            raise BadPage("parse_error", f"unexpected list answer: {str(obj)[:200]}")
        data = obj["result"].get("data") or {}
        rows = data.get("data")
        if not isinstance(rows, list):
            raise BadPage("parse_error", "result.data.data is not a list")
        entries = []
        for row in rows:
            article = str(row["articleId"])
            url = self.url(f"/portal/detail?articleId={quote(article, safe='')}")
            entries.append(Entry(article, url, str(row.get("title", "")), ms_to_date(row.get("publishDate")),
                                 region=_region(row.get("districtCode")), channel=self._row_channel(row, channel)))
        total = int(data.get("total") or 0)
        has_next = bool(rows) and page * self.source.page_size < total
        return ListPage(entries, has_next)

    def detail_request(self, url: str, item_key: str, channel: Channel) -> Request:
        return Request(url, headers=API_HEADERS)

    def check_detail(self, response: Response) -> None:
        obj = self.guard(response)
        content = _content(obj)
        if content is None:
            raise BadPage("parse_error", "detail JSON has no result.data.content")

    def detail_fingerprint(self, response: Response) -> bytes:
        obj = json.loads(response.text)
        data = obj["result"]["data"]
        return (str(data.get("title", "")) + "\n" + str(data.get("content", ""))).encode("utf-8")


def _content(obj: Any) -> str | None:
    try:
        content = obj["result"]["data"]["content"]
    except (KeyError, TypeError):
        return None
    return content if isinstance(content, str) else None


def _region(code: Any) -> str | None:
    text = str(code or "")
    if len(text) == 6 and text.isdigit():
        return "330800" if text == "330899" else text
    return None
