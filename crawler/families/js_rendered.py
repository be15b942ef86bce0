"""Lists that exist only after JavaScript runs (``jsrender``), rendered by Chromium through
scrapy-playwright. Only the list pages go through the browser; detail pages are plain HTML and
use Scrapy's normal downloader.

Memory stays bounded: one browser context and one page at a time (``PLAYWRIGHT_MAX_CONTEXTS``,
``PLAYWRIGHT_MAX_PAGES_PER_CONTEXT``), pages are closed after each response (no
``playwright_include_page``), and the family settings apply only to spiders of this family.
Chromium is Debian's (``/usr/bin/chromium``, ``PUBWATCH_CHROMIUM`` overrides).
"""

from __future__ import annotations

import os
from typing import Any

from scrapy.http import Request, Response, TextResponse
from scrapy_playwright.page import PageMethod

from crawler.detect import BadPage
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.families.hanweb_column import DATE_RE, url_key
from crawler.offsite import NON_HTTP_HANDLERS_OFF, join_link
from crawler.sources import Channel

CHROMIUM = os.environ.get("PUBWATCH_CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# The list script marks the body when it has rendered, or writes a message into the pager; a page
# without the list (an error page) is "ready" at once so its status can be reported.
READY_JS = (
    "() => !document.getElementById('notice-list') || document.body.getAttribute('data-loaded') === '1' || "
    "((document.getElementById('pager') || {}).textContent || '').length > 0"
)


class JsRenderedSpider(SourceSpider):
    """Base spider of JavaScript-rendered lists."""

    # SourceSpider
    family = "js_rendered"

    @classmethod
    def family_settings(cls) -> dict[str, Any]:
        return {
            "DOWNLOAD_HANDLERS": {
                "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
                "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
                **NON_HTTP_HANDLERS_OFF,
            },
            "PLAYWRIGHT_BROWSER_TYPE": "chromium",
            "PLAYWRIGHT_LAUNCH_OPTIONS": {"executable_path": CHROMIUM, "args": LAUNCH_ARGS, "headless": True},
            "PLAYWRIGHT_MAX_CONTEXTS": 1,
            "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": 1,
            "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": 30_000,
        }

    def list_request(self, channel: Channel, page: int) -> Request:
        template = self.source.params.get("list_url", "/list/{channel}.html?page={n}")
        return Request(
            self.url(template.format(channel=channel.key, n=page)),
            meta={
                "playwright": True,
                "playwright_context": "lists",
                "playwright_page_methods": [PageMethod("wait_for_function", READY_JS, timeout=20_000)],
            },
        )

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        if not isinstance(response, TextResponse):
            raise BadPage("parse_error", "rendered list is not text")
        limit = self.settings.getint("DOWNLOAD_MAXSIZE")
        if limit and len(response.body) > limit:  # the browser path bypasses Scrapy's size check
            raise BadPage("too_large", f"rendered page of {len(response.body)} bytes exceeds {limit}")
        self.guard(response)
        entries = []
        for li in response.css("ul#notice-list li, ul.notice-list li"):
            href = li.css("a::attr(href)").get()
            if not href:
                continue
            url = join_link(response, href)
            title = li.css("a::attr(title)").get() or "".join(li.css("a ::text").getall()).strip()
            text_date = next(
                (m.group(0) for t in li.css("*::text").getall() if (m := DATE_RE.search(t))), None
            )
            entries.append(Entry(url_key(url), url, title.strip(), date_prefix(text_date)))
        if not entries and not response.css("ul#notice-list, ul.notice-list"):
            raise BadPage("parse_error", "no rendered notice list on the page")
        has_next = bool(response.css("a.next::attr(href)").get())
        return ListPage(entries, has_next=has_next and bool(entries))
