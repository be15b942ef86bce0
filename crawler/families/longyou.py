"""龙游县公共资源交易网 JSON API (``longyou``): ``POST /front/bidcontent/<code>`` and ``/<code>/<id>``.

Reference: platforms.md §2 (ZTC ZJ_city_3326). Lists are JSON bodies with ``page`` (1-based) and
``rows``; details are a POST too, answering ``{"data": {"title", "content"}}``. Only title and
content are hashed (the envelope carries timestamps).
"""

from __future__ import annotations

import json

from scrapy.http import JsonRequest, Request, Response

from crawler.detect import BadPage
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.registry import Channel


class LongyouSpider(SourceSpider):
    """Base spider of the 龙游 bidcontent API."""

    # SourceSpider
    family = "longyou"

    def list_request(self, channel: Channel, page: int) -> Request:
        body = {"filter": {"date": "", "regionCode": "", "tenderProjectType": ""}, "page": page,
                "rows": self.source.page_size, "searchKey": ""}
        return JsonRequest(self.url(f"/front/bidcontent/{channel.key}"), data=body)

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        obj = self.guard(response)
        if not isinstance(obj, dict) or not isinstance(obj.get("rows"), list):
            raise BadPage("parse_error", f"unexpected bidcontent answer: {str(obj)[:200]}")
        entries = []
        for row in obj["rows"]:
            item_id = str(row["id"])
            url = self.url(f"/front/bidcontent/{channel.key}/{item_id}")
            region = str(row.get("areaCode") or "") or None
            entries.append(Entry(item_id, url, str(row.get("title", "")), date_prefix(row.get("publishTime")),
                                 region=region))
        total = int(obj.get("total") or 0)
        return ListPage(entries, has_next=bool(obj["rows"]) and page * self.source.page_size < total)

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
