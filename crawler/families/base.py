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

The spider's jobs live beside this module, one each, composed here as mixins:
``listing.py`` (the newest-first walks and the incremental stop), ``recheck_walk.py`` (stored notices
fetched again when due, removals judged) and ``emptied_probe.py`` (an empty list believed only when
its live items are gone too). This module keeps what they share: the spider's arguments and state,
the family hooks, the detail fetch and the error path. Incremental rules: ``docs/crawler.md``.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import Counter
from collections.abc import AsyncIterator, Iterable
from typing import Any, ClassVar
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.http import Request, Response, TextResponse
from twisted.python.failure import Failure

from crawler import settings as defaults
from crawler.crawl_db import CrawlStore
from crawler.detect import BadPage, classify_html, classify_json
from crawler.distributed import SeenSet, redis_url_from
from crawler.errors import classify_failure
from crawler.families.emptied_probe import EmptiedProbe
from crawler.families.listing import Entry, Listing, ListingWalk, ListPage, date_prefix
from crawler.families.recheck_walk import RecheckWalk, rebase
from crawler.health import HealthTracker
from crawler.items import NoticeItem
from crawler.recheck import LearnedSchedule, RecheckPolicy, learn, observe_open_periods
from crawler.sources import Channel, RegistryError, Source, registry
from storage.evidence import KnownDocument
from storage.models import utcnow
from vocabulary.dates import parse_iso_date, today_shanghai  # the one clock and parser

#: what families import from here (the data shapes live in ``listing.py``)
__all__ = [
    "Entry",
    "ListPage",
    "Listing",
    "SourceSpider",
    "SpiderArgumentError",
    "date_prefix",
    "parse_day",
    "rebase",
]


class SpiderArgumentError(ValueError):
    """A spider argument is wrong; the message names it."""


def parse_day(value: str | None, name: str) -> dt.date | None:
    """A ``YYYY-MM-DD`` spider argument, or None; errors name the argument."""
    if value in (None, ""):
        return None
    try:
        return parse_iso_date(str(value))
    except ValueError:
        raise SpiderArgumentError(f"spider argument {name}={value!r} is not a date YYYY-MM-DD") from None


class SourceSpider(ListingWalk, RecheckWalk, EmptiedProbe, scrapy.Spider):
    """Base spider of one registry source (leaf classes are generated in ``spiders/``)."""

    # SourceSpider
    source_key: ClassVar[str] = ""
    family: ClassVar[str] = ""
    detail_statuses: ClassVar[list[int]] = [404, 410]

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
        self._fresh: Counter[str] = Counter()  # per listing: rows of tonight's walk not stored live
        self.next_urls: dict[str, str] = {}  # families that follow a "next page" link keep it here
        # crawl defaults come from crawler/settings.py (the one place); from_crawler applies overrides
        self.overlap_days = defaults.PUBWATCH_OVERLAP_DAYS
        self.sweep_days = defaults.PUBWATCH_SWEEP_DAYS
        self.policy = RecheckPolicy()
        self.learned = defaults.PUBWATCH_RECHECK_SCHEDULE != "fixed"  # learned (default) or fixed
        self.schedule: LearnedSchedule | None = None
        self.max_pages = defaults.PUBWATCH_MAX_PAGES_PER_CHANNEL
        self.listings: dict[str, Listing] = {lst.key: lst for lst in self.make_listings()}

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> SourceSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        s = crawler.settings
        spider.overlap_days = s.getint("PUBWATCH_OVERLAP_DAYS", spider.overlap_days)
        spider.sweep_days = s.getint("PUBWATCH_SWEEP_DAYS", spider.sweep_days)
        spider.policy = RecheckPolicy.from_settings(s)
        spider.learned = s.get("PUBWATCH_RECHECK_SCHEDULE", defaults.PUBWATCH_RECHECK_SCHEDULE) != "fixed"
        crawler.signals.connect(spider._on_idle, signal=signals.spider_idle)
        spider.max_pages = s.getint("PUBWATCH_MAX_PAGES_PER_CHANNEL", spider.max_pages)
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
                observe_open_periods(stats, self.known.values(), self.policy, self.night, self.source_key)
                self.schedule = LearnedSchedule(self.policy, stats, self.source_key)
        for req in self._db_rechecks():
            yield req
        for lst in self.listings.values():
            yield self._list(lst, 1)

    # -- lists -------------------------------------------------------------------------------------
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
                night=self.night,
                fetched_at=utcnow().isoformat(),
                change="not_modified",
                http_status=304,
                listed=listed,
                list_date=known.list_date,
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
            night=self.night,
            fetched_at=utcnow().isoformat(),
            sha256=sha,
            http_status=response.status,
            body=response.body,
            headers=headers,
            list_title=entry.title,
            list_date=list_day,
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
