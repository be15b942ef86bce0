"""Hanweb jpage county portals: 柯城 ``kecheng``, 衢江 ``qujiang``, 开化 ``kaihua``, 常山 ``changshan``.

List: ``POST /module/jpage/dataproxy.jsp?startrecord=1&endrecord=15&perpage=15`` with the form
``col=1&appid=1&webid=<W>&path=/&columnid=<C>&sourceContentType=<1|9>&unitid=<U>&webname=…&permissiontype=0``
(GET with the same query also works).  The answer is an XML ``<datastore>`` whose ``<record>``s are
CDATA ``<li>`` fragments (衢江 sends them XML-escaped instead, so the date reads ``&gt;YYYY-MM-DD&lt;``).
A posting's channel is matched against ``columnid`` first, then ``unitid`` (柯城 splits by unitid);
a ``webid`` other than the site's gives an empty datastore, as a wrong site id does on Hanweb.
Detail: ``/art/YYYY/M/D/art_<col>_<id>.html``; column page ``/col/col<C>/index.html`` carries
``totalRecord:N,openCookies`` in its jpage script.

Client manners the evidence shows, counted in the replica's stats (``events``) so tests can see
them: 衢江 hands out ``JSESSIONID``/``SERVERID`` on a page GET (ZTC 3357 sends such a pair) and counts
dataproxy calls with and without them; 常山 counts dataproxy calls whose column page was fetched
first (ZTC 3328 GETs it before the list). Neither is enforced: nothing shows the real sites refuse
a client without them.
"""

from __future__ import annotations

import html
import json
from typing import ClassVar

from aiohttp import web

from replica.generate.channels import SIBLINGS as CHANNEL_SIBLINGS
from replica.server.corpus import Posting
from replica.sites import pages
from replica.sites.base import Page, Site, norm_channel
from replica.sites.common import art_date_path, attachment_links, esc, int_arg


class JpageSite(Site):
    webid: ClassVar[str] = ""
    unitid: ClassVar[str] = ""
    webname: ClassVar[str] = ""
    default_column: ClassVar[str] = ""  # the column in article URLs when channels are unitids
    id_base: ClassVar[int] = 4_600_000
    escaped_records: ClassVar[bool] = False

    def index(self) -> None:
        self.by_aid: dict[int, Posting] = {self.id_base + p.serial: p for p in self.postings}

    def art_col(self, p: Posting) -> str:
        return self.default_column or norm_channel(p.channel)

    def detail_path(self, p: Posting) -> str:
        return f"/art/{art_date_path(p.publish_date)}/art_{self.art_col(p)}_{self.id_base + p.serial}.html"

    def flavour(self, request: web.Request) -> str:
        return "xml" if request.path.startswith("/module/jpage/") else "html"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.route("*", "/module/jpage/dataproxy.jsp", self.dataproxy),
            web.get("/col/col{col}/index.html", self.column),
            web.get(r"/art/{y:\d{4}}/{m:\d{1,2}}/{d:\d{1,2}}/art_{col}_{aid:\d+}.html", self.detail),
            web.get("/cms/attachment_url.jspx", self.attachment_list),
        ]

    # list --------------------------------------------------------------------------------
    def record(self, p: Posting) -> str:
        return (
            f'<li><a href="{self.detail_path(p)}" target="_blank" title="{esc(p.title)}">'
            f"<span>{esc(p.title)}</span><i>{p.publish_date.isoformat()}</i></a></li>"
        )

    #: drift scenario: a column whose ID moved (old ID → new ID); the old one answers empty
    MOVED: ClassVar[dict[str, str]] = {}
    #: cookies a page GET hands out (衢江); the dataproxy counts calls carrying them
    SESSION_COOKIES: ClassVar[tuple[str, ...]] = ()
    #: count dataproxy calls whose column page this client fetched before (常山)
    TRACK_COLUMN_FIRST: ClassVar[bool] = False

    def note_dataproxy(self, request: web.Request, params: dict[str, str]) -> None:
        if self.SESSION_COOKIES:
            have = all(request.cookies.get(c) for c in self.SESSION_COOKIES)
            self.state.note(self.key, "dataproxy_with_cookies" if have else "dataproxy_without_cookies")
        if self.TRACK_COLUMN_FIRST:
            col = norm_channel(params.get("columnid", ""))
            seen = (request.remote or "", col) in getattr(self, "_column_seen", set())
            self.state.note(
                self.key, "dataproxy_after_column_page" if seen else "dataproxy_without_column_page"
            )

    def page_response(self, request: web.Request, resp: web.Response, col: str) -> web.Response:
        """A page GET: hands out the session cookies, remembers which column this client opened."""
        for name in self.SESSION_COOKIES:
            if not request.cookies.get(name):
                value = "replica" if name == "JSESSIONID" else "replica|1|1"
                resp.set_cookie(name, value, path="/")
        if self.TRACK_COLUMN_FIRST:
            if not hasattr(self, "_column_seen"):
                self._column_seen: set[tuple[str, str]] = set()
            self._column_seen.add((request.remote or "", col))
        return resp

    def pick_channel(self, params: dict[str, str]) -> str | None:
        if params.get("webid", "") != self.webid:
            return None
        for key in ("columnid", "unitid"):
            ch = norm_channel(params.get(key, ""))
            if self.drift and ch in self.MOVED:
                return None
            if self.drift and ch in self.MOVED.values():
                return next(old for old, new in self.MOVED.items() if new == ch)
            if ch and ch in self.by_channel:
                return ch
        return None

    async def dataproxy(self, request: web.Request) -> web.Response:
        params: dict[str, str] = dict(request.query)
        if request.method == "POST":
            params.update({k: str(v) for k, v in (await request.post()).items()})
        perpage = int_arg(params.get("perpage"), 15, 1, 500)
        start = int_arg(params.get("startrecord"), 1, 1, 10**7)
        end = int_arg(params.get("endrecord"), start + perpage - 1, start, start + 999)
        self.note_dataproxy(request, params)
        ch = self.pick_channel(params)
        items = self.channel_items(ch) if ch else []
        page = self.paginate(request, items, start - 1, end - start + 1)
        return self.xml(self.datastore(page, params, perpage, start, end))

    def datastore(self, page: Page, params: dict[str, str], perpage: int, start: int, end: int) -> str:
        recs = []
        for p in page.items:
            rec = self.record(p)
            recs.append(
                f"<record>{html.escape(rec, quote=False)}</record>"
                if self.escaped_records
                else f"<record><![CDATA[{rec}]]></record>"
            )
        totalpage = max(1, -(-page.total // perpage)) if page.total else 0
        next_page = end // perpage + 1
        nextgroup = (
            ""
            if end >= page.total
            else (
                f'<a href="./dataproxy.jsp?page={next_page}&appid=1&webid={self.webid}&path=/'
                f"&columnid={esc(params.get('columnid', ''))}&unitid={esc(params.get('unitid', ''))}"
                f'&webname={self.webname}&permissiontype=0"></a>'
            )
        )
        extra = f"<message>{pages.MAINTENANCE_TEXT}</message>" if page.maintenance else ""
        body = "\n".join(recs)
        return (
            f'<?xml version="1.0" encoding="UTF-8"?>\n<datastore>\n<totalrecord>{page.total}</totalrecord>\n'
            f"<totalpage>{totalpage}</totalpage>\n<nextgroup><![CDATA[{nextgroup}]]></nextgroup>{extra}\n"
            f"<recordset>\n{body}\n</recordset>\n</datastore>\n"
        )

    async def column(self, request: web.Request) -> web.Response:
        col = norm_channel(request.match_info["col"])
        if col not in self.by_channel and col != self.default_column:
            raise web.HTTPNotFound()
        items = self.channel_items(col) if col in self.by_channel else self.visible(("all",), self.postings)
        total = 0 if self.in_maintenance(request) else len(items)
        unit = self.unitid if col in self.by_channel or not self.default_column else ""
        notice = pages.maintenance_notice() if self.in_maintenance(request) else ""
        return self.page_response(
            request,
            self.html(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(self.webname)}</title>
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script></head><body>{notice}
<div id="div{col}"></div>
<script type="text/javascript">
$(document).ready(function(){{ $('#div{col}').jpage({{ proxyUrl:'/module/jpage/dataproxy.jsp', perPage:15, totalRecord:{total},openCookies:false, webid:'{self.webid}', columnid:'{col}', unitid:'{unit}', webname:'{esc(self.webname)}', sourceContentType:'1' }}); }});
</script></body></html>
"""),
            col,
        )

    # detail ------------------------------------------------------------------------------
    async def detail(self, request: web.Request) -> web.Response:
        p = self.online(self.by_aid.get(int(request.match_info["aid"])))
        if p is None or request.path != self.detail_path(p):
            raise web.HTTPNotFound()
        if self.in_maintenance(request):
            return self.maintenance_detail(request)
        return self.html(self.detail_page(p))

    def detail_page(self, p: Posting) -> str:
        files = attachment_links(p, before="", after="", sep="<br>")
        files = files.replace('" target="_blank">', '" target="_blank"><strong>').replace(
            "</a>", "</strong></a>"
        )
        att = f"<p>附件:{files}</p>" if p.attachments else ""
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(p.title)}</title>
<meta name="ArticleTitle" content="{esc(p.title)}"><meta name="PubDate" content="{p.publish_time[:16]}"></head><body>
<table id="c" width="100%"><tr><td class="title" align="center">{esc(p.title)}</td></tr>
<tr><td class="info" align="center">发布日期：{p.publish_date.isoformat()}</td></tr>
<tr><td class="bt_content" id="zoom">{p.html_on(self.today)}{att}</td></tr></table>
</body></html>
"""

    async def attachment_list(self, request: web.Request) -> web.Response:
        p = self.online(self.by_aid.get(int_arg(request.query.get("cid"), -1, -1, 10**9)))
        if p is None:
            raise web.HTTPNotFound()
        return web.Response(
            text=json.dumps(
                [{"name": a.get("name"), "url": a.get("url")} for a in p.attachments], ensure_ascii=False
            ),
            content_type="application/json",
        )


class KechengSite(JpageSite):
    key = "kecheng"
    name = "柯城区人民政府"
    webid = "3017"
    unitid = "6600801"
    webname = "衢州市柯城区人民政府"
    default_column = "1229449685"
    id_base = 4_600_000
    SIBLINGS = CHANNEL_SIBLINGS["kecheng"]

    def pick_channel(self, params: dict[str, str]) -> str | None:
        """柯城: one column (1229449685) split by unitid 6600801..6600804 (the channel)."""
        if params.get("webid", "") != self.webid:
            return None
        unit = norm_channel(params.get("unitid", ""))
        if unit in self.by_channel:
            return unit
        col = norm_channel(params.get("columnid", ""))
        return col if col in self.by_channel else None


class QujiangSite(JpageSite):
    key = "qujiang"
    name = "衢江区人民政府"
    webid = "2759"
    unitid = "4467411"
    webname = "衢州市衢江区人民政府"
    id_base = 3_100_000
    escaped_records = True
    SIBLINGS = CHANNEL_SIBLINGS["qujiang"]
    MOVED = {"1229425427": "1229425499"}  # drift: 政府采购 moved to a new column ID
    SESSION_COOKIES = ("JSESSIONID", "SERVERID")  # ZTC 3357 sends this pair

    def record(self, p: Posting) -> str:
        title = html.escape(p.title, quote=True)
        return (
            f"<li><a href='{self.detail_path(p)}' target='_blank' title='{title}'>{title}</a>"
            f"<span>{p.publish_date.isoformat()}</span></li>"
        )


class KaihuaSite(JpageSite):
    key = "kaihua"
    name = "开化县人民政府"
    webid = "2681"
    unitid = "6250988"
    webname = "开化县人民政府"
    id_base = 4_680_000
    SIBLINGS = CHANNEL_SIBLINGS["kaihua"]

    def detail_page(self, p: Posting) -> str:
        """开化: ``div.article``; attachments are fetched by JS from ``/cms/attachment_url.jspx``."""
        aid = self.id_base + p.serial
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(p.title)}</title>
<meta name="ArticleTitle" content="{esc(p.title)}"><meta name="PubDate" content="{p.publish_time[:16]}"></head><body>
<div class="article"><h1 class="article-title">{esc(p.title)}</h1>
<div class="article-info">发布时间：{p.publish_time[:16]}</div>
<div class="article-content">{p.html_on(self.today)}</div>
<div id="attach" data-cid="{aid}"></div></div>
<script>fetch('/cms/attachment_url.jspx?cid={aid}&n={len(p.attachments)}').then(function(r){{return r.json();}}).then(function(l){{l.forEach(function(a){{var e=document.createElement('a');e.href=a.url;e.textContent=a.name;document.getElementById('attach').appendChild(e);}});}});</script>
</body></html>
"""


class ChangshanSite(JpageSite):
    key = "changshan"
    name = "浙江政务服务网（衢州市常山县）"
    webid = "76"
    unitid = "4359341"
    webname = "常山县"
    id_base = 2_200_000
    SIBLINGS = CHANNEL_SIBLINGS["changshan"]
    TRACK_COLUMN_FIRST = True  # ZTC 3328 GETs the column page before the list

    def record(self, p: Posting) -> str:
        return (
            f'<li><a href="{self.detail_path(p)}" title="{esc(p.title)}" target="_blank">{esc(p.title)}</a>'
            f'<span class="date">{p.publish_date.isoformat()}</span></li>'
        )
