"""Static list/detail CMS pages (江山 ``jiangshan``; the ccgp-style national site ``ccgp``, GBK).

Reference: platforms.md §5. Lists are plain HTML: page 1 at ``params.list_first`` and later pages
at ``params.list_page`` (templates with ``{channel}``, ``{n}`` = page number and ``{n0}`` = page
number - 1, as TRS writes ``index_1.htm`` for the second page). The next page exists when the page
has a "下一页" link or a TRS ``Pager({size:N, current:i})`` call says so. Encoding comes from the
HTTP header or ``<meta>`` (GBK decoded by Scrapy, never guessed). The ccgp cookie challenge is
solved by ``crawler.middlewares.BotCheckMiddleware`` before the spider sees the page.
"""

from __future__ import annotations

import re

from scrapy.http import Request, Response, TextResponse

from crawler.detect import BadPage
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.families.hanweb_column import DATE_RE, url_key
from crawler.offsite import join_link
from crawler.registry import Channel

PAGER_RE = re.compile(r"Pager\(\{\s*size\s*:\s*(\d+)\s*,\s*current\s*:\s*(\d+)")
DEFAULT_ITEMS = "ul.news-list li, ul.c_list_bid li, ul.list li"


class StaticCmsSpider(SourceSpider):
    """Base spider of static list/detail sites."""

    # SourceSpider
    family = "static_cms"

    def list_request(self, channel: Channel, page: int) -> Request:
        p = self.source.params
        template = p.get("list_first", "/{channel}/index.html") if page == 1 else p.get(
            "list_page", "/{channel}/index_{n}.html")
        return Request(self.url(template.format(channel=channel.key, n=page, n0=page - 1)))

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        if not isinstance(response, TextResponse):
            raise BadPage("parse_error", "list page is not text")
        self.guard(response)
        entries = []
        for li in response.css(self.source.params.get("item_css", DEFAULT_ITEMS)):
            href = li.css("a::attr(href)").get()
            if not href:
                continue
            url = join_link(response, href)
            title = li.css("a::attr(title)").get() or " ".join(li.css("a ::text").getall()).strip()
            text_date = next((m.group(0) for t in li.css("*::text").getall() if (m := DATE_RE.search(t))), None)
            entries.append(Entry(url_key(url), url, title.strip(), date_prefix(text_date)))
        pager = PAGER_RE.search(response.text)
        if pager:
            has_next = int(pager.group(2)) + 1 < int(pager.group(1))
        else:
            has_next = bool(response.xpath('//a[contains(normalize-space(.), "下一页")]/@href').get())
        return ListPage(entries, has_next=has_next and bool(entries))
