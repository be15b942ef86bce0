"""Item pipelines: extract the record from each fetched page, then store it.

Why two steps: extraction is a pure function of the bytes (``extractors.extract``), storing is
the only DB write; keeping them apart lets ``-s PUBWATCH_STORE=0`` export records without a
database, and lets the store decide "new / changed / unchanged" from the DB, not from memory.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from sqlalchemy.exc import SQLAlchemyError

from crawler.items import NoticeItem, publish_date_of
from extractors import NotAPage, extract
from storage.db import is_disk_full, original_error

logger = logging.getLogger(__name__)


class ExtractPipeline:
    """Run ``extractors.extract`` with the channel's domain/notice type and list title/date as hint."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ExtractPipeline:
        return cls(crawler)

    def process_item(self, item: NoticeItem) -> NoticeItem:
        if item.change in ("removed", "not_modified"):
            return item
        item.domain = item.hint_domain or "other"
        item.notice_type = item.hint_notice_type or ""
        item.title = item.list_title
        self._fill(item)
        item.publish_date = publish_date_of(item.fields.get("publish_date"), item.list_date)
        return item

    def _fill(self, item: NoticeItem) -> None:
        """The extracted record into the item (status, type, fields); a page that is not one, or an
        extractor failure, is kept with its status and reported on the channel."""
        try:
            rec = self._extract(item)
        except NotAPage as exc:
            item.status = "not_a_page"
            item.warnings = [f"not a page: {exc}"]
            spider = getattr(self.crawler, "spider", None)
            if spider is not None and hasattr(spider, "health"):
                spider.health.error(item.channel, "parse_error", f"{item.item_key}: not a page ({exc})")
            return
        except Exception as exc:  # an extractor bug must not lose the page: store it, report it
            logger.exception("extractor failed on %s", item.url)
            item.status = "extract_error"
            item.warnings = [f"extractor error: {type(exc).__name__}: {exc}"]
            spider = getattr(self.crawler, "spider", None)
            if spider is not None and hasattr(spider, "health"):
                spider.health.error(item.channel, "parse_error", f"{item.item_key}: extractor error")
            return
        data = rec.to_dict()
        item.domain = data.get("domain") or item.domain
        item.notice_type = data.get("notice_type") or item.notice_type
        item.type_basis = str(data.get("type_basis") or "")
        if item.type_basis in ("body", "none", "unsure") and item.hint_notice_type == item.notice_type:
            # the content's own reading agrees with the type the channel declares: the platform confirms it
            item.type_basis = "hint"
        spider = getattr(self.crawler, "spider", None)
        if item.hint_notice_type and spider is not None and hasattr(spider, "health"):
            spider.health.typed(item.channel, item.hint_notice_type, item.notice_type)
        item.status = data.get("status") or "ok"
        item.fields = dict(data.get("fields") or {})
        item.provenance = dict(data.get("provenance") or {})
        item.warnings = [
            w
            for w in data.get("warnings") or []
            # (round 17a: an unsure type the channel confirms is sure: its warning goes)
            if not (item.type_basis == "hint" and str(w).startswith("type_unsure:"))
        ]
        item.title = str(item.fields.get("title") or item.list_title or "")

    @staticmethod
    def _extract(item: NoticeItem) -> Any:
        """Extract with the channel's hint. The channel's declared type is only a hint: the
        notice's own title and body decide (channel IDs and labels are often unverified, and one
        labelled 开标记录 was seen holding a tender); only when the content names no type does the
        declared one stand in. A channel that mixes domains (土地及矿产权 …) gives no domain, so the
        title decides; only an answer outside the channel's set falls back to the channel's own
        domain."""
        hint = {
            "title": item.list_title,
            "publish_date": item.list_date.isoformat() if item.list_date else "",
        }
        mixed = len(item.hint_domains) > 1
        if not mixed:
            hint.update(domain=item.hint_domain)
        rec = extract(
            item.body, url=item.url, headers=item.headers, hint={k: v for k, v in hint.items() if v}
        )
        if mixed and rec.domain not in item.hint_domains:
            hint["domain"] = item.hint_domain
            rec = extract(
                item.body, url=item.url, headers=item.headers, hint={k: v for k, v in hint.items() if v}
            )
        undecided = (
            not rec.notice_type
            or rec.notice_type.endswith(".other")
            or (not mixed and rec.domain != item.hint_domain)
        )
        if item.hint_notice_type and undecided:
            hint.update(domain=item.hint_domain, notice_type=item.hint_notice_type)
            rec = extract(
                item.body, url=item.url, headers=item.headers, hint={k: v for k, v in hint.items() if v}
            )
        return rec


class StorePipeline:
    """Write documents, versions, notices and fields (idempotent); count new/changed/removed."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StorePipeline:
        return cls(crawler)

    def process_item(self, item: NoticeItem) -> NoticeItem:
        """Store the item; a storage failure (disk full, lost connection…) is a ``storage_error``
        on the channel — incomplete, with the reason — and the item is dropped with one log line."""
        try:
            return self._store(item)
        except (OSError, SQLAlchemyError) as exc:
            note = f"{item.item_key}: {storage_error_text(exc)}"
            health = getattr(self.crawler.spider, "health", None)
            if health is not None:
                health.error(item.channel, "storage_error", note)
            raise DropItem(f"not stored ({note})") from None

    def _store(self, item: NoticeItem) -> NoticeItem:
        spider = getattr(self.crawler, "spider", None)
        store = getattr(spider, "store", None)
        health = getattr(spider, "health", None)
        if item.change == "removed":
            changed = store.mark_removed(item.item_key, item.removed_reason or "removed") if store else True
            if changed and health is not None:
                health.ch(item.channel).removed += 1
            return item
        if item.change == "not_modified":  # a conditional re-check answered 304: checked, unchanged
            if store is not None:
                store.touch_checked(item.item_key, listed=item.listed)
            if health is not None:
                health.ch(item.channel).unchanged += 1
            return item
        if store is not None:
            rec = item.page_record()
            item.change = store.save_page(rec)
        if health is not None:
            h = health.ch(item.channel)
            if item.change == "new":
                h.new += 1
            elif item.change == "changed":
                h.changed += 1
            else:
                h.unchanged += 1
        return item


def storage_error_text(exc: BaseException) -> str:
    """One line naming a storage failure (``disk full`` first when it is one), without SQL or
    parameters (they would carry scraped text and bodies into logs)."""
    orig, text = original_error(exc)
    if is_disk_full(orig, text):
        return f"disk full ({type(orig).__name__}: {text[:150]})"
    return f"{type(orig).__name__}: {text[:200]}"
