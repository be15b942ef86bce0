"""The listing job of a source spider: walk each list newest first, page by page, and decide.

A channel (or several behind one prefix query, :class:`Listing`) is walked newest first. Once a walk
has been complete, later walks stop at the first page holding an item already stored and older than
the last complete walk minus ``overlap_days``, unless the page is still inside the removal sweep
(``sweep_days``). Each entry is fetched when unknown, removed, due for a re-check or when the run
exports stored notices. A walk that ends well hands its channels to the removal judgement
(:class:`crawler.families.recheck_walk.RecheckWalk`); an empty first page is checked by
:class:`crawler.families.emptied_probe.EmptiedProbe` before it is believed.

Why a separate module: the walk is the part a family author reads with ``list_request`` and
``parse_list`` in mind; re-checks and probes are not needed to follow it.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from scrapy.http import Request, Response, TextResponse

from crawler.detect import BadPage
from crawler.offsite import link_verdict, safe_url
from crawler.parselimits import html_limit_hit
from crawler.sources import Channel

#: a listing whose total agrees is still swept back ``sweep_days`` on one night in this many
FULL_SWEEP_EVERY = 7


@dataclass(slots=True)
class Entry:
    """One item of a list page."""

    item_key: str
    url: str
    title: str = ""
    date: dt.date | None = None
    region: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    # the registry channel when one listing spans several (prefix queries); "" = a channel not watched
    channel: str | None = None


@dataclass(frozen=True, slots=True)
class Listing:
    """One list walked per night: a registry channel, or several behind one prefix query.

    Why: each list request costs the same whether it answers for one channel or nineteen; where the
    real API filters by a code prefix (Epoint ``categorynum``), one newest-first walk of the prefix
    replaces a walk per channel, and each row's own code says which channel it belongs to.
    """

    key: str
    query: Channel  # what list_request / parse_list receive
    channels: tuple[Channel, ...]


@dataclass(slots=True)
class ListPage:
    """What a list page says: its entries (newest first) and whether a next page exists."""

    entries: list[Entry]
    has_next: bool
    #: a date-windowed query (e.g. zfcg ``publishDateBegin``) cannot show items listed on or before
    #: this day: a walk that reaches its end does not judge them removed
    floor: dt.date | None = None
    #: how many rows the whole list holds, where the answer says so and the family trusts it
    #: (jpage ``<totalrecord>``, 龙游 ``total``): lets a walk see that nothing left the list
    total: int | None = None


def date_prefix(text: str | None) -> dt.date | None:
    """The date at the start of ``YYYY-MM-DD…`` / ``YYYY/MM/DD`` text, or None."""
    if not text:
        return None
    t = str(text).strip().replace("/", "-").replace(".", "-")[:10]
    try:
        return dt.date.fromisoformat(t)
    except ValueError:
        parts = t.split("-")
        if len(parts) == 3 and all(p.strip().isdigit() for p in parts):
            try:
                return dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
            except ValueError:
                return None
        return None


class ListingWalk:
    """Mixin of :class:`crawler.families.base.SourceSpider`: the nightly / back-fill list walks.

    Its state (``source``, ``known``, ``health``, ``complete_nights``, …) is set by
    ``SourceSpider.__init__``; it calls the detail fetch (``_detail``) and the other jobs.
    """

    #: the family's list API filters by a channel-code prefix and each row names its own code
    prefix_listing: ClassVar[bool] = False

    def make_listings(self) -> list[Listing]:
        """One listing per channel; with ``params.list_prefix`` (families with ``prefix_listing``)
        the channels under that prefix share one listing."""
        prefix = str(self.source.params.get("list_prefix") or "") if self.prefix_listing else ""
        grouped = [c for c in self.channel_list if prefix and c.key.startswith(prefix)]
        return self.shared_listings(f"{prefix}*", prefix, grouped)

    def shared_listings(self, key: str, query_key: str, grouped: list[Channel]) -> list[Listing]:
        """``grouped`` (two or more channels) walked as one listing ``key`` whose query asks for
        ``query_key``; every other chosen channel walked on its own."""
        if len(grouped) <= 1:
            return [Listing(c.key, c, (c,)) for c in self.channel_list]
        first = grouped[0]
        query = Channel(
            key=query_key,
            name=f"{self.source.name} {key}",
            domain=first.domain,
            notice_type="",
            responsible_unit=first.responsible_unit,
            region=first.region,
            evidence=self.source.evidence,
        )
        return [
            Listing(key, query, tuple(grouped)),
            *(Listing(c.key, c, (c,)) for c in self.channel_list if c not in grouped),
        ]

    def channel_of(self, code: str, within: str = "") -> str | None:
        """The registry channel a row's own category code belongs to: the longest registry key
        that is a prefix of it (``002001001`` holds ``002001001002``), within the queried prefix."""
        best = None
        for ch in self.source.channels:
            if (
                code.startswith(ch.key)
                and ch.key.startswith(within)
                and (best is None or len(ch.key) > len(best))
            ):
                best = ch.key
        return best

    def _list(self, lst: Listing, page: int) -> Request:
        req = self.list_request(lst.query, page)
        meta = {
            **req.meta,
            "pw_kind": "list",
            "pw_channel": lst.channels[0].key,
            "pw_listing": lst.key,
            "pw_page": page,
        }
        return req.replace(
            callback=self._on_list,
            errback=self._on_error,
            meta=meta,
            dont_filter=not self.distributed,
            cb_kwargs={"listing_key": lst.key, "page": page},
        )

    def _list_error(self, lst: Listing, kind: str, note: str) -> None:
        """A list page that could not be read leaves every channel of the listing incomplete."""
        for ch in lst.channels:
            self.health.error(ch.key, kind, note)

    def _on_list(self, response: Response, listing_key: str, page: int) -> Iterable[Any]:
        lst = self.listings[listing_key]
        keys = {c.key for c in lst.channels}
        try:
            listing = self.parse_list(response, lst.query, page)
        except BadPage as exc:
            self._list_error(lst, exc.kind, f"list page {page}: {exc.detail}")
            return
        except (ValueError, KeyError, TypeError, AttributeError, IndexError) as exc:
            self._list_error(lst, "parse_error", f"list page {page}: {exc!r}")
            return
        limit = html_limit_hit(response)
        if limit:
            # the tree below the limit was dropped: what was read is used, but this walk neither
            # goes on nor judges removals, and the channel is incomplete with the reason
            self._list_error(lst, "parse_error", f"list page {page}: {limit}")
            listing = ListPage(listing.entries, has_next=False)
        entries = listing.entries
        if not entries:
            if limit:
                return
            if page == 1:
                text = response.text if isinstance(response, TextResponse) else ""
                if any(m in text for m in ("系统维护", "maintenance-notice")):
                    self._list_error(lst, "maintenance", "list empty with a maintenance notice")
                    return
                live = self._emptied_live(lst, listing.floor)
                if live:
                    yield from self._probe_empty(lst, live)
                    return
            for ch in lst.channels:
                yield from self._finish_listing(ch, floor=listing.floor)
            return
        signature = tuple(e.item_key for e in entries)
        seen_sigs = self._signatures.setdefault(lst.key, set())
        if signature in seen_sigs:
            self._list_error(lst, "loop", f"page {page} repeats an earlier page")
            return
        seen_sigs.add(signature)
        stop = False
        lasts = [self.complete_nights.get(c.key) for c in lst.channels]
        cutoff = min(lasts) - dt.timedelta(days=self.overlap_days) if all(lasts) else None  # type: ignore[type-var]
        if self.backfill:
            cutoff = None  # a back-fill walks its whole range, whatever is stored already
        for entry in entries:
            channel_key = entry.channel if entry.channel is not None else lst.channels[0].key
            if channel_key not in keys:
                continue  # a row of a channel the registry does not watch (or not chosen this run)
            if not self._fetchable(entry, channel_key, response.url, page):
                continue
            channel = self.source.channel(channel_key)
            self.health.ch(channel_key).listed += 1
            self._seen.add(channel_key, entry.item_key)
            if self.backfill:
                if entry.date and self.since and entry.date < self.since:
                    stop = True
                    continue
                if entry.date and self.until and entry.date > self.until:
                    continue
            known = self.known.get(entry.item_key)
            if known is None or known.removed_at is not None:
                self._fresh[lst.key] += 1  # on the list, not among its stored live items
            if known is not None and cutoff is not None and entry.date is not None and entry.date < cutoff:
                stop = True
            if known is None or known.removed_at is not None or self.fetch_known or self._due(known, channel):
                req = self._detail(entry, channel, listed=True)
                if req is not None:
                    yield req
        dates = [e.date for e in entries if e.date]
        sweep = stop and self._sweeping(min(dates, default=None)) and not self._total_agrees(lst, listing)
        if listing.has_next and (not stop or sweep):
            if page < self.max_pages:
                yield self._list(lst, page + 1)
                return
            if not stop:  # new items may lie beyond the bound: the walk is incomplete
                self._list_error(lst, "max_pages", f"stopped at {page} pages (max_pages_per_channel)")
                return
            # only the removal sweep was cut short: everything new was seen; removals are judged
            # on the pages read (floor below), and the shortfall is noted, not an error
            for ch in lst.channels:
                self.health.ch(ch.key).notes.append(f"sweep stopped at {page} pages (max_pages_per_channel)")
        floor = min(dates) if (listing.has_next and dates) else None
        if limit:
            return
        if listing.floor is not None:
            floor = max(floor, listing.floor) if floor is not None else listing.floor
        for ch in lst.channels:
            yield from self._finish_listing(ch, floor=floor, reached_end=not listing.has_next)

    def _fetchable(self, entry: Entry, channel_key: str, page_url: str, page: int) -> bool:
        """Whether a list entry's URL may be fetched (crawler.offsite): a ``javascript:``/``mailto:``/
        ``#``/empty/malformed href is skipped and counted; a ``file:``/``data:`` or foreign-host URL
        is refused and recorded as an error of its kind. Never raises, so one bad row cannot drop
        the rest of the list."""
        verdict = link_verdict(entry.url, page_url, self.source.owned_hosts())
        if verdict is None:
            return True
        kind, why = verdict
        if kind == "skip":
            self.health.skip_link(channel_key, why)
        else:
            self.health.error(channel_key, kind, f"list page {page}: {why}: {safe_url(entry.url)}")
        return False

    def _total_agrees(self, lst: Listing, listing: ListPage) -> bool:
        """Whether the list's own total says nothing left it: the sweep can stop at the incremental
        stop.

        Why: the sweep reads a list back ``sweep_days`` every night only to see a notice that was
        taken down — half the list pages of a night (147 of 281 in the seed-47 bench) found nothing
        to see. Where the answer states how many rows the list holds (``ListPage.total``), a removal
        shows as a total below what is known: the stored live items of the listing's channels
        (minus those found gone tonight) plus the rows of this walk that were not among them. Equal:
        nothing left — and nothing was put in below the stop either — so the pages past the stop
        would show nothing new. Anything else (a removal, a late insertion, rows the registry does
        not watch, history never stored, a total that is not the list's) reads on as before, so
        the check can only save pages where it agrees. Not trusted where one walk may be split
        between workers (distributed) or on the listing's full-sweep night, once in
        :data:`FULL_SWEEP_EVERY` (a stable hash of source and listing): a removal hidden by a late
        insertion on the same night, or by a total that lags the list, is still recorded within a
        week.
        """
        if listing.total is None or self.distributed or self.backfill:
            return False
        slot = zlib.crc32(f"{self.source_key}:{lst.key}".encode()) % FULL_SWEEP_EVERY
        if self.night.toordinal() % FULL_SWEEP_EVERY == slot:
            return False
        keys = {c.key for c in lst.channels}
        live = sum(
            1
            for d in self.known.values()
            if d.channel_key in keys
            and d.removed_at is None
            and d.item_key not in self._removed
            and (d.list_date is None or d.list_date <= self.night)
        )
        return listing.total == live + self._fresh[lst.key]

    def _sweeping(self, oldest: dt.date | None) -> bool:
        """Whether a nightly walk goes on past its incremental stop: while the page's ``oldest``
        dated item is younger than ``sweep_days``.

        Why: a notice taken down is seen as gone only by a walk that reaches where it was listed.
        Reading the list back ``sweep_days`` every night records each removal of a young notice the
        night it happens, at one request per page of 15–100 items instead of one per notice.
        """
        if self.backfill or self.sweep_days <= 0 or oldest is None:
            return False
        return oldest >= self.night - dt.timedelta(days=self.sweep_days)
