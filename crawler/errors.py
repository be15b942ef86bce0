"""Map a failed request (a Twisted Failure) to one of the health error kinds.

Why: "the site was down" and "the site throttled us" need different responses from people, and
``crawl_health.errors`` is only useful if the kinds are stable words (crawler.detect.ERROR_KINDS).
"""

from __future__ import annotations

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import defer
from twisted.internet import error as neterr
from twisted.python.failure import Failure
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived
from twisted.web.http import _DataLoss


class RequestNotSent(IgnoreRequest):
    """A request pubwatch chose not to send, with the error ``kind`` it is counted under.

    Why a base class here: the circuit breaker (``crawler.middlewares.SourceDown``) and the own-hosts
    guard (``crawler.offsite.RefusedRequest``) raise it, and :func:`classify_exception` must know their
    kind without importing those modules (which import this one).
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def classify_failure(failure: Failure) -> tuple[str, str]:
    """``(kind, note)`` for a failed request."""
    return classify_exception(failure.value)


def classify_exception(exc: BaseException) -> tuple[str, str]:
    """``(kind, note)`` for the exception of a failed request or download attempt."""
    if isinstance(exc, RequestNotSent):
        return exc.kind, str(exc)[:300]
    if isinstance(exc, HttpError):
        status = exc.response.status
        if status == 429:
            return (
                "rate_limited",
                f"HTTP 429 (Retry-After {exc.response.headers.get(b'Retry-After', b'-').decode()})",
            )
        if status >= 500:
            return "http_5xx", f"HTTP {status}"
        if status in (404, 410):
            return "http_404", f"HTTP {status}"
        return "http_4xx", f"HTTP {status}"
    # Scrapy >= 2.14 wraps transport errors in its own exceptions
    if isinstance(exc, DownloadTimeoutError):
        return "timeout", str(exc)[:200]
    if isinstance(exc, ResponseDataLossError):
        return "truncated", "body shorter than Content-Length"
    if isinstance(exc, DownloadConnectionRefusedError | CannotResolveHostError):
        return "connection", type(exc).__name__
    if isinstance(exc, DownloadCancelledError):
        return "too_large", str(exc)[:200]
    if isinstance(exc, DownloadFailedError):
        text = str(exc)
        if "DataLoss" in text or "PotentialDataLoss" in text:
            return "truncated", text[:200]
        if "Timeout" in text or "TimedOut" in text:
            return "timeout", text[:200]
        return "reset", text[:200]
    if isinstance(exc, neterr.TimeoutError | neterr.TCPTimedOutError | defer.TimeoutError):
        return "timeout", type(exc).__name__
    if isinstance(exc, ResponseFailed):
        if any(isinstance(r.value, _DataLoss) for r in exc.reasons if isinstance(r, Failure)):
            return "truncated", "body shorter than Content-Length"
        return "reset", "; ".join(type(r.value).__name__ for r in exc.reasons if isinstance(r, Failure))
    if isinstance(exc, ResponseNeverReceived | neterr.ConnectionLost | neterr.ConnectionDone):
        return "reset", type(exc).__name__
    if isinstance(exc, neterr.ConnectionRefusedError | neterr.DNSLookupError | neterr.ConnectError):
        return "connection", type(exc).__name__
    if isinstance(exc, defer.CancelledError):
        return "too_large", str(exc)[:200]
    if isinstance(exc, IgnoreRequest):
        text = str(exc)
        if "robots" in text.lower():
            return "robots", text[:200]
        if "max redirections" in text.lower():
            return "redirect_loop", text[:200]
        if "maxsize" in text.lower() or "decompress" in text.lower():
            return "too_large", text[:200]
        return "other", text[:200] or "IgnoreRequest"
    return "other", f"{type(exc).__name__}: {exc}"[:200]
