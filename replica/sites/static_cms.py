"""江山 ``jiangshan``: a plain static list/detail CMS (no API, no JavaScript).

Home ``/`` links every channel; list ``/<path>/index.html``, then ``index_2.html``, ``index_3.html`` …
(15 per page, "下一页" link while there is a next page); detail ``/<path>/YYYYMMDD/<id>.html`` with
``div.article-content``.  ``<path>`` is the channel when it contains a ``/`` (``jyxx/gcjs/zbgg``),
else ``jyxx/<channel>``.
"""

from __future__ import annotations

from typing import ClassVar

from aiohttp import web

from replica.server.corpus import Posting
from replica.sites import pages
from replica.sites.base import Site, norm_channel
from replica.sites.common import attachment_links, esc


class JiangshanSite(Site):
    key = "jiangshan"
    name = "江山市公共资源交易中心"
    per_page: ClassVar[int] = 15
    id_base: ClassVar[int] = 80_000

    def index(self) -> None:
        self.by_id: dict[int, Posting] = {self.id_base + p.serial: p for p in self.postings}
        self.by_path: dict[str, str] = {self.channel_path(ch): ch for ch in self.by_channel}

    @staticmethod
    def channel_path(channel: str) -> str:
        ch = norm_channel(channel).strip("/")
        return ch if "/" in ch else f"jyxx/{ch}"

    def detail_path(self, p: Posting) -> str:
        return f"/{self.channel_path(p.channel)}/{p.publish_date:%Y%m%d}/{self.id_base + p.serial}.html"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/", self.home),
            web.get(r"/{path:.+}/index{suffix:(_\d+)?}.html", self.listing),
            web.get(r"/{path:.+}/{day:\d{8}}/{aid:\d+}.html", self.detail),
        ]

    def page(self, body: str, title: str) -> str:
        return (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{esc(title)}</title></head><body>\n'
            f'<div class="header"><a href="/">{self.name}</a></div>\n{body}\n</body></html>\n'
        )

    async def home(self, request: web.Request) -> web.Response:
        links = "".join(
            f'<li><a href="/{esc(path)}/index.html">{esc(path)}</a></li>' for path in sorted(self.by_path)
        )
        return self.html(self.page(f'<ul class="channels">{links}</ul>', self.name))

    async def listing(self, request: web.Request) -> web.Response:
        ch = self.by_path.get(request.match_info["path"])
        if ch is None or self.drift:  # drift: the site moved to Hanweb (jiangshan.gov.cn col1229393572)
            raise web.HTTPNotFound()
        suffix = request.match_info.get("suffix") or ""
        num = int(suffix[1:]) if suffix else 1
        if num < 2 and suffix:
            raise web.HTTPNotFound()
        page = self.paginate(request, self.channel_items(ch), (num - 1) * self.per_page, self.per_page)
        lis = "\n".join(
            f'<li><a href="{self.detail_path(p)}" target="_blank" title="{esc(p.title)}">{esc(p.title)}</a>'
            f'<span class="date">{p.publish_date.isoformat()}</span></li>'
            for p in page.items
        )
        nav = [f'<span class="count">共{page.total}条 第{num}/{page.pages}页</span>']
        if num > 1:
            prev = "index.html" if num == 2 else f"index_{num - 1}.html"
            nav.append(f'<a class="prev" href="{prev}">上一页</a>')
        if num < page.pages:
            nav.append(f'<a class="next" href="index_{num + 1}.html">下一页</a>')
        notice = pages.maintenance_notice() if page.maintenance else ""
        body = f'{notice}<ul class="news-list">\n{lis}\n</ul>\n<div class="pager">{"".join(nav)}</div>'
        return self.html(self.page(body, "交易信息"))

    async def detail(self, request: web.Request) -> web.Response:
        p = self.online(self.by_id.get(int(request.match_info["aid"])))
        if p is None or request.path != self.detail_path(p):
            raise web.HTTPNotFound()
        if self.in_maintenance(request):
            return self.maintenance_detail(request)
        files = attachment_links(p, sep="<br>")
        body = (
            f'<div class="article"><h1 class="article-title">{esc(p.title)}</h1>\n'
            f'<div class="article-info">发布时间：{p.publish_time[:16]} 来源：{self.name}</div>\n'
            f'<div class="article-content">{p.html_on(self.today)}</div>\n'
            f'<div class="article-attach">{files}</div></div>'
        )
        return self.html(self.page(body, p.title))
