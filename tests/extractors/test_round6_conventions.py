"""Reading conventions added in issue 12, round 6 (docs/extraction-conventions.md, "round 6").

Round 6 found that most page-store text copies start below their heading: the first line is the
body's first sentence, so no title names the notice's type.  These made-up pages (no real page is
copied) check that the first sentences still type the notice, each rule in two wordings, and guard
that a tender's own rules about a failed tender or a report's words do not type it wrongly.
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.record import NotAPage


def _type(page: str) -> str:
    return extract(page.encode("utf-8")).notice_type


# -- procurement pages cut below their heading --------------------------------------------------

HALTED_BY_REASON = """一、项目基本情况
采购项目编号:CGZX-2023-0456
采购项目名称:某市第三中学课桌椅采购项目
二、项目终止的原因:
报名供应商不足三家。
三、其他补充事宜:无
1.采购人信息
名 称:某市第三中学
"""

HALTED_IN_A_SENTENCE = """受某区卫生院委托,某区招投标办于2020年3月2日09:00时就某区卫生院病房空调采购项目公开询价采购准备开标,因实质性响应的供应商不足3家,经领导小组批准,终止本次采购活动,改用单一来源方式采购。
采购人:某区卫生院
特此公告。
某区招投标办
2020年3月2日
"""

INTENTION_TABLE = """为便于供应商及时了解政府采购信息,根据有关规定,现将某县人民医院2024年7月至9月采购意向公开如下:
序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间 |
1 | 某县人民医院彩超采购项目 | 彩超一台 | 120 | 2024年8月 |
采购人:某县人民医院
"""

INTENTION_SENTENCE = """某市图书馆政府采购意向公开:
采购人:某市图书馆
采购项目名称:某市图书馆书架更新项目
预计采购时间:2025年3月
"""

SUPPLIER_BAN_BODY = """院属各科室:
某医疗器械有限公司在我院一次性耗材采购项目中被推荐为第一中标候选人后放弃中标资格。经院领导同意,现决定暂停与某医疗器械有限公司合作,期限三年,在此期间,禁止该单位参加我院采购项目。
特此通知。
某市人民医院
2024年6月1日
"""

SUPPLIER_BAN_TITLE = """通知公告
关于在采购活动中暂停与某科技有限公司合作的通知
作者:本站 发布时间:2024-06-01
院属各科室:
某科技有限公司在我院信息化设备采购项目中放弃中标资格,现决定暂停与该公司合作。
某市第二人民医院
"""

TENDER_RULES_ONLY = """某县政府采购中心受某县教育局委托,对某县教育局学生课桌椅采购项目进行公开招标,欢迎合格的供应商参加投标。
采购人:某县教育局
投标截止时间:2024年5月6日09:30
实质性响应的供应商不足三家的,应予废标;废标后采购人可以重新招标。
"""


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (HALTED_BY_REASON, "procurement.termination"),
        (HALTED_IN_A_SENTENCE, "procurement.termination"),
        (INTENTION_TABLE, "procurement.intention"),
        (INTENTION_SENTENCE, "procurement.intention"),
        (SUPPLIER_BAN_BODY, "procurement.penalty"),
        (SUPPLIER_BAN_TITLE, "procurement.penalty"),
    ],
)
def test_procurement_body_sentences_type_a_page_without_its_heading(page: str, want: str) -> None:
    assert _type(page) == want


def test_a_tenders_rules_about_a_failed_tender_do_not_halt_it() -> None:
    assert _type(TENDER_RULES_ONLY) == "procurement.tender"


def test_traditional_characters_of_the_tender_templates_opening_are_folded() -> None:
    page = (
        "某醫院辦公設備項目(項目編號:2025ZB001)的潛在供應商應在本公告獲取競價文件,"
        "并于2025年5月6日17:00前提交應答文件。\n採購人:某醫院\n"
    )
    assert _type(page) == "procurement.tender"


# -- construction pages cut below their heading ----------------------------------------------

CANDIDATES_SENTENCE = """按照《中华人民共和国招标投标法》,某县第一中学教学楼建设工程于2015年3月2日在某县建设工程交易中心开标、评标。
评标委员会按照招标文件确定的评标办法评审,向招标人推荐中标候选人为:
第一名:某甲建设有限公司
第二名:某乙建筑工程有限公司
第三名:某丙建设工程有限公司
公示时间三天。
"""

CANDIDATES_LINES = """根据《招标投标法》,某镇中心小学综合楼建设工程于2012年5月3日开标。
评标工作由随机抽取的专家完成,按照招标文件确定的评标办法评审,结果如下:
第1名 某甲建筑工程有限公司
第2名 某乙建设工程有限公司
评标结果公示时间:2012年5月4日至5月8日
"""

RESULT_NEWS = """按照某市建设工程招标规程要求,我院学生宿舍维修工程招标评标会于6月8日举行。
专家评标委员会对6家施工单位的标书进行评议和打分,最终由专家评定某甲建筑安装工程有限公司中标,现进入公示阶段。
"""

RESULT_CHOSEN = """经后勤处挂网公告,公开征集某校区食堂改造工程施工方案,参加的单位有某甲装饰工程有限公司、某乙装饰工程有限公司。
评审小组对施工方案进行综合评审,初步选用某乙装饰工程有限公司提供的施工方案。
某学院
2021年3月21日
"""

RESULT_TITLE = """关于确定操场围墙改造工程
施工单位的公告
学校采购小组在会议室召开择优比选会议,对三家单位进行考察,其中某建筑工程有限公司报价最低,确定为施工单位。
特此公告。
某市第十中学
"""

HALTED_WORKS = """招标编号:JSGC-2022-001
某村小学综合楼建设工程于2022年4月28日在某市公共资源交易中心开标,公示期内收到投诉,经调查排名第一的中标候选人项目经理不符合要求,经监督部门同意,对本项目依法重新招标。
本项目将另行公告。
"""


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (CANDIDATES_SENTENCE, "construction.candidates"),
        (CANDIDATES_LINES, "construction.candidates"),
        (RESULT_NEWS, "construction.result"),
        (RESULT_CHOSEN, "construction.result"),
        (RESULT_TITLE, "construction.result"),
        (HALTED_WORKS, "construction.termination"),
    ],
)
def test_works_body_sentences_type_a_page_without_its_heading(page: str, want: str) -> None:
    assert _type(page) == want


def test_a_works_tender_naming_its_candidates_to_come_stays_a_tender() -> None:
    page = """一、招标条件
某县第二中学教学楼建设工程已由某县发改局批准建设,招标人为某县教育局。
二、投标人资格要求
投标人须具备建筑工程施工总承包三级及以上资质。
三、投标截止时间:2024年5月6日09:30
评标委员会推荐的中标候选人公示期为三日。
"""
    assert _type(page) == "construction.tender"


# -- housing reports -----------------------------------------------------------------------------

HOUSING_FIGURES = """截至10月底,全市保障性住房目标任务完成率达105.2%
来源: 作者: 发表时间:11-10 10:00
今年省下达我市保障性安居工程目标任务为8000套,其中公共租赁住房3000套,棚户区改造5000套。
截止目前,我市各类保障性安居工程开工8416套,开工率达105.2%。
"""

HOUSING_YEARBOOK = """摘要
[保障性安居工程建设]2020年,全省棚户区改造新开工20.1万套、基本建成12.3万套,分别完成年度目标任务110.2%、120.5%。
"""


@pytest.mark.parametrize("page", [HOUSING_FIGURES, HOUSING_YEARBOOK])
def test_a_housing_report_in_figures_is_a_progress_report(page: str) -> None:
    assert _type(page) == "housing.progress"


def test_a_housing_allocation_list_is_no_progress_report() -> None:
    page = """某市公共租赁住房配租公告
根据公共租赁住房管理办法,现将第三批公租房配租结果公告如下:
序号 | 姓名 | 房号 |
1 | 张某 | 1-101 |
"""
    assert _type(page) != "housing.progress"


def test_a_string_with_no_notice_or_housing_word_is_still_no_page() -> None:
    with pytest.raises(NotAPage):
        extract("今天天气很好我们一起去公园散步看看花草树木再去湖边坐一坐聊聊天喝喝茶".encode())


# -- a works result or ranking told in sentences --------------------------------------------------


def _fields(page: str) -> dict:
    return extract(page.encode("utf-8")).fields


@pytest.mark.parametrize(
    ("page", "winner"),
    [
        (RESULT_NEWS, "某甲建筑安装工程有限公司"),
        (RESULT_CHOSEN, "某乙装饰工程有限公司"),
        (
            "关于确定食堂维修工程\n施工单位的公告\n学校采购小组召开择优比选会议,对三家单位进行考察。"
            "经充分研究讨论,会议确定某丙建筑工程有限公司为本工程的施工单位,并报区教育局备案。\n特此公告。\n某中学\n",
            "某丙建筑工程有限公司",
        ),
        (
            "某学校建设项目二期工程于2018年11月20日上午九点开标。经评审,确定某丁建筑安装有限公司为第一候选中标人。"
            "经公示后,第一候选中标人某丁建筑安装有限公司被确定为二期工程项目中标单位,合同工期260个日历天。\n",
            "某丁建筑安装有限公司",
        ),
        (
            "经院务会研究通过,某医院门诊楼改造项目进行对外招标,先后4家公司参与投标,采取综合评分法。"
            "投标结果为:某戊建设工程有限公司,以92分最高分中标。现予以公示。\n",
            "某戊建设工程有限公司",
        ),
    ],
)
def test_a_winner_named_in_a_sentence_is_read(page: str, winner: str) -> None:
    assert _fields(page).get("winner") == [winner]


def test_a_first_ranked_candidate_is_no_winner_on_its_own() -> None:
    page = (
        "某学校建设工程于2018年11月20日开标。评标委员会评审,确定某丁建筑安装有限公司为第一候选中标人,"
        "中标候选人公示期三日。\n"
    )
    assert "winner" not in _fields(page)


@pytest.mark.parametrize("page", [CANDIDATES_SENTENCE, CANDIDATES_LINES])
def test_ranked_lines_are_the_candidates(page: str) -> None:
    got = _fields(page).get("candidates") or []
    assert [c["rank"] for c in got] == list(range(1, len(got) + 1)) and len(got) >= 2
    assert got[0]["name"] in ("某甲建设有限公司", "某甲建筑工程有限公司")


def test_a_score_tables_first_place_is_no_candidate_list() -> None:
    page = CANDIDATES_SENTENCE.replace("第一名:某甲建设有限公司", "第一名:某甲建设有限公司 得分95.2")
    got = _fields(page).get("candidates") or []
    assert all(c["name"] != "某甲建设有限公司 得分95.2" for c in got)


# -- the project named in a report's first sentence ----------------------------------------------


@pytest.mark.parametrize(
    ("page", "name"),
    [
        (
            "某学校建设项目三期工程(二标段)于2019年3月20日上午九点在某咨询公司会议室开标。\n"
            "经评审,确定某甲建设有限公司为本工程的中标单位。\n",
            "某学校建设项目三期工程(二标段)",
        ),
        (
            "按照《中华人民共和国招标投标法》,某市图书馆室内装修工程招标于二○一六年三月二日下午15:00时举行开标、评标会。"
            "评委向业主推荐中标候选人为:\n第一名:某甲建设有限公司\n第二名:某乙建筑工程有限公司\n",
            "某市图书馆室内装修工程",
        ),
        (
            "经院务会研究通过,某市妇幼保健院门诊楼改造项目进行对外招标采购,共3家公司参与投标。"
            "投标结果为:某丙建设工程有限公司,以90分最高分中标。现予以公示。\n",
            "某市妇幼保健院门诊楼改造项目",
        ),
        (
            "因实质性响应的供应商不足3家,经领导小组批准,终止此次某职业学院实训楼屋面维修工程项目公开询价采购活动。\n"
            "采购人:某职业学院\n",
            "某职业学院实训楼屋面维修工程项目",
        ),
    ],
)
def test_the_project_named_in_the_first_sentence_is_read(page: str, name: str) -> None:
    assert _fields(page).get("project_name") == name


def test_an_agencys_opening_names_no_project() -> None:
    page = (
        "某招标有限公司受委托对下列政府采购项目进行公开招标,欢迎合格的供应商前来投标。\n"
        "采购人:某县医院\n投标截止时间:2024年5月6日09:30\n"
    )
    assert "受委托" not in str(_fields(page).get("project_name", ""))


def test_this_project_is_no_name() -> None:
    page = "本项目于2022年4月28日09时00分开标,公示期内收到投诉,经调查属实,对本项目依法重新招标。\n"
    assert _fields(page).get("project_name") != "本项目"


# -- the 落款 of a school or a department ------------------------------------------------------------


def test_a_schools_signature_with_a_digit_zero_in_its_date() -> None:
    fields = _fields(RESULT_TITLE + "二0一五年十二月十六日\n")
    assert fields.get("purchaser") == "某市第十中学"
    assert fields.get("publish_date") == "2015-12-16"


def test_an_institution_signing_through_its_department_is_the_party() -> None:
    fields = _fields(RESULT_CHOSEN.replace("某学院\n", "某师范学院\n后勤基建处\n"))
    assert fields.get("purchaser") == "某师范学院"


def test_a_year_in_figures_is_no_chinese_numeral_date() -> None:
    from extractors.normalize import parse_date

    assert parse_date("二0一五年十二月十六日") == "2015-12-16"
    assert parse_date("2015年十二月十六日") in (None, "2015-12-16")


# -- a header wrapped over two lines; a copy's lost space --------------------------------------------


def test_a_header_wrapped_over_two_lines_is_one_row() -> None:
    page = """某县医院政府采购意向公告
现将某县医院2024年7月至8月采购意向公开如下:
序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 预计 采购时间 |
执行的政府采购政策 | 备注 |
1 | 某县医院病房空调更换项目 | 更换空调40台 | 86 | 2024-08 | 不专门面向中小企业 |
某县医院
2024年07月01日
"""
    fields = _fields(page)
    assert fields.get("project_name") == "某县医院病房空调更换项目"
    assert fields.get("budget") == 860000


def test_a_two_level_header_is_still_flattened_not_joined() -> None:
    from extractors.textpage import _join_wrapped_header

    table = [
        ["宗地编号", "面积", "主要规划指标要求", "出让年限"],
        ["容积率", "绿地率"],
        ["A-1", "1000", "1.2", "15%", "50"],
    ]
    assert _join_wrapped_header(table) == table


@pytest.mark.parametrize(
    "sentence",
    [
        "的潜在供应商应在本公告获取竞价文件,并于2025年5月6日?17:00(北京时间)前提交应答文件。",
        "的潜在供应商应在本公告获取采购文件,并于2025年5月6日 17:00(北京时间)前提交响应文件。",
    ],
)
def test_a_deadline_with_a_lost_space_or_for_answer_files(sentence: str) -> None:
    page = f"某医院电子发票项目(项目编号:2025ZB044){sentence}\n采购人:某医院\n"
    assert _fields(page).get("bid_deadline") == "2025-05-06 17:00"


def test_a_question_mark_elsewhere_is_no_space() -> None:
    from extractors.normalize import parse_datetime

    assert parse_datetime("2025年5月6日?") in (None, "2025-05-06")


# -- mining names; a banner slogan -----------------------------------------------------------------


def test_a_mining_areas_name_is_the_project() -> None:
    from extractors.labels import keys_for

    assert keys_for("矿区名称") == ("project_name",)
    page = """受某市自然资源局委托,某市交易中心以网上挂牌方式出让某矿业有限公司采矿权,现将有关挂牌出让事项公告如下:
一、拟出让采矿权基本情况
矿区名称:某市田坪矿区
开采矿种:建筑石料用灰岩
矿区面积:0.0267平方公里
"""
    assert _fields(page).get("project_name") == "某市田坪矿区"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "某公司所持有的“某省某县某沟多金属矿勘探”探矿权成功挂牌转让,成交金额为5767.96万元。",
            "某省某县某沟多金属矿勘探",
        ),
        ("近日,“某县某山石灰岩矿”采矿权以1.2亿元成交,成交金额为12000万元。", "某县某山石灰岩矿"),
    ],
)
def test_a_quoted_right_in_a_news_item_is_the_project(sentence: str, name: str) -> None:
    assert _fields(sentence + "\n该探矿权勘查面积4.00km2。\n").get("project_name") == name


def test_a_repeated_banner_slogan_is_no_title() -> None:
    page = """某市首次排污权专场交易举行
2016年1月20日,某市环保局委托某交易中心组织开展了排污权专场交易,本次交易总成交金额为188000.90元。
热烈庆祝中华人民共和国成立70周年
热烈庆祝中华人民共和国成立70周年
"""
    assert "周年" not in str(_fields(page).get("title", ""))


# -- a lease's own items; a repeated call's title --------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "key"),
    [("招租项目", "project_name"), ("出租项目", "project_name"), ("产权所属单位", "purchaser")],
)
def test_a_leases_item_labels(label: str, key: str) -> None:
    from extractors.labels import core_label, keys_for

    assert keys_for(core_label(label)[0]) == (key,)


def test_a_lease_numbered_items_name_the_project_and_the_owner() -> None:
    page = """2024-01-26
一、招租项目:
某物流中心二区5幢二层、三层
二、产权所属单位:
某实业有限公司
三、项目位置:
某市某区建设路1号
四、租赁期限:
6年
"""
    fields = _fields(page)
    assert fields.get("project_name") == "某物流中心二区5幢二层、三层"
    assert fields.get("purchaser") == "某实业有限公司"


@pytest.mark.parametrize("title", ["某公园综合楼招租公告第三次", "某市场商铺招租公告(第二次)"])
def test_a_repeated_calls_round_is_part_of_its_title(title: str) -> None:
    page = (
        f"{title}\n拟对某公园综合楼进行公开招租,现将有关事项公告如下:\n一、基本情况\n起租价20元/平方米/月。\n"
    )
    assert _fields(page).get("title") == title


def test_a_document_number_after_a_title_is_still_dropped() -> None:
    page = "某县国有建设用地使用权挂牌出让公告 某自然资告字〔2025〕7号\n某县人民政府决定以挂牌方式出让1宗国有建设用地使用权。\n"
    assert "告字" not in str(_fields(page).get("title", ""))


# -- a purchase plan's buyer; a right's sale title; traditional copies with pinyin -----------------------


@pytest.mark.parametrize(
    ("opening", "buyer"),
    [
        ("现将某市人民医院 2021年09月至2021年10月采购意向公开如下:", "某市人民医院"),
        ("現(xiàn)將某地区中医医院****年*月至*月采購意向公開如下:", "某地区中医医院"),
    ],
)
def test_a_purchase_plan_names_its_buyer_in_its_opening(opening: str, buyer: str) -> None:
    page = f"为便于供应商及时了解政府采购信息,{opening}\n序号 | 采购项目名称 | 预算金额(万元) |\n1 | 某设备采购项目 | 30 |\n"
    assert _fields(page).get("purchaser") == buyer


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("某省某县杨家坪矿区铅锌矿普查探矿权网上挂牌出让公告", "某省某县杨家坪矿区铅锌矿普查"),
        ("某县某山建筑石料用灰岩矿采矿权拍卖出让公告", "某县某山建筑石料用灰岩矿"),
    ],
)
def test_a_rights_sale_title_names_the_project(title: str, name: str) -> None:
    page = f"{title}\n发布时间:2025-11-12\n一、出让人\n名称:某县自然资源局\n二、起始价:10.23万元\n"
    assert _fields(page).get("project_name") == name


def test_a_land_sale_title_is_no_mining_project() -> None:
    page = "某县国有建设用地使用权挂牌出让公告\n发布时间:2025-11-12\n宗地编号:A-1\n土地用途:工业用地\n起始价:100万元\n"
    assert _fields(page).get("project_name") != "某县国有建设用地使用权"


def test_a_quoted_project_after_a_pinyin_guan() -> None:
    page = (
        "按照某中心關(guān)于“某大學(xué)學生公寓內裝修項目”的招標(biāo)規程要求,評標工作會于6月8日舉行。\n"
    )
    assert _fields(page).get("project_name") == "某大學(xué)學生公寓內裝修項目"


# -- an opening time written in words ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("某学校二期工程(一标段)于2018年11月20日上午九点准时在某公司会议室开标。", "2018-11-20 09:00"),
        (
            "某市歌剧院装修工程招标于二○一五年一月二十六日下午15:00时在某市建设工程交易中心举行开标、评标会。",
            "2015-01-26 15:00",
        ),
    ],
)
def test_an_opening_time_in_words_is_read(sentence: str, when: str) -> None:
    page = (
        sentence + "\n评标委员会向招标人推荐中标候选人为:\n第一名:某甲建设有限公司\n第二名:某乙建设有限公司\n"
    )
    assert _fields(page).get("opening_time") == when


def test_a_half_hour_in_words_is_not_read_as_the_hour() -> None:
    from extractors.normalize import parse_datetime

    assert parse_datetime("2018年11月20日上午十点半") != "2018-11-20 10:00"


# -- a news item's total ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount"),
    [
        ("企业以平均72800元/吨/年的成交价格买走全部排污指标,总成交额为255.7896万元。", 2557896),
        ("此次挂牌出让的7宗探矿权成交总价达1.115亿元,综合溢价率2759%。", 111500000),
        ("10家企业购得排污权指标,交易总成交金额271.29万元。", 2712900),
    ],
)
def test_a_news_items_total_is_the_amount(sentence: str, amount: int) -> None:
    page = f"某市排污权交易举行\n2016年1月20日,某市环保局委托某交易中心组织开展排污权交易。{sentence}\n"
    got = _fields(page).get("amount")
    assert got is not None and abs(got - amount) <= 1


def test_a_deal_amount_label_over_a_figure_in_the_next_line_is_not_a_sentence() -> None:
    from extractors.readers import prose

    found = [f for f in prose(["成交金额", "(万元)", "120"], ["amount"])]
    assert found == []


# -- a table's unit note ---------------------------------------------------------------------------------

_UNIT_TABLE = """某县国有建设用地使用权挂牌出让公告
某县人民政府决定以挂牌方式出让1宗国有建设用地使用权。现将有关事项公告如下:
{note}
宗地编号 | 土地用途 | 出让年限 | 起始价 | 竞买保证金 |
A-2025-7 | 工业用地 | 50 | 818.8216 | 409.4108 |
"""


@pytest.mark.parametrize("note", ["单位:平方米、万元、年、米", "(单位:万元)"])
def test_a_unit_note_above_a_table_gives_its_money_columns_a_unit(note: str) -> None:
    assert _fields(_UNIT_TABLE.format(note=note)).get("starting_price") == pytest.approx(8188216)


def test_a_column_with_its_own_unit_keeps_it() -> None:
    page = (
        _UNIT_TABLE.format(note="单位:万元")
        .replace("起始价 |", "起始价(元) |")
        .replace("818.8216", "8188216")
    )
    assert _fields(page).get("starting_price") == pytest.approx(8188216)


def test_a_unit_note_in_yuan_changes_nothing() -> None:
    page = _UNIT_TABLE.format(note="单位:元").replace("818.8216", "8188216")
    assert _fields(page).get("starting_price") == pytest.approx(8188216)


@pytest.mark.parametrize(
    "sentence",
    [
        "学校采购小组召开了关于择优比选确定食堂维修工程施工单位的会议。",
        "经研究,确定食堂维修工程的施工单位为某建筑有限公司。",
    ],
)
def test_the_work_a_contractor_is_chosen_for_is_the_project(sentence: str) -> None:
    assert (
        _fields(f"关于施工单位的公告\n{sentence}\n特此公告。\n某中学\n").get("project_name") == "食堂维修工程"
    )


def test_choosing_a_unit_for_no_named_work_names_no_project() -> None:
    page = "关于施工单位的公告\n经研究,确定本项目施工单位为某建筑有限公司。\n特此公告。\n某中学\n"
    assert _fields(page).get("project_name") in (None, "")


# -- a requirements draft put out for comment --------------------------------------------------------------


@pytest.mark.parametrize(
    "window",
    ["三、征求意见截止日期\n2025年6月20日", "四、征求意见的提交方式\n书面提交至采购人"],
)
def test_a_draft_with_a_comment_window_is_a_consultation(window: str) -> None:
    page = f"""某县校车监控平台升级改造
采购需求及实施计划文件
采购人:某县教育局
一、项目名称及采购编号
采购编号:DSB-2025-002
二、采购需求
投标人须具备相应资质。
{window}
"""
    assert _type(page) == "procurement.consultation"


def test_a_tender_that_mentions_comments_on_its_file_stays_a_tender() -> None:
    page = (
        TENDER_RULES_ONLY + "供应商对招标文件有疑问的,可在投标截止前以书面形式提出,采购人将征求意见后答复。\n"
    )
    assert _type(page) == "procurement.tender"


@pytest.mark.parametrize(
    ("sentence", "winners"),
    [
        (
            "某甲纺织有限公司、某乙陶瓷有限公司等10家企业参加了此次交易,并成功购得化学需氧量排污权指标。",
            ["某甲纺织有限公司", "某乙陶瓷有限公司"],
        ),
        ("某丙化工有限公司等3家企业通过电子竞价竞得二氧化硫排污权指标。", ["某丙化工有限公司"]),
    ],
)
def test_a_news_items_named_buyers_are_the_winners(sentence: str, winners: list[str]) -> None:
    page = f"某市排污权专场交易启动\n某市首次排污权专场交易活动日前由某交易中心成功举办。{sentence}交易总成交金额271.29万元。\n"
    assert _fields(page).get("winner") == winners


def test_companies_that_only_took_part_are_no_winners() -> None:
    page = "某市排污权交易培训举行\n某甲纺织有限公司、某乙陶瓷有限公司等10家企业参加了交易前培训。\n交易总成交金额271.29万元。\n"
    assert "winner" not in _fields(page)


# -- a site footer after the notice ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "技术支持:某市政府网 Copyright 2022 , All Rights Reserved\n办公地址:某市中华路38号 电话:0710-4250097",
        "版权所有:某县人民政府办公室\n地址:某县人民路1号 联系电话:0710-4250097\n鄂ICP备05011713号",
    ],
)
def test_a_site_footers_phone_is_not_the_notices(footer: str) -> None:
    page = HALTED_WORKS + "某市建设工程领导小组办公室\n" + footer + "\n"
    fields = _fields(page)
    assert fields.get("contact_phone") != "0710-4250097"
    assert fields.get("project_number") == "JSGC-2022-001"


def test_a_copyright_banner_at_the_top_cuts_nothing() -> None:
    page = "Copyright 某交易网\n" + HALTED_BY_REASON
    assert _type(page) == "procurement.termination"
    assert _fields(page).get("purchaser") == "某市第三中学"


# -- a lease floor in words with its figure masked ------------------------------------------------------

_LEASE = "某公司综合楼招租公告\n我公司所属综合楼面向社会公开招租,现将有关招租事项公告如下:\n一、招租标的:综合楼一楼。\n{item}\n某商务有限公司\n"


@pytest.mark.parametrize(
    "item", ["三、招租底价:每年贰拾叁万肆仟元整(******元)。", "三、出租底价:贰拾叁万肆仟元整（***,***元）"]
)
def test_a_floor_in_words_beside_a_masked_figure_is_read(item: str) -> None:
    assert _fields(_LEASE.format(item=item)).get("starting_price") == 234000


def test_a_masked_figure_alone_is_still_no_figure() -> None:
    assert "starting_price" not in _fields(_LEASE.format(item="三、招租底价:******元。"))
