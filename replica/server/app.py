"""The replica server: one asyncio process, one aiohttp application per site on its own port,
plus the control API (``/_replica/…``) on the control port."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import Any

from aiohttp import web

from replica.server.corpus import Corpus, load_corpus
from replica.server.state import FaultError, ReplicaState
from replica.sites import SITE_CLASSES, SITE_ORDER, Site

log = logging.getLogger("replica.server")


def parse_day(value: str | date) -> date:
    """Accept a ``date`` or ``YYYY-MM-DD``; anything else is a ValueError with a clear message."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"not a YYYY-MM-DD date: {value!r}") from exc


class ReplicaServer:
    """Serve a corpus as the sites were on ``date``.  ``port`` is the control port; sites take
    ``port+1…`` in site-table order, or ephemeral ports when ``port`` is 0."""

    def __init__(
        self, corpus_dir: str | Path, date: str | date, port: int = 0, host: str = "127.0.0.1"
    ) -> None:
        self.corpus_dir = Path(corpus_dir)
        self.host = host
        self.port = port
        self.corpus: Corpus = load_corpus(self.corpus_dir)
        self.state = ReplicaState(parse_day(date), SITE_ORDER, self.corpus.outages)
        self.site_objs: dict[str, Site] = {
            key: cls(self.corpus.by_site.get(key, []), self.state) for key, cls in SITE_CLASSES.items()
        }
        unknown = sorted(set(self.corpus.by_site) - set(SITE_CLASSES))
        if unknown:
            log.warning("corpus has postings for unknown site(s) %s; they are not served", unknown)
        self._runners: list[web.AppRunner] = []
        self.sites: dict[str, str] = {}
        self.control_url = ""

    async def _serve(self, app: web.Application, port: int) -> int:
        runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.2, handle_signals=False)
        await runner.setup()
        site = web.TCPSite(runner, self.host, port, reuse_address=True)
        await site.start()
        self._runners.append(runner)
        server = site._server
        sockets = getattr(server, "sockets", None) or []
        return int(sockets[0].getsockname()[1]) if sockets else port

    async def start(self) -> None:
        """Bind the control port and every site port (all or nothing)."""
        try:
            ctl = await self._serve(self.control_app(), self.port)
            self.control_url = f"http://{self.host}:{ctl}"
            for i, key in enumerate(SITE_ORDER, 1):
                port = await self._serve(self.site_objs[key].build_app(), self.port + i if self.port else 0)
                self.sites[key] = f"http://{self.host}:{port}"
        except BaseException:
            await self.stop()
            raise

    async def stop(self) -> None:
        runners, self._runners = self._runners, []
        for runner in reversed(runners):
            await runner.cleanup()

    # control API ---------------------------------------------------------------------------
    def control_app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/_replica/sites", self._sites)
        app.router.add_get("/_replica/clock", self._clock_get)
        app.router.add_post("/_replica/clock", self._clock_post)
        app.router.add_post("/_replica/faults", self._faults_post)
        app.router.add_get("/_replica/faults", self._faults_get)
        app.router.add_delete("/_replica/faults", self._faults_delete)
        app.router.add_get("/_replica/stats", self._stats)
        return app

    def clock(self) -> dict[str, Any]:
        return {"date": self.state.date.isoformat()}

    async def _sites(self, request: web.Request) -> web.Response:
        return web.json_response(self.sites)

    async def _clock_get(self, request: web.Request) -> web.Response:
        return web.json_response(self.clock())

    async def _body(self, request: web.Request) -> dict[str, Any]:
        try:
            body = await request.json() if request.can_read_body else {}
        except ValueError as exc:
            raise web.HTTPBadRequest(
                text='{"error": "body is not JSON"}', content_type="application/json"
            ) from exc
        if not isinstance(body, dict):
            raise web.HTTPBadRequest(
                text='{"error": "body must be a JSON object"}', content_type="application/json"
            )
        return body

    async def _clock_post(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        try:
            if "date" in body:
                self.state.set_date(parse_day(body["date"]))
            elif "advance_days" in body:
                self.state.advance(int(body["advance_days"]))
            else:
                return web.json_response({"error": "give 'date' (YYYY-MM-DD) or 'advance_days'"}, status=400)
        except (TypeError, ValueError) as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response(self.clock())

    async def _faults_post(self, request: web.Request) -> web.Response:
        body = await self._body(request)
        site, mode = body.pop("site", None), body.pop("mode", None)
        if not site or not mode:
            return web.json_response({"error": "give 'site' and 'mode'"}, status=400)
        try:
            made = self.state.set_fault(str(site), str(mode), **body)
        except FaultError as exc:
            return web.json_response({"error": str(exc)}, status=400)
        return web.json_response({"faults": [f.describe() for f in made]})

    async def _faults_get(self, request: web.Request) -> web.Response:
        return web.json_response({"faults": [f.describe() for f in self.state.faults.values()]})

    async def _faults_delete(self, request: web.Request) -> web.Response:
        site = request.query.get("site")
        self.state.clear_faults(site)
        return web.json_response({"faults": [f.describe() for f in self.state.faults.values()]})

    async def _stats(self, request: web.Request) -> web.Response:
        return web.json_response(self.state.stats())
