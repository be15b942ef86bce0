"""Epoint full-text search (浙江省公共资源交易服务平台 ``zjggzy``): ``getFullTextDataNew``.

Reference: platforms.md §3 and its gotchas: sort by ``webdate`` (else relevance order), one
condition per field (only the first applies), do not trust keyword search, page until empty.
The channel is the ``categorynum`` prefix; ``params.region_prefix`` narrows ``infoc`` to Quzhou, and
``params.list_prefix`` (``002``) walks every watched category at once (records name their own).
"""

from __future__ import annotations

from typing import Any

from scrapy.http import JsonRequest, Request, Response

from crawler.detect import BadPage
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.families.hanweb_column import url_key
from crawler.offsite import join_link
from crawler.registry import Channel

PATH = "/inteligentsearch/rest/esinteligentsearch/getFullTextDataNew"


class EpointFullTextSpider(SourceSpider):
    """Base spider of the Epoint intelligent search API."""

    # SourceSpider
    family = "epoint_fulltext"
    prefix_listing = True  # the categorynum condition is a prefix; records carry their categorynum

    def list_request(self, channel: Channel, page: int) -> Request:
        size = self.source.page_size
        conditions: list[dict[str, Any]] = [
            {"fieldName": "categorynum", "isLike": True, "likeType": 2, "equal": channel.key},
        ]
        prefix = self.source.params.get("region_prefix")
        if prefix:
            conditions.append({"fieldName": "infoc", "isLike": True, "likeType": 2, "equal": str(prefix)})
        body: dict[str, Any] = {
            "token": "", "pn": (page - 1) * size, "rn": size, "sdt": "", "edt": "", "wd": "", "inc_wd": "",
            "exc_wd": "", "fields": "title", "cnum": "001", "sort": '{"webdate":"0"}', "ssort": "title", "cl": 200,
            "terminal": "", "condition": conditions, "time": None, "highlights": "", "statistics": None,
            "unionCondition": None, "accuracy": "", "noParticiple": "0", "searchRange": None, "isBusiness": "1",
        }
        return JsonRequest(self.url(PATH), data=body)

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        obj = self.guard(response)
        result = obj.get("result") if isinstance(obj, dict) else None
        if not isinstance(result, dict) or not isinstance(result.get("records"), list):
            raise BadPage("parse_error", f"unexpected full-text answer: {str(obj)[:200]}")
        entries = []
        for row in result["records"]:
            url = join_link(response, str(row["linkurl"]))
            region = str(row.get("infoc") or "") or None
            code = str(row.get("categorynum") or channel.key)
            entries.append(Entry(url_key(url), url, str(row.get("title", "")), date_prefix(row.get("webdate")),
                                 region=region if region and len(region) == 6 else None,
                                 channel=self.channel_of(code, within=channel.key) or ""))
        # the total is unreliable on some Epoint instances: page until a short page
        full = len(result["records"]) >= self.source.page_size
        return ListPage(entries, has_next=full)
