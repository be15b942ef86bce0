"""Channels that mix domains (zjggzy 土地及矿产权 出让公告, the city's 土地 list, 其他交易): the
registry says so, and the extractor decides by the title inside the declared set, so a 采矿权
出让公告 listed under land is stored as mining."""

from __future__ import annotations

import datetime as dt
import tomllib
from typing import Any

import pytest

from crawler.items import NoticeItem
from crawler.pipelines import ExtractPipeline
from crawler.sources import REGISTRY_PATH, RegistryError, load_registry, parse_registry


def test_registry_declares_the_mixed_lists() -> None:
    reg = load_registry(overrides={})
    zj = reg["zjggzy"].channel("002003001")
    assert set(reg["zjggzy"].channel_domains(zj)) == {"land", "mining"} and zj.notice_type == ""
    assert "mining" in reg["qz_epoint"].channel_domains(reg["qz_epoint"].channel("002004001"))
    single = reg["zfcg"].channel("110-175885")
    assert reg["zfcg"].channel_domains(single) == ["procurement"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"domains": ["mining", "emission"]}, "must be one of domains"),
        (
            {"domains": ["land", "mining"], "notice_type": "land.transfer_notice"},
            "cannot name one notice_type",
        ),
        ({"domains": ["land", "gold"]}, "domains"),
    ],
)
def test_bad_domain_sets_are_named(change: dict[str, Any], message: str) -> None:
    doc = tomllib.loads(REGISTRY_PATH.read_text(encoding="utf-8"))
    zj = next(s for s in doc["sources"] if s["key"] == "zjggzy")
    ch = next(c for c in zj["channels"] if c["key"] == "002003001")
    ch.update(change)
    with pytest.raises(RegistryError, match=message):
        parse_registry(doc, {})


def _item(posting: dict[str, Any], domains: list[str], notice_type: str = "") -> NoticeItem:
    return NoticeItem(
        source=posting["site"],
        channel=posting["channel"],
        item_key=posting["posting_id"],
        url="",
        night=dt.date(2026, 2, 10),
        fetched_at="2026-02-10T00:00:00",
        body=posting["versions"][0]["html"].encode(),
        list_title=posting["title"],
        list_date=dt.date.fromisoformat(posting["publish_date"]),
        hint_domain="land",
        hint_notice_type=notice_type,
        hint_domains=domains,
    )


def test_mining_notice_in_a_land_list_is_mining(postings: list[dict[str, Any]]) -> None:
    pytest.importorskip("extractors")
    mining = [
        p
        for p in postings
        if p["site"] == "zjggzy"
        and p["domain"] == "mining"
        and p["layout"] not in ("image_only", "attachment_only")
    ]
    land = [
        p
        for p in postings
        if p["site"] == "zjggzy"
        and p["domain"] == "land"
        and p["layout"] not in ("image_only", "attachment_only")
    ]
    assert mining and land, "the test corpus should list mining and land notices on zjggzy"
    pipe = ExtractPipeline(crawler=None)  # type: ignore[arg-type]
    for p in mining[:3]:
        rec = pipe.process_item(_item(p, ["land", "mining"]))
        assert (rec.domain, rec.notice_type) == ("mining", p["notice_type"]), p["title"]
        # the old registry entry (one land type for the whole list) got it wrong
        wrong = pipe.process_item(_item(p, [], "land.transfer_notice"))
        assert wrong.domain == "land"
    for p in land[:3]:
        rec = pipe.process_item(_item(p, ["land", "mining"]))
        assert (rec.domain, rec.notice_type) == ("land", p["notice_type"]), p["title"]
