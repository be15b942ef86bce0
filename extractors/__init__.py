"""pubwatch extractors: pure functions from a notice page to a typed record with provenance.

    from extractors import extract
    rec = extract(body, url="", headers=None, hint=None)
    rec.domain, rec.notice_type, rec.status, rec.fields, rec.provenance, rec.to_dict()

No Scrapy, no clock, no database: the same bytes always give the same record.

The names below are imported on first use (PEP 562): ``from extractors.taxonomy import TYPES`` (the
registry, the monitor, every CLI command) then no longer compiles the extraction's ~1,100 regular
expressions (``extractors.core``), which only the crawl and ``pubwatch extract`` use.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import extract, extract_file
    from .decode import MAX_BODY_BYTES
    from .record import NotAPage, PageTooLarge, Provenance, Record

__all__ = ["MAX_BODY_BYTES", "NotAPage", "PageTooLarge", "Provenance", "Record", "extract", "extract_file"]

_WHERE = {
    "extract": ".core",
    "extract_file": ".core",
    "MAX_BODY_BYTES": ".decode",
    "NotAPage": ".record",
    "PageTooLarge": ".record",
    "Provenance": ".record",
    "Record": ".record",
}


def __getattr__(name: str) -> Any:
    where = _WHERE.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(where, __name__), name)
    globals()[name] = value
    return value
