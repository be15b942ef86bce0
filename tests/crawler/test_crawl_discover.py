"""``pubwatch sources discover``: the site's own structure against the registry (read only)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from conftest import db_rows, run_crawl  # at import time: inside a test, another folder's conftest wins

from crawler.discover import NotDiscoverable, compare, discover
from crawler.sources import load_registry


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
    # the two columns whose names the registry does not claim to know: 1229683630 (its one known article,
    # idx 11087789854, is a tender; the replica lists tenders there) and 1229683637 (where the replica
    # moved the bid openings): the site's label and the registry's differ, and discovery says so
    renamed = {r[0]: r[2] for r in found.renamed}
    assert set(renamed) == {"1229683630", "1229683637"}
    assert renamed["1229683630"].endswith("招标(采购)公告") and renamed["1229683637"].endswith("开标记录")


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


def test_epoint_category_tree_matches_the_registry_until_a_category_moves(replica: Any, reg: Any) -> None:
    found = discover(reg["qz_epoint"])
    assert not found.drift, found.as_dict()
    assert {c.key for c in reg["qz_epoint"].channels} <= set(found.site)
    assert found.unwatched == sorted(reg["qz_epoint"].params["unwatched"])  # known, not "new"
    assert found.site["002004003"] == "成交公告"
    replica.set_scenario("drift")
    found = discover(reg["qz_epoint"])
    assert (found.new, found.vanished, found.renamed) == (["002004005"], ["002004003"], [])
    moved = {c.key: found.moved_to(c) for c in reg["qz_epoint"].channels}
    assert {k: v for k, v in moved.items() if v} == {"002004003": "002004005"}


def test_epoint_tree_is_read_from_ids_or_links_and_a_page_without_one_says_so() -> None:
    """An Epoint left tree (getLeftTree markup of another Epoint site, idx 4124840558) names codes by element id (getLeftTree) or by /jyxx/<6>/<9>/ links."""
    from crawler.discover import parse_structure

    src = load_registry(overrides={})["qz_epoint"]
    by_id = (
        "<ul class='wb-tree'><li class='wb-tree-items' id='002004'><h3>土地</h3><ul>"
        "<li class='wb-tree-item'><a id='002004001' href='javascript:;'>交易公告</a></li>"
        "<li class='wb-tree-item'><a id='002004003' href='javascript:;'>成交公告</a></li>"
        "<li class='wb-tree-item'><a id='003001001' href='javascript:;'>别处</a></li></ul></li></ul>"
    )
    site, _ = parse_structure(src, by_id)
    assert site == {"002004001": "交易公告", "002004003": "成交公告"}  # other trees' codes ignored
    by_link = "<div><a href='/jyxx/002002/002002004/trade.html'> 采购公示 </a><a href='/jyxx/002002/002003001/x'>x</a></div>"
    assert parse_structure(src, by_link)[0] == {
        "002002004": "采购公示"
    }  # a code under another parent is not a link of it
    with pytest.raises(NotDiscoverable, match="no category tree"):
        parse_structure(src, "<html><body>系统维护中</body></html>")


def test_the_nightly_crawl_records_epoint_tree_drift_in_health(
    replica: Any, reg: Any, sqlite_url: str
) -> None:
    replica.set_scenario("drift")
    crawl = run_crawl(replica, sqlite_url, "2026-02-10", "qz_epoint")
    assert crawl.returncode == 0, crawl.stderr[-1500:]
    rows = db_rows(
        sqlite_url,
        "SELECT note FROM crawl_health WHERE run_id = :r AND source_key = 'qz_epoint' AND channel_key = ''",
        r=crawl.summary["run_id"],
    )
    assert "structure_drift: 站点结构变化 new 002004005; vanished 002004003" in " ".join(r[0] for r in rows)


def test_a_renamed_epoint_category_and_a_move_under_another_parent() -> None:
    src = load_registry(overrides={})["qz_epoint"]
    site = {c.key: c.name.split("-")[-1] for c in src.channels}
    site["002004003"] = "成交结果公示"
    found = compare(src, "test", site, {})
    assert found.renamed == [("002004003", "土地-成交公告", "成交结果公示")] and not found.new
    del site["002004003"]
    site["002005009"] = "成交公告"  # the same label under another parent is not this category
    assert (
        compare(src, "test", site, {}).moved_to(next(c for c in src.channels if c.key == "002004003")) is None
    )
    site["002004009"] = "成交公告"
    found = compare(src, "test", site, {})
    assert found.moved_to(next(c for c in src.channels if c.key == "002004003")) == "002004009"
