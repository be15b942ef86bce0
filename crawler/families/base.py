"""The base of every platform family: channels, paging, incremental decisions, removals, health.

How to write a family (one module in ``crawler/families/``):

1. Subclass :class:`SourceSpider` and set ``family`` to the registry's family name.
2. Implement :meth:`SourceSpider.list_request` (page ``n`` of a channel, 1-based) and
   :meth:`SourceSpider.parse_list` (a response → :class:`ListPage` of :class:`Entry`; newest first).
3. Override :meth:`SourceSpider.detail_request` when a detail is not a plain GET of ``entry.url``,
   and :meth:`SourceSpider.detail_fingerprint` when the page carries volatile bytes (hash only
   the notice content so that a read counter is not a "silent edit").
4. Raise :class:`crawler.detect.BadPage` for anything that is not the expected answer. Never
   return an empty list for a page you could not read.

Spider arguments (validated once, errors name the argument): ``night=YYYY-MM-DD`` (default today
in Asia/Shanghai), ``since``/``until`` (back-fill a publish-date range), ``channels=a,b``.

Incremental rules (``docs/crawler.md``): a channel is walked newest first; once a walk has been
complete, later walks stop at the first page holding an item already stored and older than the last
complete walk minus ``overlap_days``. Unknown items are fetched; known items are fetched again when
:class:`crawler.recheck.RecheckPolicy` says they are due (open notices nightly until their deadline,
others weekly while young; changed bytes → new version, 404 → removed): through their list entry when
tonight's walk shows them, directly otherwise (older than the walked window at the start, any other
due item once the walks are over). A complete walk that no longer lists a known item marks it removed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler.detect import BadPage, classify_html, classify_json
from crawler.distributed import SeenSet, redis_url_from
from crawler.errors import classify_failure
from crawler.health import HealthTracker
from crawler.items import NoticeItem
from crawler.offsite import link_verdict, safe_url
from crawler.parselimits import html_limit_hit
from crawler.recheck import LearnedSchedule, RecheckPolicy, learn
from crawler.registry import Channel, RegistryError, Source, registry
from crawler.store import CrawlStore
from storage.evidence import KnownDocument
from storage.models import utcnow
from vocabulary.dates import parse_iso_date, today_shanghai  # the one clock and parser

logger = logging.getLogger(__name__)


class SpiderArgumentError(ValueError):
    """A spider argument is wrong; the message names it."""


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


def parse_day(value: str | None, name: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` spider argument, or None; errors name the argument."""
    if value in (None, ""):
        return None
    try:
        return parse_iso_date(str(value))
    except ValueError:
        raise SpiderArgumentError(f"spider argument {name}={value!r} is not a date YYYY-MM-DD") from None


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


def rebase(url: str, base_url: str) -> str:
    """``url`` moved onto ``base_url``'s scheme and host (stored URLs survive a changed base)."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    return urljoin(base_url.rstrip("/") + "/", path.lstrip("/"))


class SourceSpider(scrapy.Spider):
    """Base spider of one registry source (leaf classes are generated in ``spiders/``)."""

    # SourceSpider
    source_key: ClassVar[str] = ""
    family: ClassVar[str] = ""
    detail_statuses: ClassVar[list[int]] = [404, 410]
    #: an empty list is checked against at most this many live items (see ``_probe_empty``)
    EMPTY_PROBE_LIMIT: ClassVar[int] = 5

    def __init__(
        self,
        night: str | None = None,
        since: str | None = None,
        until: str | None = None,
        channels: str | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        try:
            self.source: Source = registry()[self.source_key]
        except (KeyError, RegistryError) as exc:
            raise SpiderArgumentError(f"source {self.source_key!r} is not usable: {exc}") from exc
        self.night = parse_day(night, "night") or today_shanghai()
        self.since = parse_day(since, "since")
        self.until = parse_day(until, "until")
        if self.since and self.until and self.since > self.until:
            raise SpiderArgumentError(f"since={self.since} is after until={self.until}")
        if self.until and not self.since:
            raise SpiderArgumentError("until= needs since= (a back-fill range)")
        self.backfill = self.since is not None
        wanted = [c.strip() for c in (channels or "").split(",") if c.strip()]
        known = {c.key for c in self.source.channels}
        unknown = [c for c in wanted if c not in known]
        if unknown:
            raise SpiderArgumentError(
                f"source {self.source_key!r} has no channel(s) {unknown}; known: {', '.join(sorted(known))}"
            )
        self.channel_list: list[Channel] = [c for c in self.source.channels if not wanted or c.key in wanted]
        self.health = HealthTracker(self.source_key, [c.key for c in self.channel_list])
        self.health.evidence = {c.key: c.evidence for c in self.channel_list}
        self.base_url = self.source.base_url.rstrip("/")
        self.store: CrawlStore | None = None
        self.known: dict[str, KnownDocument] = {}
        self.fetch_known = False  # an exporting run fetches stored notices too (PUBWATCH_FETCH_KNOWN)
        self.complete_nights: dict[str, dt.date | None] = {}
        self._scheduled: set[str] = set()
        self._removed: set[str] = set()  # item keys reported removed tonight (not to be re-checked)
        self._probes: set[str] = set()  # live items fetched to confirm an empty list
        self._answered: dict[str, int] = {}  # item key -> HTTP status of its detail tonight
        self._leftovers_done = False
        self._seen = SeenSet()
        self.distributed = False  # scrapy-redis scheduler: requests go through the shared dupefilter
        self._signatures: dict[str, set[tuple[str, ...]]] = {}
        self.next_urls: dict[str, str] = {}  # families that follow a "next page" link keep it here
        self.overlap_days = 3
        self.sweep_days = 60
        self.policy = RecheckPolicy()
        self.learned = True  # PUBWATCH_RECHECK_SCHEDULE: learned (default) or fixed
        self.schedule: LearnedSchedule | None = None
        self.max_pages = 200
        self.listings: dict[str, Listing] = {lst.key: lst for lst in self.make_listings()}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.overlap_days = s.getint("PUBWATCH_OVERLAP_DAYS", 3)
        spider.sweep_days = s.getint("PUBWATCH_SWEEP_DAYS", 60)
        spider.policy = RecheckPolicy.from_settings(s)
        spider.learned = s.get("PUBWATCH_RECHECK_SCHEDULE", "learned") != "fixed"
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        spider.max_pages = s.getint("PUBWATCH_MAX_PAGES_PER_CHANNEL", 200)
        fetch_known = s.get("PUBWATCH_FETCH_KNOWN")
        spider.fetch_known = (
            bool(s.getdict("FEEDS")) if fetch_known is None else s.getbool("PUBWATCH_FETCH_KNOWN")
        )
        redis_url = redis_url_from(s) if s.get("SCHEDULER", "").startswith("scrapy_redis") else ""
        if redis_url:
            spider.distributed = True
            spider._seen = SeenSet(redis_url, s.get("PUBWATCH_REDIS_NAMESPACE", ""), spider.source_key)
        if s.getbool("PUBWATCH_STORE", True):
            run_id = s.get("PUBWATCH_RUN_ID")
            spider.store = CrawlStore(
                s.get("PUBWATCH_DB_URL"),
                spider.night,
                run_id=int(run_id) if run_id else None,
                mode="backfill" if spider.backfill else "nightly",
                source_key=spider.source_key,
            )
        return spider

    # -- to be provided by a family ------------------------------------------------------------
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

    @classmethod
    def family_settings(cls) -> dict[str, Any]:
        """Settings every spider of the family needs (e.g. the Playwright download handler)."""
        return {}

    def list_request(self, channel: Channel, page: int) -> Request:
        raise NotImplementedError

    def parse_list(self, response: Response, channel: Channel, page: int) -> ListPage:
        raise NotImplementedError

    def detail_request(self, url: str, item_key: str, channel: Channel) -> Request:
        """The request for a detail page (default: GET ``url``)."""
        return Request(url)

    def detail_fingerprint(self, response: Response) -> bytes:
        """The bytes whose sha256 decides "changed" (default: the whole body)."""
        return response.body

    def check_detail(self, response: Response) -> None:
        """Raise BadPage if a 200 detail response is not a notice (default: the generic guards)."""
        self.guard(response)

    # -- helpers for families ----------------------------------------------------------------------
    def url(self, path: str) -> str:
        return urljoin(self.base_url + "/", path.lstrip("/")) if not path.startswith("http") else path

    def guard(self, response: Response) -> Any:
        """Raise BadPage for bot checks, captchas, throttling, maintenance and risk codes.

        Returns the parsed JSON for JSON answers (so families parse once), else None.
        """
        if not isinstance(response, TextResponse):
            return None
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1").lower()
        text = response.text
        if "json" in ctype or text[:1] in ("{", "["):
            try:
                obj = json.loads(text)
            except ValueError as exc:
                kind = classify_html(text)
                raise BadPage(kind or "parse_error", f"not JSON: {exc}") from None
            kind = classify_json(obj)
            if kind:
                raise BadPage(kind, str(obj)[:200])
            return obj
        kind = classify_html(text)
        if kind:
            raise BadPage(kind, response.url)
        return None

    # -- start -------------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        if self.store is not None:
            self.store.sync_source(self.source)
            self.known = self.store.known()
            self.complete_nights = self.store.channel_state()
            if self.learned:
                stats = learn(self.store.change_observations(), self.policy, self.night)
                self.schedule = LearnedSchedule(self.policy, stats, self.source_key)
        for req in self._db_rechecks():
            yield req
        for lst in self.listings.values():
            yield self._list(lst, 1)

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

    # -- lists -------------------------------------------------------------------------------------
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
                expecting = {c.key for c in lst.channels if c.expect_items}
                live = [
                    d
                    for d in self.known.values()
                    if d.channel_key in expecting
                    and d.removed_at is None
                    and d.item_key not in self._removed
                    and (listing.floor is None or (d.list_date is not None and d.list_date > listing.floor))
                ]
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
            if known is not None and cutoff is not None and entry.date is not None and entry.date < cutoff:
                stop = True
            if known is None or known.removed_at is not None or self.fetch_known or self._due(known, channel):
                req = self._detail(entry, channel, listed=True)
                if req is not None:
                    yield req
        dates = [e.date for e in entries if e.date]
        if listing.has_next and (not stop or self._sweeping(min(dates, default=None))):
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

    # -- details -----------------------------------------------------------------------------------
    def _detail(self, entry: Entry, channel: Channel, *, listed: bool) -> Request | None:
        if entry.item_key in self._scheduled:
            return None
        self._scheduled.add(entry.item_key)
        req = self.detail_request(entry.url, entry.item_key, channel)
        req = self._conditional(req, self.known.get(entry.item_key))
        meta = {
            **req.meta,
            "pw_kind": "detail",
            "pw_channel": channel.key,
            "handle_httpstatus_list": [*self.detail_statuses, 304],
        }
        return req.replace(
            callback=self._on_detail,
            errback=self._on_error,
            meta=meta,
            dont_filter=not self.distributed,
            cb_kwargs={"entry": entry, "channel_key": channel.key, "listed": listed},
        )

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
            night=self.night.isoformat(),
            fetched_at=utcnow().isoformat(),
            change="removed",
            removed_reason=reason,
            listed=False,
            list_date=doc.list_date.isoformat() if doc.list_date else None,
        )

    def _on_detail(self, response: Response, entry: Entry, channel_key: str, listed: bool) -> Iterable[Any]:
        channel = self.source.channel(channel_key)
        known = self.known.get(entry.item_key)
        self._probe_answered(entry.item_key, channel_key, response.status)
        if response.status == 304:
            if known is None or known.removed_at is not None:  # not asked conditionally: a broken answer
                self.health.error(channel_key, "http_4xx", f"detail {entry.item_key}: unexpected 304")
                return
            yield NoticeItem(
                source=self.source_key,
                channel=channel_key,
                item_key=entry.item_key,
                url=known.url,
                night=self.night.isoformat(),
                fetched_at=utcnow().isoformat(),
                change="not_modified",
                http_status=304,
                listed=listed,
                list_date=known.list_date.isoformat() if known.list_date else None,
            )
            return
        if response.status in self.detail_statuses:
            if known is not None:
                if known.removed_at is None:
                    yield self._removal(known, channel, f"http_{response.status}")
            else:
                self.health.error(
                    channel_key, "http_404", f"listed item {entry.item_key} answers {response.status}"
                )
            return
        try:
            self.check_detail(response)
            fingerprint = self.detail_fingerprint(response)
        except BadPage as exc:
            if exc.kind == "outside_region":  # a national list's notice of another region: not ours
                self.health.ch(channel_key).notes.append(
                    f"{entry.item_key}: 行政区域 {exc.detail[:40]} skipped"[:300]
                )
                return
            self.health.error(channel_key, exc.kind, f"detail {entry.item_key}: {exc.detail}")
            return
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            self.health.error(channel_key, "parse_error", f"detail {entry.item_key}: {exc!r}")
            return
        sha = hashlib.sha256(fingerprint).hexdigest()
        if known is None:
            change = "new"
        elif known.sha256 != sha or known.removed_at is not None:
            change = "changed"
        else:
            change = "unchanged"
        list_day = entry.date or (known.list_date if known else None)
        headers = {
            k.decode("latin-1"): b", ".join(v).decode("latin-1")
            for k, v in response.headers.items()
            if k.lower() not in (b"set-cookie",)
        }
        yield NoticeItem(
            source=self.source_key,
            channel=channel_key,
            item_key=entry.item_key,
            url=response.url,
            night=self.night.isoformat(),
            fetched_at=utcnow().isoformat(),
            sha256=sha,
            http_status=response.status,
            body=response.body,
            headers=headers,
            list_title=entry.title,
            list_date=list_day.isoformat() if list_day else None,
            listed=listed,
            region=entry.region or self.source.channel_region(channel),
            hint_domain=channel.domain,
            hint_notice_type=channel.notice_type,
            hint_domains=self.source.channel_domains(channel),
            change=change,
        )

    def _on_error(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        kind, note = classify_failure(failure)
        text = f"{request.meta.get('pw_kind', '?')} {request.url}: {note}"
        lst = self.listings.get(request.meta.get("pw_listing", ""))
        if lst is not None:
            self._list_error(lst, kind, text)
        else:
            self.health.error(request.meta.get("pw_channel"), kind, text)
