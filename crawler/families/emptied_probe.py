"""The probe of an emptied list: an empty first page where items were listed is believed only if
those items are gone too.

Why: a channel whose last notice was taken down really is empty, and calling that
``empty_unexpected`` every night would hide the channel from the monitor for weeks; a site answering
an empty list by mistake is just as real. The detail pages decide.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import ClassVar

from scrapy.http import Request

from crawler.families.listing import Listing
from storage.evidence import KnownDocument


class EmptiedProbe:
    """Mixin of :class:`crawler.families.base.SourceSpider`: probe the live items of an emptied list."""

    #: an empty list is checked against at most this many live items (see ``_probe_empty``)
    EMPTY_PROBE_LIMIT: ClassVar[int] = 5

    def _emptied_live(self, lst: Listing, floor: dt.date | None) -> list[KnownDocument]:
        """The stored items an empty first page of ``lst`` contradicts: live items of channels that
        expect items, not reported removed tonight, and (for a date-windowed query) listed after
        its ``floor``."""
        expecting = {c.key for c in lst.channels if c.expect_items}
        return [
            d
            for d in self.known.values()
            if d.channel_key in expecting
            and d.removed_at is None
            and d.item_key not in self._removed
            and (floor is None or (d.list_date is not None and d.list_date > floor))
        ]

    def _probe_empty(self, lst: Listing, live: list[KnownDocument]) -> Iterator[Request]:
        """An empty list where items were listed: believe it only if those items are gone too.

        Why: a channel whose last notice was taken down really is empty, and calling that
        ``empty_unexpected`` every night would hide the channel from the monitor for weeks; a site
        answering an empty list by mistake is just as real. The detail pages decide: every live
        item is fetched (404 → removed; still there → ``empty_unexpected``). More live items than
        ``EMPTY_PROBE_LIMIT`` vanishing at once is treated as a broken list without probing.
        """
        if len(live) > self.EMPTY_PROBE_LIMIT:
            self._list_error(
                lst, "empty_unexpected", f"list empty although {len(live)} listed items are live"
            )
            return
        for ch in lst.channels:
            self.health.ch(ch.key).listing_done = True
        for doc in live:
            self._probes.add(doc.item_key)
            status = self._answered.get(doc.item_key)
            if status is not None:  # already fetched tonight (a re-check answered before the list)
                self._probe_answered(doc.item_key, doc.channel_key, status)
                continue
            req = self._refetch(doc, self.source.channel(doc.channel_key))
            if req is not None:
                yield req

    def _probe_answered(self, item_key: str, channel_key: str, status: int) -> None:
        """A probed item's answer: still there means the empty list was wrong."""
        self._answered[item_key] = status
        if item_key in self._probes and status not in self.detail_statuses:
            self.health.error(
                channel_key, "empty_unexpected", f"list empty but {item_key} still answers {status}"
            )
