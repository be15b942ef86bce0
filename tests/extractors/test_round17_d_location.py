"""Reading conventions added in issue 12, round 17d (docs/extraction-conventions.md, "Round 17d").

LABELLING.md's rules adopted 2026-12-07: a works notice's stated 建设地点 / 工程地点 / 项目地点 / 项目所在地 / 施工地点
is its ``location`` (label:value lines, label cells, the 招标条件 / 项目概况 sentence), and the body that says
我校 / 我院 buys is the buyer when the page names itself (its title or its 落款).  Every page below is made up
(no real page is copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


# -- 17d.1 a works notice's labelled place --------------------------------------------------------------------

_TENDER = (
    "某某小学综合楼工程施工招标公告\n"
    "1.招标条件\n"
    "本招标项目某某小学综合楼工程已由某县发展和改革局批准建设,招标人为某县教育局,资金来自财政资金。\n"
    "2.项目概况与招标范围\n"
    "2.1 项目名称:某某小学综合楼工程\n"
    "2.2 建设地点:某县某某镇某某村\n"
    "2.3 招标范围:施工图范围内的全部工程\n"
    "3.投标截止时间:2026年3月1日9时30分\n"
    "开标地点:某县公共资源交易中心开标室\n"
)


def test_a_tenders_labelled_place_is_its_location() -> None:
    assert _rec(_TENDER).fields.get("location") == "某县某某镇某某村"


def test_other_works_place_labels() -> None:
    for label in ("工程地点", "项目地点", "施工地点", "项目所在地", "招标项目建设地点", "工程建设地点"):
        page = _TENDER.replace("2.2 建设地点", f"2.2 {label}")
        assert _rec(page).fields.get("location") == "某县某某镇某某村", label


def test_a_venue_is_no_location_nor_a_gap() -> None:
    page = _TENDER.replace("2.2 建设地点:某县某某镇某某村\n", "")
    rec = _rec(page)
    assert "location" not in rec.fields
    assert "location" not in rec.to_dict()["gaps"]  # the 开标地点 states no place of the works


def test_an_empty_cell_gives_no_place() -> None:
    page = (
        "<html><body><h1>某某路道路工程中标结果公示</h1><table>"
        "<tr><td>工程名称</td><td>某某路道路工程</td></tr>"
        "<tr><td>建设地点</td><td></td></tr>"
        "<tr><td>建筑面积</td><td>1200平方米</td></tr>"
        "<tr><td>中标单位</td><td>某某建设有限公司</td></tr>"
        "</table></body></html>"
    )
    assert "location" not in _rec(page).fields
    text = "某某路道路工程中标结果公示\n工程名称\n某某路道路工程\n建设地点\n建筑面积\n1200平方米\n"
    assert "location" not in _rec(text).fields


def test_a_sentence_under_the_label_is_no_place() -> None:
    page = _TENDER.replace("某县某某镇某某村", "本项目拟对某县某园区内")
    rec = _rec(page)
    assert "location" not in rec.fields
    assert "location" in rec.to_dict()["gaps"]  # stated, not read: the office reviews it


def test_a_works_result_sheet_cell() -> None:
    page = (
        "<html><body><h1>某某安置房工程中标结果公告</h1><table>"
        "<tr><td>工程名称</td><td>某某安置房工程</td><td>建设地点</td><td>某市某区某某路与某某路交汇处</td></tr>"
        "<tr><td>招标人</td><td>某某城市建设投资有限公司</td><td>中标人</td><td>某某建设集团有限公司</td></tr>"
        "</table></body></html>"
    )
    assert _rec(page).fields.get("location") == "某市某区某某路与某某路交汇处"


# -- 17d.2 the place said in the 招标条件 / 项目概况 sentence --------------------------------------------------------


def test_the_place_said_in_a_sentence() -> None:
    base = _TENDER.replace("2.2 建设地点:某县某某镇某某村\n", "")
    page = base.replace("资金来自财政资金。", "资金来自财政资金。建设地址位于某县某某镇 。")
    assert _rec(page).fields.get("location") == "某县某某镇"
    page = base.replace("资金来自财政资金。", "资金来自财政资金,建设地点为某县县城新区。")
    assert _rec(page).fields.get("location") == "某县县城新区"
    news = (
        "某某园区二期工程中标候选人公示\n"
        "项目位于某某旗某某镇,总投资额达到3000万元,其中二期工程施工的招标控制价为2000万元。\n"
        "第一中标候选人:某某建设有限公司\n"
    )
    assert _rec(news).fields.get("location") == "某某旗某某镇"


def test_a_project_that_is_something_is_no_place() -> None:
    base = _TENDER.replace("2.2 建设地点:某县某某镇某某村\n", "")
    page = base.replace("资金来自财政资金。", "资金来自财政资金。本项目为全流程电子招投标项目。")
    assert "location" not in _rec(page).fields


def test_two_places_said_give_none() -> None:
    base = _TENDER.replace("2.2 建设地点:某县某某镇某某村\n", "")
    page = base.replace(
        "资金来自财政资金。", "资金来自财政资金。一标段建设地点为某某镇。二标段建设地点为某某乡。"
    )
    assert "location" not in _rec(page).fields


# -- 17d.3 the body that says 我校 buys, on a page that names itself ----------------------------------------------

_SELF = (
    "{title}\n"
    "发布时间:2026-01-05\n"
    "为做好学生校服采购工作,我校于2026年1月4日组织开展了新生校服采购公开遴选,现将结果公告如下:\n"
    "一、项目名称:新生校服采购\n"
    "二、中选供应商:某某服饰有限公司\n"
    "{sign}"
)


def test_the_school_named_by_its_title() -> None:
    rec = _rec(_SELF.format(title="某县职业中等专业学校学生校服供应商采购遴选结果公告", sign=""))
    assert rec.fields.get("purchaser") == "某县职业中等专业学校"
    rec = _rec(_SELF.format(title="某某学院附属中学2026年校服采购遴选结果公告", sign=""))
    assert rec.fields.get("purchaser") == "某某学院附属中学"  # the school, not the college it belongs to


def test_the_school_named_by_its_signature() -> None:
    rec = _rec(_SELF.format(title="学生校服采购遴选结果公告", sign="某某市第一中学\n2026年1月5日\n"))
    assert rec.fields.get("purchaser") == "某某市第一中学"


def test_a_school_named_nowhere_stays_a_gap() -> None:
    rec = _rec(_SELF.format(title="学生校服采购遴选结果公告", sign=""))
    assert "purchaser" not in rec.fields
    assert "purchaser" in rec.to_dict()["gaps"]


# -- 17d.4 the disclosure's start day dates a notice that prints no 发布时间 ------------------------------------------

_RESULT = (
    "某某系统采购项目评标结果公示\n"
    "项目名称:某某系统采购项目\n"
    "项目编号:CG-2017-001\n"
    "采购人:某某有限公司\n"
    "第一中标候选人:某某科技有限公司\n"
    "{d}\n"
)


def test_the_start_of_a_publicity_dates_the_notice() -> None:
    for d in ("公示开始时间:2017-11-06 09:39", "公告起始日期:2017年11月6日"):
        assert _rec(_RESULT.format(d=d)).fields.get("publish_date") == "2017-11-06", d


def test_a_printed_publish_date_wins_and_a_registration_start_is_none() -> None:
    page = _RESULT.format(d="发布时间:2017-11-07\n公示开始时间:2017-11-06 09:39")
    assert _rec(page).fields.get("publish_date") == "2017-11-07"
    assert "publish_date" not in _rec(_RESULT.format(d="报名开始时间:2017-11-06 09:00")).fields
