"""``pubwatch probe`` against the replica: the healthy sites pass, every planted drift is flagged.

The drift scenario (replica/sites, ``ReplicaState.scenario = "drift"``) plants four changes:
衢江 政府采购 column 1229425427 moved to a new ID (the old one answers empty), zfcg 更正公告 rows
carry a renamed pathName, 龙游 9005001004 answers no rows any more, and 江山's static lists are gone
(the site moved to another platform family). An empty list is only a failure where notices were
stored before (the database is read, never written).
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import db_rows, run_crawl

from crawler.probe import run_probe

NIGHT = "2026-02-10"
DRIFTS = {
    ("qujiang", "1229425427"): "parsed",
    ("zfcg", "110-943756"): "typed",
    ("longyou", "9005001004"): "parsed",
    **{
        ("jiangshan", k): "answered"
        for k in (
            "jyxx/gcjs/zbgg",
            "jyxx/gcjs/zbgs",
            "jyxx/gcjs/zbjg",
            "jyxx/gcjs/htgs",
            "jyxx/zfcg/cggg",
            "jyxx/zfcg/jggg",
            "jyxx/zfcg/htgg",
            "jyxx/tdjy/crgg",
            "jyxx/tdjy/cjgs",
            "jyxx/cqjy/jygg",
            "jyxx/cqjy/cjgg",
        )
    },
}
SOURCES = ["qujiang", "zfcg", "longyou", "jiangshan", "kaihua", "zjggzy", "ccgp", "qz_epoint"]


@pytest.fixture()
def mirrored(replica: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setenv("PUBWATCH_SITE_URLS", json.dumps(replica.sites))
    yield replica
    replica.set_scenario("")


def _failing(results: list) -> dict[tuple[str, str], str]:
    return {
        (r.source, r.channel): next(k for k, c in r.checks.items() if c.ok is False)
        for r in results
        if not r.ok
    }


def test_probe_flags_every_planted_drift_and_no_healthy_channel(mirrored: Any, sqlite_url: str) -> None:
    import datetime as dt

    crawl = run_crawl(mirrored, sqlite_url, NIGHT, ",".join(SOURCES), timeout=300)
    assert crawl.returncode == 0, crawl.stderr[-1500:]
    assert db_rows(sqlite_url, "SELECT count(*) FROM documents")[0][0] > 0
    night = dt.date.fromisoformat(NIGHT)
    healthy = run_probe(SOURCES, night, delay=0.0, db_url=sqlite_url)
    assert _failing(healthy) == {}
    passed = [r for r in healthy if all(c.ok for c in r.checks.values())]
    assert len(passed) >= 20  # checked through to the detail page, not merely "not failed"
    before = db_rows(sqlite_url, "SELECT count(*) FROM documents")[0][0]
    mirrored.set_scenario("drift")
    drifted = run_probe(SOURCES, night, delay=0.0, db_url=sqlite_url)
    assert _failing(drifted) == DRIFTS
    assert db_rows(sqlite_url, "SELECT count(*) FROM documents")[0][0] == before  # no writes
