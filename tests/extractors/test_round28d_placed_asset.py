"""Round 28d (issue 12): the place of an asset let or sold, told before the asset ('位于<place>的商铺…').

Why (two publishers: fresh43 an auction company's 拍卖公告 '对位于某市区某路某花园小区车库、储藏室共15个标的进行公开拍卖', fresh35
an online auction platform's '位于某合作区某佳苑二期(某某)2-52,2-53,2-54的商铺租赁权'): the place readers know the asset named
before 位于 ('门面位于…', '标的位于…'); told the other way round, the place ran into the asset's word and nothing was
read. Every page here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _loc(body: str, title: str = "拍卖公告") -> str | None:
    page = f"<html><body><h1>{title}</h1>{body}</body></html>"
    return extract(page.encode()).fields.get("location")


def test_place_run_into_the_asset_word() -> None:
    body = "<p>受委托,我公司将以现场竞价方式,对位于某市区某某路某某花园小区车库、储藏室共15个标的进行公开拍卖。现就有关事项公告如下:</p>"
    assert _loc(body) == "某市区某某路某某花园小区"


def test_place_before_de_and_the_shops_with_unit_numbers() -> None:
    body = "<p>一、拍卖标的:位于某某合作区某某佳苑二期(某某新天地)2-52,2-53,2-54的商铺租赁权,建筑面积合计213.94平方米,租赁期限:三年。</p>"
    assert _loc(body, "商铺租赁权拍卖公告") == "某某合作区某某佳苑二期(某某新天地)2-52,2-53,2-54"


def test_guard_a_venue_after_a_label_is_no_asset_place() -> None:
    body = (
        "<p>项目名称:某某设备采购项目</p><p>采购人:某某局</p>"
        "<p>开标地点:位于某某路8号的房屋三楼会议室</p><p>投标截止时间:2026年1月2日9时30分</p>"
    )
    assert _loc(body, "某某设备采购项目公开招标公告") is None


def test_guard_a_party_placed_is_no_asset() -> None:
    body = "<p>本公司位于某某市某某路,现对某某资产进行公开拍卖。</p>"
    assert _loc(body) != "某某市某某路"
