"""Round 28i (issue 12): the sender of an award letter received is the tenderer (and the agent named beside it).

Why (two publishers, two companies: fresh24 a stock-news site's copy of a construction company's 中标公告, '本公司收到某某
开发区管理委员会发来的中标通知书'; fresh39 a research site's copy of another company's, '收到招标人某某中心及招标代理人某某咨询
有限公司签发的《某某平台中标通知书》'): a winner's disclosure names the tenderer only as the letter's sender (招标投标法
第四十五条: the 招标人 issues the 中标通知书); no purchaser or agency was read. Every page here is made up; the guards say
what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _fields(sentence: str) -> dict:
    page = (
        "某某建设股份有限公司重大工程项目中标公告\n本公司董事会及全体董事保证本公告内容不存在任何虚假记载。\n"
        f"{sentence}\n特此公告。\n某某建设股份有限公司董事会\n2013年12月27日\n"
    )
    return extract(page.encode()).fields


def test_sender_of_the_letter_is_the_tenderer() -> None:
    f = _fields(
        "近日,本公司收到某某开发区管理委员会发来的中标通\n知书,确定本公司中标某某道路工程,中标价为313,634,580.11元。"
    )
    assert f.get("purchaser") == "某某开发区管理委员会"


def test_tenderer_and_agent_side_by_side() -> None:
    f = _fields(
        "公司控股子公司于近日收到招标人某某城市基础设施建设发展中心及招标代理人某某工程管理咨询有限公司签发的"
        "《某某市公共资源交易平台中标通知书》,为某某快速路施工I标段中标单位。"
    )
    assert f.get("purchaser") == "某某城市基础设施建设发展中心"
    assert f.get("agency") == "某某工程管理咨询有限公司"


def test_guard_a_rule_about_the_letter_names_no_sender() -> None:
    f = _fields("中标人收到中标通知书后30日内与招标人签订合同,逾期视为放弃中标。")
    assert "purchaser" not in f


def test_guard_an_agent_sending_the_letter_is_no_tenderer() -> None:
    f = _fields("近日,本公司收到某某招标代理有限公司发来的中标通知书,确定本公司中标某某道路工程。")
    assert f.get("purchaser") != "某某招标代理有限公司"
