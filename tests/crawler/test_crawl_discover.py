"""``pubwatch sources discover``: the site's own structure against the registry (read only)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import db_rows, run_crawl  # at import time: inside a test, another folder's conftest wins

from crawler.discover import NotDiscoverable, compare, discover
from crawler.registry import load_registry


@pytest.fixture()
def reg(replica: Any) -> Any:
    yield load_registry(overrides=dict(replica.sites))
    replica.set_scenario("")


def test_zfcg_tree_matches_the_registry_until_a_leaf_is_renamed(replica: Any, reg: Any) -> None:
    found = discover(reg["zfcg"])
    assert not found.drift, found.as_dict()
    assert set(found.site) == {c.key for c in reg["zfcg"].channels}
    replica.set_scenario("drift")
    found = discover(reg["zfcg"])
    assert (
        found.renamed == [("110-943756", "更正公告", "更正公告（新版）")]
        and not found.new
        and not found.vanished
    )


def test_hanweb_navigation_names_every_column(replica: Any, reg: Any) -> None:
    found = discover(reg["qz_hanweb"])
    assert not found.new and not found.vanished and len(found.site) == 27
    # the one relabelled column (idx 11087789854): the site's label and the registry's differ
    assert [r[0] for r in found.renamed] == ["1229683630"]


def test_difference_is_new_vanished_renamed_and_undiscoverable_families_say_so() -> None:
    src = load_registry(overrides={})["kaihua"]
    site = {c.key: c.name for c in src.channels if c.key != "1229091453"}
    site["1229091499"] = "新栏目"
    site["1229091438"] = "完全不同的名字"
    found = compare(src, "test", site, {})
    assert found.new == ["1229091499"] and found.vanished == ["1229091453"]
    assert found.renamed == [("1229091438", "建设工程-招标公告", "完全不同的名字")]
    with pytest.raises(NotDiscoverable, match="no evidence"):
        discover(load_registry(overrides={})["longyou"])
    assert json.dumps(found.as_dict(), ensure_ascii=False)


def test_the_nightly_crawl_records_structure_drift_in_health(replica: Any, reg: Any, sqlite_url: str) -> None:

    def notes(run_id: int) -> str:
        rows = db_rows(
            sqlite_url,
            "SELECT note FROM crawl_health WHERE run_id = :r AND source_key = 'zfcg' AND channel_key = ''",
            r=run_id,
        )
        return " ".join(r[0] for r in rows)

    crawl = run_crawl(replica, sqlite_url, "2026-02-10", "zfcg")
    assert crawl.returncode == 0, crawl.stderr[-1500:]
    assert "structure_drift" not in notes(crawl.summary["run_id"])
    replica.set_scenario("drift")
    crawl = run_crawl(replica, sqlite_url, "2026-02-11", "zfcg")
    assert crawl.returncode == 0, crawl.stderr[-1500:]
    assert "structure_drift: 站点结构变化 renamed 110-943756: 更正公告 → 更正公告（新版）" in notes(
        crawl.summary["run_id"]
    )


def test_the_crawl_follows_a_column_the_navigation_shows_and_the_registry_lacks(
    replica: Any, reg: Any, sqlite_url: str
) -> None:
    """qz_hanweb's IDs are guesses: a column the site's own navigation lists is walked too, unverified."""

    replica.set_scenario("drift")
    crawl = run_crawl(replica, sqlite_url, "2026-02-10", "qz_hanweb")
    assert crawl.returncode == 0, crawl.stderr[-1500:]
    rows = dict(
        db_rows(
            sqlite_url,
            "SELECT channel_key, note FROM crawl_health WHERE run_id = :r AND source_key = 'qz_hanweb'",
            r=crawl.summary["run_id"],
        )
    )
    assert "structure_drift: 站点结构变化 new 1229683699" in rows[""]
    assert rows["1229683699"].startswith("未核实渠道") and "导航发现" in rows["1229683699"]
    complete = db_rows(
        sqlite_url,
        "SELECT complete, pages, errors, note FROM crawl_health WHERE run_id = :r AND channel_key = '1229683699'",
        r=crawl.summary["run_id"],
    )
    assert [(c, p) for c, p, *_ in complete] == [(1, 1)], complete  # errors and note say why if not
    known = db_rows(
        sqlite_url,
        "SELECT evidence FROM channels WHERE source_key = 'qz_hanweb' AND channel_key = '1229683699'",
    )
    assert known == [("none",)]
