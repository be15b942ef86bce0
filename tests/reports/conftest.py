"""A replica year, cheaply: a generated corpus spanning 2025, crawled and checked on a few nights only.

Why these nights: each night is a real crawl (child process) and a real check, so the run stays
short by visiting the year sparsely — the incremental crawl reaches back to the last complete night,
so nothing published in between is missed. Seed 22 with 200 notices plants, among others, a missing
item on a 龙游 property transfer notice (detectable 2025-10-15); the fixture makes the replica's
page of that notice gain the item on 2025-10-25 (a new version of the page, as a unit's correction
would), so the monitor sees the fix on a later night and must date the rectification.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

START = dt.date(2025, 1, 6)
NIGHTS = [dt.date(2025, 3, 1), dt.date(2025, 5, 1), dt.date(2025, 6, 15), dt.date(2025, 8, 1),
          dt.date(2025, 10, 21), dt.date(2025, 11, 1), dt.date(2025, 12, 31)]
FIXED_NOTICE = "N0000065"
FIXED_ON = "2025-10-25"
ADDED = '<p style="line-height:1.5em"><strong>十、受让方资格条件：</strong>依法设立并有效存续的企业法人</p>'
SETTINGS = {"PUBWATCH_RECHECK_INTERVAL_DAYS": "1"}  # sparse nights: re-check every young notice each night


@dataclass
class Year:
    """The crawled year: the database, and a way to run one more night against the same replica."""

    db_url: str
    engine: Any
    corpus: Path
    run_night: Any


def _fix_page(corpus: Path) -> int:
    """Give every posting of FIXED_NOTICE a second version, from FIXED_ON, that states the missing item."""
    path = corpus / "postings.jsonl"
    lines, changed = [], 0
    for line in path.read_text("utf-8").splitlines():
        p = json.loads(line)
        if p["notice_id"] == FIXED_NOTICE:
            html = p["versions"][-1]["html"]
            cut = html.rfind('<p style="text-align:right">', 0, html.rfind('<p style="text-align:right">'))
            assert cut > 0, "the page layout changed: adjust the fixture"
            p["versions"].append({"from": FIXED_ON, "html": html[:cut] + ADDED + html[cut:]})
            changed += 1
        lines.append(json.dumps(p, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return changed


@pytest.fixture(scope="module")
def replica_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Year]:
    from monitor import run_checks
    from pubwatch.crawl_runner import REPLICA_SETTINGS, run_crawl
    from replica.generate import generate
    from replica.server import run_in_thread
    from storage.db import get_engine, init_db

    root = tmp_path_factory.mktemp("year")
    corpus = root / "corpus"
    generate(22, 200, corpus, start_date=START, days=360)
    assert _fix_page(corpus) >= 1
    db_url = f"sqlite:///{root / 'year.db'}"
    engine = get_engine(db_url)
    init_db(engine)
    server = run_in_thread(corpus, START)
    server._call(lambda: setattr(server.server.state, "outages", []))  # outages are tested elsewhere
    server.clear_faults()

    def night(day: dt.date) -> dict[str, Any]:
        server.set_date(day)
        run_crawl(day, db_url=db_url, site_urls=server.sites, settings=REPLICA_SETTINGS | SETTINGS)
        return run_checks(engine, day)

    try:
        for day in NIGHTS:
            night(day)
        yield Year(db_url, engine, corpus, night)
    finally:
        server.stop()
        engine.dispose()
