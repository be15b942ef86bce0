"""浙江政府采购网 (政采云 portal JSON API), site key ``zfcg``.

List: ``POST /portal/category`` JSON ``{"pageNo":1,"pageSize":15,"categoryCode":"110-…","isGov":true,
"excludeDistrictPrefix":[…],"districtCode":[…],"publishDateBegin","publishDateEnd","keyword","_t":ms}``
→ ``{"success":true,"result":{"data":{"total":N,"data":[{articleId,title,publishDate(ms),…}],"empty":…}},"error":null}``.
Detail: ``GET /portal/detail?articleId=<URL-encoded>&timestamp=<s>`` → ``result.data{…,content(HTML),…}``.
articleIds are base64 (``=``, ``+``, ``/``); sent without URL-encoding a ``+`` becomes a space and
the article is not found (404).

Categories form a tree (``categoryTreeFind?parentId=600007``); ``categoryCode`` is ``110-<code>``.
The root ``110-600007`` (政府采购公告) answers the rows of every category under it, newest first; each
row's ``pathName`` (``政府采购公告/<category>``) says which category it belongs to. A code that is not
in the tree answers ``success: false`` (the real codes contradict each other between sources, so a
crawler must not read an unknown code as "nothing published").
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from aiohttp import web

from replica.generate.channels import SIBLINGS as CHANNEL_SIBLINGS
from replica.server.corpus import Posting
from replica.sites import pages
from replica.sites.base import Site, norm_channel
from replica.sites.common import CHINA_TZ, epoch_ms, int_arg, region_name

ROOT_CODE = "110-600007"  # legacy: the announcement tree's parent id (Referer parentId=600007)
ROOT_NAME = "政府采购公告"
# The announcement categories as fetch_zfcg (idx 57395698769, 2026) shows them: code → category name.
# 110-766025/110-766026 are NOT in the evidence (kept, unverified, for the notice types nobody has
# seen on zfcg).
CATEGORIES = {
    "110-175885": "采购意向",
    "110-246839": "意见征询",
    "110-978863": "采购项目公告",
    "110-943756": "更正公告",
    "110-900461": "采购结果公告",
    "110-567245": "采购合同公告",
    "110-198517": "履约验收公告",
    "110-341071": "电子卖场公告",
    "110-978920": "框架协议公告",
    "110-766025": "投诉处理决定",
    "110-766026": "处罚决定",
}
# Real rows carry the LEAF name as pathName (fetch_zfcg PATH_TO_CATEGORY), by notice type.
LEAF_NAMES = {
    "procurement.intention": "采购意向公开",
    "procurement.consultation": "采购文件需求公示",
    "procurement.single_source": "单一来源采购公示",
    "procurement.prequalification": "资格预审公告",
    "procurement.tender": "招标公告",
    "procurement.correction": "更正公告",
    "procurement.result": "中标（成交）结果公告",
    "procurement.termination": "废标公告",
    "procurement.bid_opening": "中标（成交）结果公告",
    "procurement.contract": "采购合同公告",
    "procurement.acceptance": "履约验收公告",
    "procurement.complaint_decision": "投诉处理决定",
    "procurement.penalty": "处罚决定",
}
# Other regions of Zhejiang: the real list is province-wide (rows of every district).
OTHER_DISTRICTS = (
    ("330102", "上城区"),
    ("330212", "鄞州区"),
    ("330302", "鹿城区"),
    ("330702", "婺城区"),
    ("331102", "莲都区"),
)
TENDER_WORDS = ("磋商", "谈判", "询价")


CHANNEL_LEAF = {"110-341071": "其他电子卖场公告", "110-978920": "框架协议公告"}


def path_name(p: Posting) -> str:
    """The ``pathName`` of a row: the leaf category name (``招标公告``, ``非招标公告`` …)."""
    if p.channel in CHANNEL_LEAF:
        return CHANNEL_LEAF[p.channel]
    leaf = LEAF_NAMES.get(p.notice_type, CATEGORIES.get(p.channel, ROOT_NAME))
    if p.notice_type == "procurement.tender" and any(w in p.title for w in TENDER_WORDS):
        return "非招标公告"
    return leaf


TYPE_NAMES = {
    "procurement.intention": "采购意向",
    "procurement.tender": "采购公告",
    "procurement.single_source": "单一来源公示",
    "procurement.correction": "更正公告",
    "procurement.result": "中标(成交)结果公告",
    "procurement.contract": "采购合同公告",
    "procurement.termination": "终止公告",
    "procurement.acceptance": "履约验收公告",
}
NULL_FIELDS = (
    "annId",
    "firstCode",
    "parentId",
    "secondCode",
    "cover",
    "path",
    "content",
    "gpCatalogCode",
    "gpCatalogName",
    "procurementMethodCode",
    "procurementMethod",
    "bidOpeningTime",
    "projectCode",
    "projectName",
    "purchaseName",
    "rankCategoryName",
    "encryptId",
    "invalidDate",
    "isRenew",
    "announcementType",
    "budgetPrice",
    "supplierName",
    "totalContractAmount",
    "author",
)


def _date_arg(value: Any) -> date | None:
    """``publishDateBegin/End`` come as ``YYYY-MM-DD`` (or with a time) or as epoch ms."""
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value / 1000, tz=CHINA_TZ).date()
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


class ZfcgSite(Site):
    key = "zfcg"
    name = "浙江政府采购网"
    SIBLINGS = CHANNEL_SIBLINGS["zfcg"]
    RENAMED = ("110-943756", "更正公告（新版）")  # drift: the category's leaf pathName was renamed
    robots_disallow = "/manage/"  # the category tree lives under /admin/ (nobody published zfcg's robots.txt)

    def index(self) -> None:
        self.by_article: dict[str, Posting] = {self.article_id(p): p for p in self.postings}
        # province-wide lists: every second Quzhou row has a neighbour from another district
        self.others: dict[str, list[Posting]] = {}
        for p in self.postings:
            if p.serial % 2 == 0:
                code, name = OTHER_DISTRICTS[p.serial % len(OTHER_DISTRICTS)]
                twin = replace(
                    p,
                    posting_id=f"{p.posting_id}~{code}",
                    region=code,
                    project_id="",
                    title=f"{name}{p.title[-30:]}",
                    publish_time=p.publish_time[:17] + "59",
                )
                self.others.setdefault(norm_channel(p.channel), []).append(twin)
                self.by_article[self.article_id(twin)] = twin  # every row of the real list has its detail
        self.by_project: dict[str, list[Posting]] = {}
        for p in sorted(self.postings, key=lambda q: q.sort_key):
            if p.project_id:
                self.by_project.setdefault(p.project_id, []).append(p)

    @staticmethod
    def article_id(p: Posting) -> str:
        return base64.b64encode(hashlib.md5(p.posting_id.encode()).digest()).decode()

    def flavour(self, request: web.Request) -> str:
        return "json"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/portal/category", self.category),
            web.get("/portal/detail", self.detail),
            web.get("/admin/category/home/categoryTreeFind", self.tree),
        ]

    async def tree(self, request: web.Request) -> web.Response:
        """The announcement category tree (platforms.md §4a ``categoryTreeFind?parentId=600007``; the
        node fields are the replica's, no real answer was found): code, name, leaf names."""
        leaves: dict[str, set[str]] = {}
        for p in self.postings:
            leaf = self.RENAMED[1] if self.drift and p.channel == self.RENAMED[0] else path_name(p)
            leaves.setdefault(p.channel, set()).add(leaf)
        nodes = [
            {
                "categoryCode": code,
                "categoryName": name,
                "children": [{"categoryName": n} for n in sorted(leaves.get(code, ()))],
            }
            for code, name in CATEGORIES.items()
        ]
        return self.json({"success": True, "result": {"data": nodes}, "error": None})

    async def category(self, request: web.Request) -> web.Response:
        try:
            body = json.loads(await request.text())
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        if not isinstance(body, dict):
            return self.json({"success": False, "result": None, "error": "请求体不是JSON"}, status=400)
        code = str(body.get("categoryCode") or "")
        if code and code != ROOT_CODE and code not in CATEGORIES and code not in self.by_channel:
            return self.json(
                {"success": False, "result": None, "error": {"code": "400", "message": f"栏目不存在: {code}"}}
            )
        if not code:
            items = self.visible(("all",), self.postings)
        elif code == ROOT_CODE:
            items = self.visible(("root",), (p for p in self.postings if p.channel in CATEGORIES))
        else:
            mixed = sorted(
                [*self.by_channel.get(code, ()), *self.others.get(code, ())],
                key=lambda q: q.sort_key,
                reverse=True,
            )
            items = self.visible(("wide", code), mixed)
        districts = [str(d) for d in body.get("districtCode") or []]
        excluded = [str(d) for d in body.get("excludeDistrictPrefix") or []]
        begin, end = _date_arg(body.get("publishDateBegin")), _date_arg(body.get("publishDateEnd"))
        keyword = str(body.get("keyword") or "").strip()
        if districts or excluded or begin or end or keyword:
            items = [
                p
                for p in items
                if (not districts or p.region in districts)
                and not any(p.region.startswith(x) for x in excluded)
                and (begin is None or p.publish_date >= begin)
                and (end is None or p.publish_date <= end)
                and keyword in p.title
            ]
        size = int_arg(body.get("pageSize"), 15, 1, 100)
        page_no = int_arg(body.get("pageNo"), 1, 1, 10**6)
        page = self.paginate(request, items, (page_no - 1) * size, size)
        rows = [self.row(p) for p in page.items]
        data: dict[str, Any] = {"total": page.total, "data": rows, "empty": not rows}
        if page.maintenance:
            data["msg"] = pages.MAINTENANCE_TEXT
        return self.json({"success": True, "result": {"data": data}, "error": None})

    def row(self, p: Posting) -> dict[str, Any]:
        row: dict[str, Any] = dict.fromkeys(NULL_FIELDS)
        row.update(
            {
                "articleId": self.article_id(p),
                "siteId": 110,
                "pathName": self.RENAMED[1] if self.drift and p.channel == self.RENAMED[0] else path_name(p),
                "title": p.title,
                "publishDate": epoch_ms(p.publish_time),
                "districtCode": p.region,
                "districtName": region_name(p.region),
                "districtNameList": None,
                "invalid": 0,
            }
        )
        return row

    async def detail(self, request: web.Request) -> web.Response:
        p = self.online(self.by_article.get(request.query.get("articleId", "")))
        if p is None:
            return self.json(
                {"success": False, "result": None, "error": {"code": "404", "message": "文章不存在"}},
                status=404,
            )
        if self.in_maintenance(request):
            return self.maintenance_detail(request)
        links = [
            {
                "typeName": TYPE_NAMES.get(q.notice_type, "公告"),
                "articleId": self.article_id(q),
                "isExist": True,
                "isCurrent": q is p,
            }
            for q in self.by_project.get(p.project_id, [])
            if q.visible_on(self.today)
        ]
        data = {
            "title": p.title,
            "htmlTitle": None,
            "isCustomTitle": 0,
            "articleId": self.article_id(p),
            "siteId": 110,
            "author": None,
            "projectCode": None,
            "projectName": None,
            "publishDate": epoch_ms(p.publish_time),
            "announcementType": None,
            "districtCode": p.region,
            "districtName": region_name(p.region),
            "categoryNames": [CATEGORIES.get(p.channel, ROOT_NAME), path_name(p)],
            "announcementLinkDtoList": links or None,
            "content": p.html_on(self.today),
            "attachmentList": [{"name": a.get("name"), "url": a.get("url")} for a in p.attachments],
            "isShowAttachment": bool(p.attachments),
            "expireFlag": 0,
            "expiredAt": None,
        }
        return self.json({"success": True, "result": {"data": data}, "error": None})
