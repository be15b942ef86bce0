"""The records the crawler yields.

Why a dataclass: one fresh object per fetched page (never shared through ``meta``), readable by
``itemadapter`` so feeds and pipelines stay generic. The raw ``body`` and ``headers`` travel with
the item to the store (they are the evidence) but are not exported to feeds (``FEED_EXPORT_FIELDS``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(kw_only=True)
class NoticeItem:
    """A detail page as fetched, then the record extracted from it (filled by ExtractPipeline)."""

    source: str
    channel: str
    item_key: str
    url: str
    night: str  # YYYY-MM-DD, the crawl night (Asia/Shanghai)
    fetched_at: str  # ISO timestamp, UTC
    sha256: str = ""
    http_status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    list_title: str = ""
    list_date: str | None = None
    listed: bool = True  # seen on a list page this run (False: a re-check straight from the DB)
    region: str | None = None
    hint_domain: str = ""
    hint_notice_type: str = ""
    hint_domains: list[str] = field(default_factory=list)  # a channel mixing domains: the allowed set
    # "new" | "changed" | "unchanged" | "removed" | "not_modified" (a 304 to a conditional re-check):
    # the spider's guess, replaced by the store's answer
    change: str = "new"
    removed_reason: str | None = None
    # filled by ExtractPipeline
    title: str = ""
    publish_date: str | None = None
    domain: str = ""
    notice_type: str = ""
    status: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)
    warnings: list[Any] = field(default_factory=list)
