"""Parser limits a list page can hit, so that a page the parser could not read is not believed.

Why: libxml2 (lxml, behind Scrapy's selectors) stops building the tree at 2,048 levels of nesting
even with ``huge_tree``; everything below is silently dropped. A page with that many unclosed tags
(a broken template, or a hostile one) then parses to a short or empty list, and an empty list
would be taken as "nothing published" or, worse, as every notice removed. The check re-parses the
page only when it has enough tags to reach the limit, and names the limit it hit.
"""

from __future__ import annotations

from lxml import etree
from scrapy.http import Response, TextResponse

#: fewer "<" than this cannot nest 2,048 deep (cheap pre-filter before a second parse)
MIN_TAGS = 2000


def html_limit_hit(response: Response) -> str | None:
    """The parser limit this HTML page hits (``"nesting deeper than 2048"``), or None."""
    if not isinstance(response, TextResponse):
        return None
    body = response.body
    if body.count(b"<") < MIN_TAGS or body.lstrip()[:1] in (b"{", b"["):
        return None
    parser = etree.HTMLParser(recover=True, huge_tree=True, encoding=response.encoding)
    try:
        etree.fromstring(body, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        return f"HTML parser failed: {exc}"[:200]
    for err in parser.error_log:
        if err.type_name == "ERR_RESOURCE_LIMIT" or "Excessive depth" in err.message:
            return f"HTML parser limit: {err.message.strip()}"[:200]
    return None
