"""Scaling out: several crawler processes (or machines) sharing one night's crawl through Redis.

Why scrapy-redis: its scheduler keeps the request queue in Redis (one queue per spider and night),
so any worker may take the next request, and its dupefilter is shared, so a detail page listed by
two workers is fetched once. ``SCHEDULER_PERSIST`` keeps both after a worker stops: a killed crawl
started again for the same night resumes from the queue instead of starting over.

What the workers must also share, and this module provides: the item keys each channel's listing
showed this night (:class:`SeenSet`). Removal detection ("a complete walk no longer lists a known
item") would otherwise run on one worker's partial view and mark items removed that another worker
saw. Keys are namespaced by night and mode (``pubwatch:<night>:<mode>:…``) and expire after
``PUBWATCH_REDIS_TTL_DAYS`` so that tonight's dupefilter never hides tomorrow's pages.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import Any

REDIS_ENV = "PUBWATCH_REDIS_URL"
TTL_DAYS = 3


def redis_url_from(settings: Any = None) -> str:
    """The Redis URL of distributed mode: the ``PUBWATCH_REDIS_URL`` setting, else the env var, else ''."""
    value = settings.get("PUBWATCH_REDIS_URL") if settings is not None else None
    return str(value or os.environ.get(REDIS_ENV, "") or "").strip()


def namespace(night: dt.date | str, mode: str) -> str:
    """The Redis key prefix of one night's crawl (backfills get their own); ``PUBWATCH_REDIS_PREFIX``
    (default ``pubwatch``) separates installations or tests sharing one Redis."""
    return f"{os.environ.get('PUBWATCH_REDIS_PREFIX', 'pubwatch')}:{night}:{mode}"


def redis_settings(url: str, ns: str) -> dict[str, Any]:
    """Scrapy settings that switch the scheduler and dupefilter to scrapy-redis for one night
    (``ns`` from :func:`namespace`)."""
    return {
        "PUBWATCH_REDIS_URL": url,
        "PUBWATCH_REDIS_NAMESPACE": ns,
        "REDIS_URL": url,
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,  # a killed worker's queue survives; the next start resumes it
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.FifoQueue",
        "SCHEDULER_QUEUE_KEY": f"{ns}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{ns}:%(spider)s:dupefilter",
    }


def connect(url: str) -> Any:
    import redis

    return redis.Redis.from_url(url)


class SeenSet:
    """Item keys a channel's listing showed tonight: in memory, or in Redis shared by all workers."""

    def __init__(self, url: str = "", ns: str = "", source: str = "") -> None:
        self.local: dict[str, set[str]] = {}
        self.redis = connect(url) if url else None
        self.prefix = f"{ns}:{source}:seen:"

    def add(self, channel: str, item_key: str) -> None:
        if self.redis is None:
            self.local.setdefault(channel, set()).add(item_key)
            return
        key = self.prefix + channel
        pipe = self.redis.pipeline()
        pipe.sadd(key, item_key)
        pipe.expire(key, TTL_DAYS * 86400)
        pipe.execute()

    def get(self, channel: str) -> set[str]:
        if self.redis is None:
            return self.local.get(channel, set())
        return {m.decode() for m in self.redis.smembers(self.prefix + channel)}


def expire_namespace(url: str, ns: str, days: int = TTL_DAYS) -> int:
    """Give every key of a night's crawl an expiry (queue and dupefilter persist until then).

    Politeness slots (``<ns>:slot:…``, crawler/sharedslot.py) are skipped: each expires one delay
    after it was taken, and a days-long expiry would hold its host for days for the other workers
    still crawling."""
    r = connect(url)
    keys: Iterable[bytes] = r.scan_iter(match=f"{ns}:*", count=500)
    slots = f"{ns}:slot:".encode()
    n = 0
    for key in keys:
        if key.startswith(slots):
            continue
        r.expire(key, days * 86400)
        n += 1
    return n
