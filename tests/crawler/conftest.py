"""Fixtures for crawler tests: a small generated corpus, the replica serving it, and a helper that
runs ``python -m crawler.run`` against it in a subprocess (Scrapy's reactor cannot restart inside
one pytest process) with delays and AutoThrottle off.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from storage.evidence import KnownDocument

REPO = Path(__file__).resolve().parents[2]
# The editable install predates crawler/ and spiders/ (its finder maps only the packages that
# existed then); until it is reinstalled, make the repo root importable for these tests.
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
FAST = [
    "-s",
    "DOWNLOAD_DELAY=0",
    "-s",
    "AUTOTHROTTLE_ENABLED=0",
    "-s",
    "RETRY_BACKOFF_BASE=0",
    "-s",
    "RETRY_TIMES=1",
    "-s",
    "LOG_LEVEL=WARNING",
    "-s",
    "CONCURRENT_REQUESTS_PER_DOMAIN=4",
]
START = dt.date(2026, 1, 5)


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from replica.generate import generate

    out = tmp_path_factory.mktemp("corpus")
    generate(11, 260, out, start_date=START, days=60)
    # The manifest's scheduled outages would make nights of these tests fail at random as the
    # generator evolves; fault tests switch faults on explicitly instead.
    manifest_path = out / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["outages"] = []
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    return out


@pytest.fixture(scope="session")
def postings(corpus_dir: Path) -> list[dict[str, Any]]:
    with (corpus_dir / "postings.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture()
def replica(corpus_dir: Path) -> Iterator[Any]:
    from replica.server import run_in_thread

    handle = run_in_thread(corpus_dir, "2026-02-10")
    try:
        yield handle
    finally:
        handle.stop()


def visible(postings: list[dict[str, Any]], site: str, night: dt.date) -> list[dict[str, Any]]:
    """Ground truth: the postings of a site online on ``night``."""
    out = []
    for p in postings:
        if p["site"] != site:
            continue
        pub = dt.date.fromisoformat(p["publish_date"])
        removed = dt.date.fromisoformat(p["removed_on"]) if p.get("removed_on") else None
        if pub <= night and (removed is None or night < removed):
            out.append(p)
    return out


@dataclass
class Crawl:
    returncode: int
    summary: dict[str, Any]
    stderr: str


def run_crawl(
    replica: Any, db_url: str, night: str, sources: str, *extra: str, timeout: float = 120
) -> Crawl:
    """``python -m crawler.run`` for one night against the replica (its clock set to that night)."""
    replica.set_date(night)
    env = dict(os.environ, PUBWATCH_SITE_URLS=json.dumps(replica.sites))
    cmd = [
        sys.executable,
        "-m",
        "crawler.run",
        "--night",
        night,
        "--sources",
        sources,
        "--db-url",
        db_url,
        *FAST,
        *extra,
    ]
    from pubwatch.proctree import run_child  # warm when PUBWATCH_WARM_CRAWLER=1 (tests/conftest.py)

    proc = run_child(cmd, env=env, cwd=REPO, timeout=timeout)
    summary = json.loads(proc.stdout.strip().splitlines()[-1]) if proc.stdout.strip() else {}
    return Crawl(proc.returncode, summary, proc.stderr)


def db_rows(db_url: str, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return list(conn.execute(text(sql), params).all())
    finally:
        engine.dispose()


def known_doc(
    list_date: dt.date | None,
    last_checked: dt.date | None,
    notice_type: str | None,
    deadline: dt.date | None = None,
    first_seen_on: dt.date | None = None,
    item_key: str = "k",
) -> KnownDocument:
    """A stored document as the re-check schedule sees it (the fields it reads; the rest fixed)."""
    from storage.evidence import KnownDocument  # after the sys.path line above

    return KnownDocument(
        id=1,
        item_key=item_key,
        channel_key="c",
        url="http://x/1",
        list_date=list_date,
        sha256="s",
        removed_at=None,
        last_checked=last_checked,
        first_seen_on=first_seen_on or list_date,
        notice_type=notice_type,
        deadline=deadline,
    )
