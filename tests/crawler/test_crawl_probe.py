"""``pubwatch probe`` against the replica, without a database: every planted drift is flagged,
no healthy channel is.

The drift scenario (replica/sites, ``ReplicaState.scenario = "drift"``) plants five changes:
衢江 政府采购 column 1229425427 moved to a new ID (the old one answers empty; the site publishes no
structure, so the probe can only say "empty"), zfcg 更正公告 rows carry a renamed pathName, 龙游
9005001004 answers no rows any more, 江山's static lists are gone (the site moved to another platform
family), and qz_epoint 土地-成交公告 002004003 moved to 002004005 (its left category tree names the
same category under the new code: "moved").

On the healthy replica every registry channel of every source holds notices (replica/generate/fill.py
gives each channel of the replica's catalogue a recent notice of its kind), so the probe must flag
none of them; in the drift scenario exactly the planted drifts.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import db_rows, run_crawl

from crawler.probe import run_probe

START = dt.date(2026, 1, 5)
DAYS = 120
NIGHT = START + dt.timedelta(days=DAYS)
JIANGSHAN = (
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
DRIFTS = {
    ("qujiang", "1229425427"): ("parsed", "empty: "),
    ("zfcg", "110-943756"): ("typed", "pathName '更正公告（新版）'"),
    ("longyou", "9005001004"): ("parsed", "empty: "),
    ("qz_epoint", "002004003"): ("parsed", "moved: the site's structure lists '成交公告' under 002004005"),
    **{("jiangshan", k): ("answered", "HTTP 404") for k in JIANGSHAN},
}
SOURCES = [
    "qz_hanweb",
    "qz_epoint",
    "kecheng",
    "qujiang",
    "kaihua",
    "changshan",
    "longyou",
    "jiangshan",
    "zjggzy",
    "zfcg",
    "qz_portal",
    "ccgp",
]


@pytest.fixture(scope="module")
def full_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, Any]]]:
    """A corpus of 1500 notices over 120 days (fill.py tops up the channels it leaves without a recent notice)."""
    from replica.generate import generate

    out = tmp_path_factory.mktemp("probe_corpus")
    generate(11, 1500, out, start_date=START, days=DAYS)
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    manifest["outages"] = []
    (out / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    with (out / "postings.jsonl").open(encoding="utf-8") as fh:
        return out, [json.loads(line) for line in fh if line.strip()]


@pytest.fixture()
def mirrored(
    full_corpus: tuple[Path, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> Iterator[Any]:
    from replica.server import run_in_thread

    handle = run_in_thread(full_corpus[0], NIGHT.isoformat())
    monkeypatch.setenv("PUBWATCH_SITE_URLS", json.dumps(handle.sites))
    try:
        yield handle
    finally:
        handle.stop()


def _failing(results: list) -> dict[tuple[str, str], tuple[str, str]]:
    out = {}
    for r in results:
        bad = next(((k, c.reason) for k, c in r.checks.items() if c.ok is False), None)
        if bad:
            out[(r.source, r.channel)] = bad
    return out


def test_probe_without_database_flags_every_planted_drift_and_no_healthy_channel(mirrored: Any) -> None:
    healthy_run = run_probe(SOURCES, NIGHT, delay=0.0)
    assert len(healthy_run) >= 140
    assert _failing(healthy_run) == {}  # every registry channel holds notices on the healthy replica
    healthy = {(r.source, r.channel) for r in healthy_run}
    assert all(
        r.checks["parsed"].ok and r.checks["dated"].ok and r.checks["detail"].ok
        for r in healthy_run
        if r.checks["robots"].ok
    )
    assert set(DRIFTS) <= healthy  # every planted drift is a change from a channel with rows

    mirrored.set_scenario("drift")
    drifted = _failing(run_probe(SOURCES, NIGHT, delay=0.0))
    flagged_drift = {k for k in drifted if k in DRIFTS}
    for key in flagged_drift:
        want_check, want_reason = DRIFTS[key]
        assert drifted[key][0] == want_check and want_reason in drifted[key][1], (key, drifted[key])
    flagged_healthy = set(drifted) - set(DRIFTS)
    print(
        f"\nprobe (no database): planted drifts flagged {len(flagged_drift)}/{len(DRIFTS)}; "
        f"healthy channels flagged {len(flagged_healthy)}/{len(healthy) - len(DRIFTS)}"
    )
    assert flagged_drift == set(DRIFTS)
    assert flagged_healthy == set(), sorted(flagged_healthy)


def test_probe_sends_the_request_details_the_evidence_shows(mirrored: Any) -> None:
    """衢江's dataproxy calls carry the session cookies the site handed out; 常山's column page comes
    before its list (the replica counts both; it refuses nothing)."""
    run_probe(["qujiang", "changshan"], NIGHT, delay=0.0)
    events = {k: v["events"] for k, v in mirrored.stats().items()}
    assert events["qujiang"].get("dataproxy_with_cookies", 0) >= 10
    assert events["qujiang"].get("dataproxy_without_cookies", 0) == 0
    assert events["changshan"].get("dataproxy_after_column_page", 0) >= 6
    assert events["changshan"].get("dataproxy_without_column_page", 0) == 0


def test_with_a_database_an_emptied_channel_says_how_many_notices_are_stored(
    mirrored: Any, sqlite_url: str
) -> None:
    crawl = run_crawl(mirrored, sqlite_url, NIGHT.isoformat(), "longyou", timeout=300)
    assert crawl.returncode == 0, crawl.stderr[-1500:]
    before = db_rows(sqlite_url, "SELECT count(*) FROM documents")[0][0]
    stored = db_rows(
        sqlite_url,
        "SELECT count(*) FROM documents WHERE channel_key = '9005001004' AND removed_at IS NULL",
    )[0][0]
    assert stored > 0
    mirrored.set_scenario("drift")
    failing = _failing(run_probe(["longyou"], NIGHT, delay=0.0, db_url=sqlite_url))
    assert failing[("longyou", "9005001004")] == (
        "parsed",
        f"empty: list is empty, but {stored} of its notices are stored and live",
    )
    assert db_rows(sqlite_url, "SELECT count(*) FROM documents")[0][0] == before  # no writes
