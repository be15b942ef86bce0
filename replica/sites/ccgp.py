"""中国政府采购网-style static site in GBK behind a JavaScript cookie check, site key ``ccgp``.

Lists ``/cggg/<path>/index.htm`` then ``index_1.htm``, ``index_2.htm`` … (20 per page; ``<path>`` is
the channel when it contains a ``/``, else ``dfgg/<channel>``); detail
``/cggg/<path>/YYYYMM/tYYYYMMDD_<id>.htm``.  Pages are GBK, ``Content-Type: text/html; charset=gbk``.

Bot check: a request without valid ``HOY_TR`` and ``HBB_HC`` cookies gets (status 200) a page that
loads ``/_bot_sbu/sbu_fpcm.js``, ``/_bot_sbu/sbu_fpc.js``, ``/_ws_sbu/sbu_hc.js`` and sets both cookies
in an inline script with literal values (``document.cookie = "HOY_TR=<v>; …"``).  A crawler solves it
by reading the two values (regex ``document\\.cookie\\s*=\\s*"(HOY_TR|HBB_HC)=([^;"]+)``) and repeating
the request with them.  ``HBB_HC`` is bound to ``HOY_TR`` by an HMAC and expires after 600 s
(``HOY_TR`` after a year), after which the check comes back.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from typing import ClassVar

from aiohttp import web

from replica.server.corpus import Posting
from replica.sites import pages
from replica.sites.base import Page, Site, norm_channel
from replica.sites.common import esc, region_name

CHANNEL_NAMES = {
    "zbgg": "中标公告",
    "gkzb": "公开招标",
    "cggg": "采购公告",
    "gzgg": "更正公告",
    "fbgg": "废标公告",
    "htgg": "合同公告",
    "dylygg": "单一来源",
    "xjgg": "询价公告",
    "jzxtpgg": "竞争性谈判",
}


class CcgpSite(Site):
    key = "ccgp"
    name = "中国政府采购网"
    encoding = "gbk"
    per_page: ClassVar[int] = 20
    id_base: ClassVar[int] = 26_000_000
    hc_ttl: ClassVar[float] = 600.0
    robots_disallow = "/search/"

    def index(self) -> None:
        self.secret = os.urandom(16)
        self.by_id: dict[int, Posting] = {self.id_base + p.serial: p for p in self.postings}
        self.by_path: dict[str, str] = {self.channel_path(ch): ch for ch in self.by_channel}

    @staticmethod
    def channel_path(channel: str) -> str:
        ch = norm_channel(channel).strip("/")
        return ch if "/" in ch else f"dfgg/{ch}"

    def detail_path(self, p: Posting) -> str:
        d = p.publish_date
        return f"/cggg/{self.channel_path(p.channel)}/{d:%Y%m}/t{d:%Y%m%d}_{self.id_base + p.serial}.htm"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/_bot_sbu/{name}.js", self.bot_script),
            web.get("/_ws_sbu/{name}.js", self.bot_script),
            web.get(r"/cggg/{path:.+}/{month:\d{6}}/t{day:\d{8}}_{aid:\d+}.htm", self.detail),
            web.get(r"/cggg/{path:.+}/index{suffix:(_\d+)?}.htm", self.listing),
            web.get(r"/cggg/{path:.+}/", self.listing),
        ]

    def unfaulted(self, request: web.Request) -> bool:
        return request.path == "/robots.txt" or request.path.startswith(("/_bot_sbu/", "/_ws_sbu/"))

    # bot check -----------------------------------------------------------------------------
    def _sign(self, hoy: str, ts: str) -> str:
        return hmac.new(self.secret, f"{hoy}|{ts}".encode(), hashlib.sha256).hexdigest()[:32]

    def issue_tokens(self) -> tuple[str, str]:
        hoy = os.urandom(12).hex()
        ts = str(int(time.time()))
        return hoy, f"{ts}{self._sign(hoy, ts)}"

    def passes(self, request: web.Request) -> bool:
        hoy, hc = request.cookies.get("HOY_TR", ""), request.cookies.get("HBB_HC", "")
        if len(hoy) != 24 or len(hc) < 33:
            return False
        ts, sig = hc[:-32], hc[-32:]
        if not ts.isdigit() or time.time() - int(ts) > self.hc_ttl:
            return False
        return hmac.compare_digest(sig, self._sign(hoy, ts))

    def challenge(self) -> web.Response:
        hoy, hc = self.issue_tokens()
        return self.html(pages.botcheck_page(hoy, hc, "gbk"))

    async def bot_script(self, request: web.Request) -> web.Response:
        return web.Response(text=pages.BOT_SCRIPT, content_type="application/javascript")

    def head(self) -> str:
        """Every normal page carries the bot scripts and refreshes both cookies (idx 41663757430,
        idx 22434370872): their presence is not a challenge."""
        hoy, hc = self.issue_tokens()
        return (
            '<meta http-equiv="Content-Type" content="text/html; charset=gbk">\n'
            '<script id="keyparam" type="text/javascript" src="/_bot_sbu/sbu_fpcm.js"></script>\n'
            '<script id="keyt" type="text/javascript" src="/_bot_sbu/sbu_fpc.js"></script>\n'
            '<script type="text/javascript">\n'
            f'  document.cookie = "HOY_TR={hoy}; path=/";\n'
            f'  document.cookie = "HBB_HC={hc}; max-age=600; path=/";\n'
            "</script>\n"
        )

    # pages ---------------------------------------------------------------------------------
    async def listing(self, request: web.Request) -> web.Response:
        if not self.passes(request):
            return self.challenge()
        channel = self.by_path.get(request.match_info["path"].strip("/"))
        if channel is None:
            raise web.HTTPNotFound()
        suffix = request.match_info.get("suffix") or ""
        page_idx = int(suffix[1:]) if suffix else 0
        page = self.paginate(request, self.channel_items(channel), page_idx * self.per_page, self.per_page)
        if page_idx and not page.items and not page.maintenance:
            raise web.HTTPNotFound()  # TRS only writes the index_N.htm files that exist
        return self.html(self.list_page(channel, page, page_idx))

    def list_page(self, channel: str, page: Page, page_idx: int) -> str:
        name = CHANNEL_NAMES.get(channel.rsplit("/", 1)[-1], "政府采购公告")
        rows = []
        for p in page.items:
            href = "." + self.detail_path(p)[len("/cggg/" + self.channel_path(channel)) :]
            rows.append(
                f'<li><a href="{href}" title="{esc(p.title)}" target="_blank">{esc(p.title)}</a>'
                f'<em rel="bxlx">{name}</em> 发布时间：<em>{p.publish_time[:16]}</em> 地域：<em>浙江</em> '
                f"采购人：<em>{esc(region_name(p.region))}</em></li>"
            )
            if p.serial % 3 == 0:  # the list is national: rows of other provinces in between
                prov = ("青海", "江西", "陕西", "湖北")[p.serial % 4]
                rows.append(
                    f'<li><a href="{href[:-4]}9.htm" title="{prov}某单位采购公告" target="_blank">'
                    f'{prov}某单位采购公告</a><em rel="bxlx">{name}</em> 发布时间：<em>{p.publish_time[:16]}</em> '
                    f"地域：<em>{prov}</em> 采购人：<em>{prov}某单位</em></li>"
                )
        lis = "\n".join(rows)
        notice = pages.maintenance_notice() if page.maintenance else ""
        return f"""<!DOCTYPE html>
<html><head>{self.head()}<title>{name}_中国政府采购网</title></head><body>
<div class="vF_deail_currentloc">当前位置：<a href="/">首页</a>»<a href="/cggg/">政府采购公告</a>»<a href="/cggg/dfgg/">地方公告</a>»<a class="CurrChnlCls" href="./">{name}</a></div>
<div class="vF_detail_relcontent">{notice}
<ul class="c_list_bid">
{lis}
</ul>
<p class="pager"><script type="text/javascript">Pager({{size:{page.pages}, current:{page_idx}, prefix:'index', suffix:'htm'}});</script></p>
</div></body></html>
"""

    async def detail(self, request: web.Request) -> web.Response:
        if not self.passes(request):
            return self.challenge()
        p = self.online(self.by_id.get(int(request.match_info["aid"])))
        if p is None or request.path != self.detail_path(p):
            raise web.HTTPNotFound()
        if self.in_maintenance(request):
            return self.maintenance_detail(request)
        name = CHANNEL_NAMES.get(norm_channel(p.channel).rsplit("/", 1)[-1], "政府采购公告")
        d = p.publish_date
        files = "".join(
            f'<li><a href="{esc(str(a.get("url", "")))}">{esc(str(a.get("name", "附件")))}</a></li>'
            for a in p.attachments
        )
        return self.html(f"""<!DOCTYPE html>
<html><head>{self.head()}<title>{esc(p.title)}</title>
<meta name="ArticleTitle" content="{esc(p.title)}">
<meta name="PubDate" content="{p.publish_time[:16]}">
<meta name="ContentSource" content="中国政府采购网">
</head><body>
<div class="vF_deail_currentloc">当前位置：<a href="/">首页</a>»<a href="/cggg/">政府采购公告</a>»<a href="/cggg/dfgg/">地方公告</a>»<a class="CurrChnlCls" href="../">{name}</a></div>
<div class="vF_detail_main">
<div class="vF_detail_header"><h2 class="tc">{esc(p.title)}</h2>
<p class="tc"><span id="pubTime">{d.year}年{d.month:02d}月{d.day:02d}日 {p.publish_time[11:16]}</span> 来源：<span id="sourceName">中国政府采购网</span></p></div>
<div class="vF_detail_content_container"><div class="vF_detail_content">{p.html_on(self.today)}</div></div>
<div class="vF_detail_relcontent_lst"><ul class="fjxx">{files}</ul></div>
</div></body></html>
""")
