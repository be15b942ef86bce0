"""Hanweb (大汉 JCMS) column pages with the list embedded in the page: ``qz_hanweb`` (衢州市公共资源交易网,
2024+) and ``qz_portal`` (衢州市政府门户, 公共资源配置领域信息公开).

List: ``GET /col/col<ID>/index.html`` (any query, e.g. ``?number=ggjyA004``); the records sit in
``<script type="text/xml"><datastore>…<record><![CDATA[<li><a href title>…]]></record>``; page N is the
same URL with ``&uid=<UID>&pageNum=N``.  Detail: ``/art/YYYY/M/D/art_<col>_<id>.html``.
"""

from __future__ import annotations

from typing import ClassVar

from aiohttp import web

from replica.generate.channels import CHANNELS
from replica.server.corpus import Posting
from replica.sites import pages
from replica.sites.base import Page, Site, norm_channel
from replica.sites.common import art_date_path, attachment_links, esc, int_arg


class HanwebColumnSite(Site):
    """Column pages with an inline datastore and server-side ``pageNum`` paging."""

    uid: ClassVar[str] = "7872499"
    per_page: ClassVar[int] = 15
    id_base: ClassVar[int] = 690000
    site_name: ClassVar[str] = ""
    channel_names: ClassVar[dict[str, str]] = {}

    def index(self) -> None:
        self.by_art: dict[tuple[str, int], Posting] = {}
        for p in self.postings:
            self.by_art[(norm_channel(p.channel), self.art_id(p))] = p

    def art_id(self, p: Posting) -> int:
        return self.id_base + p.serial

    def detail_path(self, p: Posting) -> str:
        col = norm_channel(p.channel)
        return f"/art/{art_date_path(p.publish_date)}/art_{col}_{self.art_id(p)}.html"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/col/col{col}/index.html", self.column),
            web.get(r"/art/{y:\d{4}}/{m:\d{1,2}}/{d:\d{1,2}}/art_{col}_{aid:\d+}.html", self.detail),
        ]

    def record(self, p: Posting) -> str:
        return (
            f'<li class="ewb-list-node"><a href="{self.detail_path(p)}" title="{esc(p.title)}" target="_blank">'
            f'{esc(p.title)}</a><span class="ewb-list-date">{p.publish_date.isoformat()}</span></li>'
        )

    #: the entry column whose navigation lists the sub-columns (BidCrawler: ``#tab1 > div > ul li``)
    entry_column: ClassVar[str] = ""
    #: drift scenario: a column the navigation lists and the registry does not know (empty so far)
    drift_column: ClassVar[tuple[str, str]] = ("", "")

    async def column(self, request: web.Request) -> web.Response:
        col = request.match_info["col"]
        if self.entry_column and col == self.entry_column:
            return self.html(self.entry_page())
        if self.drift and col == self.drift_column[0]:
            return self.html(self.column_page(col, self.paginate(request, [], 0, self.per_page), 1))
        if col not in self.by_channel:
            raise web.HTTPNotFound()
        page_num = int_arg(request.query.get("pageNum", "1"), 1, 1)
        page = self.paginate(request, self.channel_items(col), (page_num - 1) * self.per_page, self.per_page)
        return self.html(self.column_page(col, page, page_num))

    def entry_page(self) -> str:
        """The confirmed entry column: its navigation names every sub-column (the site's own
        structure, read by ``pubwatch sources discover``)."""
        items = "".join(
            f'<li href="/col/col{c}/index.html"><a href="/col/col{c}/index.html">{esc(CHANNELS.get(self.key, {}).get(c) or self.column_name(c))}</a></li>'
            for c in sorted(self.by_channel)
        )
        if self.drift and self.drift_column[0]:
            c, name = self.drift_column
            items += (
                f'<li href="/col/col{c}/index.html"><a href="/col/col{c}/index.html">{esc(name)}</a></li>'
            )
        return (
            f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{esc(self.site_name)}</title></head><body>'
            f'<div id="tab1"><div><ul>{items}</ul></div></div></body></html>'
        )

    def column_name(self, col: str) -> str:
        return self.channel_names.get(col, "交易信息")

    def column_page(self, col: str, page: Page, page_num: int) -> str:
        records = "\n".join(f"<record><![CDATA[{self.record(p)}]]></record>" for p in page.items)
        base = f"/col/col{col}/index.html?uid={self.uid}&pageNum="
        nextgroup = f'<a href="{base}{page_num + 1}"></a>' if page_num < page.pages else ""
        notice = pages.maintenance_notice() if page.maintenance else ""
        name = esc(self.column_name(col))
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{name}</title>
<meta name="SiteName" content="{esc(self.site_name)}"><meta name="ColumnName" content="{name}">
<script language="javascript" src="/module/jslib/jquery/jquery.js"></script>
</head><body>
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <span id="col1_name">交易信息</span> &gt; <span id="col2_name">{name}</span></div>
<div id="tab1"><div class="ewb-list-bd">{notice}
<div id="{self.uid}"><script type="text/xml"><datastore><nextgroup><![CDATA[{nextgroup}]]></nextgroup><recordset>
{records}
</recordset></datastore></script></div>
</div></div>
<script type="text/javascript">
$(document).ready(function(){{ $('#{self.uid}').jpage({{ dataStore: '#{self.uid}', perPage: {self.per_page}, totalRecord:{page.total},openCookies:false, currentPage:{page_num}, pageCount:{page.pages}, proxyUrl: '/module/jpage/dataproxy.jsp' }}); }});
</script>
</body></html>
"""

    async def detail(self, request: web.Request) -> web.Response:
        info = request.match_info
        p = self.online(self.by_art.get((info["col"], int(info["aid"]))))
        if p is None or request.path != self.detail_path(p):
            raise web.HTTPNotFound()
        if self.in_maintenance(request):
            return self.maintenance_detail(request)
        return self.html(self.detail_page(p))

    def head(self, p: Posting) -> str:
        return (
            f'<meta charset="utf-8"><title>{esc(p.title)}</title>\n'
            f'<meta name="SiteName" content="{esc(self.site_name)}">\n'
            f'<meta name="ColumnName" content="{esc(self.column_name(norm_channel(p.channel)))}">\n'
            f'<meta name="ArticleTitle" content="{esc(p.title)}">\n'
            f'<meta name="PubDate" content="{p.publish_time[:16]}">\n'
        )

    def detail_page(self, p: Posting) -> str:
        col = norm_channel(p.channel)
        files = attachment_links(p, sep="<br>")
        files_div = f'<div id="fileDownd">附件：{files}</div>' if files else ""
        return f"""<!DOCTYPE html>
<html><head>{self.head(p)}</head><body>
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <span id="col1_name">交易信息</span> &gt; <span id="col2_name">{esc(self.column_name(col))}</span></div>
<div class="ewb-detail">
<h3 class="ewb-detail-title">{esc(p.title)}</h3>
<div class="ewb-detail-info">发布时间：{p.publish_time[:16]}</div>
<div class="ewb-detail-content ewb-mt20"><div>{p.html_on(self.today)}</div></div>
{files_div}
</div></body></html>
"""


class QzHanwebSite(HanwebColumnSite):
    key = "qz_hanweb"
    name = "衢州市公共资源交易网"
    site_name = "衢州市公共资源交易网"
    entry_column = "1229683626"  # ?number=ggjyA004 (idx 29737540207)
    drift_column = ("1229683699", "建设工程-招标文件公示")


class QzPortalSite(HanwebColumnSite):
    """衢州市政府门户: a government-portal article template (``div#zoom``) around the same column machinery."""

    key = "qz_portal"
    name = "衢州市政府门户 公共资源配置领域信息公开"
    site_name = "衢州市人民政府"
    uid = "5893253"
    id_base = 2380000

    def column_name(self, col: str) -> str:
        return "公共资源配置领域信息公开"

    def detail_page(self, p: Posting) -> str:
        files = attachment_links(p, before="<p>", after="</p>")
        files_div = f'<div class="fujian">附件：{files}</div>' if files else ""
        return f"""<!DOCTYPE html>
<html><head>{self.head(p)}<meta name="ContentSource" content="衢州市公共资源交易中心"></head><body>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; 政务公开 &gt; <span id="col1_name">重点领域信息公开</span> &gt; <span id="col2_name">公共资源配置领域信息公开</span></div>
<div class="main-txt">
<div class="title">{esc(p.title)}</div>
<div class="info">发布日期：{p.publish_time[:10]}&nbsp;&nbsp;信息来源：衢州市公共资源交易中心</div>
<div id="zoom">{p.html_on(self.today)}</div>
{files_div}
</div></body></html>
"""
