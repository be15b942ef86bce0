"""Leaf spiders, one per registry entry, generated from ``crawler/sources.toml``.

Why generated: a new source of a known family must be one registry entry, not a new file. Each
class is named after its key (``zfcg`` → ``ZfcgSpider``), takes its base spider from the family,
and carries the entry's politeness as ``custom_settings`` (``-s`` on the command line still wins,
which is how tests crawl the local replica without delays). ``scrapy list`` lists them all.
"""

from __future__ import annotations

from typing import Any

from scrapy.settings import SETTINGS_PRIORITIES

from crawler.distributed import redis_url_from
from crawler.families import FAMILY_CLASSES, SourceSpider
from crawler.sources import Source, registry


def class_name(key: str) -> str:
    """``qz_hanweb`` → ``QzHanwebSpider``."""
    return "".join(part.capitalize() for part in key.split("_")) + "Spider"


def custom_settings(source: Source) -> dict[str, Any]:
    """Per-source politeness from the registry."""
    return {
        "DOWNLOAD_DELAY": source.download_delay,
        "CONCURRENT_REQUESTS_PER_DOMAIN": source.concurrency,
        "ROBOTSTXT_OBEY": source.obey_robots,
        "AUTOTHROTTLE_START_DELAY": max(source.download_delay, 0.5),
        **FAMILY_CLASSES[source.family].family_settings(),
    }


def _update_settings(cls: type[SourceSpider], settings: Any) -> None:
    """The registry's politeness, kept per host across all the workers of a distributed crawl.

    Why: in distributed mode every worker runs its own downloader, so each would keep the registry's
    ``download_delay`` to the host on its own and N workers would hit it N times as often.

    - Distributed mode (a Redis URL) with ``PUBWATCH_SHARED_SLOT`` (default on): the delay becomes
      ``PUBWATCH_SLOT_DELAY``, kept by one slot per source and host in Redis that every worker takes
      before a request (crawler/sharedslot.py), and the worker's own ``DOWNLOAD_DELAY`` is 0 — with
      both, each request would wait twice (once for the shared slot, once more, by jitter, for the
      local one). ``PUBWATCH_WORKERS`` is then not needed and ignored (still accepted).
    - Otherwise (slot off, or the older deployments' setting without Redis): with
      ``PUBWATCH_WORKERS=N`` each worker waits N times the delay, so together they keep the
      registry's rate, at the cost of N times slower list walks (a chain of pages).

    ``PUBWATCH_DELAY_SCALE`` shrinks every delay alike (benches against the local replica run
    production politeness in compressed time). A ``-s DOWNLOAD_DELAY`` still wins (and is then the
    shared slot's delay too: ``-s DOWNLOAD_DELAY=0`` turns politeness off for tests).
    """
    SourceSpider.update_settings.__func__(cls, settings)  # type: ignore[attr-defined]
    workers = max(1, settings.getint("PUBWATCH_WORKERS", 1))
    scale = settings.getfloat("PUBWATCH_DELAY_SCALE", 1.0)
    own = (settings.getpriority("DOWNLOAD_DELAY") or 0) <= SETTINGS_PRIORITIES["spider"]
    if redis_url_from(settings) and settings.getbool("PUBWATCH_SHARED_SLOT", True):
        delay = (
            float(cls.custom_settings["DOWNLOAD_DELAY"]) * scale
            if own
            else settings.getfloat("DOWNLOAD_DELAY")
        )
        settings.set("PUBWATCH_SLOT_DELAY", delay, priority="spider")
        if own:
            settings.set("DOWNLOAD_DELAY", 0.0, priority="spider")
            settings.set("AUTOTHROTTLE_START_DELAY", max(delay, 0.01), priority="spider")
        return
    if (workers != 1 or scale != 1.0) and own:
        delay = float(cls.custom_settings["DOWNLOAD_DELAY"]) * workers * scale
        settings.set("DOWNLOAD_DELAY", delay, priority="spider")
        settings.set("AUTOTHROTTLE_START_DELAY", max(delay, 0.01), priority="spider")


def make_spider(source: Source) -> type[SourceSpider]:
    """The leaf spider class of one registry entry."""
    base = FAMILY_CLASSES[source.family]
    doc = f"{source.name} ({source.key}): {source.era or source.family}; base URL {source.base_url}."
    return type(
        class_name(source.key),
        (base,),
        {
            "__module__": __name__,
            "__doc__": doc,
            "name": source.key,
            "source_key": source.key,
            "custom_settings": custom_settings(source),
            "update_settings": classmethod(_update_settings),
        },
    )


SPIDERS: dict[str, type[SourceSpider]] = {}
for _source in registry().values():
    _cls = make_spider(_source)
    SPIDERS[_source.key] = _cls
    globals()[_cls.__name__] = _cls
del _source, _cls  # a loop variable left in the module would be found twice by the spider loader
