"""Round 22f: printed labels recognised as FAMILIES of parts (docs/extraction-conventions.md, "Round 22f").

A label names its item by parts — the trade's side and a party word (出租 × 方 × 名称), a price stem and a price
word (竞租 × 底价), an object and a place word (门面 × 地址) — so a synonym a page prints is one more combination
of parts already known. Guards: what a family must not reach (a deposit, a bidder, an agency, a party's address,
a contact person). Made-up pages and labels."""

from __future__ import annotations

from typing import Any

import pytest

from extractors import extract
from extractors.labels import OWNER_BLOCK, WINNER_SECTION, core_label, keys_for
from extractors.layout import build_page
from extractors.stated import stated_in_sentences, stated_labels


def _keys(label: str) -> tuple[str, ...]:
    return keys_for(core_label(label)[0])


@pytest.mark.parametrize(
    "label",
    "出租方名称 出租人全称 拍卖委托人 招标主体 发包单位名称 招租方 转让单位 建设机构 發包方".split(),
)
def test_the_owner_family_names_the_purchaser(label: str) -> None:
    assert _keys(label) == ("purchaser",)


@pytest.mark.parametrize(
    "label", "成交单位 中选单位 中选供应商名称 承租人名称 买受单位 竞得企业 受让方全称 成交企业".split()
)
def test_the_taker_family_names_the_winner(label: str) -> None:
    assert _keys(label) == ("winner",)


@pytest.mark.parametrize(
    "label", "起租价 竞租底价 竞买起价 第一年租金底价 拍卖起叫价 挂牌起始价格 出租起始价 起始金额".split()
)
def test_the_price_family_names_the_starting_price(label: str) -> None:
    assert _keys(label) == ("starting_price",)


@pytest.mark.parametrize("label", "标的所在地 宗地坐落 门面地址 供地位置 厂房所在位置 租赁标的坐落".split())
def test_the_place_family_names_the_location(label: str) -> None:
    assert _keys(label) == ("location",)


def test_the_region_an_object_lies_in_is_no_location() -> None:
    assert "location" not in _keys("房屋所在地区")
    assert _keys("项目所在地区") == ("location",)


def test_a_unit_glued_to_its_label_is_kept_as_its_note() -> None:
    assert core_label("用地面积平方米") == ("用地面积", "(平方米)")
    assert core_label("起始价万元") == ("起始价", "(万元)")
    assert _keys("用地面积平方米") == ("area_m2",)


def test_a_traditional_label_of_a_family_is_read_folded() -> None:
    assert _keys("出租方名稱") == ("purchaser",)
    assert _keys("標的所在地") == ("location",)


# -- guards: where a family would over-reach ------------------------------------------------------------


@pytest.mark.parametrize(
    "label",
    "竞买保证金 保证金 押金 履约保证金金额 保证金缴纳截止时间 竞买人 竞租人 投标人 采购机构 招租机构 委托机构 地址 所在地 采购人地址 出租方地址 项目联系人 开标地点 设有底价 具体位置".split(),
)
def test_a_family_does_not_reach_deposits_bidders_agencies_or_party_addresses(label: str) -> None:
    keys = _keys(label)
    assert not {"purchaser", "winner", "starting_price", "location", "bid_deadline"} & set(keys)


def test_full_labels_keep_their_precedence() -> None:
    assert _keys("初步设计概算审批情况") == ("budget_approval",)
    assert _keys("审批情况") == ("approval_info",)
    assert _keys("招标机构") == ("agency",)
    assert _keys("中标候选人") == ("winner",)


def test_party_blocks_follow_the_families() -> None:
    assert OWNER_BLOCK.search("出租人信息") and OWNER_BLOCK.search("拍卖委托人")
    assert not OWNER_BLOCK.search("招租机构")
    assert WINNER_SECTION.search("承租方信息") and not WINNER_SECTION.search("中标候选人信息")


# -- on a page: a printed synonym is read, and counts as stated -----------------------------------------

_LEASE = (
    "某村集体门面公开招租公告\n"
    "一、招租标的基本情况\n"
    "1.门面地址:某县某镇某街88号\n"
    "2.竞租底价:每年36000元\n"
    "3.租赁期限:3年\n"
    "二、出租方名称:某县某镇某村股份经济合作社\n"
    "联系电话:0838-1234567\n"
)


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


def test_a_lease_printing_synonyms_is_read() -> None:
    rec = _rec(_LEASE)
    assert rec.notice_type == "property.transfer_notice"
    assert rec.fields.get("location") == "某县某镇某街88号"
    assert rec.fields.get("purchaser") == "某县某镇某村股份经济合作社"


def test_a_printed_synonym_counts_as_stated() -> None:
    page = build_page("".join(f"<p>{ln}</p>" for ln in _LEASE.splitlines()))
    stated = stated_labels(page)
    assert {"location", "purchaser", "starting_price"} <= set(stated)


def test_an_object_of_the_place_family_in_a_sentence_states_the_location() -> None:
    page = build_page("<p>一、招租标的</p><p>本次招租的门面位于某县某镇某街88号,面积80平方米。</p>")
    assert "location" in stated_in_sentences(page, "location".split())


def test_a_party_s_address_in_a_sentence_states_no_location() -> None:
    page = build_page("<p>出租方:某村股份经济合作社,地址位于某县某镇某路1号。</p>")
    assert "location" not in stated_in_sentences(page, "location".split())
