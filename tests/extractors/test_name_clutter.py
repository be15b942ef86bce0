"""Names cut out of running text end where the name ends (issue 12, second fresh set): a label opened
inside a bracket, a 以下简称 note, a template's field hint, a sentence end, and a header cell read as a
value.  Every page here is made up; each family occurs on several provinces' templates."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.trim import cut_unclosed, header_word, trim_name


def test_a_label_opened_in_a_bracket_ends_at_its_closing_bracket() -> None:
    page = (
        "<h1>某某设计项目中标公告</h1><p>甲乙项目管理有限公司受丙丁物业有限公司的委托，就“某某（设计）”项目"
        "（项目编号：XYZ20-31）组织采购，评标工作已经结束，中标结果如下：</p>"
        "<p>采购单位名称：丙丁物业有限公司</p><p>中标供应商：某某设计院有限公司</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert rec.fields["project_number"] == "XYZ20-31"


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("湘123456789012）", "湘123456789012"),
        ("某审字〔2025〕00012号),用地面积1.2公顷", "某审字〔2025〕00012号"),
        ("华润置地（北京）物业管理有限公司", "华润置地（北京）物业管理有限公司"),
    ],
)
def test_cut_unclosed_keeps_balanced_brackets(raw: str, name: str) -> None:
    assert cut_unclosed(raw) == name


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("某某项目管理有限公司(以下简称“招标代理”)", "某某项目管理有限公司"),
        ("某某路改扩建工程（二次招标）（项目名称）", "某某路改扩建工程（二次招标）"),
        ("某乡某村饰面用花岗岩详查。 (二)探矿权", "某乡某村饰面用花岗岩详查"),
        ("某某集团（北京）有限公司", "某某集团（北京）有限公司"),
        ("某县国土资源局(某县云鹤路5号)", "某县国土资源局"),
        ("某路改扩建工程（外环西路）", "某路改扩建工程（外环西路）"),
    ],
)
def test_trim_name_drops_trailing_clutter(raw: str, name: str) -> None:
    assert trim_name(raw) == name


def test_a_defined_term_note_is_not_part_of_the_agency() -> None:
    text = (
        "某县某路桥梁设计招标公告\n一、招标条件\n本招标项目某县某路桥梁设计已由某县发展和改革局批准建设,"
        "招标人为某县公路管理所(以下简称“招标人”),招标代理为某某项目管理有限公司(以下简称“招标代理”)。"
        "项目已具备招标条件,现对该项目的设计进行公开招标。\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.fields.get("agency") == "某某项目管理有限公司"


def test_a_header_word_is_no_winner_nor_name() -> None:
    assert header_word("投标总报价") and header_word("企业名称")
    assert not header_word("某某建材有限公司")
    page = (
        "<h1>某某服务采购项目成交公告</h1><p>采购人：某县某局</p>"
        "<table><tr><td>中标候选人名称</td><td>投标总报价</td><td>评标总得分</td><td>推荐排名</td></tr>"
        "<tr><td>某某规划院</td><td>429.6万元</td><td>90</td><td>1</td></tr></table>"
    )
    rec = extract(page.encode("utf-8"))
    assert "投标总报价" not in rec.fields.get("winner", [])
