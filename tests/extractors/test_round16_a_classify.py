"""Round 16a: notice types a body tells by its act (docs/extraction-conventions.md, "Round 16a").

A clarification of a published result ('…对《某项目中标结果公告》作如下澄清说明', '特此澄清') is a correction, not the
result it quotes; a unit's own 流标 statement with the procedure as subject ('本次采购予以流标。') is a termination.
Made-up pages with no title."""

from __future__ import annotations

from extractors.classify import classify


def test_a_clarification_of_a_result_is_a_correction() -> None:
    body = (
        "致各投标人:\n招标人某县某中学对《某中学食堂设备采购项目中标结果公告》作如下澄清说明。\n"
        "评标委员会推荐出二名中标候选人,第一中标候选人放弃中标资格。\n特此澄清!\n澄清人:某县某中学\n"
    )
    assert classify("", [], body) == ("procurement", "procurement.correction")


def test_a_procedure_failed_by_the_unit_is_a_termination() -> None:
    body = (
        "某大学后勤部对 某校区保洁服务 项目(采购编号: 2026001 )进行公开采购,过程中仅有一家响应单位按照采购文件要求制作响应文件,故无法开展评审。\n"
        "鉴于以上原因,本次采购予以流标。特此说明。\n某大学后勤部\n2026年01月08日\n"
    )
    assert classify("", [], body) == ("procurement", "procurement.termination")


def test_a_rule_on_clarifying_the_documents_is_no_correction() -> None:
    body = "招标人可以对已发出的招标文件进行必要的澄清或者修改。投标人应在投标截止时间前递交投标文件。\n"
    assert classify("", [], body)[1] != "procurement.correction"


def test_a_report_of_a_completed_allowance_deal_is_its_result() -> None:
    body = (
        "某某日报\n某县完成全市首笔排污权跨区交易\n"
        "  近日,某建材有限公司与某科技有限公司就排放指标转让签订合作协议,以2万元/吨的价格获得0.05吨化学需氧量指标。\n"
        "  近年来,某县积极引导企业减少污染物排放,形成富余排污权。\n"
    )
    assert classify("", [], body) == ("emission", "emission.deal_result")


def test_a_rule_to_complete_the_deal_is_no_outcome() -> None:
    body = "某县排污权出让公告\n受让方须在规定时间内完成交易手续,逾期视为放弃。出让起始价2万元/吨。\n"
    assert classify("", [], body)[1] != "emission.deal_result"


def test_an_information_system_built_by_tender_is_a_purchase() -> None:
    title = "某市某中心综合业务系统建设项目招标异常公告"
    body = (
        "某公司受某市某中心委托,组织“某市某中心综合业务系统建设项目(招标编号: AB-2021-001)”的招标工作。"
        "本项目于2021年07月15日完成开标评标工作,经评标委员会评审,通过初步评审的投标人不足三家。\n"
        "评标委员会一致认定,否决本项目全部投标。\n招标人经研究决定,依法重新启动本项目的招标工作。\n特此公告。\n"
    )
    assert classify(title, [], body)[0] == "procurement"


def test_a_system_works_project_stays_works() -> None:
    title = "某市某大楼智能化系统建设工程施工招标异常公告"
    body = (
        "某公司受某市某中心委托,组织该工程施工的招标工作。经评标委员会评审,有效投标不足三家,否决全部投标。\n"
    )
    assert classify(title, [], body)[0] == "construction"


def test_a_clarified_result_keeps_its_ranking() -> None:
    from extractors import extract

    body = (
        "致各投标人:\n招标人某县某中学对《某中学食堂设备采购项目中标结果公告》作如下澄清说明。\n"
        "评标委员会推荐出二名中标候选人,其中第一中标候选人:甲乙科技有限公司,投标报价:人民币贰拾万元整(¥200,000.00);"
        "第二中标候选人:丙丁科技有限公司,投标报价:人民币贰拾壹万元整(¥210,000.00)。\n特此澄清!\n澄清人:某县某中学\n"
    )
    rec = extract(body.encode("utf-8")).to_dict()
    assert rec["notice_type"] == "procurement.correction"
    assert [c["name"] for c in rec["fields"].get("candidates") or []][:1] == ["甲乙科技有限公司"]
