"""Reading conventions added in issue 12, round 17e (docs/extraction-conventions.md, "Round 17e").

A second pass on the values of procurement and construction notices, wrong values first: a correction's
account of the withdrawn time ('原…时间为…') read as the time, and a clause's preposition ('在', '对', 'X对')
read into a project's name.  Every page below is made up (no real page is copied); each rule has a guard where
it could go too far.
"""

from __future__ import annotations

from typing import Any

from extractors import extract


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


# -- 17e.1 the withdrawn time a correction recounts ('原公告中…时间为:') is no time of the notice --------------------

_POSTPONED = (
    "某某医院某某服务项目更正公告\n"
    "某某招标有限公司受某某医院的委托,对某某服务项目(采购项目编号:ABC[2019]1234)进行公开招标采购。"
    "本项目于2020年01月06日在某某网站发布招标公告,原公告中投标文件送达截止时间和开标时间为:2020年02月04日上午09:30"
    "(北京时间)。\n"
    "因故,本项目投标文件送达截止时间和开标时间更正为:2020年05月21日上午09:30(北京时间)。\n"
    "其他内容保持不变。\n"
    "特此公告!\n"
)


def test_the_withdrawn_time_of_the_original_notice_is_not_read() -> None:
    rec = _rec(_POSTPONED)
    assert rec.fields.get("bid_deadline") == "2020-05-21 09:30"
    assert rec.fields.get("opening_time") == "2020-05-21 09:30"


def test_an_original_item_changed_to_a_new_time_is_the_new_time() -> None:
    # '原开标时间和方式更改为:X' names the item that changes, X is the new time
    page = _POSTPONED.replace(
        "原公告中投标文件送达截止时间和开标时间为:2020年02月04日上午09:30",
        "原投标文件送达截止时间和开标时间更改为:2020年05月21日上午09:30",
    ).replace("因故,本项目投标文件送达截止时间和开标时间更正为:2020年05月21日上午09:30(北京时间)。\n", "")
    rec = _rec(page)
    assert rec.fields.get("bid_deadline") == "2020-05-21 09:30"


# -- 17e.2 a clause's preposition is no part of the project's name ------------------------------------------------------

_IN_PROJECT = (
    "某某采购项目招标失败通知\n"
    "各投标人:\n"
    "某某招标有限公司受某市政府采购中心的委托,在某市某某研究院分光光度计采购项目(招标编号:SZGX01234)的招标工作中,"
    "因有效投标人不足三家,本项目招标失败。\n"
    "某某招标有限公司\n"
    "2022年5月6日\n"
)


def test_the_preposition_in_before_the_coded_name_is_dropped() -> None:
    assert _rec(_IN_PROJECT).fields.get("project_name") == "某市某某研究院分光光度计采购项目"


def test_a_department_doing_something_to_the_coded_project_is_dropped() -> None:
    page = (
        "某某服务商选择流标说明\n"
        "根据《某某采购实施细则》的规定,后勤保障部对 某校区2023年电梯维保服务商选择 项目(采购编号: 202225 )进行公开采购,"
        "过程中仅有一家响应单位。\n"
        "鉴于以上原因,本次采购予以流标。特此说明。\n"
        "某某大学后勤保障部\n"
        "2022年12月08日\n"
    )
    assert _rec(page).fields.get("project_name") == "某校区2023年电梯维保服务商选择项目"


_TO_PROJECT = (
    "某某项目废标公告\n"
    "某某项目管理有限公司受某市住房和城乡建设局的委托,对某市某某污水处理厂项目法人招标项目(BOT)项目进行公开招标。\n"
    "该项目于2015年3月1日开标,因有效投标人不足三家,本次招标废标。\n"
    "某某项目管理有限公司\n"
    "2015年3月2日\n"
)


def test_the_preposition_to_before_a_project_going_to_tender_is_dropped() -> None:
    name = _rec(_TO_PROJECT).fields.get("project_name")
    assert name is not None and not name.startswith("对")


def test_a_name_that_opens_with_those_characters_as_words_keeps_them() -> None:
    # '对口支援…' opens with 对 as a word, no preposition
    page = _IN_PROJECT.replace(
        "在某市某某研究院分光光度计采购项目(招标编号:SZGX01234)的招标工作中",
        "在对口支援某县医院设备采购项目(招标编号:SZGX01234)的招标工作中",
    )
    assert _rec(page).fields.get("project_name") == "对口支援某县医院设备采购项目"


# -- 17e.3 a report of a candidates notice naming the first candidate alone -------------------------------------------

_FIRST_ALONE = (
    "某市某某路改建工程施工中标候选人公示\n"
    "6月17日,某市某某路改建工程施工项目在市公共资源交易中心顺利开标,此次共有16家单位参加了竞标。"
    "经评审,第一中标候选人为某某建设集团有限公司,投标总报价12345678.90元,下浮率:18.07%。\n"
    "该工程全长约5公里。\n"
)


def test_the_first_candidate_a_report_names_alone_is_a_list_of_one() -> None:
    rec = _rec(_FIRST_ALONE)
    assert rec.notice_type == "construction.candidates"
    assert rec.fields.get("candidates") == [{"rank": 1, "name": "某某建设集团有限公司", "price": 12345678.9}]


def test_a_consortium_first_candidate_is_named_by_its_lead_with_its_bid() -> None:
    page = _FIRST_ALONE.replace(
        "第一中标候选人为某某建设集团有限公司,投标总报价12345678.90元,下浮率:18.07%",
        "第一中标候选人由某某市政建设有限公司与某某设计研究院有限公司共同组成的联合体,他们以22765.4669万元的投标报价成功胜出",
    )
    assert _rec(page).fields.get("candidates") == [
        {"rank": 1, "name": "某某市政建设有限公司", "price": 227654669.0}
    ]


def test_an_approximate_bid_gives_no_price() -> None:
    page = _FIRST_ALONE.replace("投标总报价12345678.90元", "投标总报价17.1781余亿元")
    assert _rec(page).fields.get("candidates") == [{"rank": 1, "name": "某某建设集团有限公司", "price": None}]


def test_a_report_ranking_others_too_gives_no_list_of_one() -> None:
    page = _FIRST_ALONE.replace("该工程全长约5公里。", "第二中标候选人的报价略高。")
    assert _rec(page).fields.get("candidates") is None


# -- 17e.4 a text copy printing each span on a line of its own: an item's number, a date's year and month ----------

_SPANS = (
    "某县某中心太阳能热水系统询价公告\n"
    "一、项目名称：某县某中心太阳能热水系统采购项目\n"
    "二、采购人：某县某中心\n"
    "六\n"
    "、递交响应文件\n"
    "截止时间：2026年3月20日10：00\n"
    "（\n"
    "北京时间）。\n"
    "七\n"
    "、递交响应文件地点：某县某路1号\n"
)


def test_an_item_number_on_a_line_of_its_own_heads_its_item() -> None:
    assert _rec(_SPANS).fields.get("bid_deadline") == "2026-03-20 10:00"


def test_a_number_over_a_line_that_does_not_continue_it_stays_apart() -> None:
    page = _SPANS.replace("六\n、递交响应文件\n", "六\n递交响应文件\n")
    assert _rec(page).fields.get("bid_deadline") is None


_OPENING_SPANS = (
    "某县某设备采购项目竞争性磋商公告\n"
    "一、项目名称：某县某设备采购项目\n"
    "二、采购人：某县教育局\n"
    "三、响应文件提交\n"
    "截止时间：2026年3月27日09时00分（北京时间）\n"
    "四、开启\n"
    "时间：\n"
    "2026年03月\n"
    "27\n"
    "日\n"
    "09时00分00秒（北京时间）\n"
    "地点：某县公共资源交易中心\n"
)


def test_a_date_printed_as_year_and_month_then_day_then_clock_is_one_time() -> None:
    assert _rec(_OPENING_SPANS).fields.get("opening_time") == "2026-03-27 09:00"


# -- 17e.5 the 招标人 signs the candidates it publishes --------------------------------------------------------------------

_CANDIDATES_SIGNED = (
    "某学院实验室改造工程中标候选人公示\n"
    "我院于2019年11月25日起在学院网站上发布某学院实验室改造工程施工单位招标公告,共有21家单位参与投标。\n"
    "根据评审结果:第一中标候选人为某某建设工程有限公司,第二中标候选人为某某建筑工程有限公司,"
    "第三中标候选人为某某龙建设工程有限公司。\n"
    "特此公示\n"
    "某某职业技术学院\n"
    "2019年12月10日\n"
)


def test_the_body_signing_a_candidates_notice_is_its_buyer() -> None:
    rec = _rec(_CANDIDATES_SIGNED)
    assert rec.notice_type == "construction.candidates"
    assert rec.fields.get("purchaser") == "某某职业技术学院"


def test_an_agency_signing_a_candidates_notice_is_no_buyer() -> None:
    rec = _rec(_CANDIDATES_SIGNED.replace("某某职业技术学院\n", "某某招标代理有限公司\n"))
    assert rec.fields.get("purchaser") is None


# -- 17e.6 a contract notice titled by its project's contract ------------------------------------------------------------

_CONTRACT = (
    "<html><head><title>某县体育中心的学生训练用车服务采购项目合同</title></head><body>"
    "<h1>某县体育中心的学生训练用车服务采购项目合同</h1>"
    "<p>签署时间：2026-03-02</p>"
    "<p>一、合同编号：DQ-2026-001</p>"
    "<p>二、采购人（甲方）：某县体育中心</p>"
    "<p>三、供应商（乙方）：某某客运有限公司</p>"
    "<p>四、合同金额：120000元</p>"
    "</body></html>"
)


def test_a_contract_titled_by_its_project_names_the_project() -> None:
    rec = _rec(_CONTRACT)
    assert rec.notice_type == "procurement.contract"
    assert rec.fields.get("project_name") == "某县体育中心的学生训练用车服务采购项目"


def test_a_contract_title_opening_with_its_buyer_before_a_place_names_none() -> None:
    page = _CONTRACT.replace(
        "某县体育中心的学生训练用车服务采购项目合同", "某县机关事务中心某县行政中心物业服务采购项目合同公告"
    )
    assert _rec(page).fields.get("project_name") is None


# -- 17e.7 the national result template's opening names the project ------------------------------------------------------

_RESULT_OPENING = (
    "某市某区全民健身公园项目（施工）中标结果公告\n"
    "（招标编号：X4600000000000000001）\n"
    "本某市某区全民健身公园项目（施工）（招标项目编号：X4600000000000000001），确定某市某区全民健身公园项目（施工）的"
    "中标人如下：\n"
    "一、中标人信息\n"
    "中标人:\n"
    "某某建设工程有限公司\n"
)


def test_the_result_templates_opening_names_the_project() -> None:
    assert _rec(_RESULT_OPENING).fields.get("project_name") == "某市某区全民健身公园项目（施工）"


def test_a_labelled_project_name_goes_before_the_opening() -> None:
    page = _RESULT_OPENING.replace("一、中标人信息\n", "一、中标人信息\n项目名称：某市某区全民健身公园\n")
    assert _rec(page).fields.get("project_name") == "某市某区全民健身公园"


# -- 17e.8 '项目及标段名称' labels the project (the 四川 works result template) -------------------------------------

_LOT_AND_PROJECT = (
    "某县全民健身中心建设项目施工评标结果公示\n"
    "项目及标段名称\n"
    "某县全民健身中心建设项目施工\n"
    "招标人\n"
    "某县教育和体育局\n"
)


def test_the_project_and_lot_name_label_names_the_project() -> None:
    assert _rec(_LOT_AND_PROJECT).fields.get("project_name") == "某县全民健身中心建设项目施工"
