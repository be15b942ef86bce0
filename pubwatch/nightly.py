"""The nightly job: crawl → extract → store → check → alert e-mail → dashboard export.

Why one function: the CLI's ``pubwatch run``, the scheduler and the simulation harness all run the
same sequence, so a night behaves identically whether started by hand, by cron or in a test.
Extraction and storage happen inside the crawl (Scrapy item pipelines); this module sequences the
stages, holds the one-run-at-a-time lock, and reports what each stage did.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pubwatch.config import Config
from pubwatch.crawl_runner import REPLICA_SETTINGS, CrawlSummary, run_crawl
from storage.db import get_engine, init_db

Progress = Callable[[str], None]
log = logging.getLogger(__name__)


@dataclass
class NightResult:
    """What one night did, stage by stage (printed as the CLI's summary table)."""

    night: dt.date
    crawl: CrawlSummary
    checks: dict[str, Any] = field(default_factory=dict)
    alerts: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)


def run_night(
    config: Config,
    night: dt.date,
    *,
    site_urls: Mapping[str, str] | None = None,
    sources: Sequence[str] | None = None,
    dry_run_email: bool = False,
    send_email: bool = True,
    export_report: bool = True,
    progress: Progress | None = None,
    take_lock: bool = True,
) -> NightResult:
    """Run every stage for ``night`` under the run lock and return what each did.

    ``take_lock=False`` is for the scheduler, which already holds the lock around the job.
    """
    from contextlib import nullcontext

    from pubwatch.runlock import record_child, run_lock

    say = progress or (lambda _msg: None)
    engine = get_engine(config.db_url)
    init_db(engine)
    try:
        with run_lock(engine) if take_lock else nullcontext():
            say("抓取 crawl")
            crawl = run_crawl(
                night,
                db_url=config.db_url,
                sources=sources,
                site_urls=site_urls,
                settings=config.crawler_settings() | (REPLICA_SETTINGS if site_urls else {}),
                registry=config.registry_path,
                on_start=lambda pid: record_child(engine, pid),
            )
            result = NightResult(night=night, crawl=crawl)
            say("检查 check")
            # a night on the replica (site_urls) applies the replica's acceptances, a real night the real ones
            result.checks = run_checks(config, engine, night, scope="replica" if site_urls else "real")
            if send_email:
                say("邮件 e-mail")
                from alerts import send_digests

                result.alerts = send_digests(engine, config, night, dry_run=dry_run_email)
            if export_report:
                say("报表 report")
                from dashboards import export_report as export

                result.report = export(engine, Path(config.report_dir), jurisdiction=config.jurisdiction)
    finally:
        engine.dispose()
    return result


def run_checks(
    config: Config, engine: Any, night: dt.date, *, save: bool = True, scope: str = "real"
) -> dict[str, Any]:
    """Run the monitor's checks as of ``night`` (``save=False``: look only, no finding stored; the
    registry's source rows are written either way, being configuration the checks read).

    ``scope``: ``real`` for a crawl of the real sites, ``replica`` for one of the local replica. Under
    ``[monitor] field_findings = "accepted"`` only the sources with an acceptance of that scope in force may
    be accused of missing items (``pubwatch.acceptance``); the summary's ``field_sources`` names them. A
    record that cannot be read accepts no source (never accuse on a doubt) and is named in
    ``acceptance_error``: the night still runs."""
    from monitor import run_checks as monitor_checks
    from pubwatch.acceptance import AcceptanceError, field_sources
    from pubwatch.source_facts import publish_sources
    from storage.queries import new_findings_by_kind

    sources = publish_sources(engine, config.registry_path)  # the registry, as the monitor reads it
    problem = ""
    try:
        accepted = field_sources(config, scope)
    except AcceptanceError as exc:
        log.error("%s", exc)
        accepted, problem = frozenset(), str(exc)
    summary = monitor_checks(
        engine,
        night,
        jurisdiction=config.jurisdiction,
        save=save,
        sources=sources,
        incremental=config.checks_incremental,
        field_sources=accepted,
    )
    summary["field_sources"] = "all" if accepted is None else sorted(accepted)
    if problem:
        summary["acceptance_error"] = problem
    if not save:
        found = summary.get("findings") or []
        summary["new_by_kind"] = dict(
            sorted(
                {
                    k: sum(1 for f in found if f["kind"] == k and f["first_seen_on"] == night.isoformat())
                    for k in {f["kind"] for f in found}
                }.items()
            )
        )
        return summary
    summary["new_by_kind"] = new_findings_by_kind(engine, night)  # what this night added, for the summary
    return summary
