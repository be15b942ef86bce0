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
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

START = dt.date(2025, 1, 6)
NIGHTS = [
    dt.date(2025, 3, 1),
    dt.date(2025, 5, 1),
    dt.date(2025, 6, 15),
    dt.date(2025, 8, 1),
    dt.date(2025, 10, 21),
    dt.date(2025, 11, 1),
    dt.date(2025, 12, 31),
]
FIXED_NOTICE = "N0000065"
FIXED_ON = dt.date(2025, 10, 25)
ADDED = '<p style="line-height:1.5em"><strong>十、受让方资格条件：</strong>依法设立并有效存续的企业法人</p>'
SETTINGS = {"PUBWATCH_RECHECK_INTERVAL_DAYS": "1"}  # sparse nights: re-check every young notice each night


@dataclass
class Year:
    """The crawled year: the database, and a way to run one more night against the same replica."""

    db_url: str
    engine: Any
    corpus: Path
    run_night: Any


@pytest.fixture(scope="module")
def replica_year(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Year]:
    from pubwatch.simulate import correct_posting, replica_nights
    from replica.generate import generate
    from storage.db import get_engine

    root = tmp_path_factory.mktemp("year")
    corpus = root / "corpus"
    generate(22, 200, corpus, start_date=START, days=360)
    assert correct_posting(corpus, FIXED_NOTICE, FIXED_ON, ADDED) >= 1
    db_url = f"sqlite:///{root / 'year.db'}"
    with replica_nights(corpus, db_url, START, crawl_settings=SETTINGS) as night:
        for day in NIGHTS:
            night(day)
        engine = get_engine(db_url)
        try:
            yield Year(db_url, engine, corpus, night)
        finally:
            engine.dispose()
