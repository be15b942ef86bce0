"""The fault suite's helpers: a hostile HTTP server on 127.0.0.1 and a crawl of it.

Why a server of our own and not the replica: the replica imitates real sites; these tests need a
site that attacks (links to ``file://``, ``data:``, other hosts, redirects there), misbehaves
(200 MB bodies, gzip bombs, trickling answers, redirect loops) or is plain broken, page by page.
Everything listens on 127.0.0.1 only; a "foreign" host is a name like ``evil.example`` that the
crawler must refuse before any lookup, or a second local server on another port that counts the
requests it gets (it must get none).

The crawl runs as ``python -m crawler.run`` in a subprocess (Scrapy's reactor cannot restart in one
pytest process) with a registry of its own (``PUBWATCH_REGISTRY``): one ``static_cms`` source,
``hostile``, whose base URL is the hostile server. A secret-looking ``PUBWATCH_SMTP_PASSWORD`` is in
its environment so the tests can prove it never reaches evidence, logs or output.
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
SECRET = "pw-SECRET-4f9a2c"  # the SMTP password every crawl subprocess carries in its environment
NIGHT = "2026-02-10"
FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=0",
    "-s",
    "RETRY_BACKOFF_BASE=0",
    "-s",
    "RETRY_TIMES=0",
    "-s",
    "LOG_LEVEL=WARNING",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=4",
]

Route = Callable[[BaseHTTPRequestHandler], None]


def notice_html(n: int, day: str = "2026-02-09") -> bytes:
    """A small procurement notice page (enough for the extractor to store it)."""
    return (
        f"<html><head><meta charset='utf-8'><title>测试采购公告{n}</title></head><body>"
        f"<div class='article'><h1>测试采购公告{n}</h1><p>发布时间：{day}</p>"
        f"<p>项目编号：QZ-{n:04d}，采购人：衢州市测试单位。</p></div></body></html>"
    ).encode()


def list_html(items: list[tuple[str, str, str]]) -> bytes:
    """A ``static_cms`` list page of ``(href, title, date)`` rows."""
    rows = "".join(f'<li><a href="{h}" title="{t}">{t}</a><span>{d}</span></li>' for h, t, d in items)
    return f"<html><head><meta charset='utf-8'></head><body><ul class='news-list'>{rows}</ul></body></html>".encode()


@dataclass
class Hostile:
    """A running hostile server: ``routes`` (path → handler or static answer), ``hits`` (paths asked)."""

    server: ThreadingHTTPServer
    routes: dict[str, Any] = field(default_factory=dict)
    hits: list[str] = field(default_factory=list)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def page(self, path: str, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        """Serve ``body`` at ``path``."""
        self.routes[path] = (status, {"Content-Type": "text/html; charset=utf-8", **(headers or {})}, body)

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = (status, {"Location": location}, b"")


def _start(hostile_factory: Callable[[ThreadingHTTPServer], Hostile]) -> Hostile:
    state: dict[str, Hostile] = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:  # keep pytest output clean
            return

        def do_GET(self) -> None:
            h = state["h"]
            h.hits.append(self.path)
            route = h.routes.get(self.path.split("?")[0]) or h.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if callable(route):
                try:
                    route(self)
                except (BrokenPipeError, ConnectionResetError):  # the crawler hung up (or was killed)
                    pass
                return
            status, headers, body = route
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_POST = do_GET

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    h = hostile_factory(server)
    state["h"] = h
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return h


def registry_toml(base: str, channels: list[str], *, hosts: list[str] | None = None) -> str:
    """A one-source registry: ``static_cms`` ``hostile`` at ``base`` with these channel keys."""
    out = [
        "[[sources]]",
        'key = "hostile"',
        'name = "敌意测试站"',
        'family = "static_cms"',
        f'base_url = "{base}"',
        'region = "330800"',
        "download_delay = 0.0",
        "obey_robots = false",
        'robots_reason = "local test server"',
        'params = { list_first = "/{channel}/index.html", list_page = "/{channel}/index_{n}.html" }',
        'evidence = "none: a local hostile test server"',
    ]
    if hosts is not None:
        out.append("hosts = " + json.dumps(hosts))
    for key in channels:
        out += [
            "",
            "[[sources.channels]]",
            f'key = "{key}"',
            f'name = "测试栏目{key}"',
            'domain = "procurement"',
            'notice_type = ""',
            'responsible_unit = "市财政局"',
            'evidence = "none: test channel"',
        ]
    return "\n".join(out) + "\n"


@dataclass
class Crawl:
    returncode: int
    summary: dict[str, Any]
    stdout: str
    stderr: str

    @property
    def source(self) -> dict[str, Any]:
        return self.summary.get("sources", {}).get("hostile", {})


def crawl(
    tmp_path: Path,
    db_url: str,
    base: str,
    channels: list[str],
    *extra: str,
    pre: str = "",
    hosts: list[str] | None = None,
    night: str = NIGHT,
    timeout: float = 60,
) -> Crawl:
    """Crawl the hostile source once (``pre``: Python run in the child before ``crawler.run``,
    e.g. to make the evidence store fail)."""
    reg = tmp_path / "sources.toml"
    reg.write_text(registry_toml(base, channels, hosts=hosts), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "PUBWATCH_SITE_URLS"}
    env.update(PUBWATCH_REGISTRY=str(reg), PUBWATCH_SMTP_PASSWORD=SECRET, PYTHONPATH=str(REPO))
    args = ["--night", night, "--sources", "hostile", "--db-url", db_url, *FAST, *extra]
    code = (
        f"import os, sys\nos.environ.setdefault('SCRAPY_SETTINGS_MODULE', 'crawler.settings')\n{pre}\n"
        f"from crawler.run import main\nsys.exit(main({args!r}))\n"
    )
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    lines = proc.stdout.strip().splitlines()
    summary = {}
    if lines:
        try:
            summary = json.loads(lines[-1])
        except ValueError:
            summary = {}
    summary["_seconds"] = round(time.monotonic() - started, 1)
    return Crawl(proc.returncode, summary, proc.stdout, proc.stderr)


def rows(db_url: str, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql), params).all())
    finally:
        engine.dispose()


def gzip_bomb(size: int) -> bytes:
    """``size`` zero bytes, gzipped (about 1/1000 of ``size`` on the wire)."""
    return gzip.compress(b"\0" * size, compresslevel=9)


def add_overdue_tender(
    db_url: str, source: str, channel: str, publish: str, deadline: str, number: str
) -> None:
    """A procurement tender of ``source`` whose bid deadline passed with no result: the monitor's
    ``missing_followup`` (a missing posting) unless a crawl outage of that source suppresses it."""
    import datetime as dt
    import hashlib

    from storage.db import get_engine, session_scope
    from storage.evidence import field_values
    from storage.models import Document, DocumentVersion, Notice, NoticeField

    engine = get_engine(db_url)
    day = dt.date.fromisoformat(publish)
    fields = {
        "project_number": number,
        "bid_deadline": deadline,
        "project_name": f"项目{number}",
        "purchaser": "衢州市测试单位",
        "budget": "100万元",
        "title": f"招标公告{number}",
    }
    url = f"http://{source}.example/art/{number}.html"
    raw = f"<html><body>招标公告 {number}</body></html>".encode()
    try:
        with session_scope(engine) as s:
            doc = Document(
                source_key=source, channel_key=channel, item_key=f"/t/{number}", url=url, list_date=day
            )
            s.add(doc)
            s.flush()
            v = DocumentVersion(
                document_id=doc.id,
                version_no=1,
                fetched_on=day,
                url=url,
                sha256=hashlib.sha256(raw).hexdigest(),
                size=len(raw),
                body=raw,
            )
            s.add(v)
            s.flush()
            doc.current_version_id = v.id
            n = Notice(
                document_id=doc.id,
                version_id=v.id,
                source_key=source,
                channel_key=channel,
                region="330800",
                domain="procurement",
                notice_type="procurement.tender",
                title=fields["title"],
                url=url,
                publish_date=day,
                project_number=number,
                project_name=fields["project_name"],
                purchaser=fields["purchaser"],
                status="ok",
                fields=fields,
                provenance={},
            )
            s.add(n)
            s.flush()
            for k, val in fields.items():
                s.add(NoticeField(notice_id=n.id, key=k, **field_values(val)))
    finally:
        engine.dispose()


def missing_findings(db_url: str, as_of: str, source: str) -> list[dict[str, Any]]:
    """The monitor's open missing-posting findings (``missing_followup``) of ``source`` as of a day."""
    import datetime as dt

    import monitor
    from storage.db import get_engine

    engine = get_engine(db_url)
    try:
        day = dt.date.fromisoformat(as_of)
        monitor.run_checks(engine, day)
        return [
            f
            for f in monitor.findings_as_json(engine, day)
            if f["kind"] == "missing_followup" and f.get("source_key") == source
        ]
    finally:
        engine.dispose()


def tender_html(n: int, day: str = "2026-02-09") -> bytes:
    """A tender notice that lacks required items (budget, deadline…): the monitor finds gaps in it,
    so a night over these pages yields findings and e-mails to 市财政局. The body invites bids (a tender's own
    cue), so the type does not rest on the title alone: a title-only type is unsure and would send its gaps to
    the office's review list instead (round 17a)."""
    return (
        f"<html><head><meta charset='utf-8'><title>衢州市测试项目{n}公开招标公告</title></head><body>"
        f"<div class='article'><h1>衢州市测试项目{n}公开招标公告</h1><p>发布时间：{day}</p>"
        f"<p>项目编号：ZB-{n:04d}</p><p>采购人：衢州市测试单位{n}</p>"
        f"<p>现对该项目进行公开招标，欢迎合格的供应商参加投标。</p></div></body></html>"
    ).encode()


def tender_site(h: Hostile, n: int = 4, *, delay: float = 0.0) -> None:
    """A list of ``n`` tenders (each detail answered after ``delay`` seconds)."""
    h.page(
        "/list/index.html",
        list_html(
            [(f"/art/{i}.html", f"衢州市测试项目{i}公开招标公告", "2026-02-09") for i in range(1, n + 1)]
        ),
    )
    for i in range(1, n + 1):
        body = tender_html(i)
        if delay:

            def slow(handler: BaseHTTPRequestHandler, body: bytes = body) -> None:
                time.sleep(delay)
                handler.send_response(200)
                handler.send_header("Content-Type", "text/html; charset=utf-8")
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body)

            h.routes[f"/art/{i}.html"] = slow
        else:
            h.page(f"/art/{i}.html", body)


def write_config(folder: Path, db_url: str, base: str, channels: list[str] | None = None) -> Path:
    """A pubwatch.toml for the hostile source: its own registry, reports, outbox, one unit's mail. Every
    source's missing items are findings (``field_findings = "all"``): these nights are about the job's
    reliability, and the hostile test server has no acceptance (tests/pubwatch/test_acceptance.py)."""
    folder.mkdir(parents=True, exist_ok=True)
    reg = folder / "sources.toml"
    reg.write_text(registry_toml(base, channels or ["list"]), encoding="utf-8")
    cfg = folder / "pubwatch.toml"
    cfg.write_text(
        f'[database]\nurl = "{db_url}"\n[crawl]\nregistry = "{reg}"\n[report]\nout_dir = "{folder / "reports"}"\n'
        '[monitor]\nfield_findings = "all"\n'
        f'[email]\noffice = ["jgb@example.gov.cn"]\noutbox_dir = "{folder / "outbox"}"\n'
        f'[email.units]\n"市财政局" = ["czj@example.gov.cn"]\n',
        encoding="utf-8",
    )
    return cfg


def nightly_cmd(cfg: Path, night: str, pre: str = "") -> list[str]:
    """``pubwatch run --night … --config …`` as a child command (``pre``: Python run first)."""
    code = (
        f"import sys\n{pre}\nfrom pubwatch.cli import app\n"
        f"sys.argv = ['pubwatch', 'run', '--night', {night!r}, '--config', {str(cfg)!r}]\napp()\n"
    )
    return [sys.executable, "-c", code]


def nightly_env(smtp_port: int | None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PUBWATCH_")}
    env.update(PUBWATCH_SMTP_PASSWORD=SECRET, PYTHONPATH=str(REPO), COLUMNS="200")
    if smtp_port is not None:
        env.update(
            PUBWATCH_SMTP_HOST="127.0.0.1", PUBWATCH_SMTP_PORT=str(smtp_port), PUBWATCH_SMTP_SECURITY="none"
        )
    return env


def run_nightly(
    cfg: Path, night: str, smtp_port: int | None, pre: str = "", timeout: float = 90
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        nightly_cmd(cfg, night, pre),
        env=nightly_env(smtp_port),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def findings_of(db_url: str) -> list[tuple[str, str]]:
    """Open findings as (key, status), sorted: what two runs must agree on."""
    return sorted((r[0], r[1]) for r in rows(db_url, "SELECT key, status FROM findings"))


def mails(folder: Path) -> list[str]:
    """Recipients+subject of every message a MailSink saved, sorted (duplicates kept)."""
    import email
    import email.policy

    out = []
    for path in sorted(folder.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        out.append(f"{msg['To']}|{msg['Subject']}")
    return sorted(out)


def finding_facts(db_url: str) -> list[tuple[Any, ...]]:
    """Findings as (rule, field, project number, status), sorted: comparable across databases
    (keys hold row ids, which depend on the order pages were stored)."""
    return sorted(
        tuple(r)
        for r in rows(
            db_url, "SELECT rule_id, coalesce(field, ''), coalesce(project_number, ''), status FROM findings"
        )
    )


def crawler_processes(marker: str) -> list[int]:
    """Pids of live ``crawler.run`` processes whose environment mentions ``marker`` (our registry)."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmd = (proc / "cmdline").read_bytes()
            if b"crawler.run" not in cmd:
                continue
            if marker.encode() in (proc / "environ").read_bytes():
                stat = (proc / "stat").read_text()
                if stat.rsplit(")", 1)[1].split()[0] != "Z":
                    found.append(int(proc.name))
        except OSError:
            continue
    return found


def wait_for(predicate: Callable[[], Any], timeout: float, step: float = 0.1) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    return predicate()
