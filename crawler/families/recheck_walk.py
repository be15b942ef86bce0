"""The re-check and removal job of a source spider: stored notices fetched again, gone ones reported.

Known items are fetched again when :class:`crawler.recheck.RecheckPolicy` (or the schedule learned
from past changes) says they are due: open notices nightly until their deadline, others weekly while
young; changed bytes make a new version, 404 marks the item removed. Due items are fetched through
their list entry when tonight's walk shows them, directly otherwise: those older than the walked
window at the start, any other due item once the walks are over (``_on_idle``). A complete walk
that no longer lists a known item marks it removed (``_finish_listing``). A re-check of a page
whose server gave a validator asks "changed since?" (``_conditional``).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request

from crawler.families.listing import Entry
from crawler.items import NoticeItem
from crawler.sources import Channel
from storage.evidence import KnownDocument
from storage.models import utcnow

logger = logging.getLogger(__name__)


def rebase(url: str, base_url: str) -> str:
    """``url`` moved onto ``base_url``'s scheme and host (stored URLs survive a changed base)."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return urljoin(base_url.rstrip("/") + "/", path.lstrip("/"))


class RecheckWalk:
    """Mixin of :class:`crawler.families.base.SourceSpider`: re-checks of stored notices, removals.

    Its state (``known``, ``policy``, ``schedule``, ``_scheduled``, ``_removed``, …) is set by
    ``SourceSpider.__init__`` and ``from_crawler``.
    """

    def _db_rechecks(self, *, older_than_window: bool = True) -> Iterator[Request]:
        """Due known notices fetched without their list entry.

        At the start: those older than the listing window (tonight's walks will not show them).
        Once the walks are over (``older_than_window=False``): every due notice no walk scheduled,
        e.g. an open tender inside the window when a walk stopped early or failed.
        """
        if self.backfill:
            return
        window = self.night - dt.timedelta(days=self.overlap_days)
        wanted = {c.key: c for c in self.channel_list}
        for doc in self.known.values():
            ch = wanted.get(doc.channel_key)
            if ch is None or doc.removed_at is not None or doc.item_key in self._scheduled | self._removed:
                continue
            if older_than_window:
                if doc.list_date is None or doc.list_date >= window:
                    continue
            elif (doc.list_date or doc.first_seen_on or self.night) > self.night:
                continue
            if self._due(doc, ch):
                req = self._refetch(doc, ch)
                if req is not None:
                    yield req

    def _refetch(self, doc: KnownDocument, channel: Channel) -> Request | None:
        """The detail request of a known document, without its list entry (None: already scheduled)."""
        return self._detail(
            Entry(doc.item_key, rebase(doc.url, self.base_url), date=doc.list_date), channel, listed=False
        )

    def _due(self, doc: KnownDocument, channel: Channel | None = None) -> bool:
        """The re-check policy's answer for tonight (the channel's type stands in before extraction)."""
        judge = self.schedule if self.schedule is not None else self.policy
        return judge.due(doc, self.night, channel.notice_type if channel is not None else "")

    def _on_idle(self) -> None:
        """Once the walks are over, fetch the due notices they did not show (once per crawl)."""
        if self._leftovers_done or self.crawler.engine is None:
            return
        self._leftovers_done = True
        requests = list(self._db_rechecks(older_than_window=False))
        for req in requests:
            self.crawler.engine.crawl(req)
        if requests:
            logger.info(
                "%s: %d due notices re-checked outside tonight's walks", self.source_key, len(requests)
            )
            raise DontCloseSpider

    def _finish_listing(
        self, channel: Channel, floor: dt.date | None, reached_end: bool = True
    ) -> Iterator[NoticeItem]:
        """The walk of a channel ended well: mark it, and report known items it no longer lists."""
        h = self.health.ch(channel.key)
        h.listing_done = True
        if self.backfill or (floor is None and not reached_end):
            return
        seen = self._seen.get(channel.key)
        for doc in self.known.values():
            if doc.channel_key != channel.key or doc.removed_at is not None or doc.item_key in seen:
                continue
            if doc.list_date is None or doc.list_date > self.night:
                continue
            if floor is not None and doc.list_date <= floor:
                continue
            yield self._removal(doc, channel, "unlisted")

    def _conditional(self, req: Request, known: KnownDocument | None) -> Request:
        """A re-check of a stored page asks "changed since?" where the server gave a validator.

        Why: a 304 answer costs the site no page; it is counted as its own kind (``recheck_304``).
        Only a plain GET of a live document whose current version carried an ETag or Last-Modified.
        """
        if known is None or known.removed_at is not None or req.method != "GET" or self.backfill:
            return req
        headers = {}
        if known.etag:
            headers["If-None-Match"] = known.etag
        if known.last_modified:
            headers["If-Modified-Since"] = known.last_modified
        if not headers:
            return req
        merged = req.headers.copy()
        merged.update(headers)
        return req.replace(headers=merged)

    def _removal(self, doc: KnownDocument, channel: Channel, reason: str) -> NoticeItem:
        self._removed.add(doc.item_key)
        return NoticeItem(
            source=self.source_key,
            channel=channel.key,
            item_key=doc.item_key,
            url=doc.url,
            night=self.night,
            fetched_at=utcnow().isoformat(),
            change="removed",
            removed_reason=reason,
            listed=False,
            list_date=doc.list_date,
        )
