"""Reading conventions added in issue 12, round 13d (docs/extraction-conventions.md, "Round 13d").

A notice that prints no 发布 or 落款 date is dated by the first day of its publicity window
(LABELLING.md, 'publish_date: the first day of a 公示期 when no 发布/落款 date is printed'): the window
may be told in a sentence ('公示期为…至…', '公示时间为…-…'), under its own heading ('三、公示的期限' over
'…起至…'), or read already as publicity_start.  Every page below is made up; the guards keep a printed
date first and leave a window that is not the notice's own alone.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


_CANDIDATES = (
    "中标候选人公示\n"
    "某县某某道路工程监理于2025年05月27日在某交易系统发布招标公告,现将中标候选人公示如下。\n"
    "项目名称:某县某某道路工程监理\n"
    "招标人:某县某某投资有限公司\n"
    "第一中标候选人:甲监理有限公司\n"
    "三、公示时间\n"
    "公示期为2025年06月18日 17时30分至2025年06月23日 17时30分\n"
)


def test_a_window_told_in_a_sentence_dates_the_notice() -> None:
    rec = _rec(_CANDIDATES)
    assert rec.notice_type == "construction.candidates"
    assert rec.fields.get("publish_date") == "2025-06-18"  # not the tender's 2025-05-27
    assert rec.fields.get("publicity_end") == "2025-06-23"


_SINGLE_SOURCE = (
    "某医院医疗废物处置单一来源采购公示\n"
    "一、项目信息\n"
    "采购人:某医院\n"
    "项目名称:某医院医疗废物处置项目\n"
    "二、拟定的唯一供应商名称、地址\n"
    "供应商名称:某环保科技有限公司\n"
    "三、公示的期限\n"
    "2025年5月26日起至2025年6月3日17:30(公示期限不得少于5个工作日)。\n"
    "四、其他补充事宜:无。\n"
)


def test_a_window_under_its_own_heading_dates_the_notice() -> None:
    rec = _rec(_SINGLE_SOURCE)
    assert rec.fields.get("publish_date") == "2025-05-26"


def test_a_window_in_a_run_on_sentence_dates_the_notice() -> None:
    page = (
        "某学院后勤中心于2019年4月26日发出的某学院某项目招标延期公告,因投标单位只有一家,改为单一来源谈判,"
        "拟谈判单位:某服务部,公示时间为2019年5月5日-2019年5月7日。\n"
        "有异议的,请在2019年5月7日17:00前以书面形式提出意见。\n"
    )
    assert _rec(page).fields.get("publish_date") == "2019-05-05"


def test_a_printed_publish_date_wins_over_the_window() -> None:
    page = _CANDIDATES + "某县某某投资有限公司\n2025年6月17日\n"
    assert _rec(page).fields.get("publish_date") == "2025-06-17"


def test_another_window_is_not_the_notice_s_date() -> None:
    # an 报名 window and a deadline are no publicity window; the page gives no date of its own
    page = _CANDIDATES.replace(
        "三、公示时间\n公示期为2025年06月18日 17时30分至2025年06月23日 17时30分\n", ""
    ) + ("报名时间为2025年06月01日至2025年06月05日\n")
    assert _rec(page).fields.get("publish_date") is None


def test_a_window_ending_before_it_starts_is_not_read() -> None:
    page = _CANDIDATES.replace("至2025年06月23日", "至2025年06月13日")
    assert _rec(page).fields.get("publish_date") is None
