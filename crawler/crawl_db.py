"""The crawler's handle on the database: one per spider, opened from settings.

Why a small facade: spiders, pipelines and the health extension all need the same engine, run id
and night; keeping them here means only ``storage.evidence`` functions touch the tables.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError

from crawler.recheck import UNTRUSTED_LOOKBACK_NIGHTS
from storage import evidence
from storage.db import get_engine, init_db, resolve_url

_READY: dict[str, Engine] = {}


def engine_for(url: str | None) -> Engine:
    """One migrated engine per URL per process (several spiders share it)."""
    resolved = resolve_url(url)
    engine = _READY.get(resolved)
    if engine is None:
        engine = get_engine(resolved)
        init_db(engine)
        _READY[resolved] = engine
    return engine


class CrawlStore:
    """Database access of one spider run: known state in, pages/removals/health out."""

    def __init__(
        self, db_url: str | None, night: dt.date, *, run_id: int | None, mode: str, source_key: str
    ) -> None:
        self.engine = engine_for(db_url)
        self.night = night
        self.mode = mode
        self.source_key = source_key
        self.own_run = run_id is None
        self.run_id = (
            run_id if run_id is not None else evidence.start_run(self.engine, night, mode, [source_key])
        )

    def sync_source(self, source: Any) -> None:
        """Upsert the registry entry; a worker racing another one to insert it retries once."""
        try:
            evidence.sync_sources(self.engine, [source.model_dump()])
        except IntegrityError:
            evidence.sync_sources(self.engine, [source.model_dump()])

    def known(self) -> dict[str, evidence.KnownDocument]:
        return evidence.load_known(self.engine, self.source_key)

    def change_observations(self) -> list[tuple[Any, ...]]:
        """What the learned re-check schedule reads (``crawler.recheck.learn``): the stored changes of
        every site, and ``("type_mismatch", source, channel)`` for this source's channels whose
        notices disagreed with their declared type within ``UNTRUSTED_LOOKBACK_NIGHTS``."""
        rows = evidence.change_observations(self.engine, self.night)
        odd = evidence.type_mismatch_channels(
            self.engine, self.source_key, self.night, UNTRUSTED_LOOKBACK_NIGHTS
        )
        return rows + [("type_mismatch", self.source_key, ch) for ch in sorted(odd)]

    def channel_state(self) -> dict[str, dt.date | None]:
        return evidence.channel_state(self.engine, self.source_key)

    def save_page(self, rec: evidence.PageRecord) -> str:
        return evidence.save_page(self.engine, rec)

    def touch_checked(self, item_key: str, *, listed: bool) -> bool:
        return evidence.touch_checked(self.engine, self.source_key, item_key, self.night, listed=listed)

    def mark_removed(self, item_key: str, reason: str) -> bool:
        return evidence.mark_removed(self.engine, self.source_key, item_key, self.night, reason)

    def record_health(self, rows: list[dict[str, Any]]) -> None:
        evidence.record_health(
            self.engine, self.run_id, self.night, rows, mark_complete=self.mode == "nightly"
        )
        if self.own_run:
            complete = all(r["complete"] for r in rows)
            evidence.finish_run(self.engine, self.run_id, "complete" if complete else "incomplete")
