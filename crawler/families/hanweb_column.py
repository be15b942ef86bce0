"""Hanweb (大汉 JCMS) column pages with the list embedded in the page (``qz_hanweb``, ``qz_portal``).

Reference: platforms.md §1a, quzhou-notes.md §2c. ``GET /col/col<ID>/index.html`` holds a
``<script type="text/xml"><datastore>`` whose ``<record>``s are CDATA ``<li>`` fragments; the next
page is the ``<nextgroup>`` link (``?uid=<UID>&pageNum=N``). When a page lacks that link but the
registry gives ``params.uid``, page N is built from it (BidCrawler ``set_next_page``).
Details: ``/art/YYYY/M/D/art_<col>_<id>.html``; the item key is that path.
"""

from __future__ import annotations

import hashlib
import html
import re
from typing import Any

from parsel import Selector
from scrapy.http import Request, Response, TextResponse

from crawler.detect import BadPage
from crawler.discover import StructureWatch
from crawler.families.base import Entry, ListPage, SourceSpider, date_prefix
from crawler.offsite import join_link
from crawler.sources import Channel

RECORD_RE = re.compile(r"<record>(.*?)</record>", re.S)
NEXTGROUP_RE = re.compile(r"<nextgroup>(.*?)</nextgroup>", re.S)
DATASTORE_RE = re.compile(r"<datastore>", re.I)
ART_DATE_RE = re.compile(r"/art/(\d{4})/(\d{1,2})/(\d{1,2})/")
DATE_RE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
#: the list's total in the page's jpage script (``totalRecord:N,openCookies``: ZTC 3328 reads it on
#: 常山's Hanweb column pages); used only to let the removal sweep stop when nothing left the list
#: (``ListingWalk._total_agrees``) — a page without it is swept as before
TOTAL_RECORD_RE = re.compile(r"totalRecord\s*:\s*['\"]?(\d+)")


def cdata(text: str) -> str:
    """The content of a datastore element: CDATA kept as is, XML-escaped markup unescaped."""
    text = text.strip()
    if text.startswith("<![CDATA[") and text.endswith("]]>"):
        return text[9:-3]
    return html.unescape(text)


def record_entry(fragment: str, urljoin: Any = None) -> Entry | None:
    """One datastore record (the ``<li>`` inside its CDATA) → Entry, or None without a link.

    Real records differ per site: padded with whitespace, absolute links, the date before the link
    (``<span>2021-10-22</span><a …>``) or inside it (``<i>``), or only in the ``/art/Y/M/D/`` path.
    """
    frag = Selector(text=fragment)
    href = (frag.css("a::attr(href)").get() or "").strip()
    if not href or href.startswith(("javascript:", "#")):
        return None
    title = frag.css("a::attr(title)").get() or " ".join(frag.css("a ::text").getall()).strip()
    text_date = next((m.group(0) for t in frag.css("*::text").getall() if (m := DATE_RE.search(t))), None)
    day = date_prefix(text_date)
    if day is None and (m := ART_DATE_RE.search(href)):
        day = date_prefix(f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}")
    url = urljoin(href) if urljoin else href
    return Entry(item_key=url_key(url), url=url, title=title.strip(), date=day, extra={"link": href})


def parse_records(xml_text: str, response: Response) -> list[Entry]:
    """Entries of Hanweb datastore ``<record>``s (shared with the jpage family); a record without
    a link is skipped (never one shared item)."""
    entries = []
    for raw in RECORD_RE.findall(xml_text):
        entry = record_entry(cdata(raw), lambda href: join_link(response, href))
        if entry is not None:
            entries.append(entry)
    return entries


MAX_KEY = 300  # documents.item_key's width


def url_key(url: str) -> str:
    """A stable item key: the URL's path (and query), independent of scheme, host and port.

    A key longer than the column is shortened to a prefix plus a sha1 of the whole, so a very long
    URL still maps to one document on PostgreSQL (which refuses over-long values) and SQLite alike.
    """
    m = re.match(r"^[a-z]+://[^/]+(/.*)?$", url)
    key = (m.group(1) if m else url) or "/"
    if len(key) > MAX_KEY:
        digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
        key = f"{key[: MAX_KEY - 46]}#sha1:{digest}"
    return key


class HanwebColumnSpider(StructureWatch, SourceSpider):
    """Base spider of Hanweb column pages with an inline datastore."""

    # SourceSpider
    family = "hanweb_column"

    def list_request(self, channel: Channel, page: int) -> Request:
        url = self.url(f"/col/col{channel.key}/index.html")
        nxt = self.next_urls.get(channel.key) if page > 1 else None
        if nxt:
            url = nxt
        elif page > 1:
            uid = self.source.params.get("uid")
            if not uid:
                raise BadPage("parse_error", "no next-page link and no params.uid")
            url = f"{url}?uid={uid}&pageNum={page}"
        return Request(url)

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        self.guard(response)
        if not isinstance(response, TextResponse):
            raise BadPage("parse_error", "list page is not text")
        text = response.text
        store = response.css('script[type="text/xml"]::text').get() or ""
        if not DATASTORE_RE.search(store):
            store = text if DATASTORE_RE.search(text) else ""
        if not store:
            raise BadPage("parse_error", "no Hanweb datastore in the column page")
        entries = parse_records(store, response)
        nextgroup = NEXTGROUP_RE.search(store)
        href = Selector(text=cdata(nextgroup.group(1))).css("a::attr(href)").get() if nextgroup else None
        nxt = join_link(response, href) if href else ""
        if nxt.startswith(("http://", "https://")):  # a javascript: pager falls back to params.uid paging
            self.next_urls[channel.key] = nxt
        total = TOTAL_RECORD_RE.search(text)
        return ListPage(
            entries, has_next=bool(href) and bool(entries), total=int(total.group(1)) if total else None
        )
