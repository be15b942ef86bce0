"""龙游县公共资源交易网 JSON API (``longyou``): ``POST /front/bidcontent/<code>`` and ``/<code>/<id>``.

Reference: platforms.md §2 (ZTC ZJ_city_3326). Lists are JSON bodies with ``page`` (1-based) and
``rows``; details are a POST too, answering ``{"data": {"title", "content"}}``. Only title and
content are hashed (the envelope carries timestamps).
"""

from __future__ import annotations

import json
from typing import Any

from scrapy.http import JsonRequest, Request, Response

from crawler.detect import BadPage
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.families.listread import ListRead, load_json_text
from crawler.sources import Channel


class LongyouSpider(SourceSpider):
    """Base spider of the 龙游 bidcontent API."""

    # SourceSpider
    family = "longyou"

    def list_request(self, channel: Channel, page: int) -> Request:
        body = {
            "filter": {"date": "", "regionCode": "", "tenderProjectType": ""},
            "page": page,
            "rows": self.source.page_size,
            "searchKey": "",
        }
        return JsonRequest(self.url(f"/front/bidcontent/{channel.key}"), data=body)

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        rows, total = read_bidcontent(self.guard(response))
        entries = []
        for row in rows:
            entry = bidcontent_entry(row, lambda i: self.url(f"/front/bidcontent/{channel.key}/{i}"))
            entries.append(entry)
        full = len(rows) >= self.source.page_size
        has_next = bool(rows) and (page * self.source.page_size < total if total is not None else full)
        return ListPage(entries, has_next=has_next, total=total)

    def detail_request(self, url: str, item_key: str, channel: Channel) -> Request:
        return JsonRequest(url, data={}, method="POST")

    def check_detail(self, response: Response) -> None:
        obj = self.guard(response)
        data = obj.get("data") if isinstance(obj, dict) else None
        if not isinstance(data, dict) or not isinstance(data.get("content"), str):
            raise BadPage("parse_error", "detail JSON has no data.content")

    def detail_fingerprint(self, response: Response) -> bytes:
        data = json.loads(response.text)["data"]
        return (str(data.get("title", "")) + "\n" + str(data.get("content", ""))).encode("utf-8")


def read_bidcontent(obj: Any) -> tuple[list[dict[str, Any]], int | None]:
    """Rows and total of a bidcontent list answer (``rows``, ``total`` or ``totalItemCount``)."""
    if not isinstance(obj, dict):
        raise BadPage("parse_error", f"bidcontent answer is not a JSON object: {str(obj)[:120]}")
    rows = obj.get("rows")
    if not isinstance(rows, list):
        raise BadPage("parse_error", "no 'rows' list in the bidcontent answer")
    raw = obj.get("total", obj.get("totalItemCount"))
    try:
        total = int(raw) if raw not in (None, "") else None
    except (TypeError, ValueError):
        raise BadPage("parse_error", f"'total' is not a number: {raw!r}") from None
    return [r for r in rows if isinstance(r, dict)], total


def bidcontent_entry(row: dict[str, Any], url_for: Any) -> Entry:
    """One row → Entry keyed by ``id`` (a row without one is a parse_error)."""
    item_id = str(row.get("id") or "").strip()
    if not item_id:
        raise BadPage("parse_error", f"row has no 'id': {str(row.get('title'))[:60]}")
    region = str(row.get("areaCode") or "") or None
    return Entry(
        item_id,
        url_for(item_id),
        str(row.get("title") or ""),
        date_prefix(row.get("publishTime")),
        region=region,
        extra={"link": item_id, "category": str(row.get("categoryCode") or "") or None},
    )


def read_list_text(text: str) -> ListRead:
    """One bidcontent list answer → its rows."""
    rows, total = read_bidcontent(load_json_text(text))
    return ListRead([bidcontent_entry(r, lambda i: i) for r in rows], total)
