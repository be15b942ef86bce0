"""Epoint EWB-FRONT ``getInfoListTrade`` (衢州市公共资源交易网, 2021 era: ``qz_epoint``).

Reference: platforms.md §1b. ``POST /EWB-FRONT/rest/commonSearch/getInfoListTrade`` with the form
field ``params`` = JSON (``categorynum`` = the channel, ``pageIndex`` 0-based, ``pageSize``) →
``{"Totle": N, "infodata": [{infodate, title, infourl, zhuanzai}]}`` (``Totle`` sic). Details are
static pages ``/jyxx/<6>/<9>/YYYYMMDD/<guid>.html``; the item key is that path. With
``params.list_prefix = "002"`` one walk of the whole trading tree replaces a walk per channel; each
row's ``categorynum`` names its channel.
"""

from __future__ import annotations

import json

from scrapy.http import FormRequest, Request, Response

from crawler.detect import BadPage
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.families.hanweb_column import url_key
from crawler.offsite import join_link
from crawler.registry import Channel


class EpointTradeSpider(SourceSpider):
    """Base spider of Epoint ``getInfoListTrade``."""

    # SourceSpider
    family = "epoint_trade"
    prefix_listing = True  # categorynum is a prefix and every row carries its own categorynum

    def list_request(self, channel: Channel, page: int) -> Request:
        params = {
            "title": "", "xiaqu": "", "projectnum": "", "pageSize": str(self.source.page_size),
            "categorynum": channel.key, "pageIndex": str(page - 1),
        }
        return FormRequest(
            self.url("/EWB-FRONT/rest/commonSearch/getInfoListTrade"),
            formdata={"params": json.dumps(params, ensure_ascii=False)},
        )

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        obj = self.guard(response)
        if not isinstance(obj, dict) or not isinstance(obj.get("infodata"), list):
            raise BadPage("parse_error", f"unexpected getInfoListTrade answer: {str(obj)[:200]}")
        entries = []
        for row in obj["infodata"]:
            url = join_link(response, str(row["infourl"]))
            code = str(row.get("categorynum") or channel.key)
            entries.append(Entry(url_key(url), url, str(row.get("title", "")), date_prefix(row.get("infodate")),
                                 channel=self.channel_of(code, within=channel.key) or ""))
        total = int(obj.get("Totle") or 0)
        return ListPage(entries, has_next=bool(obj["infodata"]) and page * self.source.page_size < total)
