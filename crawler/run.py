"""The nightly crawl: ``python -m crawler.run --night YYYY-MM-DD [--sources a,b] [--since D --until D]``.

Runs the chosen spiders (default: every registry source) in one process, records one CrawlRun with
its CrawlHealth rows, and prints one JSON line:
``{"run_id": …, "night": …, "sources": {key: {"requests", "pages", "new", "changed", "removed",
"complete", "errors"}}}``. The exit code is 0 when the run finished, even if some sources were
incomplete (that is reported in the line and in crawl_health, not a crash); bad arguments exit 2
with a message naming the problem. With ``PUBWATCH_REDIS_URL`` (env or ``-s``) the run is one worker
of a distributed crawl (``crawler.distributed``): start the same command on several machines.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from vocabulary.dates import parse_iso_date

if TYPE_CHECKING:
    from scrapy.settings import Settings

# Scrapy, SQLAlchemy, the registry and the extractors are imported where they are used, not here:
# a cold ``python -m crawler.run`` with a bad argument then says so before ~1.8 s of CPU of imports
# (a warm child has them preloaded, ``pubwatch.warmchild``); what runs and what is said is the same.


class ArgumentError(ValueError):
    """A command-line argument is wrong."""


class StorageFailed(RuntimeError):
    """The database or disk failed so that this night's health could not be recorded."""


def _day(value: str | None, name: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_iso_date(value)
    except ValueError:
        raise ArgumentError(f"--{name} {value!r} is not a date YYYY-MM-DD") from None


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m crawler.run", description="Run pubwatch's crawl for one night."
    )
    parser.add_argument("--night", help="the crawl night YYYY-MM-DD (default: today in Asia/Shanghai)")
    parser.add_argument("--sources", help="comma-separated source keys (default: all)")
    parser.add_argument("--since", help="back-fill from this publish date (needs --until or uses the night)")
    parser.add_argument("--until", help="back-fill up to this publish date")
    parser.add_argument(
        "--db-url",
        help="database URL (default: PUBWATCH_DB_URL, then sqlite:///var/pubwatch.db); "
        "a URL with a password belongs in PUBWATCH_DB_URL, not on the command line",
    )
    parser.add_argument("--no-store", action="store_true", help="do not write to the database")
    parser.add_argument(
        "-s",
        "--set",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="extra Scrapy setting (repeatable), e.g. -s DOWNLOAD_DELAY=0",
    )
    return parser.parse_args(argv)


def choose_sources(spec: str | None) -> list[str]:
    """The source keys to crawl; an unknown key is an ArgumentError listing the known ones."""
    from crawler.sources import registry

    known = list(registry())
    if not spec:
        return known
    wanted = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [s for s in wanted if s not in known]
    if unknown:
        raise ArgumentError(f"unknown source(s) {', '.join(unknown)}; known sources: {', '.join(known)}")
    return wanted


def build_settings(args: argparse.Namespace, run_id: int | None) -> Settings:
    from scrapy.utils.project import get_project_settings

    settings = get_project_settings()
    if args.db_url:
        settings.set("PUBWATCH_DB_URL", args.db_url, priority="cmdline")
    settings.set("PUBWATCH_STORE", not args.no_store, priority="cmdline")
    if run_id is not None:
        settings.set("PUBWATCH_RUN_ID", run_id, priority="cmdline")
    for item in args.set:
        name, sep, value = item.partition("=")
        if not sep or not name:
            raise ArgumentError(f"-s expects NAME=VALUE, got {item!r}")
        settings.set(name.strip(), value, priority="cmdline")
    return settings


def run(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the crawl and return the summary (also printed by :func:`main`)."""
    from crawler.logsafe import install as install_log_safety

    install_log_safety()  # before anything logs scraped text (also installed by the extension)
    args = parse_args(argv)
    from vocabulary.dates import today_shanghai

    night = _day(args.night, "night") or today_shanghai()
    since, until = _day(args.since, "since"), _day(args.until, "until")
    if until and not since:
        raise ArgumentError("--until needs --since")
    if since and not until:
        until = night
    if since and until and since > until:
        raise ArgumentError(f"--since {since} is after --until {until}")
    keys = choose_sources(args.sources)
    from scrapy.crawler import CrawlerProcess
    from sqlalchemy.exc import SQLAlchemyError

    from crawler.crawl_db import engine_for
    from crawler.distributed import expire_namespace, namespace, redis_settings, redis_url_from
    from crawler.pipelines import storage_error_text
    from storage import evidence

    mode = "backfill" if since else "nightly"
    engine = None
    run_id = None
    if not args.no_store:
        engine = engine_for(args.db_url)
        run_id = evidence.start_run(engine, night, mode, keys)
    settings = build_settings(args, run_id)
    redis_url = redis_url_from(settings)
    ns = namespace(night, mode if not since else f"{mode}-{since}-{until}")
    if redis_url:
        settings.setdict(redis_settings(redis_url, ns), priority="cmdline")
    process = CrawlerProcess(settings)
    crawlers = {}
    for key in keys:
        kwargs: dict[str, str] = {"night": night.isoformat()}
        if since and until:
            kwargs.update(since=since.isoformat(), until=until.isoformat())
        crawler = process.create_crawler(key)
        crawlers[key] = crawler
        process.crawl(crawler, **kwargs)
    process.start()
    if redis_url:
        expire_namespace(redis_url, ns)
    sources: dict[str, Any] = {}
    for key, crawler in crawlers.items():
        stats = crawler.stats.get_stats() if crawler.stats else {}
        health = stats.get("pubwatch/health")
        if health is None:  # the spider never opened (e.g. it failed to start)
            health = {
                "requests": 0,
                "pages": 0,
                "new": 0,
                "changed": 0,
                "removed": 0,
                "complete": False,
                "errors": {"other": 1},
                "finish_reason": "not_started",
            }
        sources[key] = {
            k: health.get(k)
            for k in (
                "requests",
                "pages",
                "listed",
                "new",
                "changed",
                "unchanged",
                "removed",
                "complete",
                "errors",
                "by_kind",
            )
        }
    summary = {"run_id": run_id, "night": night.isoformat(), "mode": mode, "sources": sources}
    unsaved = {key: c.stats.get_value("pubwatch/health_unsaved") for key, c in crawlers.items() if c.stats}
    unsaved = {k: v for k, v in unsaved.items() if v}
    if unsaved:
        summary["health_unsaved"] = unsaved
    if engine is not None and run_id is not None:
        complete = all(s["complete"] for s in sources.values()) and not unsaved
        try:
            evidence.finish_run(engine, run_id, "complete" if complete else "incomplete", summary)
        except (OSError, SQLAlchemyError) as exc:
            unsaved.setdefault("(run)", storage_error_text(exc))
    if unsaved:
        # The monitor reads crawl_health to know which nights were read; without it a failed night
        # would look like a quiet one. So the run fails, and the nightly stops before its checks.
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
        first = next(iter(unsaved.items()))
        raise StorageFailed(f"crawl health not saved for {', '.join(unsaved)} ({first[1]})")
    return summary


def _failure(exc: Exception) -> tuple[int, str] | None:
    """The exit code and message of a failure :func:`main` reports in one line (``None``: a crash).

    Why isinstance, not ``except`` clauses: the classes live in modules this one imports lazily."""
    if isinstance(exc, ArgumentError):  # before any import: a bad argument is said at once
        return 2, str(exc)
    from crawler.sources import RegistryError
    from storage.db import DatabaseError

    if isinstance(exc, (RegistryError, DatabaseError)):
        return 2, str(exc)
    if isinstance(exc, StorageFailed):
        return 3, f"存储失败 (storage failed): {exc}"
    from sqlalchemy.exc import SQLAlchemyError

    if isinstance(exc, (OSError, SQLAlchemyError)):  # database lost or disk full outside the spiders
        from crawler.pipelines import storage_error_text

        return 3, f"存储失败 (storage failed): {storage_error_text(exc)}"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    try:
        summary = run(argv)
    except Exception as exc:
        said = _failure(exc)
        if said is None:
            raise
        print(f"crawler.run: error: {said[1]}", file=sys.stderr)
        return said[0]
    sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    sys.exit(main())
