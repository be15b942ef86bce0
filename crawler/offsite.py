"""Fetch only what a source owns: http(s) to the source's own hosts, nothing else.

Why: a list page is written by someone else. A hijacked or careless page linking to
``file:///proc/self/environ``, ``data:…`` or an intranet host (or redirecting there) must not make
the crawler read local files or reach other machines (server-side request forgery), and what it
would have fetched must not become evidence. Such a link is refused before any network or disk
access and recorded as a crawl error of its own kind, so the channel is incomplete with a reason:

* ``refused_scheme`` — any scheme other than http/https (file, data, ftp, s3, gopher …);
* ``refused_offsite`` — an http(s) URL whose host is not one of the source's hosts
  (:meth:`crawler.sources.Source.owned_hosts`: base_url's host, after any replica override, plus
  the registry's ``hosts`` list).

Host rule (ports matter): an owned entry ``host`` matches that host on ports 80 and 443 (http and
https of a public site, and the http→https redirect); ``host:port`` matches that port only. So
``127.0.0.1:8001`` owns nothing on ``127.0.0.1:8002`` — on a LAN a different port is a different
service, which is exactly what a forged link would aim at.

Links that are not fetchable at all — ``javascript:``, ``mailto:``, ``tel:``, a bare ``#`` (the
list page itself), an empty or malformed href — are not errors of the source: they are skipped and
counted (a health note), and never stop the rest of the list (:func:`link_verdict`).

Scrapy's own ``file``/``data``/``s3``/``ftp`` download handlers are switched off in
``crawler.settings`` (:data:`NON_HTTP_HANDLERS_OFF`), so even a request that got past this
middleware could not read a local file.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any
from urllib.parse import urldefrag, urlsplit

from scrapy import Spider
from scrapy.http import Request, Response

from crawler.errors import RequestNotSent

logger = logging.getLogger(__name__)

#: merged into every DOWNLOAD_HANDLERS dict (project settings and families that set their own)
NON_HTTP_HANDLERS_OFF: dict[str, None] = {"file": None, "data": None, "s3": None, "ftp": None}
HTTP_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}
#: hrefs that are not links to a page: skipped and counted, not errors
SKIP_SCHEMES = frozenset({"javascript", "mailto", "tel", "sms", "about", "vbscript"})


class RefusedRequest(RequestNotSent):
    """A request not sent because the source does not own it (``kind``: refused_scheme/offsite)."""

    def __init__(self, kind: str, url: str, why: str) -> None:
        super().__init__(kind, f"{why}: {safe_url(url)}")


def safe_url(url: str, limit: int = 120) -> str:
    """A URL shortened for notes and logs (a ``data:`` URL can be megabytes)."""
    url = str(url).replace("\n", " ").replace("\r", " ")
    return url if len(url) <= limit else url[:limit] + "…"


def host_allowed(url: str, owned: Iterable[str]) -> bool:
    """Whether an http(s) ``url``'s host (and port) is one of ``owned`` (see the module rule)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if not host:
        return False
    effective = port or DEFAULT_PORTS.get(parts.scheme.lower())
    for entry in owned:
        name, _, want = entry.lower().partition(":")
        if name != host:
            continue
        if want:
            if effective == int(want):
                return True
        elif effective in (80, 443):
            return True
    return False


def refusal(url: str, owned: Iterable[str]) -> tuple[str, str] | None:
    """``(kind, why)`` when ``url`` must not be fetched for a source owning ``owned``; else None."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return "refused_scheme", "malformed URL"
    if scheme not in HTTP_SCHEMES:
        return "refused_scheme", f"scheme {scheme or '(none)'!r} is not http(s)"
    if not host_allowed(url, owned):
        return "refused_offsite", "host is not one of the source's hosts"
    return None


def link_verdict(url: str, page_url: str, owned: Iterable[str]) -> tuple[str, str] | None:
    """What to do with a list entry's URL: None (fetch it), ``("skip", reason)`` (not a link:
    javascript:/mailto:/tel:, ``#``, empty, malformed) or ``(kind, why)`` (refused, see
    :func:`refusal`)."""
    text = (url or "").strip()
    if not text:
        return "skip", "empty"
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a malformed port
    except ValueError:
        return "skip", "malformed"
    scheme = parts.scheme.lower()
    if scheme in SKIP_SCHEMES:
        return "skip", f"{scheme}:"
    if text.startswith("#") or (scheme in HTTP_SCHEMES and urldefrag(text)[0] == urldefrag(page_url)[0]):
        return "skip", "#"
    if scheme in HTTP_SCHEMES and not parts.hostname:
        return "skip", "malformed"
    return refusal(text, owned)


def join_link(response: Response, href: str) -> str:
    """``response.urljoin(href)``, or ``href`` itself when it is malformed (``http://[x``), so that
    :func:`link_verdict` skips that one row instead of the whole page failing to parse."""
    try:
        return response.urljoin(href)
    except ValueError:
        return href


class OwnHostsMiddleware:
    """Downloader middleware: refuse any request, and any redirect, the source does not own.

    Runs before the robots.txt middleware (priority 40 < 100), so a foreign host is not even asked
    for its robots.txt. ``process_request`` sees every request, including those Scrapy's
    RedirectMiddleware makes from a 30x; ``process_response`` catches the 30x Scrapy does not
    follow (a ``Location`` with another scheme, e.g. ``file://``), which would otherwise surface as
    ``http_4xx``. The refusal reaches the spider's errback as :class:`RefusedRequest` and is
    counted there under its kind (``crawler.errors.classify_exception``).
    """

    @staticmethod
    def _owned(spider: Spider | None) -> frozenset[str] | None:
        source = getattr(spider, "source", None)
        owned = getattr(source, "owned_hosts", None)
        return owned() if callable(owned) else None

    def _spider(self, spider: Spider | None) -> Spider | None:
        if spider is not None:
            return spider
        crawler = getattr(self, "crawler", None)
        return getattr(crawler, "spider", None)

    @classmethod
    def from_crawler(cls, crawler: Any) -> OwnHostsMiddleware:
        mw = cls()
        mw.crawler = crawler  # type: ignore[attr-defined]
        return mw

    def process_request(self, request: Request, spider: Spider | None = None) -> None:
        owned = self._owned(self._spider(spider))
        if owned is None:  # not a registry spider (e.g. a test spider): only the scheme rule
            scheme = urlsplit(request.url).scheme.lower()
            if scheme not in HTTP_SCHEMES:
                raise RefusedRequest("refused_scheme", request.url, f"scheme {scheme!r} is not http(s)")
            return None
        verdict = refusal(request.url, owned)
        if verdict is not None:
            kind, why = verdict
            redirected = request.meta.get("redirect_urls")
            if redirected:
                why = f"redirect from {safe_url(redirected[-1])}: {why}"
            logger.warning("refused %s (%s)", safe_url(request.url), why)
            raise RefusedRequest(kind, request.url, why)
        return None

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        if response.status not in (301, 302, 303, 307, 308) or b"Location" not in response.headers:
            return response
        raw = response.headers[b"Location"].decode("latin-1", "replace").strip()
        try:
            target = response.urljoin(raw)
        except ValueError:
            target = raw
        owned = self._owned(self._spider(spider))
        verdict = (
            refusal(target, owned)
            if owned is not None
            else (
                None if urlsplit(target).scheme.lower() in HTTP_SCHEMES else ("refused_scheme", "not http(s)")
            )
        )
        if verdict is not None:
            kind, why = verdict
            logger.warning("refused redirect %s -> %s (%s)", safe_url(request.url), safe_url(target), why)
            raise RefusedRequest(kind, target, f"redirect from {safe_url(request.url)}: {why}")
        return response
