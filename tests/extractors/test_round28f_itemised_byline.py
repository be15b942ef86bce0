"""Round 28f (issue 12): a byline printed one item a line ('来源:…' / '时间:…' / '热度:…').

Why (two sites: fresh33 a news mirror '来源:某某网' / '时间:2020-11-04 18:06:06' / '热度:58' under its headline; fresh40 a
college's page '- 发布人:某处' / '- 时间:2022-08-20' / '- 点击:18517' / '- 来源:某处'): the byline readers know a byline on one
line ('来源:某报 时间:…'); one item a line, the bare 时间 item was no post date (no publish_date) and the stamp no byline
under the headline (no title). The bare 时间 / 日期 item is the post's date only beside another byline item. Every page
here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _fields(text: str) -> dict:
    return extract(text.encode()).fields


def test_itemised_byline_under_a_headline() -> None:
    page = (
        "首页 > 某某设备网\n\n某某区环卫一体化项目结果已出\n\n来源:某某设备网\n时间:2020-11-04 18:06:06\n热度:58\n\n"
        "今年9月份,曾报道过某某区环卫一体化项目缩减预算二次招标的新闻。\n"
    )
    f = _fields(page)
    assert f.get("publish_date") == "2020-11-04"
    assert f.get("title") == "某某区环卫一体化项目结果已出"


def test_itemised_byline_with_bullets_and_no_clock() -> None:
    page = (
        "- 发布人:某某处\n- 时间:2022-08-20\n- 点击:18517\n- 来源:某某处\n"
        "经学校研究决定,拟将学校商业区部分门面房屋向社会公开进行承租招标,欢迎有意参加投标承租的单位或个人参加报名。\n"
    )
    assert _fields(page).get("publish_date") == "2022-08-20"


def test_guard_a_bare_time_item_of_a_notice_is_no_post_date() -> None:
    # a schedule's items one a line: no byline item beside the bare 时间
    page = (
        "某某项目开标安排的通知\n一、开标安排\n时间:2022-09-01\n地点:某某中心三楼\n"
        "二、其他\n请各投标人准时参加。\n某某中心\n2022年8月25日\n"
    )
    assert _fields(page).get("publish_date") != "2022-09-01"


def test_guard_a_notice_heading_over_an_itemised_byline_still_types_the_page() -> None:
    page = (
        "政府采购投诉处理决定书〔2024〕9号\n\n  • 发布时间: 2024-09-20 17:35\n  • 信息来源: 某市财政局\n  • 浏览次数:\n\n"
        "投诉人:某某商贸有限公司\n被投诉人:某某幼儿园\n投诉人对被投诉人关于某某幼儿园玩具项目的质疑回复不满意,提起投诉。\n"
    )
    rec = extract(page.encode())
    assert rec.type_basis == "title"
    assert rec.fields.get("publish_date") == "2024-09-20"
