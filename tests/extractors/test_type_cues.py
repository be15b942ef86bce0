"""Notice types the second fresh set's templates name in other words (issue 12): a halted sale, a
correction whose page starts below its heading, a tender whose deadline item is worded
'投标文件递交截止时间', and a short notice whose issuer sits above a bare date.  Made-up pages."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.classify import classify


@pytest.mark.parametrize(
    "title",
    [
        "关于中止国有建设用地使用权挂牌出让的公告",
        "关于终止某某探矿权挂牌出让的公告",
        "某县国有建设用地使用权拍卖出让暂停公告",
    ],
)
def test_a_halted_sale_is_no_transfer_notice(title: str) -> None:
    body = f"{title}\n因故，我局决定中止某某地块挂牌出让活动。\n某县自然资源局\n2026年2月13日"
    assert classify(title, [], body) == ("other", "other.other")


def test_a_sale_notice_is_still_one() -> None:
    title = "某县国有建设用地使用权挂牌出让公告"
    assert classify(title, [], title + "\n宗地编号：A-1\n起始价：100万元")[1] == "land.transfer_notice"


def test_a_short_halt_notice_keeps_its_own_title_not_the_issuer() -> None:
    text = (
        "关于中止国有建设用地使用权挂牌出让的公告\n因工作需要，我局决定中止2026年1月9日发布的挂牌出让公告。\n"
        "某市自然资源局某分局\n2026年2月13日\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.fields.get("title") == "关于中止国有建设用地使用权挂牌出让的公告"
    assert rec.notice_type == "other.other"


def test_a_correction_item_types_a_page_without_heading() -> None:
    page = (
        "<p>一、项目名称：某县某普查服务项目</p><p>二、采购编号：某财采计2026-0001</p>"
        "<p>三、采购方式：竞争性磋商</p><p>四、更正内容：原磋商文件第二条改为……</p><p>采购人：某县某局</p>"
    )
    assert extract(page.encode("utf-8")).notice_type == "procurement.correction"


def test_a_tender_deadline_worded_as_delivery_types_a_page_without_heading() -> None:
    page = (
        "<p>根据《中华人民共和国政府采购法》，某某代理有限公司受某县医院委托进行公开招标。</p>"
        "<p>一、招标项目名称：某系统采购项目</p><p>采购人：某县医院</p>"
        "<p>七、投标文件递交截止时间：2026年09月09日 10时00分</p>"
    )
    assert extract(page.encode("utf-8")).notice_type == "procurement.tender"


def test_the_national_templates_overview_sentence_gives_the_deadline() -> None:
    text = (
        "某街道办事处2026年食堂配送服务项目竞争性磋商公告\n"
        "项目概况某街道办事处2026年食堂配送服务项目招标项目的潜在供应商应在政府采购云平台获取采购文件,"
        "并于2026年12月16日13点30分(北京时间)前提交响应文件。\n一、项目基本情况\n项目编号\n510000202600001\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.notice_type == "procurement.tender"
    assert rec.fields["bid_deadline"] == "2026-12-16 13:30"


def test_a_stray_kind_line_above_the_title_block_is_not_the_title() -> None:
    text = (
        "招标公告\n某市某路改扩建工程（外环西路）监理（二次招标）\n招标公告\n招标编号：某招字2026-008号\n"
        "1.招标条件\n本招标项目某市某路改扩建工程已由某市发改局批准建设，招标人为某路桥投资有限公司。\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.fields["title"] == "某市某路改扩建工程（外环西路）监理（二次招标）招标公告"


def test_chrome_lines_above_the_title_block_are_skipped() -> None:
    text = (
        "开标时间:倒计时\n18 19 56 04\n投标保证金缴纳截止时间:2026-04-23 09:00:00\n"
        "某市某镇中心小学教师周转房项目\n施工招标公告\n1.招标条件\n本招标项目某市某镇中心小学教师周转房项目已由某市发改局批准建设。\n"
    )
    rec = extract(text.encode("utf-8"))
    assert rec.fields["title"] == "某市某镇中心小学教师周转房项目施工招标公告"


def test_a_budget_bracketed_as_the_price_cap_is_both() -> None:
    page = (
        "<h1>某县某普查服务项目竞争性磋商公告</h1><p>采购人：某县某局</p>"
        "<p>五、采购项目预算（最高限价）：458505.92元</p><p>六、响应文件提交截止时间：2026年5月6日9:30</p>"
    )
    rec = extract(page.encode("utf-8"))
    assert rec.fields["budget"] == rec.fields["max_price"] == 458505.92


def test_a_plain_budget_is_no_price_cap() -> None:
    page = "<h1>某县某服务项目竞争性磋商公告</h1><p>采购人：某县某局</p><p>五、采购项目预算：458505.92元</p>"
    assert "max_price" not in extract(page.encode("utf-8")).fields
