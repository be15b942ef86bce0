"""Round 22d: a page's heading found by the chrome around it (heading.py), and the post's date by its shape.

Made-up pages (no real page's text). The first tests fail before round 22d and pass after; the guards keep
a label cell, a grid's value or a news headline from being taken as the page's heading.
"""

from __future__ import annotations

from extractors import extract

_BODY = (
    "一、项目概况:\n"
    "本项目为某某县第一中学教学楼维修改造,采购人已落实资金,现对其需求公开征求意见,欢迎潜在供应商参与。\n"
    "二、联系方式:\n采购人:某某县第一中学\n联系电话:0123-4567890\n"
)


def _rec(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


# --- the heading printed again among an aggregator's date, region crumb and channel tag ------------------------


def test_heading_repeated_among_aggregator_lines() -> None:
    head = "某某县第一中学:教学楼维修改造项目采购需求公开"
    text = f"{head}\n2026-03-02\n某省/某市\n招标采购\n{head}\n某省/某市-2026-03-02 00:00:00\n{head}\n{_BODY}"
    assert _rec(text).get("title") == head


def test_heading_over_a_share_box_and_visit_counter() -> None:
    head = "某某市教育局某某设备采购项目（项目编号：AB-2026-01）的中标公告"
    text = (
        f"{head}\n分享到：\nQQ空间\n微信\n"
        'window._share_config = { "common": { "size": "24" } };\n'
        "浏览量：(6次)\n【打印】\n【关闭】\n"
        "一、采购人名称：某某市教育局\n二、中标供应商名称：某某科技有限公司\n三、中标金额：人民币100000元\n"
    )
    assert _rec(text).get("title") == head


def test_body_heading_under_a_visit_counter() -> None:
    # the page's heading with a year before it, the counter, then the notice's own heading over its body
    text = (
        "关怀版 无障碍\n您当前所在位置:首页 > 公开 > 进度\n2026年某项工作进度\n访问量:\n某项工作进度\n"
        "2026年,我县某项工作任务100户,已完成60户,完成比例为60%,其余正按计划推进之中。\n"
    )
    assert _rec(text).get("title") == "某项工作进度"


def test_listed_company_disclosure_heading() -> None:
    text = (
        "某某股份:项目中标公告\n"
        "证券代码:600000 证券简称:某某股份 公告编号:2026-001 某某建设股份有限公司 项目中标公告 "
        "本公司董事会及全体董事保证本公告内容不存在任何虚假记载,近日公司收到中标通知书,中标价为人民币100万元。\n"
    )
    assert _rec(text).get("title") == "某某股份:项目中标公告"


def test_script_cdata_keeps_a_text_page_text() -> None:
    # a share script's CDATA copied into a text rendering opens no element: the lines stay lines
    head = "某某市教育局某某设备采购项目的中标公告"
    text = (
        f"{head}\n浏览量：(3次)\n一、采购人名称：某某市教育局\n二、中标供应商名称：某某科技有限公司\n"
        "三、中标金额：人民币100000元\n"
        + "说明文字\n" * 12
        + "<![CDATA[ */!function(t){try{t=1}catch(e){}}(); /* ]]>\n"
    )
    assert _rec(text).get("title") == head


# --- guards ---------------------------------------------------------------------------------------------------------


def test_grid_label_cells_are_no_heading() -> None:
    # one cell a line: a label, its value, a date under its label; no line is the page's heading
    text = (
        "采购项目名称\n某某单位第二批设备采购项目\n采购单位\n某某单位\n公告时间\n2026年07月10日 15:23\n"
        "更正事项\n采购文件\n一、项目基本情况\n原公告的采购项目编号：AB-2026-001\n"
    )
    assert _rec(text).get("title") in (None, "")


def test_heading_without_chrome_evidence_is_left() -> None:
    # a first line with a colon after a label's name, then the body: no heading by this mechanism
    text = "采购人:某某县第一中学教学楼维修改造项目\n" + _BODY
    assert _rec(text).get("title") != "采购人:某某县第一中学教学楼维修改造项目"


def test_a_label_over_a_date_is_no_heading() -> None:
    from extractors.heading import chrome_heading

    lines = ["信息披露起始日期", "2026-01-17", "信息披露期满日期", "2026-02-17", "一、标的基本情况"]
    assert chrome_heading(lines) is None


def test_meta_line_shapes() -> None:
    from extractors.heading import chrome_line, meta_line

    assert meta_line("2025-04-30")
    assert meta_line("某省/某市-2025-04-30 00:00:00")
    assert meta_line("浏览量：(6次)")
    assert meta_line("访问量:")
    assert meta_line("• 发布时间: 2024-09-20 17:35")
    assert meta_line("发布时间:2019-06-12 字体:【 】 【关闭窗口】 来源:某某局")
    assert not meta_line("发布时间:下载")  # a time label's value is a date
    assert not meta_line("开标时间:2026-03-02 09:30 地点:某某中心")
    assert chrome_line("分享到：")
    assert chrome_line("某省/某市")
    assert not chrome_line("采购单位")  # a known label one cell a line is a grid's


def test_news_headline_still_types_from_the_body() -> None:
    # a headline over its byline is the news readers' (it does not type the page as its title would)
    from extractors.heading import chrome_heading

    lines = [
        "我县召开某项工作现场会",
        "来源:某某融媒体中心 2026-01-11 10:20",
        "日前,我县召开某项工作现场会,共有二十户参加。",
    ]
    assert chrome_heading(lines) == ("我县召开某项工作现场会", "我县召开某项工作现场会")
    rec = extract("\n".join(lines).encode())
    assert rec.type_basis != "title"


# --- the post's date by its shape -------------------------------------------------------------------------------


def test_two_digit_year_publish_time() -> None:
    text = (
        "栏目名称\n我市提前完成某项改造目标任务\n发布时间:19-06-12 字体:【 】 【关闭窗口】 来源:某某局\n"
        "2019年省政府下达我市改造新开工1000套的目标任务,截止目前已新开工1200套,完成年度目标任务的120%。\n"
    )
    assert _rec(text).get("publish_date") == "2019-06-12"


def test_two_digit_year_guards() -> None:
    from extractors.times import short_year_date

    assert short_year_date(["发布时间:19-13-40"]) is None  # no such day
    assert short_year_date(["项目编号:19-06-12-3"]) is None  # a code, no date label
    assert short_year_date(["发布时间:19-06-12-3"]) is None  # a date does not run on into a code
    assert short_year_date(["开标时间:19-06-12"]) is None  # another event's time


def test_newspaper_edition_date() -> None:
    from extractors.byline import edition_date

    lines = [
        "数字报刊平台",
        "第04版:某某各地",
        "内容详情 2019年11月19日返回该版首页",
        "某市成功完成首例校舍出租",
        "某市成功完成首例校舍出租",
        "近日,原某镇初级中学场地整体出租在某市公共资源交易服务中心成功完成,租期十年。",
    ]
    assert edition_date(lines) == ("2019-11-19", "内容详情 2019年11月19日返回该版首页")
    # the headline right under the edition line: the body's dates are no issue date
    assert edition_date(["第04版:某某各地", "某市成功完成首例校舍出租", "2019年11月19日,某市…"]) is None


# --- the heading's name keeps its object word ----------------------------------------------------------------------


def test_heading_name_keeps_its_works_word() -> None:
    html = (
        "<html><body><p>某某城项目（一期）综合楼暖通工程<br/>设计、施工专业承包工程比选公告</p><p>一、本次比选项目：</p>"
        "<p>某某城是某省重大产业项目，项目业主为某某置业有限公司。</p><p>1、工程概况及比选范围：</p>"
        "<p>①、建设地点：某市某区某路以北。</p><p>比选人：某某置业有限公司</p><p>联系电话：028-12345678</p></body></html>"
    )
    fields = extract(html.encode()).to_dict()["fields"]
    assert fields.get("project_name") == "某某城项目（一期）综合楼暖通工程设计、施工专业承包工程"
