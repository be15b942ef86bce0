"""Label families added in issue 12, round 13d (docs/extraction-conventions.md, "Round 13d").

A lease's or sale's '项目地址' / '标的地址' says where the object stands: the location, on the types that
hold one (trade and housing notices).  A party's address ('出租方地址', a block's bare '地址') is not.
Every page below is made up.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractors import extract
from extractors.labels import keys_for


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


@pytest.mark.parametrize("label", ["项目地址", "标的地址", "资产所在地址", "房产地址"])
def test_an_object_s_address_label_names_the_location(label: str) -> None:
    assert keys_for(label) == ("location",)


@pytest.mark.parametrize("label", ["地址", "出租方地址", "采购人地址", "联系地址"])
def test_a_party_s_address_is_no_location(label: str) -> None:
    assert "location" not in keys_for(label)


_LEASE = (
    "某社区商业后街8号门市出租项目交易公告\n"
    "一、项目基本情况\n"
    "1.项目名称:某社区商业后街8号门市出租项目\n"
    "2.项目地址:某市某区商业后街8号门市\n"
    "3.出租面积:45平方米\n"
    "4.挂牌底价:每年12000元\n"
    "5.租赁期限:3年\n"
    "二、出租方:某社区居民委员会\n"
    "地址:某市某区某路1号\n"
    "联系电话:0838-1234567\n"
)


def test_a_lease_s_project_address_is_read_as_its_location() -> None:
    rec = _rec(_LEASE)
    assert rec.notice_type == "property.transfer_notice"
    assert rec.fields.get("location") == "某市某区商业后街8号门市"


def test_a_lease_without_the_object_s_address_takes_no_party_address() -> None:
    rec = _rec(_LEASE.replace("2.项目地址:某市某区商业后街8号门市\n", ""))
    assert rec.fields.get("location") != "某市某区某路1号"


# -- a housing allocation names the estate its homes are in, in a sentence ------------------------------------


def test_an_allocation_s_homes_sentence_names_the_location() -> None:
    page = (
        "某市2022年第三批公租房实物配租摇号选房会举行\n"
        "近日,某市住房保障中心举行2022年第三批公租房实物配租摇号选房会。本次分配房源均为某某家园,"
        "通过签到登记、抽号、选房等环节,6户家庭均选到了满意的住房。\n"
    )
    rec = _rec(page)
    assert rec.notice_type == "housing.allocation"
    assert rec.fields.get("location") == "某某家园"


def test_a_traditional_allocation_sentence_gives_the_estate_as_printed() -> None:
    page = (
        "某市第四批廉租住房實物配租公示\n"
        "本次實物配租的廉租住房為某市某某花園小區,根據實際申請的配租戶數,共有廉租住房70套。\n"
    )
    assert _rec(page).fields.get("location") == "某市某某花園小區"


def test_homes_named_without_this_allocation_s_words_give_no_location() -> None:
    page = (
        "某市2022年第三批公租房实物配租摇号选房会举行\n"
        "近日,某市住房保障中心举行摇号选房会。上一批房源为某某家园,本批另行公布,6户家庭参加。\n"
    )
    assert _rec(page).fields.get("location") is None
