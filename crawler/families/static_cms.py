"""Static list/detail CMS pages (江山 ``jiangshan``; the ccgp-style national site ``ccgp``, GBK).

Reference: platforms.md §5, registry-evidence.md (ccgp: paths, paging and ``ul.c_list_bid``
confirmed, idx 71387424653, idx 70971034405). Lists are plain HTML: page 1 at
``params.list_first`` and later pages at ``params.list_page`` (templates with ``{channel}``,
``{n}`` = page number and ``{n0}`` = page number - 1, as TRS writes ``index_1.htm`` for the second
page). The next page exists when the page has a "下一页" link or a TRS ``Pager({size:N,
current:i})`` call says so. Encoding comes from the HTTP header or ``<meta>`` (GBK decoded by
Scrapy, never guessed).

ccgp lists are national and a row names only its province (``地域：<em>浙江</em>``): with
``params.province`` rows of other provinces are read but not followed; the detail page's 行政区域
(idx 57783772703) then decides with ``params.region_names`` (a page naming another place is not
stored). The bot scripts sit on every normal ccgp page; ``crawler.middlewares.BotCheckMiddleware``
only answers a real challenge, and the detail fingerprint leaves scripts out (they carry
per-response cookie values).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from parsel import Selector
from scrapy.http import Request, Response, TextResponse

from crawler.detect import BadPage
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.families.hanweb_column import DATE_RE, url_key
from crawler.families.listread import ListRead
from crawler.offsite import join_link
from crawler.sources import Channel

PAGER_RE = re.compile(r"Pager\(\{\s*size\s*:\s*(\d+)\s*,\s*current\s*:\s*(\d+)")
DEFAULT_ITEMS = "ul.news-list li, ul.c_list_bid li, ul.list li"
PROVINCE_RE = re.compile(r"地域[：:]\s*([^\s<]{2,8})")
ADMIN_AREA_RE = re.compile(r"行政区域[\s\S]{0,80}?[：:]?\s*(?:</t[dh]>\s*<td[^>]*>)?\s*([^<]{2,40})<")
SCRIPT_RE = re.compile(rb"<script\b.*?</script\s*>", re.S | re.I)


def read_static_list(sel: Selector, item_css: str = DEFAULT_ITEMS) -> tuple[list[Entry], int]:
    """The rows of a static list page: (entries with ``extra`` link/category/province, rows
    without a link). A row without ``href`` is skipped and counted, never one shared item."""
    entries: list[Entry] = []
    linkless = 0
    for li in sel.css(item_css):
        href = (li.css("a::attr(href)").get() or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            linkless += 1
            continue
        title = li.css("a::attr(title)").get() or " ".join(li.css("a ::text").getall()).strip()
        texts = li.css("*::text").getall()
        text_date = next((m.group(0) for t in texts if (m := DATE_RE.search(t))), None)
        html = li.get()
        prov = PROVINCE_RE.search(TAG_STRIP.sub("", html))
        entries.append(
            Entry(
                href,
                href,
                title.strip(),
                date_prefix(text_date),
                extra={
                    "link": href,
                    "category": (li.css('em[rel="bxlx"]::text').get() or "").strip() or None,
                    "province": prov.group(1) if prov else None,
                },
            )
        )
    return entries, linkless


TAG_STRIP = re.compile(r"<[^>]+>")


class StaticCmsSpider(SourceSpider):
    """Base spider of static list/detail sites."""

    # SourceSpider
    family = "static_cms"

    def list_request(self, channel: Channel, page: int) -> Request:
        p = self.source.params
        template = (
            p.get("list_first", "/{channel}/index.html")
            if page == 1
            else p.get("list_page", "/{channel}/index_{n}.html")
        )
        return Request(self.url(template.format(channel=channel.key, n=page, n0=page - 1)))

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        if not isinstance(response, TextResponse):
            raise BadPage("parse_error", "list page is not text")
        self.guard(response)
        rows, linkless = read_static_list(
            response.selector, self.source.params.get("item_css", DEFAULT_ITEMS)
        )
        if linkless:
            self.health.ch(channel.key).notes.append(
                f"list page {page}: {linkless} rows without a link skipped"
            )
        province = str(self.source.params.get("province") or "")
        entries = []
        for row in rows:
            url = join_link(response, row.url)
            entry = Entry(url_key(url), url, row.title, row.date, extra=row.extra)
            if province and row.extra.get("province") and province not in str(row.extra["province"]):
                entry.channel = ""  # another province: read, not followed
            entries.append(entry)
        pager = PAGER_RE.search(response.text)
        if pager:
            has_next = int(pager.group(2)) + 1 < int(pager.group(1))
        else:
            has_next = bool(response.xpath('//a[contains(normalize-space(.), "下一页")]/@href').get())
        return ListPage(entries, has_next=has_next and bool(entries))

    def outside_region(self, response: Response) -> str | None:
        """The detail page's 行政区域 when it names none of ``params.region_names`` (else None)."""
        names: Iterable[Any] = self.source.params.get("region_names") or ()
        if not names or not isinstance(response, TextResponse):
            return None
        m = ADMIN_AREA_RE.search(response.text)
        if not m:
            return None
        area = m.group(1).strip()
        return None if any(str(n) in area for n in names) else area

    def check_detail(self, response: Response) -> None:
        self.guard(response)
        area = self.outside_region(response)
        if area is not None:
            raise OutsideRegion(area)

    def detail_fingerprint(self, response: Response) -> bytes:
        """The page without its scripts (ccgp refreshes cookie values in them on every answer)."""
        return SCRIPT_RE.sub(b"", response.body)


class OutsideRegion(BadPage):
    """A national-list notice of another region: not Quzhou's, not stored, not an error."""

    def __init__(self, area: str) -> None:
        super().__init__("outside_region", area)


def read_list_text(text: str) -> ListRead:
    """One static list page → its rows (links as written; linkless rows skipped, counted)."""
    entries, linkless = read_static_list(Selector(text=text))
    return ListRead(entries, None, {"linkless": linkless})
