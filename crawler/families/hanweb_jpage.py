"""Hanweb jpage county portals: ``POST /module/jpage/dataproxy.jsp`` (柯城, 衢江, 开化, 常山).

Reference: platforms.md §2. The form names the site (``webid``, ``unitid``, ``webname``) and the
list (``columnid``, or for 柯城 a fixed column split by ``unitid``: registry
``params.channel_param = "unitid"``). The answer is an XML datastore of ``<record>``s, CDATA or
XML-escaped (衢江), with ``<totalrecord>``. Paging is by record offsets.

Request details per site, only where a crawler of that site shows them (registry ``params``):
- ``column_page_first`` (常山): GET a column page ``/col/col<ID>/index.html`` before the lists, as
  ZTC ``ZJ_city_3328_changshan_spider.py`` does. Once a night, not before every list: ZTC reads
  the page for its total (``totalRecord:…,openCookies``, to plan its pages), which pubwatch reads
  from the dataproxy's own ``<totalrecord>``; and ZTC's own range check POSTs the dataproxy through
  ``requests`` — a fresh session with no cookie of the page — and pages on its answer, so the list
  answers without a column page visited first. The one GET keeps what a browser's visit would
  give (any cookie the site hands out stays with Scrapy's cookie middleware) at 1 request a night
  instead of 6. ``pubwatch probe`` still GETs each channel's column page (``prelude_requests``):
  there it is a check of the channel, not a cost paid nightly.
- ``cookie_page`` (衢江): one GET of that page at the start, so the site hands out its own
  ``JSESSIONID``/``SERVERID`` (ZTC ``ZJ_city_3357_qujiangqu_spider.py`` sends a pair copied from a
  browser; a load-balancer/session pair is handed out on a page GET, not invented). Cookies are
  per spider, so per source.
Either way the lists are held until that one GET answered. A failed GET is noted in health and the
lists are asked anyway (judged as usual).
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

from scrapy.http import FormRequest, Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.detect import BadPage
from crawler.families.base import ListPage, SourceSpider
from crawler.families.hanweb_column import NEXTGROUP_RE, RECORD_RE, cdata, parse_records, record_entry
from crawler.families.listread import ListRead
from crawler.sources import Channel

TOTAL_RE = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>")


class HanwebJpageSpider(SourceSpider):
    """Base spider of the Hanweb jpage dataproxy."""

    # SourceSpider
    family = "hanweb_jpage"

    # -- request details the evidence shows (see the module docstring) --------------------------------
    def cookie_request(self) -> Request | None:
        """The one GET that hands out the site's cookies (``params.cookie_page``), or None."""
        page = self.source.params.get("cookie_page")
        if not page:
            return None
        return Request(
            self.url(str(page)),
            callback=self._prelude_done,
            errback=self._prelude_failed,
            priority=100,
            dont_filter=True,
            meta={"pw_kind": "cookie_page"},
        )

    def column_page_request(self, channel: Channel) -> Request | None:
        """The channel's column page (``params.column_page_first``), or None."""
        if not self.source.params.get("column_page_first"):
            return None
        return Request(
            self.url(f"/col/col{channel.key}/index.html"),
            callback=self._prelude_done,
            errback=self._prelude_failed,
            priority=100,
            dont_filter=True,
            meta={"pw_kind": "column_page", "pw_channel": channel.key},
        )

    def opening_request(self) -> Request | None:
        """The one GET before tonight's lists: the cookie page, else the first channel's column
        page (see the module docstring), or None."""
        req = self.cookie_request()
        if req is None and self.channel_list:
            req = self.column_page_request(self.channel_list[0])
        return req

    def prelude_requests(self, channel: Channel, first: bool) -> list[Request]:
        """What a probe sends before this channel's first list request: the cookie page before the
        first channel, and each channel's column page (a check of the channel there)."""
        out = [r for r in (self.cookie_request() if first else None, self.column_page_request(channel)) if r]
        return out

    async def start(self) -> AsyncIterator[Request]:
        """The opening GET first, and no list before it answered (the lists would go without its
        cookies when several requests are in flight)."""
        first = self.opening_request()
        self._held: list[str] | None = None
        if first is not None:
            self._held = []
            yield first
        async for req in super().start():
            if req.meta.get("pw_kind") == "list" and req.meta.get("pw_page") == 1:
                key = req.cb_kwargs["listing_key"]
                if self._held is not None:  # the opening page has not answered yet
                    self._held.append(key)
                    continue
            yield req

    def _release(self) -> list[Request]:
        """The lists held back for the opening GET (the listing key rides in cb_kwargs, not meta)."""
        held, self._held = self._held or [], None
        return [self._list(self.listings[k], 1) for k in held if k in self.listings]

    def _prelude_done(self, response: Response) -> list[Request]:
        return self._release()

    def _prelude_failed(self, failure: Failure) -> list[Request]:
        """The page did not answer: noted; the lists are still asked (and judged) as usual."""
        req = getattr(failure, "request", None)
        kind = req.meta.get("pw_kind", "page") if req is not None else "page"
        self.health.ch(req.meta.get("pw_channel", "") if req is not None else "").notes.append(
            f"{kind} GET failed: {failure.value!r}"[:300]
        )
        return self._release()

    def list_request(self, channel: Channel, page: int) -> Request:
        p = self.source.params
        size = self.source.page_size
        start = (page - 1) * size + 1
        form = {
            "col": "1",
            "appid": "1",
            "webid": str(p.get("webid", "")),
            "path": "/",
            "columnid": str(p.get("columnid", "")),
            "sourceContentType": str(p.get("source_content_type", "1")),
            "unitid": str(p.get("unitid", "")),
            "webname": str(p.get("webname", "")),
            "permissiontype": "0",
        }
        form[str(p.get("channel_param", "columnid"))] = channel.key
        url = self.url(
            f"/module/jpage/dataproxy.jsp?startrecord={start}&endrecord={start + size - 1}&perpage={size}"
        )
        return FormRequest(url, formdata=form)

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        if not isinstance(response, TextResponse):
            raise BadPage("parse_error", "dataproxy answer is not text")
        self.guard(response)
        text = response.text
        m = TOTAL_RE.search(text)
        if m is None:
            raise BadPage("parse_error", "no <totalrecord> in the dataproxy answer")
        total = int(m.group(1))
        entries = parse_records(text, response)
        return ListPage(entries, has_next=bool(entries) and page * self.source.page_size < total, total=total)


def read_list_text(text: str) -> ListRead:
    """One dataproxy answer → its records, ``totalrecord`` and the ``nextgroup`` link. A bare
    record (no ``<datastore>``) is read as that one record."""
    if "<datastore" not in text:
        if "<li" not in text:
            raise BadPage("parse_error", "neither a <datastore> nor a record")
        entry = record_entry(cdata(text))
        return ListRead([entry] if entry else [], None)
    m = TOTAL_RE.search(text)
    if m is None:
        raise BadPage("parse_error", "no <totalrecord> in the dataproxy answer")
    entries = [e for raw in RECORD_RE.findall(text) if (e := record_entry(cdata(raw)))]
    nxt = NEXTGROUP_RE.search(text)
    return ListRead(entries, int(m.group(1)), {"nextgroup": cdata(nxt.group(1)) if nxt else None})
