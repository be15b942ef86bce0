"""Notice types of issue 12, round 11a (docs/extraction-conventions.md, "Round 11a").

Round 11 tuned on fresh11, whose pages are HTML fragments and text copies with no title line: six
procurement results were typed other (the page plainly tendered and named a winner, but no domain
word or no result cue the procurement rules knew) and one a procurement 'candidates', a type the
taxonomy does not have.  On the earlier blind sets the mirror family: a later stage (a candidates
publicity, a result, a failed tender) read as the tender because a tender's words appear in its body.
The rules below are the stage's own facts (a winner named as an organisation, a ranking or a failure
published as done) placed before the tender's items, and the domain read from the stage's words when
no domain word is on the page.  Every page is made up; each rule has a guard where it could go too far.
"""

from __future__ import annotations

from extractors.classify import classify, type_basis
from vocabulary import NOTICE_TYPES


def _typed(body: str, title: str = "", headings: list[str] | None = None) -> tuple[str, str]:
    """(notice type, type basis) as the extraction decides and records them."""
    heads = headings or []
    domain, t = classify(title, heads, body)
    return t, type_basis(title, heads, None, domain, t)[0]


# -- a purchase has no candidates type: its ranking is its result (预中标公示) ----------------------------

PURCHASE_RANKING = """采购人：某市图书馆
采购项目名称：某市图书馆自助借还设备采购项目
采购方式：公开招标
评审情况：
第一中标候选人 某甲信息技术有限公司 报价 356000元
第二中标候选人 某乙电子科技有限公司 报价 362000元
"""


def test_a_purchase_ranking_is_a_result_never_a_procurement_candidates_type() -> None:
    t, basis = _typed(PURCHASE_RANKING)
    assert t == "procurement.result"
    assert t in NOTICE_TYPES
    assert basis == "body"


def test_a_works_ranking_is_still_candidates() -> None:
    body = PURCHASE_RANKING.replace("采购人：", "招标人：").replace("设备采购项目", "改造工程施工")
    assert _typed(body)[0] == "construction.candidates"


# -- the domain from a stage's own words when the page names no domain --------------------------------

SCHOOL_RESULT = """某职业学院学生公寓保洁服务，按规定程序进行了评审，现就本次招标的结果公布如下：
一、招标项目名称：某职业学院学生公寓保洁服务。
二、评标信息：
评标日期：2026年3月2日
评标委员会成员名单：甲某、乙某、丙某
三、中标信息：
中标单位：某某物业管理有限公司
中标金额：48000元
"""


def test_a_result_with_no_domain_word_is_a_purchase_result_resting_on_the_body() -> None:
    # no 采购人, 供应商 or works word: the stage's words (评标, 中标单位) say it tendered
    assert _typed(SCHOOL_RESULT) == ("procurement.result", "body")


def test_a_page_with_no_tendering_word_stays_other() -> None:
    assert (
        _typed("某某学院召开年度工作会议，会议总结了一年来的工作。\n会议要求各部门抓好落实。\n")[0]
        == "other.other"
    )


def test_a_purchase_result_published_as_the_purchase_result() -> None:
    body = (
        "某某项目管理有限公司受某区教育局的委托，对某区中学课桌椅采购项目进行公开招标，现将采购结果公告如下。\n"
        "采购项目名称：某区中学课桌椅采购项目\n"
    )
    assert _typed(body) == ("procurement.result", "body")


# -- award sections a copy runs together or closes with a colon ----------------------------------------

RUN_TOGETHER = (
    "一、采购项目名称：某区体育场围网改造二、采购项目编号：ZFCG-2026-001 预算金额：20万元三、采购方式：公开招标"
    "四、中标情况：标段 采购内容 拟中标单位 单位地址 投标报价（元）1 围网改造 某体育设施有限公司 某市某路1号 183000"
    "五、联系方式：采购人：某区体育局"
)


def test_an_award_section_numbered_inside_a_run_together_copy_is_a_result() -> None:
    assert _typed(RUN_TOGETHER) == ("procurement.result", "body")


def test_the_national_templates_purchase_result_section_is_a_result() -> None:
    body = (
        "一、项目编号：N0000002026000001\n二、项目名称：某县广播设备运行维护\n三、采购结果\n采购包1:\n"
        "供应商名称\n供应商地址\n中标（成交）金额\n某县广电网络有限公司\n某县某路2号\n120,000.00元\n"
    )
    assert _typed(body) == ("procurement.result", "body")


def test_a_tenders_own_result_clause_is_no_award_section() -> None:
    # a tender names the section it promises and the winner to come, with a rule verb
    body = (
        "采购人：某市档案馆\n一、项目名称：档案数字化加工服务\n二、投标截止时间：2026年5月6日9:30\n"
        "三、中标结果：中标供应商应在中标通知书发出后30日内签订合同。\n"
    )
    assert _typed(body)[0] == "procurement.tender"


# -- goods and services bought under 招标投标法 wording are purchases -----------------------------------

MAKER_RANKING = """项目名称：某车间自动化涂装线
招标项目编号：0000-26000001
招标人：某汽车零部件股份有限公司
开标时间：2026-02-02 10:00
中标候选人名单：
候选人排名
投标商名称
制造商
1
某甲智能装备有限公司
某甲智能装备有限公司
2
某乙机械有限公司
某乙机械有限公司
"""


def test_a_bid_naming_its_maker_is_goods_and_its_ranking_a_purchase_result() -> None:
    assert _typed(MAKER_RANKING) == ("procurement.result", "body")


def test_a_service_with_supplier_bidders_and_nothing_built_is_a_purchase() -> None:
    body = (
        "本招标项目于2026年4月1日开标，已由评标委员会评审完毕，现将中标结果公示如下：\n"
        "项目名称：某大学食堂托管服务\n招标人：某大学后勤处\n"
        "到投标截止时间，共有3家供应商参加投标。\n"
    )
    assert _typed(body)[0] == "procurement.result"


def test_a_works_tender_naming_suppliers_stays_works() -> None:
    body = (
        "招标人：某镇人民政府\n项目名称：某村道路硬化工程施工\n工期：90日历天\n"
        "投标截止时间：2026年6月1日\n材料供应商须提供合格证明。\n"
    )
    assert _typed(body)[0] == "construction.tender"


# -- a later stage told as done outweighs the tender's words in its body -------------------------------

WORKS_CANDIDATES = """中标候选人公示
一、招标概况
某河道整治工程于2026年4月1日发布招标公告，投标截止时间为2026年4月22日9时，开标、评标后，根据评标委员会
提交的评标报告，现将中标候选人公示如下：
二、评标结果
中标候选人名称
某甲水利建设有限公司
某乙建设工程有限公司
投标报价(元)
1200000.00
1250000.00
"""


def test_a_candidates_publicity_restating_the_tender_dates_is_candidates() -> None:
    assert _typed(WORKS_CANDIDATES) == ("construction.candidates", "body")


def test_a_tender_promising_the_candidates_publicity_stays_a_tender() -> None:
    body = (
        "招标人：某区水利局\n一、招标条件\n本项目已具备招标条件，现对该项目施工进行公开招标。\n"
        "二、投标截止时间：2026年6月1日\n三、中标候选人将在某市公共资源交易网公示，公示期3日。\n"
    )
    assert _typed(body)[0] == "construction.tender"


def test_a_works_result_naming_the_winner_company_is_a_result() -> None:
    body = (
        "招标人：某县交通运输局\n项目名称：某乡道提升改造工程施工\n投标截止时间：2026年3月3日\n"
        "评标委员会按招标文件规定的办法评审，中标人为某路桥建设有限公司，中标价：3,200,000元。\n"
    )
    assert _typed(body) == ("construction.result", "body")


def test_a_tenders_rule_about_the_winner_names_no_winner() -> None:
    body = (
        "招标人：某县交通运输局\n一、招标条件\n项目名称：某乡道提升改造工程施工\n"
        "中标人应在收到中标通知书后30日内与招标人签订合同；中标人为联合体的，各方承担连带责任。\n"
    )
    assert _typed(body)[0] == "construction.tender"


def test_a_works_tender_failed_as_done_is_a_termination() -> None:
    body = (
        "一、项目名称：某片区供水管网延伸工程施工\n投标截止时间为2026年3月1日9时，截止时间前仅收到一家投标文件，"
        "因开标时少于三家,本项目流标。\n"
    )
    assert _typed(body) == ("construction.termination", "body")


def test_a_works_tenders_conditional_failure_is_no_termination() -> None:
    body = (
        "招标人：某镇人民政府\n一、招标条件\n项目名称：某村道路硬化工程施工\n"
        "投标截止时间：2026年6月1日\n递交投标文件的投标人不足三家的，本项目流标。\n"
    )
    assert _typed(body)[0] == "construction.tender"


def test_a_failure_told_as_done_halts_the_tender() -> None:
    body = (
        "某公司受某区交通运输局的委托，对某公路养护监理项目进行公开招标。本项目于2026年5月8日开标，"
        "经评标委员会评审，实质性响应招标文件要求的投标人不足三家，故本项目第一次招标失败，如重新组织招标，"
        "将另行公告。\n"
    )
    assert _typed(body)[0] == "construction.termination"


def test_a_conditional_failure_in_the_rules_is_no_halt() -> None:
    body = (
        "招标人：某区交通运输局\n一、招标条件\n项目名称：某公路养护监理\n"
        "投标截止时间：2026年6月1日\n投标人少于三个的，本次招标失败，招标人将依法重新招标。\n"
    )
    assert _typed(body)[0] == "construction.tender"


def test_a_deadline_put_off_in_the_present_is_a_correction() -> None:
    body = (
        "本招标项目已具备招标条件。某公司受某医院委托对该项目空调安装工程进行公开招标，原定于2026年11月2日开标。"
        "因故，现将本项目投标文件递交的截止时间延期，递交截止时间及地点另行通知。\n招标人:某医院\n"
    )
    assert _typed(body)[0] == "construction.correction"


# -- two wordings of existing cues ---------------------------------------------------------------------


def test_a_prequalification_invitation_in_its_own_words() -> None:
    body = (
        "本采购项目某县公交一体化项目已批准实施，现委托某工程项目管理有限公司进行招标采购，特邀请各潜在投标人"
        "（以下简称申请人）提出资格预审申请。\n采购人：某县交通运输局\n采购计划编号：某财采计[2026]000001\n"
    )
    assert _typed(body)[0] == "procurement.prequalification"


def test_a_contractor_chosen_for_this_works_in_a_meeting_is_a_result() -> None:
    body = (
        "2026年3月2日，学校采购小组召开了择优比选确定围墙维修零星工程施工单位的会议。经研究讨论，会议确定某某建筑"
        "工程有限公司为本工程的施工单位。\n特此公告。\n"
    )
    assert _typed(body)[0] == "construction.result"


# -- found by typing every seen page with its title line removed ---------------------------------------


def test_the_rankings_column_head_over_the_first_name_is_candidates() -> None:
    body = (
        "标段编号：ABC-2026-01\n一、招标概况\n某学校宿舍楼改造工程监理于2026年5月1日发布招标公告，详见招标文件。\n"
        "二、评标结果\n中标候选人名称\n某甲工程咨询有限公司\n某乙建设监理有限公司\n投标报价(元)\n300000.00\n310000.00\n"
    )
    assert _typed(body) == ("construction.candidates", "body")


def test_a_project_halted_as_done_after_its_cause() -> None:
    body = (
        "致各投标人:\n某幼儿园改扩建项目于2026年4月15日发布招标公告，投标截止时间为2026年5月12日。由于评标场地无法安排，"
        "基于以上原因,本项目终止招标，新的招标计划请关注交易中心网站。\n招标人:某市教育局\n"
    )
    assert _typed(body)[0] == "construction.termination"


def test_a_rules_conditional_halt_is_no_termination() -> None:
    body = (
        "招标人：某市教育局\n一、招标条件\n项目名称：某幼儿园改扩建工程施工\n投标截止时间：2026年6月1日\n"
        "出现不可抗力情形的，本项目终止招标并另行公告。\n"
    )
    assert _typed(body)[0] == "construction.tender"


def test_an_exchange_disclosure_opening_with_the_lessors_pledge_is_a_property_lease() -> None:
    body = (
        "一、出租方承诺\n本出租方依照公开、公平、公正、诚信的原则作如下承诺:\n"
        "1、本次出租标的权属清晰，相关行为已履行了相应程序，并获得相应批准；\n"
        "二、标的基本情况\n标的名称：某小区商业用房\n出租面积：120平方米\n经营范围：建设工程施工（不得改变用途）\n"
    )
    assert _typed(body)[0] == "property.transfer_notice"


def test_a_sale_notices_rules_on_choosing_the_buyer_are_no_deal() -> None:
    body = (
        "根据有关规定，现将排污权出让有关事项公告如下：\n一、竞价方式\n本次出让采用网络竞价，起始价为每吨5000元，"
        "增价幅度为100元。\n二、确定受让方原则\n按“价格优先”原则确定受让方，按报价高低排序分配给各个受让方，"
        "报价最高者为竞得人，按竞得人最终报价为成交价。\n"
    )
    assert _typed(body)[0] == "emission.transfer_notice"


def test_a_sale_page_with_as_many_sale_as_deal_words_is_the_offer() -> None:
    # no deal told as a fact ('被X以…竞得', '成交价：…'): a tie is the notice, not its result
    body = "某采矿权挂牌出让\n挂牌起始价：120万元\n备注：除拍卖成交价格外，竞得人须另行缴纳有关费用。\n"
    assert _typed(body)[0] == "mining.transfer_notice"


def test_a_sale_told_as_done_is_still_the_deal() -> None:
    body = "某采矿权挂牌出让\n挂牌起始价：120万元\n经过多轮竞价，最终由某建材有限公司以360万元竞得。\n"
    assert _typed(body)[0] == "mining.deal_result"


def test_a_works_fabao_put_out_in_the_present_is_a_tender() -> None:
    body = (
        "本发包项目“某镇工业园区管道疏通服务项目”已批准实施，发包人为某镇人民政府，项目已具备发包条件，"
        "现对该项目进行公开发包。\n1. 项目概况与发包范围：园区内管道清淤疏通及检测。\n"
    )
    assert _typed(body)[0] == "construction.tender"


def test_a_tenders_rule_citing_another_projects_first_candidate_names_no_ranking() -> None:
    body = (
        "招标人：某镇人民政府\n项目名称：某道路工程施工\n三、报名：有意参加本项目的单位请于规定时间报名。\n"
        "已被其他项目推荐为第一中标候选人且已公示的项目负责人视为有在建工程。\n详见招标文件。\n"
    )
    assert _typed(body)[0] == "construction.tender"


def test_a_requirements_draft_names_its_comment_window_by_its_items() -> None:
    body = (
        "某咨询有限公司受某县教育局委托，就某县智慧教室采购项目进行招标，现将招标文件征求意见稿公布如下，以公开征求意见。\n"
        "一、征求意见范围：\n1、是否出现明显的倾向性条款；\n二、征求意见回复：\n1、意见递交时间：2026年6月4日17:00前\n"
    )
    assert _typed(body)[0] == "procurement.consultation"


def test_the_buyers_own_procurement_number_makes_a_purchase_whatever_a_bidders_name_says() -> None:
    # '某建设工程检测有限公司' names a bidder, not the works; '政府采购编号' is the purchase's own item
    body = (
        "某代理有限公司受某市桥梁管理处的委托，对桥梁检测项目进行公开招标，现将采购结果公告如下。一、采购项目情况"
        "政府采购编号：CSCG-202600001 供应商名称 中标金额 某建设工程检测有限公司 1354755.80 某桥隧技术有限公司 "
        "1411037.53 某公路工程试验检测中心 1124149.03\n"
    )
    assert _typed(body)[0] == "procurement.result"


def test_a_proposed_winner_in_a_ranking_is_no_named_winner() -> None:
    body = (
        "招标人：某区住建局\n项目名称：某小区改造工程施工\n投标截止时间：2026年3月3日\n"
        "拟定中标人：某甲建设有限公司（第一中标候选人）\n公示期：2026年3月5日至3月7日\n"
    )
    assert _typed(body)[0] != "construction.result"


def test_a_tenders_award_clause_about_the_winner_to_be_is_no_award_section() -> None:
    body = (
        "采购人：某市档案馆\n一、项目名称：档案整理服务\n二、投标截止时间：2026年5月6日9:30\n"
        "三、中标结果\n中标人确定后，采购人将在某市政府采购网发布中标公告。\n"
    )
    assert _typed(body)[0] == "procurement.tender"


def test_a_mining_right_an_exchange_lists_with_the_sellers_pledge_stays_mining() -> None:
    body = (
        "一、转让方承诺\n我方拟转让所持有的采矿权，依照公开、公平、公正的原则作如下承诺：\n"
        "二、标的基本情况\n矿区面积：0.35平方千米\n开采矿种：建筑用石料\n挂牌起始价：300万元\n"
    )
    assert _typed(body)[0].startswith("mining.")
