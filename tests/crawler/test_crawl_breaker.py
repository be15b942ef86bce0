"""The circuit breaker: once a source has failed PUBWATCH_SOURCE_FAILURE_LIMIT times in a row, its
other requests — also those already waiting in the downloader — are not sent, and each is recorded
in health under the failure's kind."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import REPO

DETAILS = 30
LIMIT = 4


class _Handler(BaseHTTPRequestHandler):
    """A list of DETAILS links whose detail pages all answer 503; every hit is counted."""

    hits: Counter[str]

    def do_GET(self) -> None:
        path = self.path
        self.server.hits[path.split("/")[1] if path.count("/") > 1 else path] += 1  # type: ignore[attr-defined]
        if path == "/list":
            links = "".join(f'<a href="/d/{i}">公告{i}</a>' for i in range(DETAILS))
            body, status = f"<html><body>{links}</body></html>".encode(), 200
        elif path.startswith("/d/"):
            body, status = b"<html><body>503 Service Temporarily Unavailable</body></html>", 503
        else:
            body, status = b"not found", 404
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture()
def failing_site() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.hits = Counter()  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


# A spider reporting failures the way the family spiders do (classify_failure → HealthTracker).
SPIDER_SCRIPT = textwrap.dedent("""
    import json, sys
    import scrapy
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings
    from crawler.errors import classify_failure
    from crawler.health import HealthTracker

    BASE = sys.argv[1]

    class Failing(scrapy.Spider):
        name = "failingsource"

        def __init__(self, *a, **kw):
            super().__init__(*a, **kw)
            self.health = HealthTracker(self.name, ["ch"])

        async def start(self):
            yield scrapy.Request(BASE + "/list", meta={"pw_channel": "ch", "pw_kind": "list"})

        def parse(self, response):
            for href in response.css("a::attr(href)").getall():
                yield response.follow(href, self.parse_detail, errback=self.failed,
                                      meta={"pw_channel": "ch", "pw_kind": "detail"})

        def parse_detail(self, response):
            pass

        def failed(self, failure):
            kind, note = classify_failure(failure)
            self.health.error(failure.request.meta.get("pw_channel"), kind, note)

    settings = get_project_settings()
    # a small delay paces the host as in production (with none, the downloader hands its whole
    # slot queue out at once and every request is on the wire before the first answer)
    settings.setdict({
        "ITEM_PIPELINES": {}, "DOWNLOAD_DELAY": 0.1, "DOWNLOAD_DELAY_JITTER": 0, "AUTOTHROTTLE_ENABLED": False,
        "RETRY_TIMES": 0, "RETRY_BACKOFF_BASE": 0, "CONCURRENT_REQUESTS_PER_DOMAIN": 1, "CONCURRENT_REQUESTS": 16,
        "PUBWATCH_SOURCE_FAILURE_LIMIT": LIMIT_VALUE, "LOG_LEVEL": "WARNING",
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(Failing)
    process.crawl(crawler)
    process.start()
    print(json.dumps(crawler.stats.get_value("pubwatch/health")))
""").replace("LIMIT_VALUE", str(LIMIT))


# The second case switches the slot-queue purge off: the download handler's last check alone must
# then stop the queued requests (as for a request already handed to a download task).
NO_PURGE = "import crawler.middlewares as m\nm.CircuitBreakerMiddleware._drop_queued = lambda self, kind: 0\n"


@pytest.mark.parametrize("prefix", ["", NO_PURGE], ids=["purge_and_handler", "handler_only"])
def test_breaker_drops_requests_queued_before_it_tripped(
    failing_site: ThreadingHTTPServer, prefix: str
) -> None:
    base = f"http://127.0.0.1:{failing_site.server_address[1]}"
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawler.settings", PYTHONPATH=str(REPO))
    proc = subprocess.run(
        [sys.executable, "-c", prefix + SPIDER_SCRIPT, base],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    health = json.loads(proc.stdout.strip().splitlines()[-1])
    hits = failing_site.hits  # type: ignore[attr-defined]
    assert hits["/list"] == 1
    # LIMIT failures trip the breaker; at most the one request already on the wire (one per host
    # at a time) may still arrive. Without dropping the queue every queued request was sent.
    assert LIMIT <= hits["d"] <= LIMIT + 1, (dict(hits), proc.stderr[-2000:])
    # every detail request is accounted for under the failure's kind: the source stays incomplete
    assert health["errors"] == {"http_5xx": DETAILS}, health
    assert health["complete"] is False
