"""Round 12a: a title confirms a type only when it is the notice's own and names that type's stage for
what the type is about. A channel's label read as the title ('国土-招标公告'), a page header's row read as
one ('浙江招标类型公告') or a 发包 of no works (a village letting its ponds) confirm nothing: the type rests
on the body, and an item it lacks goes to the office's review list, never to a finding."""

from __future__ import annotations

import pytest

from extractors.classify import bare_label, classify, names_type, type_basis


@pytest.mark.parametrize(
    "title",
    [
        "国土-招标公告",  # a channel: a department and its kind of notice
        "某省招标类型公告",  # a header row ('所在地区 | 某省 | 招标类型 | 公告') read as a title
        "工程 > 中标公示",
    ],
)
def test_a_channel_label_confirms_nothing(title: str) -> None:
    assert bare_label(title)
    assert type_basis(title, [title], None, "construction", "construction.tender")[0] == "body"
    assert type_basis(title, [], None, "construction", "construction.result", [title])[0] == "body"


@pytest.mark.parametrize(
    ("title", "domain", "type_"),
    [
        (
            "中标候选人公示",
            "construction",
            "construction.candidates",
        ),  # stage words alone: the page's heading
        ("询价公告", "procurement", "procurement.tender"),
        ("排污权出让公告", "emission", "emission.transfer_notice"),  # names what is sold
        ("某县第三小学食堂改造工程施工招标公告", "construction", "construction.tender"),
    ],
)
def test_an_own_title_still_confirms(title: str, domain: str, type_: str) -> None:
    assert not bare_label(title)
    assert type_basis(title, [], None, domain, type_) == ("title", title)


def test_a_letting_of_ponds_is_no_works_tender() -> None:
    title = "某县某村两块鱼塘发包公告"
    assert not names_type("construction", title, "tender")
    assert type_basis(title, [title], None, "construction", "construction.tender") == ("body", "")


def test_a_letting_of_works_still_confirms() -> None:
    assert names_type("construction", "某镇某路道路工程发包公告", "tender")
    # the heading names the letting, the title above it the works
    assert type_basis("某镇某路道路工程施工", ["发包公告"], None, "construction", "construction.tender") == (
        "heading",
        "发包公告",
    )


def test_a_letting_of_ponds_is_a_lease() -> None:
    body = "一、发包方：某村民委员会\n二、发包标的：两块鱼塘承包经营权，承包期5年。\n三、投标人要求：限本村村民。"
    assert classify("某县某村两块鱼塘发包公告", [], body) == ("property", "property.transfer_notice")
    works = "一、发包人：某镇人民政府\n二、工程概况：道路硬化2公里，工期60日历天。"
    assert classify("某镇某路道路工程发包公告", [], works)[1] == "construction.tender"


def test_a_channel_label_does_not_type_the_page() -> None:
    body = (
        "某县某石料矿采矿权拍卖出让公告\n一、出让人\n名称：某县自然资源局\n二、出让采矿权基本情况\n"
        "开采矿种：建筑用石料\n出让年限：10年\n竞买人须在截止时间前提交竞买申请。"
    )
    assert classify("国土-招标公告", ["国土-招标公告"], body)[0] == "mining"
