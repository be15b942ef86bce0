"""An item is stated when the page prints its label in label position, and also (issue 12 item 3) when
a heading names it among others, or a sentence gives it with its value: then a value no reader took is a
gap for the office's review, never a 要素缺失. A sentence that only mentions an item states nothing."""

from __future__ import annotations

from extractors.layout import build_page
from extractors.stated import stated_in_sentences, stated_labels


def _page(*lines: str):  # type: ignore[no-untyped-def]
    return build_page("".join(f"<p>{ln}</p>" for ln in lines))


def test_a_heading_naming_several_items_states_each() -> None:
    stated = stated_labels(
        _page("2. 项目概况与招标范围", "本工程位于某镇，内容详见附件。", "一、挂牌时间、地点、期限")
    )
    assert {"project_overview", "tender_scope", "schedule"} <= set(stated)
    assert stated["tender_scope"] == "2. 项目概况与招标范围"
    # a part of two characters ('地点', '期限') is too vague to name an item
    assert "location" not in stated


def test_a_sentence_giving_the_value_states_the_item() -> None:
    page = _page(
        "该矿位于某镇一带,开采矿种为建筑用石料,矿区面积约0.225平方千米。",
        "本次招标范围为某景区内的道路交通指引标志工程。",
        "化学需氧量竞价时间为14:00-15:00。",
    )
    stated = stated_in_sentences(page, ["mineral", "area_m2", "tender_scope", "schedule", "budget"])
    assert set(stated) == {"mineral", "area_m2", "tender_scope", "schedule"}
    assert stated["mineral"].startswith("开采矿种为建筑用石料")


def test_a_mention_without_its_value_states_nothing() -> None:
    page = _page(
        "本次采购项目超过预算审核价的投标视为无效投标。",
        "项目已具备招标条件的,可以进行招标。",
        "六、采购公告发布日期：2021年6月9日",  # the tender notice's date, in label position: not this one's
        "采购方式：公开招标",  # 采购方 is no 采购人
    )
    stated = stated_in_sentences(page, ["budget", "tender_conditions", "publish_date", "purchaser"])
    assert stated == {}
