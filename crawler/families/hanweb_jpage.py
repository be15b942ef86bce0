"""Hanweb jpage county portals: ``POST /module/jpage/dataproxy.jsp`` (柯城, 衢江, 开化, 常山).

Reference: platforms.md §2. The form names the site (``webid``, ``unitid``, ``webname``) and the
list (``columnid``, or for 柯城 a fixed column split by ``unitid``: registry
``params.channel_param = "unitid"``). The answer is an XML datastore of ``<record>``s, CDATA or
XML-escaped (衢江), with ``<totalrecord>``. Paging is by record offsets.
"""

from __future__ import annotations

import re

from scrapy.http import FormRequest, Request, Response, TextResponse

from crawler.detect import BadPage
from crawler.families.base import ListPage, SourceSpider
from crawler.families.hanweb_column import NEXTGROUP_RE, RECORD_RE, cdata, parse_records, record_entry
from crawler.families.listread import ListRead
from crawler.registry import Channel

TOTAL_RE = re.compile(r"<totalrecord>\s*(\d+)\s*</totalrecord>")


class HanwebJpageSpider(SourceSpider):
    """Base spider of the Hanweb jpage dataproxy."""

    # SourceSpider
    family = "hanweb_jpage"

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
        return ListPage(entries, has_next=bool(entries) and page * self.source.page_size < total)


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
