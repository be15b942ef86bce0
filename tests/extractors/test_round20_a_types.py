"""Round 20a: notice types, and the accusation a wrong type causes: a key/value grid's long label styled like a
title is no title (nor does its method word make a single-source publicity); a works 中标公示 that ranks its
candidates is the candidates publicity; a record cited in 《》 is another document; news of works tendering over
and housing reports in counts; the 政采云 item on joint bids names a tender.

Made-up pages (no real page's text). Each test fails before round 20a and passes after; the guards beside them
keep what was right.
"""

from __future__ import annotations

from extractors import extract


def _rec(html: str) -> dict:
    return extract(html.encode()).to_dict()


def _type(html: str) -> str:
    return _rec(html)["notice_type"]


# --- 20a.1 a grid's label cells styled 'title', a long one too, are labels ---------------------------------------

_GRID = (
    "<div class=table><h5>公告概要：</h5><table>"
    "<tr><td class=title>采购项目名称</td><td colspan=3>某某医疗设备采购</td></tr>"
    "<tr><td class=title>采购单位</td><td colspan=3>某某市第一人民医院</td></tr>"
    "<tr><td class=title>公告时间</td><td colspan=3>2026年01月04日</td></tr>"
    "<tr><td class=title>谈判小组、询价小组成员、磋商小组成员名单及单一来源采购人员名单</td>"
    "<td colspan=3>张某某、李某某、王某某（采购人代表）</td></tr>"
    "<tr><td class=title>总成交金额</td><td colspan=3>￥12.5 万元（人民币）</td></tr></table></div>"
)
_RESULT_BODY = (
    "<p>某某招标中心受某某市第一人民医院委托，根据《中华人民共和国政府采购法》等有关规定，于2026年01月03日就某某医疗"
    "设备采购采用竞争性谈判进行采购，现就本次谈判的成交结果公告如下：</p>"
    "<p>一、采购项目名称及编号：某某医疗设备采购（ABC2026-001）</p><p>五、成交信息：</p>"
    "<p>1.成交供应商名称：某某商贸有限公司</p><p>3.成交金额：人民币壹拾贰万伍仟元整（¥125000.00）</p>"
)


def test_a_grids_long_label_styled_title_is_no_title_and_makes_no_single_source_publicity() -> None:
    rec = _rec(_GRID + _RESULT_BODY)
    assert rec["notice_type"] == "procurement.result"
    assert "单一来源" not in str(rec["fields"].get("title") or "")


def test_a_title_cell_styled_once_is_still_the_title() -> None:
    # guard: the page's own title in a cell classed 'title', the only one so styled in its table
    page = (
        "<table><tr><td class=title>某某市第一人民医院某某医疗设备采购项目单一来源采购公示</td><td>2026-01-04</td></tr></table>"
        "<p>一、拟采用单一来源方式采购的理由：该设备仅有唯一供应商能够提供。</p>"
        "<p>二、拟定供应商名称：某某医疗器械有限公司</p><p>公示期限：2026年1月4日至2026年1月11日</p>"
    )
    assert _type(page) == "procurement.single_source"


def test_a_single_source_word_in_the_title_over_an_award_published_is_the_result() -> None:
    page = (
        "<h1>某某医疗设备单一来源采购</h1>"
        "<p>某某招标中心受某某医院委托，现就本次采购的成交结果公告如下：</p>"
        "<p>成交供应商名称：某某医疗器械有限公司</p><p>成交金额：¥125000.00</p>"
    )
    assert _type(page) == "procurement.result"


def test_a_single_source_publicity_naming_its_supplier_stays_one() -> None:
    # guard: the publicity's own items (its reason, the proposed supplier) keep it, whatever else it names
    page = (
        "<h1>某某医疗设备单一来源采购公示</h1>"
        "<p>一、拟采用单一来源方式采购的理由：专利产品。</p><p>二、拟定供应商名称：某某医疗器械有限公司</p>"
        "<p>成交供应商名称：某某医疗器械有限公司</p>"
    )
    assert _type(page) == "procurement.single_source"


# --- 20a.2 a works 中标公示 ranking its candidates is the candidates publicity ------------------------------------

_RANKED = (
    "<p>招标人 某某投资控股集团有限公司</p><p>工程名称 某某体育公园项目施工（ABC2026001）</p>"
    "<p>中标单位名称 第一中标候选人：某某建工集团股份有限公司 第二中标候选人：某某建设工程有限公司 "
    "第三中标候选人：某某路桥集团有限公司</p>"
    "<p>中标价 第一中标候选人报价：107958291.72元 第二中标候选人报价：105904640.56元</p>"
    "<p>公示时间 至2026年10月25日</p>"
)


def test_a_works_award_publicity_ranking_three_named_candidates_is_the_candidates_publicity() -> None:
    rec = _rec("<h1>某某体育公园项目施工中标公示</h1>" + _RANKED)
    assert rec["notice_type"] == "construction.candidates"
    assert rec.get("type_basis") != "title"


def test_a_works_result_naming_its_winner_over_the_ranking_stays_the_result() -> None:
    # guard: the award made ('确定…为中标人') is the result, the ranking it recalls notwithstanding
    page = (
        "<h1>某某体育公园项目施工中标公示</h1>"
        + _RANKED
        + "<p>经评标委员会推荐，招标人确定某某建工集团股份有限公司为中标人。</p>"
    )
    assert _type(page) == "construction.result"


# --- 20a.3 a record cited in 《》 is another document ------------------------------------------------------------


def test_a_report_citing_the_opening_record_is_no_opening_record() -> None:
    page = (
        "<p>昨天，某某市特殊教育中心项目施工标段发布评标结果。</p>"
        "<p>据《开标记录表》显示，这个超2亿元的项目，吸引了共131家企业参与竞标，项目施工于6月6日开标评标。</p>"
    )
    assert _type(page) != "construction.bid_opening"


def test_an_opening_record_of_its_own_stays_one() -> None:
    # guard: the record itself, not cited
    page = (
        "<p>某某学校教学楼施工 开标记录</p><p>开标时间：2026年6月6日9时</p>"
        "<p>投标人：某某建设有限公司 投标报价：1000000元</p><p>投标人：某某建工集团有限公司 投标报价：990000元</p>"
    )
    assert _type(page) == "construction.bid_opening"


# --- 20a.4 news of works tendering over; housing reports in counts ------------------------------------------------


def test_news_of_a_works_winner_that_came_out_on_top_is_the_result() -> None:
    page = (
        "<p>11月6日上午，某某小学综合教学楼建设工程招投标工作在某某市公共资源交易中心如期进行，32家企业参与了投标，"
        "经过评标，某某水利水电工程有限公司最终胜出，工程开工在即。</p>"
    )
    assert _type(page) == "construction.result"


def test_news_of_works_tendering_completed_is_the_result() -> None:
    page = (
        "<p>我市四条通村公路即将开工建设</p>"
        "<p>近日，市交通运输局完成了我市通村公路第一标段的施工招标工作，将于本月中旬开工建设。工程预计投资753万元。</p>"
    )
    assert _type(page) == "construction.result"


def test_a_sales_rule_on_who_wins_is_no_outcome() -> None:
    # guard: a rule of the bidding ('以出价时间先者为胜出') names no winner; the sale's notice stays one
    page = (
        "<h1>某某市2026年第1期排污权电子竞价公告</h1>"
        "<p>报价最高者为竞得人，如出现价格相同时，以出价时间先者为胜出。</p><p>竞买保证金：1万元</p><p>起始价：每吨1000元</p>"
    )
    assert _type(page) != "emission.deal_result"


def test_a_housing_report_of_units_done_against_the_task_is_progress() -> None:
    done = (
        "<p>某某县扎实推进保障性住房建设</p>"
        "<p>截至目前，省、市下达我县保障性住房及棚户区改造建设任务共35309套，完成33447套，在建1862套。</p>"
    )
    assert _type(done) == "housing.progress"
    share = (
        "<p>2026年棚户区改造工作</p>"
        "<p>2026年，我县棚户区改造任务2417户。截止2026年6月19日，我县棚户区改造提前开工数为929户，完成比例为38%。</p>"
    )
    assert _type(share) == "housing.progress"


def test_a_housing_plans_target_is_no_progress() -> None:
    # guard: the units a plan is to finish ('计划完成500套') are a target, not work done
    page = "<p>某某县2026年度保障性住房建设计划</p><p>2026年度建设计划：计划完成500套公共租赁住房建设。</p>"
    assert _type(page) != "housing.progress"


# --- 20a.5 the 政采云 item on joint bids, printed for the whole project, names a tender ---------------------------


def test_a_tender_fragment_whose_rules_speak_of_the_winner_to_come_stays_a_tender() -> None:
    page = (
        "# 项目编号：ABC2026-J1-0001项目名称：监护仪采购采购方式：竞争性谈判预算总金额（元）：1540000"
        "采购需求：标项一标项名称:某某医院监护仪数量:6预算金额（元）:900000合同履约期限：签订合同之日起一年"
        "本项目（否）接受联合体投标备注：本项目接受同一供应商对多个分标报价，但同一供应商只能成交其中一个分标。若某供应商"
        "为多个分标排序第一成交候选人，则由采购人在确认成交供应商阶段自行选择保留其在某分标作为成交供应商资格。\n"
    )
    assert extract(page.encode()).notice_type == "procurement.tender"


# --- 20a.6 a report of a notice published is typed as that notice, when nothing else types it ---------------------


def test_a_report_quoting_a_published_ranking_is_typed_as_that_ranking() -> None:
    page = (
        "<p>131家公司拼抢某某市2亿元项目</p>"
        "<p>昨天，某某省公共资源交易信息网发布《某某市特殊教育中心项目施工标段评标结果公示》，某某建筑有限责任公司"
        "夺得中标候选人第一名！该项目最高投标限价为209312169.30元。</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "construction.candidates"
    assert rec.get("type_basis") != "title"


def test_a_correction_recalling_the_notice_it_changes_stays_a_correction() -> None:
    # guard: the body's own cue comes first; the quoted title is only a fallback
    page = (
        "<h1>某某高速公路改扩建工程资格预审公告变更公告</h1>"
        "<p>招标人已于2026年3月1日在某某网站上发布了《某某高速公路改扩建工程施工招标资格预审公告》，"
        "现将资格预审文件发售时间变更如下：发售截止时间延长至2026年3月20日。</p>"
    )
    assert _type(page) == "construction.correction"
