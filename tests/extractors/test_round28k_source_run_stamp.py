"""Round 28k (issue 12): a byline's 时间 / 日期 item run into the source's name ('来源:某某中心时间:2023-10-11').

Why (two government sites: fresh9 a county portal's news, '来源:某某融媒体中心 时间:2023-10-11'; fresh39 a new district's
notice, '信息来源:某某街道 日期:2025-04-24 10:08 浏览次数:' under a long list of other items): the page's rendering loses the
space between the source and the date item, and the byline reader refused a 时间 / 日期 with a character before it (an
item's: '开标时间'); no publish_date was read. The source item before it makes it the post's stamp. Every page here is
made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _date(text: str) -> str | None:
    return extract(text.encode()).fields.get("publish_date")


def test_source_run_into_the_time_item() -> None:
    page = "某某县公租房分配现场会召开\n来源:某某融媒体中心时间:2023-10-11\n  10月10日,某某县住建局在某某小区召开公租房分配现场会,28户家庭现场抽取房号。\n"
    assert _date(page) == "2023-10-11"


def test_byline_under_a_long_list_of_other_items() -> None:
    items = "".join(f"某某区某某局关于某某事项的公告{i}...\n" for i in range(20))
    page = (
        f"最新公告 更多>>\n{items}某某村土地招租公告\n信息来源:某某街道日期:2025-04-24 10:08 浏览次数:字号:[ ]\n"
        "  经某某村两委研究决定,对本村土地进行公开招租,现将有关事项公告如下:\n"
    )
    assert _date(page) == "2025-04-24"


def test_guard_an_items_time_after_the_source_is_no_post_date() -> None:
    page = "某某项目招标公告\n来源:某某交易中心开标时间:2023-10-11\n  某某项目已具备招标条件,现对该项目进行公开招标。\n"
    assert _date(page) != "2023-10-11"
