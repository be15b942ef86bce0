"""The records the crawler yields.

Why a dataclass: one fresh object per fetched page (never shared through ``meta``), readable by
``itemadapter`` so feeds and pipelines stay generic. The raw ``body`` and ``headers`` travel with
the item to the store (they are the evidence) but are not exported to feeds (``FEED_EXPORT_FIELDS``).

One record from the spider to storage: the item carries its dates as dates (feeds write them as
``YYYY-MM-DD``), and ``publish_date`` is decided once, by :func:`publish_date_of`, when the record is
extracted; ``storage.evidence.PageRecord`` and the ``notices`` row take it as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from storage.evidence import PageRecord
from vocabulary.dates import as_date


def publish_date_of(stated: Any, list_date: dt.date | None) -> dt.date | None:
    """A notice's publish date: the extractor's ``publish_date`` (it weighs the platform's JSON, the
    list date it was given as a hint and the page's own statement), else the list's date, else None.

    Why one function: the date used to be set from the list, overwritten after extraction and
    turned into text and back on its way to storage; deadline rules count from it, so it is
    decided here, once, as a date.
    """
    if stated:
        try:
            return as_date(stated)
        except ValueError:
            pass
    return list_date


@dataclass(kw_only=True)
class NoticeItem:
    """A detail page as fetched, then the record extracted from it (filled by ExtractPipeline)."""

    source: str
    channel: str
    item_key: str
    url: str
    night: dt.date  # the crawl night (Asia/Shanghai)
    fetched_at: str  # ISO timestamp, UTC
    sha256: str = ""
    http_status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    list_title: str = ""
    list_date: dt.date | None = None  # the date the list page gives (None: not listed / no date)
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
    publish_date: dt.date | None = None  # publish_date_of(fields["publish_date"], list_date)
    domain: str = ""
    notice_type: str = ""
    type_basis: str = ""  # what the type rests on (hint, title, heading, body, none)
    status: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    provenance: dict[str, Any] = field(default_factory=dict)
    warnings: list[Any] = field(default_factory=list)

    def page_record(self) -> PageRecord:
        """The store's input for this page: the same record under storage's names (storage may not
        import the crawler, so the mapping lives here, beside the item it reads)."""
        return PageRecord(
            source_key=self.source,
            channel_key=self.channel,
            item_key=self.item_key,
            url=self.url,
            night=self.night,
            body=self.body,
            sha256=self.sha256,
            http_status=self.http_status,
            headers=self.headers,
            list_title=self.list_title or None,
            list_date=self.list_date,
            listed=self.listed,
            region=self.region,
            domain=self.domain or "other",
            notice_type=self.notice_type or f"{self.domain or 'other'}.other",
            type_basis=self.type_basis or None,
            title=self.title,
            publish_date=self.publish_date,
            status=self.status or "ok",
            fields=self.fields,
            provenance=self.provenance,
            warnings=self.warnings,
            fetched_at=dt.datetime.fromisoformat(self.fetched_at),
        )
