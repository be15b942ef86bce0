"""robots.txt at most once per host and crawl night, shared through the database.

Why: Scrapy's ``RobotsTxtMiddleware`` keeps parsed robots.txt per crawler object, so every spider
of a night, every re-run of it and every distributed worker asks the host again. Here the answer is
stored (``storage.models.RobotsCache``) with the night and time it was fetched; another spider,
process or machine crawling the same night within ``PUBWATCH_ROBOTS_TTL_HOURS`` (24) parses the
stored body instead of sending a request. A new night asks again, so a changed robots.txt is obeyed
from the next night on. Without a database (``PUBWATCH_STORE=0``) it behaves like Scrapy's.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request, Response
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.misc import build_from_crawler

from crawler import settings as defaults
from storage import evidence
from storage.models import utcnow

logger = logging.getLogger(__name__)


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """``RobotsTxtMiddleware`` with a per-night cache in the crawl database."""

    async def robot_parser(self, request: Request) -> Any:
        url = urlparse_cached(request)
        netloc = url.netloc
        if netloc not in self._parsers:
            cached = self._cached(f"{url.scheme}://{netloc}")
            if cached is not None:
                rp = build_from_crawler(self._parserimpl, self.crawler, cached)
                self._parsers[netloc] = rp
                self._stats.inc_value("robotstxt/cache_hit")
                return rp
        return await super().robot_parser(request)

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        await super()._parse_robots(response, netloc, request)
        engine, night = self._store()
        if engine is None or night is None or response.status >= 500:
            return  # a server error is not an answer to keep (Scrapy allows all for this run)
        url = urlparse_cached(request)
        try:
            evidence.put_robots(
                engine, f"{url.scheme}://{netloc}", night, response.status, response.body[:512_000]
            )
        except Exception:  # the cache is an economy; the crawl goes on without it
            logger.exception("could not store robots.txt of %s", netloc)

    def _store(self) -> tuple[Any, dt.date | None]:
        spider = self.crawler.spider
        store = getattr(spider, "store", None)
        return (getattr(store, "engine", None), getattr(spider, "night", None))

    def _cached(self, host: str) -> bytes | None:
        engine, night = self._store()
        if engine is None or night is None:
            return None
        ttl = dt.timedelta(
            hours=self.crawler.settings.getfloat(
                "PUBWATCH_ROBOTS_TTL_HOURS", defaults.PUBWATCH_ROBOTS_TTL_HOURS
            )
        )
        try:
            row = evidence.get_robots(engine, host)
        except Exception:
            logger.exception("could not read the robots.txt cache of %s", host)
            return None
        if row is None or row[0] != night or utcnow() - row[1] > ttl:
            return None
        return row[2]
