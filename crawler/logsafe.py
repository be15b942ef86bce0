"""One-line log messages: control characters in pubwatch's log messages are escaped.

Why: titles, URLs and error notes are scraped, hence untrusted, and they end up in log lines
(``health zfcg/cg: http_5xx detail https://…``). A title holding ``"\\n2026-… [crawler] INFO: …"``
would forge a log line; ESC sequences would drive the terminal of whoever tails the log. Escaping at
every call site is bound to miss one, so the escaping happens once, when a record is created: a
log-record factory rewrites the message of records from pubwatch's own loggers so that CR, LF and
every other control character shows as ``\\n``, ``\\r``, ``\\x1b``… Chinese (and any printable
text) stays as it is. Tracebacks are left alone (they are multi-line by design and come from code).

Why a record factory rather than a handler filter: Scrapy replaces its root handler for every
crawler it creates (``install_scrapy_root_handler``), and pytest, ``logging.lastResort`` or a
deployment's own handlers would all need the filter too; the factory covers every handler.
:func:`install` is idempotent; it is called by :class:`LogSafetyExtension` (``EXTENSIONS`` in
``crawler.settings``: ``scrapy crawl`` and ``python -m crawler.run``) and by the ``pubwatch`` CLI.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the pubwatch CLI installs the escaping without importing Scrapy
    from scrapy.crawler import Crawler

# Top-level packages whose loggers carry scraped text; spider loggers (named after the spider) are
# added by LogSafetyExtension. Scrapy's own loggers are left alone: their multi-line dumps
# (settings, stats) are written by Scrapy, and the URLs it logs are already percent-encoded.
PUBWATCH_LOGGERS: set[str] = {
    "alerts",
    "crawler",
    "dashboards",
    "extractors",
    "monitor",
    "pubwatch",
    "replica",
    "spiders",
    "storage",
}

# C0 and C1 controls, DEL, Unicode line/paragraph separators, bidi overrides/isolates
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape_char(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escape_controls(text: str) -> str:
    """``text`` with every control character written as an escape (``\\n``, ``\\x1b``, ``\\u2028``)."""
    return _UNSAFE.sub(_escape_char, text)


def is_pubwatch_logger(name: str) -> bool:
    """True for a logger of one of :data:`PUBWATCH_LOGGERS` (or a child of one)."""
    return name.partition(".")[0] in PUBWATCH_LOGGERS


def make_safe(record: logging.LogRecord) -> logging.LogRecord:
    """Replace the record's message by its escaped, fully formatted form (args merged in)."""
    try:
        message = record.getMessage()
    except Exception:  # a bad format string: leave it for logging's own error report
        return record
    safe = escape_controls(message)
    if safe != message:
        record.msg, record.args = safe, ()
    return record


_installed: list[Any] = []  # the previous factory once installed (a list: no module-level rebinding)


def install() -> None:
    """Make every record of a pubwatch logger one line (idempotent, process-wide)."""
    if _installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        if is_pubwatch_logger(record.name):
            return make_safe(record)
        return record

    _installed.append(previous)
    logging.setLogRecordFactory(factory)


class LogSafetyExtension:
    """Scrapy extension: installs the escaping before the spider logs anything it scraped.

    Also covers the spider's own logger (``spider.logger`` is named after the spider, i.e. the
    source key).
    """

    def __init__(self, crawler: Crawler) -> None:
        name = getattr(crawler.spidercls, "name", None)
        if name:
            PUBWATCH_LOGGERS.add(str(name))
        install()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LogSafetyExtension:
        return cls(crawler)
