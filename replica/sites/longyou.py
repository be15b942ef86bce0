"""龙游县公共资源交易平台 JSON API, site key ``longyou``.

List: ``POST /front/bidcontent/<code>`` with a JSON body ``{"filter":{"date":"","regionCode":"",
"tenderProjectType":""},"page":1,"rows":10,"searchKey":""}`` → ``{"pageIndex","pageSize","rows":[…],
"total","totalItemCount","totalPageCount"}`` (``page`` 1-based; ``filter.date`` is one day
``YYYY-MM-DD`` or a range ``YYYY-MM-DD,YYYY-MM-DD``).
Detail: ``POST /front/bidcontent/<code>/<id>`` → ``{"code":200,"msg":"success","data":{"title","content",…}}``.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from aiohttp import web

from replica.generate.channels import SIBLINGS as CHANNEL_SIBLINGS
from replica.server.corpus import Posting
from replica.sites import pages
from replica.sites.base import Site, norm_channel
from replica.sites.common import int_arg, region_name


class LongyouSite(Site):
    key = "longyou"
    name = "龙游县公共资源交易平台"
    SIBLINGS = CHANNEL_SIBLINGS["longyou"]
    EMPTIED = "9005001004"  # drift: 中标公告 answers no rows any more

    def index(self) -> None:
        self.by_id: dict[str, Posting] = {self.item_id(p): p for p in self.postings}

    @staticmethod
    def item_id(p: Posting) -> str:
        return hashlib.md5(f"longyou:{p.posting_id}".encode()).hexdigest()

    def flavour(self, request: web.Request) -> str:
        return "json"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.post("/front/bidcontent/{code}", self.listing),
            web.post("/front/bidcontent/{code}/{item_id}", self.detail),
        ]

    async def listing(self, request: web.Request) -> web.Response:
        try:
            raw = await request.text()
            body = json.loads(raw) if raw.strip() else {}
        except (json.JSONDecodeError, UnicodeDecodeError):
            body = None
        if not isinstance(body, dict):
            return self.json({"code": 400, "msg": "请求体不是JSON"}, status=400)
        items = self.channel_items(request.match_info["code"])
        if self.drift and request.match_info["code"] == self.EMPTIED:
            items = []
        flt = body.get("filter") if isinstance(body.get("filter"), dict) else {}
        day = str(flt.get("date") or "").strip()
        region = str(flt.get("regionCode") or "").strip()
        key = str(body.get("searchKey") or "").strip()
        if day or region or key:
            lo, _, hi = day.replace("~", ",").partition(",")
            lo, hi = lo.strip()[:10], (hi.strip() or lo.strip())[:10]
            items = [
                p
                for p in items
                if key in p.title
                and p.region.startswith(region)
                and (not lo or lo <= p.publish_date.isoformat() <= hi)
            ]
        rows = int_arg(body.get("rows"), 10, 1, 500)
        page_no = int_arg(body.get("page"), 1, 1, 10**6)
        page = self.paginate(request, items, (page_no - 1) * rows, rows)
        out: dict[str, Any] = {
            "pageIndex": page_no,
            "pageSize": rows,
            "rows": [self.row(p) for p in page.items],
            "total": page.total,
            "totalItemCount": page.total,
            "totalPageCount": -(-page.total // rows),
        }
        if page.maintenance:
            out["msg"] = pages.MAINTENANCE_TEXT
        return self.json(out)

    def row(self, p: Posting) -> dict[str, Any]:
        return {
            "areaCode": p.region,
            "areaName": region_name(p.region),
            "canBid": False,
            "categoryCode": norm_channel(p.channel),
            "categoryName": "",
            "comeFrom": "龙游县公共资源交易平台",
            "createTime": p.publish_time,
            "createUser": "system",
            "date": 0,
            "delFlag": False,
            "id": self.item_id(p),
            "isnew": False,
            "publish": True,
            "publishTime": p.publish_time,
            "showTop": False,
            "tenderBulletinCode": str(1_600_000_000_000_000 + p.serial),
            "title": p.title,
            "updateTime": p.publish_time,
            "updateUser": "system",
        }

    async def detail(self, request: web.Request) -> web.Response:
        p = self.online(self.by_id.get(request.match_info["item_id"]))
        if p is None or norm_channel(p.channel) != norm_channel(request.match_info["code"]):
            return self.json({"code": 404, "msg": "信息不存在", "data": None}, status=404)
        if self.in_maintenance(request):
            return self.maintenance_detail(request)
        data = {
            **self.row(p),
            "content": p.html_on(self.today),
            "attachments": [{"name": a.get("name"), "url": a.get("url")} for a in p.attachments],
        }
        return self.json({"code": 200, "msg": "success", "data": data})
