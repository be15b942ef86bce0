"""Downloader middlewares: polite retries with back-off, and the JS cookie bot check.

Why our own retry: Scrapy's RetryMiddleware retries at once. A site that answers 429 or 503 is
asking us to wait, so each retry waits ``RETRY_BACKOFF_BASE * 2**n`` seconds, or the
``Retry-After`` the site gave, up to ``RETRY_BACKOFF_MAX`` (longer than that: give up, and health
records the channel as rate-limited rather than hammering the site).
"""

from __future__ import annotations

import asyncio
import logging
import re

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Request, Response, TextResponse

from crawler import settings as defaults
from crawler.errors import RequestNotSent, classify_exception

logger = logging.getLogger(__name__)


def retry_after_seconds(response: Response) -> float | None:
    """The ``Retry-After`` header in seconds (numbers only; HTTP dates are treated as absent)."""
    raw = response.headers.get(b"Retry-After")
    if not raw:
        return None
    try:
        return max(0.0, float(raw.decode("latin-1").strip()))
    except ValueError:
        return None


class BackoffRetryMiddleware(RetryMiddleware):
    """RetryMiddleware that waits before each retry (exponential, or as Retry-After says)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler.settings)
        self.crawler = crawler
        self.base = crawler.settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.max_wait = crawler.settings.getfloat("RETRY_BACKOFF_MAX", 120.0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> BackoffRetryMiddleware:
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response)
        if wait is None:
            wait = self.base * (2 ** request.meta.get("retry_times", 0))
        elif wait > self.max_wait:
            logger.warning(
                "%s asks to retry after %.0fs (> %.0fs): giving up", request.url, wait, self.max_wait
            )
            return response
        retry = self._retry(request, f"HTTP {response.status}")
        if retry is None:
            return response
        if wait > 0:
            await asyncio.sleep(min(wait, self.max_wait))
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | Response | None:  # type: ignore[override]
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is not None and self.base > 0:
            await asyncio.sleep(min(self.base * (2 ** request.meta.get("retry_times", 0)), self.max_wait))
        return retry


COOKIE_RE = re.compile(r'document\.cookie\s*=\s*"(HOY_TR|HBB_HC)=([^;"]+)')


SCRIPT_RE = re.compile(r"<(script|style)\b.*?</\1\s*>", re.S | re.I)
TAG_RE = re.compile(r"<[^>]+>")


def has_content(text: str, minimum: int = 120) -> bool:
    """Whether a page carries readable text beyond its scripts (a challenge page carries none)."""
    if "<title>安全验证</title>" in text[:6000] or 'id="bot-check"' in text[:6000]:
        return False
    visible = TAG_RE.sub(" ", SCRIPT_RE.sub(" ", text))
    return len("".join(visible.split())) >= minimum


class BotCheckMiddleware:
    """Solve the ccgp-style challenge: a 200 page whose inline script sets HOY_TR / HBB_HC cookies.

    The real ccgp (platforms.md §5) serves ``/_bot_sbu/*.js`` and sets those cookies from inline
    JS before reloading. When the page carries the literal values we set them and ask again
    (twice at most); a page without values (a check no crawler passes) goes through unchanged
    and the spider's guard reports it as ``bot_check``.
    """

    max_attempts = 2

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if response.status != 200 or not isinstance(response, TextResponse):
            return response
        head = response.text[:8000]
        if "/_bot_sbu/" not in head:
            return response
        cookies = dict(COOKIE_RE.findall(head))
        attempts = request.meta.get("pw_botcheck", 0)
        if len(cookies) < 2 or attempts >= self.max_attempts:
            return response
        # the real ccgp puts the bot scripts (and cookie setters) on EVERY normal page (idx
        # 41663757430, idx 22434370872): a page that has content is the answer, not a challenge;
        # asking again would triple the requests on a host known to ban
        if has_content(response.text):
            return response
        logger.info("bot check on %s: setting %s and retrying", request.url, ", ".join(sorted(cookies)))
        return request.replace(
            cookies={**(request.cookies if isinstance(request.cookies, dict) else {}), **cookies},
            meta={**request.meta, "pw_botcheck": attempts + 1},
            dont_filter=True,
        )


class SourceDown(RequestNotSent):
    """A request not sent because its source failed too many times in a row this run."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind, f"source failing ({kind}): request skipped")


class CircuitBreakerMiddleware:
    """Stop asking a source that keeps failing: after ``PUBWATCH_SOURCE_FAILURE_LIMIT`` failed
    attempts in a row (timeouts, resets, refused connections, 5xx/429), the rest of its requests
    are skipped and recorded under that error kind, so one dead host costs minutes, not hours,
    and is reported as down rather than hammered.
    """

    FAIL_STATUSES = frozenset({429, 500, 502, 503, 504, 522, 524})

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        self.limit = crawler.settings.getint(
            "PUBWATCH_SOURCE_FAILURE_LIMIT", defaults.PUBWATCH_SOURCE_FAILURE_LIMIT
        )
        self.streak = 0
        self.tripped: str | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CircuitBreakerMiddleware:
        return cls(crawler)

    def _fail(self, kind: str) -> None:
        self.streak += 1
        if self.limit > 0 and self.streak >= self.limit and self.tripped is None:
            self.tripped = kind
            dropped = self._drop_queued(kind)
            logger.warning(
                "%s: %d failed attempts in a row (%s); skipping its remaining requests (%d already queued)",
                getattr(self.crawler.spider, "name", "?"),
                self.streak,
                kind,
                dropped,
            )

    def _drop_queued(self, kind: str) -> int:
        """Fail the requests waiting in the downloader's slot queues with :class:`SourceDown`.

        Why: ``process_request`` runs when the engine hands a request to the downloader, and up
        to ``CONCURRENT_REQUESTS`` of them then wait in the per-host slot queue (one at a time per
        host, ``DOWNLOAD_DELAY`` apart). Those passed the breaker before it tripped; left alone,
        each would still hit the failing host. Failing their queue deferred makes them end like any
        skipped request: through ``process_exception`` to the spider's errback, which records
        them in health under the same error kind. Requests already being transferred are left to
        finish. One crawler = one spider = one source, so every queued request is this source's.
        """
        engine = getattr(self.crawler, "engine", None)
        downloader = getattr(engine, "downloader", None)
        dropped = 0
        for slot in list(getattr(downloader, "slots", {}).values()):
            queue = getattr(slot, "queue", None)
            if not queue:
                continue
            keep = []
            while queue:
                request, deferred = queue.popleft()
                if request.url.endswith("/robots.txt"):
                    keep.append((request, deferred))
                    continue
                deferred.errback(SourceDown(kind))
                dropped += 1
            queue.extend(keep)
        return dropped

    def check(self, request: Request) -> None:
        """Raise :class:`SourceDown` for a request of a tripped source (robots.txt still goes)."""
        if self.tripped is not None and not request.url.endswith("/robots.txt"):
            raise SourceDown(self.tripped)

    def process_request(self, request: Request) -> None:
        self.check(request)

    def process_response(self, request: Request, response: Response) -> Response:
        if response.status in self.FAIL_STATUSES:
            self._fail("rate_limited" if response.status == 429 else "http_5xx")
        else:
            self.streak = 0
        return response

    def process_exception(self, request: Request, exception: Exception) -> None:
        if isinstance(exception, IgnoreRequest):
            return

        self._fail(classify_exception(exception)[0])


class BreakerAwareDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler that asks the circuit breaker once more right before sending.

    Why: between the breaker's ``process_request`` and the network call a request may wait in
    the downloader (slot queue, or a download task already scheduled: with no download delay the
    slot hands out its whole queue at once). The handler is the last point before the wire, so a
    request of a source that tripped meanwhile ends here with :class:`SourceDown` (no connection
    is made) and reaches the spider's errback like any skipped request.
    """

    async def download_request(self, request: Request) -> Response:
        breaker = self._crawler.get_downloader_middleware(CircuitBreakerMiddleware)
        if breaker is not None:
            breaker.check(request)
        return await super().download_request(request)
