"""Epoint EWB-FRONT ``getInfoListTrade`` (衢州市公共资源交易网, 2021 era: ``qz_epoint``).

Evidence: ZTC ``ZJ_city_3308_quzhou_spider.py`` (registry-evidence.md). ``POST
/EWB-FRONT/rest/commonSearch/getInfoListTrade`` with the form field ``params`` = JSON
(``categorynum`` = a 9-digit channel code, ``pageIndex`` 0-based, ``pageSize``) →
``{"Totle": N, "infodata": [{infodate, title, infourl, zhuanzai}]}`` (``Totle`` sic). Rows carry
**no** ``categorynum``: a row's category is the 9-digit segment of its ``infourl`` path
(``/jyxx/002001/002001001/20211108/<guid>.html``), which routes it; a row's own ``categorynum``
is used only when present. Details are static pages; the item key is that path.

Also read (the same family on other sites, ``../shared/realdata/lists/``): the WebBuilder variant
``{"custom": {"count", "infodata": [...]}}`` (``getPageInfoListNew``).

Structure: with ``params.nav_page`` the left category tree of that column page is read once a night
(``crawler.discover``) and a difference from the registry is noted in health (``structure_drift``).
"""

from __future__ import annotations

import json
import re
from typing import Any

from scrapy.http import FormRequest, Request, Response

from crawler.detect import BadPage
from crawler.discover import StructureWatch
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.families.hanweb_column import url_key
from crawler.families.listread import ListRead, load_json_text, relative
from crawler.offsite import join_link
from crawler.sources import Channel

CATEGORY_IN_PATH = re.compile(r"/(\d{6,12})/(\d{9,12})/\d{8}/")
CATEGORY_SEGMENT = re.compile(r"/(\d{6,12})/")


def category_of(row: dict[str, Any]) -> str:
    """A row's category: its ``categorynum`` when present, else the deepest code in ``infourl``."""
    own = str(row.get("categorynum") or "").strip()
    if own:
        return own
    link = str(row.get("infourl") or "")
    m = CATEGORY_IN_PATH.search(link)
    if m:
        return m.group(2)
    codes = CATEGORY_SEGMENT.findall(link)
    return codes[-1] if codes else ""


def read_trade_list(obj: Any) -> tuple[list[dict[str, Any]], int | None]:
    """Rows and total of a trade-list answer: top-level ``infodata``/``Totle`` or the WebBuilder
    ``custom.infodata``/``custom.count``; otherwise a ``parse_error`` naming what is missing."""
    if not isinstance(obj, dict):
        raise BadPage("parse_error", f"trade list answer is not a JSON object: {str(obj)[:120]}")
    holder = obj
    if not isinstance(obj.get("infodata"), list) and isinstance(obj.get("custom"), dict):
        holder = obj["custom"]
    rows = holder.get("infodata")
    if not isinstance(rows, list):
        raise BadPage("parse_error", "no 'infodata' list (neither top level nor under 'custom')")
    raw_total = holder.get("Totle", holder.get("count"))
    try:
        total = int(raw_total) if raw_total not in (None, "") else None
    except (TypeError, ValueError):
        raise BadPage("parse_error", f"'Totle'/'count' is not a number: {raw_total!r}") from None
    return [r for r in rows if isinstance(r, dict)], total


def trade_entry(row: dict[str, Any], urljoin: Any) -> Entry:
    """One row → Entry; a row without ``infourl`` is a parse_error (never one shared empty key)."""
    link = str(row.get("infourl") or "").strip()
    if not link:
        raise BadPage("parse_error", f"row has no 'infourl': {str(row.get('title'))[:80]}")
    url = urljoin(link)
    return Entry(
        url_key(url),
        url,
        str(row.get("title") or "").strip(),
        date_prefix(row.get("infodate")),
        extra={"link": link, "category": category_of(row)},
    )


class EpointTradeSpider(StructureWatch, SourceSpider):
    """Base spider of Epoint ``getInfoListTrade``."""

    # SourceSpider
    family = "epoint_trade"
    prefix_listing = True  # only with params.list_prefix (the shipped registry walks 9-digit codes)

    def list_request(self, channel: Channel, page: int) -> Request:
        params = {
            "title": "",
            "xiaqu": "",
            "projectnum": "",
            "pageSize": str(self.source.page_size),
            "categorynum": channel.key,
            "pageIndex": str(page - 1),
        }
        return FormRequest(
            self.url("/EWB-FRONT/rest/commonSearch/getInfoListTrade"),
            formdata={"params": json.dumps(params, ensure_ascii=False)},
        )

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        rows, total = read_trade_list(self.guard(response))
        entries = []
        for row in rows:
            entry = trade_entry(row, lambda href: join_link(response, href))
            code = entry.extra["category"] or channel.key
            entry.channel = self.channel_of(code, within=channel.key) or ""
            entries.append(entry)
        full = len(rows) >= self.source.page_size
        has_next = bool(rows) and (page * self.source.page_size < total if total is not None else full)
        return ListPage(entries, has_next=has_next)


def read_list_text(text: str) -> ListRead:
    """One trade-list answer → its rows (links as written, category from the row or its path)."""
    rows, total = read_trade_list(load_json_text(text))
    return ListRead([trade_entry(r, relative) for r in rows], total)
