"""浙江政府采购网 (政采云 zcy) JSON API: ``POST /portal/category`` lists, ``GET /portal/detail``.

Reference: platforms.md §4a. The list body names one ``categoryCode`` (a channel); the answer is
``result.data.{total, data[]}`` with ``articleId`` and ``publishDate`` in epoch milliseconds. The
detail answer carries the notice HTML in ``result.data.content``; only that (and the title) is
hashed, so volatile envelope fields are not taken for silent edits.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from urllib.parse import quote

from scrapy.http import JsonRequest, Request, Response

from crawler.detect import BadPage
from crawler.families.base import SHANGHAI, Entry, ListPage, SourceSpider, date_prefix
from crawler.registry import Channel

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
                                 region=_region(row.get("districtCode"))))
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
