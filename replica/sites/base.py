"""What every replicated site shares: in-memory indexes, visibility on the replica date,
pagination (with the pagination faults), fault injection middleware, robots.txt and encodings.

A concrete site subclasses :class:`Site`, says which paths are JSON/XML APIs (``flavour``), builds
its own ids from ``Posting.serial`` and adds its routes.
"""

from __future__ import annotations

import asyncio
import json
import re
import socket
import struct
import zlib
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from aiohttp import web

from replica.generate.channels import CHANNELS, served_channel
from replica.server.corpus import Posting
from replica.server.state import Fault, ReplicaState
from replica.sites import pages

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
SITE_KEY = web.AppKey("replica_site", object)
FAULT_KEY = web.RequestKey("replica_fault", Fault)
DIGITS = re.compile(r"(\d+)")
ATTACHMENT_TYPES = {
    "pdf": "application/pdf",
    "doc": "application/msword",
    "zip": "application/zip",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xls": "application/vnd.ms-excel",
    "rar": "application/x-rar-compressed",
}


def norm_channel(channel: str) -> str:
    """Channel codes compare without a Hanweb ``col`` prefix (``col1341070`` == ``1341070``)."""
    channel = channel.strip()
    return channel[3:] if channel.startswith("col") and channel[3:].isdigit() else channel


@dataclass(slots=True)
class Page:
    """One page of a list, after the pagination faults were applied."""

    items: list[Posting]
    total: int
    page0: int
    size: int
    maintenance: bool = False

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size)) if self.size else 1


class Site:
    """Base class of a replicated site; one instance serves one aiohttp application."""

    key: ClassVar[str] = ""
    name: ClassVar[str] = ""
    encoding: ClassVar[str] = "utf-8"
    robots_disallow: ClassVar[str] = "/admin/"
    #: channels the evidence shows beside a routed one (e.g. 衢江 招标 1229425417, 1229505851,
    #: 1229425421): the routed channel's postings are spread over it and its siblings by serial
    #: (set from replica.generate.channels.SIBLINGS, which the generator counts with too)
    SIBLINGS: ClassVar[dict[str, tuple[str, ...]]] = {}

    def __init__(self, postings: list[Posting], state: ReplicaState) -> None:
        self.state = state
        self.postings = postings  # newest first
        # Every channel the site has, not only those holding postings: a real site answers an empty
        # list (200) for a column that has published nothing yet, never a 404.
        self.by_channel: dict[str, list[Posting]] = {norm_channel(c): [] for c in CHANNELS.get(self.key, {})}
        self._assign_serials()
        self._spread_siblings()
        for p in postings:
            self.by_channel.setdefault(norm_channel(p.channel), []).append(p)
        self._cache_day: date | None = None
        self._cache: dict[Any, list[Posting]] = {}
        self.attachments: dict[str, Posting] = {}
        for p in postings:
            for att in p.attachments:
                url = str(att.get("url", ""))
                if url.startswith("/"):
                    self.attachments.setdefault(url.split("?", 1)[0], p)
        self.index()

    # ids ---------------------------------------------------------------------------------
    def _assign_serials(self) -> None:
        """Give each posting a stable per-site number: the digits of its id, else a CRC."""
        used: set[int] = set()
        for p in sorted(self.postings, key=lambda q: q.posting_id):
            digits = DIGITS.findall(p.posting_id)
            n = int(digits[-1]) if digits else zlib.crc32(p.posting_id.encode()) % 9_000_000
            while n in used:
                n += 1
            used.add(n)
            p.serial = n

    def _spread_siblings(self) -> None:
        """List each posting under the channel the generator counted it in (served_channel)."""
        for sibs in self.SIBLINGS.values():
            for sib in sibs:
                self.by_channel.setdefault(sib, [])
        for p in self.postings:
            if norm_channel(p.channel) in self.SIBLINGS:
                p.channel = served_channel(self.key, norm_channel(p.channel), p.serial)

    @property
    def drift(self) -> bool:
        """The replica's drift scenario (``ReplicaState.scenario == "drift"``): planted changes a
        readiness probe must notice (a moved channel ID, a renamed pathName, an emptied channel,
        a site that moved to another platform family)."""
        return getattr(self.state, "scenario", "") == "drift"

    def index(self) -> None:
        """Build the site's detail lookup tables (override)."""

    # visibility --------------------------------------------------------------------------
    @property
    def today(self) -> date:
        return self.state.date

    def visible(self, key: Any, source: Iterable[Posting]) -> list[Posting]:
        """``source`` filtered to what is online today, cached per date under ``key``."""
        if self._cache_day != self.today:
            self._cache_day, self._cache = self.today, {}
        hit = self._cache.get(key)
        if hit is None:
            day = self.today
            hit = self._cache[key] = [p for p in source if p.visible_on(day)]
        return hit

    def channel_items(self, channel: str) -> list[Posting]:
        ch = norm_channel(channel)
        return self.visible(("ch", ch), self.by_channel.get(ch, ()))

    def prefix_items(self, prefix: str) -> list[Posting]:
        """Postings whose channel starts with ``prefix`` (Epoint ``categorynum`` semantics)."""
        pre = norm_channel(prefix)
        return self.visible(
            ("pre", pre), (p for p in self.postings if norm_channel(p.channel).startswith(pre))
        )

    def online(self, posting: Posting | None) -> Posting | None:
        return posting if posting is not None and posting.visible_on(self.today) else None

    # pagination ----------------------------------------------------------------------------
    def paginate(self, request: web.Request, items: list[Posting], start: int, size: int) -> Page:
        """Slice ``size`` items from offset ``start``; ``loop_pagination`` and ``empty_maintenance``
        faults act here (a looping list repeats the page at ``from_page`` and always claims a next page)."""
        size = max(1, size)
        start = max(0, start)
        page0 = start // size
        fault: Fault | None = request.get(FAULT_KEY)
        if fault is not None and fault.mode == "empty_maintenance":
            return Page([], 0, page0, size, maintenance=True)
        total = len(items)
        if fault is not None and fault.mode == "loop_pagination":
            eff = min(start, max(0, int(fault.opts["from_page"]) - 1) * size)
            return Page(items[eff : eff + size], max(total, (page0 + 2) * size), page0, size)
        return Page(items[start : start + size], total, page0, size)

    def in_maintenance(self, request: web.Request) -> bool:
        fault: Fault | None = request.get(FAULT_KEY)
        return fault is not None and fault.mode == "empty_maintenance"

    # responses -----------------------------------------------------------------------------
    def flavour(self, request: web.Request) -> str:
        """``json`` for JSON API paths, ``xml`` for XML APIs, else ``html`` (override)."""
        return "html"

    def html(self, text: str, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        body = text.encode(self.encoding, errors="xmlcharrefreplace")
        return web.Response(
            body=body, status=status, headers=headers, content_type="text/html", charset=self.encoding
        )

    def json(self, obj: Any, status: int = 200) -> web.Response:
        return web.Response(
            text=json.dumps(obj, ensure_ascii=False),
            status=status,
            content_type="application/json",
            charset="utf-8",
        )

    def xml(self, text: str, status: int = 200) -> web.Response:
        return web.Response(text=text, status=status, content_type="text/xml", charset="utf-8")

    def not_found(self, request: web.Request) -> web.Response:
        if self.flavour(request) == "json":
            return self.json({"code": 404, "msg": "信息不存在或已删除", "success": False}, status=404)
        return self.html(pages.error_page(404), status=404)

    def maintenance_detail(self, request: web.Request) -> web.Response:
        if self.flavour(request) == "json":
            return self.json({"code": 503, "msg": pages.MAINTENANCE_TEXT, "data": None})
        return self.html(pages.simple_page("系统维护", pages.MAINTENANCE_TEXT, self.encoding))

    async def robots(self, request: web.Request) -> web.Response:
        return web.Response(
            text=f"User-agent: *\nDisallow: {self.robots_disallow}\n", content_type="text/plain"
        )

    # application ---------------------------------------------------------------------------
    def routes(self) -> list[web.RouteDef]:  # pragma: no cover - every site overrides
        raise NotImplementedError

    def unfaulted(self, request: web.Request) -> bool:
        """Paths never hit by faults (robots.txt; the bot-check scripts)."""
        return request.path == "/robots.txt"

    def build_app(self) -> web.Application:
        app = web.Application(middlewares=[self._middleware])
        app[SITE_KEY] = self
        app.router.add_get("/robots.txt", self.robots)
        app.add_routes(self.routes())
        app.router.add_route("*", "/{tail:.*}", self.attachment)
        return app

    async def attachment(self, request: web.Request) -> web.Response:
        """Attachment links of online postings answer with a small stand-in file; the rest is 404."""
        posting = self.online(self.attachments.get(request.path))
        if posting is None:
            raise web.HTTPNotFound()
        name = request.path.rsplit("/", 1)[-1]
        ctype = ATTACHMENT_TYPES.get(name.rsplit(".", 1)[-1].lower(), "application/octet-stream")
        body = f"%PDF-1.4\n% replica attachment {posting.posting_id} {name}\n%%EOF\n".encode()
        return web.Response(body=body, content_type=ctype)

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        status = 500
        try:
            fault = None if self.unfaulted(request) else self.state.fault_for(self.key)
            request[FAULT_KEY] = fault
            if fault is not None and fault.mode not in ("loop_pagination", "empty_maintenance"):
                resp = await self._inject(fault, request, handler)
            else:
                resp = await handler(request)
            status = resp.status
            return resp
        except web.HTTPException as exc:
            status = exc.status
            if exc.status == 404:
                return self.not_found(request)
            raise
        finally:
            self.state.count(self.key, status)

    async def _inject(self, fault: Fault, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Answer as the fault says (see docs/replica.md, "Fault modes")."""
        mode, flavour = fault.mode, self.flavour(request)
        if mode == "5xx":
            status = int(fault.opts["status"])
            return self.html(pages.error_page(status), status=status)
        if mode == "slow":
            await asyncio.sleep(float(fault.opts["delay"]))
            return await handler(request)
        if mode == "timeout":
            await asyncio.sleep(float(fault.opts["delay"]))
            _abort(request)
            return web.Response(status=504)
        if mode == "reset":
            _abort(request)
            return web.Response(status=499)
        if mode == "truncated":
            return await _truncated(request, await handler(request))
        if mode == "429":
            resp = (
                self.json({"code": 800, "msg": pages.THROTTLE_TEXT}, status=429)
                if flavour == "json"
                else self.html(pages.throttle_page(self.encoding), status=429)
            )
            resp.headers["Retry-After"] = str(fault.opts["retry_after"])
            return resp
        if mode == "throttle200":
            if flavour == "json":
                return self.json({"code": 800, "msg": pages.THROTTLE_TEXT, "success": False})
            return self.html(pages.throttle_page(self.encoding))
        if mode == "captcha":
            if flavour == "json":
                return self.json({"code": 829, "msg": pages.CAPTCHA_TEXT, "success": False})
            return self.html(pages.captcha_page(self.encoding))
        if mode == "botcheck200":
            return self.html(pages.botcheck_page(None, None, self.encoding))
        return await handler(request)


def _abort(request: web.Request) -> None:
    """Drop the connection with a TCP RST (SO_LINGER 0), as a reset by a middlebox looks."""
    transport = request.transport
    if transport is None:
        return
    sock = transport.get_extra_info("socket")
    if sock is not None:
        try:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
    transport.abort()


async def _truncated(request: web.Request, full: web.StreamResponse) -> web.StreamResponse:
    """Send the real headers with a Content-Length larger than the body, half the body, then close."""
    body = full.body if isinstance(full, web.Response) and isinstance(full.body, bytes) else b""
    resp = web.StreamResponse(status=full.status)
    for name, value in full.headers.items():
        if name.lower() not in ("content-length", "transfer-encoding"):
            resp.headers[name] = value
    resp.content_length = len(body) + 4096
    await resp.prepare(request)
    await resp.write(body[: max(1, len(body) // 2)])
    transport = request.transport
    if transport is not None:
        transport.close()
    return resp
