"""One politeness slot per source and host shared by every worker of a distributed crawl (Redis).

Why: a list walk is a chain (page n+1 is known only after page n), so with ``PUBWATCH_WORKERS=N``
each worker waiting N × the registry delay made every link of the chain N times slower and more
workers made the night slower (docs/crawler.md "Measured scale-out"). Instead, before each request
to a host a worker takes that host's slot in Redis: ``SET key NX PX delay``. The key exists for
exactly one delay after the last request by ANY worker, so a request waits until the registry's
delay (not N × it) has passed, whichever worker sent the previous one.

- Clock: the slot is the key's expiry, kept by the Redis server, so the workers' clocks (which
  differ between machines) play no part. A stuck key cannot exist: a slot expires by itself after
  one delay, so a worker killed just after taking it blocks the host for at most that delay.
- Waiting is an ``asyncio.sleep`` (the project runs the asyncio reactor), never a blocking call.
- Jitter: the worker's own ``DOWNLOAD_DELAY`` is 0 in this mode (spiders/__init__.py) to avoid
  waiting twice, so the slot applies ``DOWNLOAD_DELAY_JITTER`` itself (±50 %: no fixed beat).
- Every request that reaches the downloader takes a slot: list and detail pages, robots.txt (the
  robots middleware downloads through the same chain) and retries (rescheduled requests pass again).
- Slots are per source and host, as a worker's own downloader slots were: two sources on one host
  keep their own delays, as they did in one process.
- Redis unreachable: the request waits the delay locally (this worker alone stays polite) and goes.
"""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any

from scrapy import Request, signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.httpobj import urlparse_cached

from crawler.distributed import redis_url_from

logger = logging.getLogger(__name__)

# Take the slot if free (NX) for ARGV[2] ms; else return the ms it is still held. A key held longer
# than any slot may be (ARGV[3] ms: a key written without expiry, or given a long one by something
# else — crawler.run's expire_namespace did exactly that to a slot once) is cut back to one slot, so
# nothing can hold a host for more than one delay.
_TAKE = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return 0 end
local left = redis.call('PTTL', KEYS[1])
if left == -1 or left > tonumber(ARGV[3]) then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return tonumber(ARGV[2])
end
if left < 1 then return 1 end
return left
"""

MAX_SLOT_S = 60.0 * 1.5  # the registry caps download_delay at 60 s; jitter adds ≤ 50 %


class SharedSlot:
    """The Redis side, usable without Scrapy (tests drive two of them as two workers)."""

    def __init__(self, url: str, ns: str, jitter: float = 0.0, owner: str = "") -> None:
        import redis.asyncio

        self.redis = redis.asyncio.Redis.from_url(url)
        self.prefix = f"{ns}:slot:"
        self.jitter = max(0.0, min(jitter, 0.5))
        self.owner = owner or "worker"
        self._script: Any = self.redis.register_script(_TAKE)

    def key(self, source: str, netloc: str) -> str:
        return f"{self.prefix}{source}:{netloc}"

    def hold_ms(self, delay: float) -> int:
        """How long this request holds the host: the delay with jitter, at least 1 ms."""
        held = delay * (1 + random.uniform(-self.jitter, self.jitter))
        return max(1, int(min(held, MAX_SLOT_S) * 1000))

    async def take(self, source: str, netloc: str, delay: float) -> float:
        """Wait until the host's slot is free, take it for ``delay`` s; the seconds waited."""
        if delay <= 0:
            return 0.0
        key = self.key(source, netloc)
        loop = asyncio.get_running_loop()
        start = loop.time()
        while True:
            hold = self.hold_ms(delay)
            most = int(max(hold, delay * (1 + self.jitter) * 1000)) + 1
            left_ms = int(await self._script(keys=[key], args=[self.owner, hold, most]))
            if left_ms <= 0:
                return loop.time() - start
            await asyncio.sleep(min(left_ms, most) / 1000)  # never more than one slot per look

    async def close(self) -> None:
        await self.redis.aclose()


def _jitter(settings: Any) -> float:
    """Scrapy's rule: ``DOWNLOAD_DELAY_JITTER``, unless the deprecated ``RANDOMIZE_DOWNLOAD_DELAY`` was
    set at a higher priority (then ±50 % or none), so ``-s RANDOMIZE_DOWNLOAD_DELAY=0`` still works."""
    randomize = settings.getpriority("RANDOMIZE_DOWNLOAD_DELAY") or 0
    if randomize > (settings.getpriority("DOWNLOAD_DELAY_JITTER") or 0):
        return 0.5 if settings.getbool("RANDOMIZE_DOWNLOAD_DELAY") else 0.0
    return settings.getfloat("DOWNLOAD_DELAY_JITTER", 0.5)


class SharedSlotMiddleware:
    """Downloader middleware: each request first takes its host's shared slot (distributed mode only).

    ``PUBWATCH_SLOT_DELAY`` (seconds, set per spider by spiders/__init__.py from the registry) is the
    delay; 0 or no Redis URL disables it (``NotConfigured``); ``PUBWATCH_SHARED_SLOT=0`` turns it off
    and restores the older N × delay sharing.
    """

    def __init__(self, slot: SharedSlot, delay: float, source: str) -> None:
        self.slot = slot
        self.delay = delay
        self.source = source
        self.stats: Any = None  # the crawler's stats: slot requests and seconds waited

    @classmethod
    def from_crawler(cls, crawler: Any) -> SharedSlotMiddleware:
        settings = crawler.settings
        url = redis_url_from(settings)
        ns = settings.get("PUBWATCH_REDIS_NAMESPACE")
        delay = settings.getfloat("PUBWATCH_SLOT_DELAY", 0.0)
        if not url or not ns or not settings.getbool("PUBWATCH_SHARED_SLOT", True) or delay <= 0:
            raise NotConfigured("shared politeness slot: distributed mode off or no delay")
        jitter = _jitter(settings)
        source = getattr(crawler.spidercls, "name", "") or "spider"
        mw = cls(SharedSlot(url, ns, jitter=jitter, owner=f"{source}@{id(crawler):x}"), delay, source)
        mw.stats = crawler.stats
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        return mw

    async def spider_closed(self) -> None:
        await self.slot.close()

    async def process_request(self, request: Request) -> None:
        netloc = urlparse_cached(request).netloc
        try:
            waited = await self.slot.take(self.source, netloc, self.delay)
        except Exception as exc:  # Redis down: stay polite on our own, do not fail the request
            logger.warning("shared slot unavailable (%s); waiting %.2f s locally", exc, self.delay)
            await asyncio.sleep(self.delay)
            waited = self.delay
        if self.stats is not None:
            self.stats.inc_value("pubwatch/slot_requests")
            self.stats.inc_value("pubwatch/slot_wait_s", round(waited, 3))
