"""Epoint (新点) sites: ``qz_epoint`` (衢州 EWB-FRONT getInfoListTrade, 2021) and ``zjggzy``
(浙江省公共资源交易服务平台 full-text search).

qz_epoint: ``POST /EWB-FRONT/rest/commonSearch/getInfoListTrade`` with the form field ``params`` =
JSON ``{"title","xiaqu","projectnum","pageSize","categorynum","pageIndex"}`` (pageIndex 0-based,
categorynum a prefix) → ``{"Totle": N, "infodata": [{infodate,title,infourl,zhuanzai}]}``
(``Totle`` sic; no ``categorynum`` in a row: its category is the 9-digit segment of ``infourl``).  Detail ``/jyxx/<6>/<9>/YYYYMMDD/<guid>.html`` with ``div.ewb-detail-content``.
Column pages ``/jyxx/<6>/<9>/trade.html`` (the list pages other crawlers read on the same code tree,
bigCrawlers ``quzhou.py``) carry the Epoint left tree (``ul.wb-tree``: ``li.wb-tree-items`` per
6-digit category, ``li.wb-tree-item`` per 9-digit one, ``id`` = code, as another Epoint
site's ``getLeftTree`` markup renders it, 苏州, idx 4124840558) naming every category the evidence shows.

zjggzy: ``POST /inteligentsearch/rest/inteligentSearch/getFullTextData`` (and the 2026
``/inteligentsearch/rest/esinteligentsearch/getFullTextDataNew``), a JSON body with ``pn`` (offset),
``rn`` (rows), ``sort`` (``{"webdate":"0"}`` = newest first; anything else is relevance order),
``condition`` (only the FIRST condition on each field applies), ``time`` (webdate range), ``wd``
(keyword, matched on two-character token boundaries only) → ``{"result":{"totalcount":N,"records":[…]}}``.
Detail ``/jyxxgk/<6>/<9>/YYYYMMDD/<guid>.html`` with ``div.ewb-container``.
"""

from __future__ import annotations

import json
import uuid
import zlib
from typing import Any, ClassVar

from aiohttp import web

from replica.generate.channels import SIBLINGS as CHANNEL_SIBLINGS
from replica.server.corpus import Posting
from replica.sites import pages
from replica.sites.base import Site, norm_channel
from replica.sites.common import attachment_links, esc, int_arg, region_name


class EpointSite(Site):
    detail_root: ClassVar[str] = "jyxx"

    def index(self) -> None:
        self.by_guid: dict[str, Posting] = {self.guid(p): p for p in self.postings}

    def guid(self, p: Posting) -> str:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{self.key}:{p.posting_id}"))

    def detail_path(self, p: Posting) -> str:
        ch = norm_channel(p.channel)
        return f"/{self.detail_root}/{ch[:6]}/{ch}/{p.publish_date:%Y%m%d}/{self.guid(p)}.html"

    def flavour(self, request: web.Request) -> str:
        return "html" if request.path.startswith(f"/{self.detail_root}/") else "json"

    async def detail(self, request: web.Request) -> web.Response:
        p = self.online(self.by_guid.get(request.match_info["guid"]))
        if p is None or request.path != self.detail_path(p):
            raise web.HTTPNotFound()
        if self.in_maintenance(request):
            return self.maintenance_detail(request)
        return self.html(self.detail_page(p))

    def detail_page(self, p: Posting) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


#: the category tree as the evidence shows it (bigCrawlers ``quzhou.py`` labels; ZTC 3308 adds
#: 002007006 and 002007007): 6-digit code → (name, {9-digit code: name})
EPOINT_TREE: dict[str, tuple[str, dict[str, str]]] = {
    "002001": (
        "建设工程",
        {
            "002001001": "招标公告",
            "002001002": "变更公告",
            "002001003": "开标结果公告",
            "002001004": "中标候选人公示",
            "002001005": "中标结果公告",
            "002001006": "合同",
        },
    ),
    "002002": (
        "政府采购",
        {"002002001": "采购公告", "002002002": "结果公告", "002002003": "合同公告", "002002004": "采购公示"},
    ),
    **{
        c6: (
            name,
            {f"{c6}001": "交易公告", f"{c6}002": "变更公告", f"{c6}003": "成交公告", f"{c6}004": "终止公示"},
        )
        for c6, name in (("002003", "产权"), ("002004", "土地"), ("002005", "排污权"), ("002006", "农村产权"))
    },
    "002007": (
        "其他交易",
        {
            "002007001": "交易公告",
            "002007002": "答疑/变更",
            "002007004": "成交公告",
            "002007006": "中标预告",
            "002007007": "其他",
        },
    ),
}


class QzEpointSite(EpointSite):
    key = "qz_epoint"
    name = "衢州市公共资源交易网 (Epoint)"
    #: drift scenario: a category whose code moved (old → new); the old code answers no rows, the
    #: tree names the same category under the new code, rows and detail paths carry the new code
    MOVED: ClassVar[dict[str, str]] = {"002004003": "002004005"}

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/EWB-FRONT/rest/commonSearch/getInfoListTrade", self.list_trade),
            web.get("/jyxx/{c6}/{c9}/{day:\\d{8}}/{guid}.html", self.detail),
            web.get("/jyxx/{c6:\\d{6}}/{c9:\\d{9}}/trade.html", self.column),
        ]

    def code_of(self, p: Posting) -> str:
        ch = norm_channel(p.channel)
        return self.MOVED.get(ch, ch) if self.drift else ch

    def detail_path(self, p: Posting) -> str:
        ch = self.code_of(p)
        return f"/{self.detail_root}/{ch[:6]}/{ch}/{p.publish_date:%Y%m%d}/{self.guid(p)}.html"

    def tree(self) -> dict[str, tuple[str, dict[str, str]]]:
        """The category tree of tonight (the drift scenario moves one code)."""
        if not self.drift:
            return EPOINT_TREE
        out = {}
        for c6, (name, subs) in EPOINT_TREE.items():
            out[c6] = (name, {self.MOVED.get(c9, c9): n for c9, n in subs.items()})
        return out

    async def column(self, request: web.Request) -> web.Response:
        """A column page: the left category tree and the category's first rows (static markup)."""
        c6, c9 = request.match_info["c6"], request.match_info["c9"]
        tree = self.tree()
        if c6 not in tree or c9 not in tree[c6][1] or not c9.startswith(c6):
            raise web.HTTPNotFound()
        nav = "".join(
            f'<li class="wb-tree-items" id="{k6}"><h3 class="wb-tree-node"><span class="wb-tree-tt-bg">'
            f'<a class="wb-tree-tt" href="/jyxx/{k6}/{next(iter(subs))}/trade.html">{esc(name)}</a></span></h3>'
            '<ul class="wb-tree-subs">'
            + "".join(
                f'<li class="wb-tree-item"><a id="{k9}" class="wb-tree-three" href="/jyxx/{k6}/{k9}/trade.html">{esc(n)}</a></li>'
                for k9, n in subs.items()
            )
            + "</ul></li>"
            for k6, (name, subs) in tree.items()
        )
        old = {v: k for k, v in self.MOVED.items()}.get(c9, c9) if self.drift else c9
        rows = [] if self.drift and c9 in self.MOVED else self.prefix_items(old)[:10]
        items = "".join(
            f'<li class="ewb-list-node"><a href="{self.detail_path(p)}" target="_blank">{esc(p.title)}</a>'
            f'<span class="ewb-list-date">{p.publish_date.isoformat()}</span></li>'
            for p in rows
        )
        return self.html(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(tree[c6][1][c9])}</title></head><body>
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; 交易信息 &gt; {esc(tree[c6][0])}</div>
<div class="ewb-left"><div class="ewb-left-menu"><ul class="wb-tree" id="secondcategory">{nav}</ul></div></div>
<div class="ewb-right"><ul class="ewb-col-item news-list-items">{items}</ul></div>
</body></html>
""")

    async def list_trade(self, request: web.Request) -> web.Response:
        form = await request.post()
        raw = form.get("params") or request.query.get("params")
        try:
            params = json.loads(str(raw)) if raw else None
        except json.JSONDecodeError:
            params = None
        if not isinstance(params, dict):
            return self.json({"Totle": 0, "infodata": [], "msg": "参数params缺失或不是JSON"}, status=400)
        cat = str(params.get("categorynum") or "")
        items = self.prefix_items(cat)
        if self.drift and cat in self.MOVED:  # the moved category: the old code answers nothing
            items = []
        elif self.drift and cat in self.MOVED.values():  # … and the new code its rows
            items = self.prefix_items(next(o for o, n in self.MOVED.items() if n == cat))
        title = str(params.get("title") or "").strip()
        xiaqu = str(params.get("xiaqu") or "").strip()
        if title or xiaqu:
            items = [p for p in items if title in p.title and p.region.startswith(xiaqu)]
        size = int_arg(params.get("pageSize"), 10, 1, 1000)
        index = int_arg(params.get("pageIndex"), 0, 0, 10**6)
        page = self.paginate(request, items, index * size, size)
        body: dict[str, Any] = {
            "Totle": page.total,
            "infodata": [
                {
                    "infodate": p.publish_date.isoformat(),
                    "title": p.title,
                    "infourl": self.detail_path(p),
                    "zhuanzai": region_name(p.region),
                }  # real rows carry no categorynum (ZTC 3308)
                for p in page.items
            ],
        }
        if page.maintenance:
            body["msg"] = pages.MAINTENANCE_TEXT
        return self.json(body)

    def detail_page(self, p: Posting) -> str:
        files = attachment_links(p, sep="<br>")
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(p.title)}</title></head><body>
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; 交易信息</div>
<div class="ewb-container"><h2 class="ewb-detail-title">{esc(p.title)}</h2>
<div class="ewb-detail-info"><span>【信息时间：{p.publish_time[:10]}】</span><span>【来源：{region_name(p.region)}】</span></div>
<div class="ewb-detail-content"><div class="ewb-article-share">分享到：</div>
<div class="ewb-article-info">{p.html_on(self.today)}
{files}</div></div></div>
</body></html>
"""


def _match(value: str, cond: dict[str, Any]) -> bool:
    """Epoint condition semantics: isLike+likeType 2 = prefix, isLike otherwise = contains, else equal."""
    equal = str(cond.get("equal", ""))
    if not cond.get("isLike"):
        return value == equal
    if str(cond.get("likeType", "")) == "2":
        return value.startswith(equal)
    return equal in value


def _token_match(title: str, wd: str) -> bool:
    """The server's tokeniser: a keyword is found only where it starts on an even character offset
    (a crude two-character segmentation), so some titles that contain it are missed."""
    start = title.find(wd)
    while start >= 0:
        if start % 2 == 0:
            return True
        start = title.find(wd, start + 1)
    return False


class ZjggzySite(EpointSite):
    key = "zjggzy"
    name = "浙江省公共资源交易服务平台"
    detail_root = "jyxxgk"
    # 招标文件公示 beside 招标公告; 磋商/谈判/询价 and 国企采购 are channels of their own kinds
    # (replica.generate.channels.FILL_KINDS), not siblings of 采购公告
    SIBLINGS = CHANNEL_SIBLINGS["zjggzy"]

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/inteligentsearch/rest/inteligentSearch/getFullTextData", self.search),
            web.post("/inteligentsearch/rest/esinteligentsearch/getFullTextDataNew", self.search),
            web.get("/jyxxgk/{c6}/{c9}/{day:\\d{8}}/{guid}.html", self.detail),
            web.get("/", self.home),
        ]

    async def home(self, request: web.Request) -> web.Response:
        """The home page other crawlers GET first for its cookies (idx 54850829167)."""
        resp = self.html(
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>浙江省公共资源交易服务平台</title>'
            '</head><body><div class="ewb-container">首页</div></body></html>'
        )
        resp.set_cookie("JSESSIONID", "replica", path="/")
        return resp

    def fields(self, p: Posting) -> dict[str, str]:
        return {
            "categorynum": norm_channel(p.channel),
            "infoc": p.region,
            "title": p.title,
            "zhuanzai": region_name(p.region),
            "webdate": p.publish_time,
        }

    async def search(self, request: web.Request) -> web.Response:
        try:
            body = json.loads(await request.text())
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        if not isinstance(body, dict):
            return self.json({"result": None, "error": "请求体不是JSON"}, status=400)
        items = self.visible(("all",), self.postings)
        conds: dict[str, dict[str, Any]] = {}
        for cond in body.get("condition") or []:
            if isinstance(cond, dict) and cond.get("fieldName"):
                conds.setdefault(str(cond["fieldName"]), cond)  # only the first per field applies
        times: dict[str, dict[str, Any]] = {}
        for t in body.get("time") or []:
            if isinstance(t, dict) and t.get("fieldName"):
                times.setdefault(str(t["fieldName"]), t)
        wd = str(body.get("wd") or "").strip()
        sdt, edt = str(body.get("sdt") or ""), str(body.get("edt") or "")
        out = []
        for p in items:
            f = self.fields(p)
            if any(name in f and not _match(f[name], c) for name, c in conds.items()):
                continue
            if any(
                name in f
                and not (str(t.get("startTime") or "") <= f[name] <= str(t.get("endTime") or "9999"))
                for name, t in times.items()
            ):
                continue
            if (sdt and f["webdate"] < sdt) or (edt and f["webdate"][:10] > edt[:10]):
                continue
            if wd and wd != "null" and not _token_match(p.title, wd):
                continue
            out.append(p)
        sort = body.get("sort")
        if isinstance(sort, str):
            try:
                sort = json.loads(sort) if sort else {}
            except json.JSONDecodeError:
                sort = {}
        order = str(sort.get("webdate")) if isinstance(sort, dict) and "webdate" in sort else None
        if order == "1":
            out.reverse()
        elif order != "0":
            out.sort(key=lambda q: zlib.crc32(q.posting_id.encode()))  # "relevance"
        rn = int_arg(body.get("rn"), 10, 1, 1000)
        pn = int_arg(body.get("pn"), 0, 0, 10**7)
        page = self.paginate(request, out, pn, rn)
        records = [
            {
                "id": self.guid(p),
                "title": p.title,
                "linkurl": self.detail_path(p),
                "webdate": p.publish_time,
                "zhuanzai": region_name(p.region),
                "categorynum": norm_channel(p.channel),
                "infoc": p.region,
                "infod": p.region,
            }
            for p in page.items
        ]
        result: dict[str, Any] = {
            "categorys": [],
            "totalcount": page.total,
            "records": records,
            "executetime": "0.012",
        }
        if page.maintenance:
            result["msg"] = pages.MAINTENANCE_TEXT
        return self.json({"result": result})

    def detail_page(self, p: Posting) -> str:
        files = attachment_links(p, sep="<br>")
        return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(p.title)}</title></head><body>
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; 交易信息</div>
<div class="ewb-container clearfix">
<h1>{esc(p.title)}</h1>
<p class="info-sources">【发布时间：{p.publish_time[:16]}】 【信息来源：{region_name(p.region)}】</p>
<hr>
<div class="ewb-trade-info">{p.html_on(self.today)}</div>
<div class="ewb-attach">{files}</div>
<div id="pdff"></div>
</div></body></html>
"""
