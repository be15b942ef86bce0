"""``jsrender``: a list whose items exist only after JavaScript runs (for the Playwright path).

List page ``/list/<channel>.html?page=N``: the HTML holds an empty ``<ul id="notice-list">`` and a
script that fetches ``/api/notices?channel=<channel>&page=N&size=20`` (JSON ``{"code":0,"total",
"page","size","items":[{id,title,date,url}]}``) and builds the ``<li>``s and a "下一页" link.
Detail ``/notice/<id>.html`` is plain HTML with ``div.notice-body``.
"""

from __future__ import annotations

from typing import ClassVar

from aiohttp import web

from replica.server.corpus import Posting
from replica.sites import pages
from replica.sites.base import Site, norm_channel
from replica.sites.common import attachment_links, esc, int_arg

LIST_SCRIPT = """
(function () {
  var params = new URLSearchParams(window.location.search);
  var page = parseInt(params.get('page') || '1', 10);
  var channel = document.getElementById('notice-list').getAttribute('data-channel');
  fetch('/api/notices?channel=' + encodeURIComponent(channel) + '&page=' + page + '&size=20')
    .then(function (r) { return r.json(); })
    .then(function (d) {
      var ul = document.getElementById('notice-list');
      (d.items || []).forEach(function (it) {
        var li = document.createElement('li');
        var a = document.createElement('a'); a.href = it.url; a.textContent = it.title; a.title = it.title;
        var s = document.createElement('span'); s.className = 'date'; s.textContent = it.date;
        li.appendChild(a); li.appendChild(s); ul.appendChild(li);
      });
      if (d.msg) { document.getElementById('pager').textContent = d.msg; return; }
      if (page * d.size < d.total) {
        var n = document.createElement('a'); n.className = 'next'; n.textContent = '下一页';
        n.href = '?page=' + (page + 1); document.getElementById('pager').appendChild(n);
      }
      document.body.setAttribute('data-loaded', '1');
    });
})();
"""


class JsrenderSite(Site):
    key = "jsrender"
    name = "JS渲染列表站"
    id_base: ClassVar[int] = 500_000

    def index(self) -> None:
        self.by_id: dict[int, Posting] = {self.id_base + p.serial: p for p in self.postings}

    def detail_path(self, p: Posting) -> str:
        return f"/notice/{self.id_base + p.serial}.html"

    def flavour(self, request: web.Request) -> str:
        return "json" if request.path.startswith("/api/") else "html"

    def routes(self) -> list[web.RouteDef]:
        return [
            web.get("/list/{ch}.html", self.list_page),
            web.get("/static/list.js", self.script),
            web.get("/api/notices", self.api),
            web.get(r"/notice/{aid:\d+}.html", self.detail),
        ]

    async def list_page(self, request: web.Request) -> web.Response:
        ch = request.match_info["ch"]
        if ch not in self.by_channel:
            raise web.HTTPNotFound()
        return self.html(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>交易公告</title></head><body>
<h1>交易公告</h1>
<ul id="notice-list" class="notice-list" data-channel="{esc(ch)}"></ul>
<div id="pager" class="pager"></div>
<script src="/static/list.js"></script>
</body></html>
""")

    async def script(self, request: web.Request) -> web.Response:
        return web.Response(text=LIST_SCRIPT, content_type="application/javascript")

    async def api(self, request: web.Request) -> web.Response:
        ch = norm_channel(request.query.get("channel", ""))
        size = int_arg(request.query.get("size"), 20, 1, 100)
        num = int_arg(request.query.get("page"), 1, 1, 10**6)
        page = self.paginate(request, self.channel_items(ch), (num - 1) * size, size)
        body = {
            "code": 0,
            "total": page.total,
            "page": num,
            "size": size,
            "items": [
                {
                    "id": self.id_base + p.serial,
                    "title": p.title,
                    "date": p.publish_date.isoformat(),
                    "url": self.detail_path(p),
                }
                for p in page.items
            ],
        }
        if page.maintenance:
            body["msg"] = pages.MAINTENANCE_TEXT
        return self.json(body)

    async def detail(self, request: web.Request) -> web.Response:
        p = self.online(self.by_id.get(int(request.match_info["aid"])))
        if p is None:
            raise web.HTTPNotFound()
        if self.in_maintenance(request):
            return self.maintenance_detail(request)
        files = attachment_links(p, sep="<br>")
        return self.html(f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(p.title)}</title></head><body>
<div class="notice-detail"><h1>{esc(p.title)}</h1>
<div class="meta">发布日期：{p.publish_date.isoformat()}</div>
<div class="notice-body">{p.html_on(self.today)}</div>
<div class="attachments">{files}</div></div>
</body></html>
""")
