"""Round 23b: notice types of news items and of bodies that say what they publish, by families, not page variants.

- a right to extract named with its kind of use between ('河道砂石开采经营权') is mining; a lot sold by the plain verb of
  selling after its sum word ('以总金额…万元…成功卖出'); a sale meeting told held verb-first in the past ('成功举办了…拍卖会');
- a body's publication act typed by its object ('现对本次招标的开评标过程及结果进行公示': the title rules read the object);
- a purchase's committee report ('…采购项目评审报告') is its nearest stage, the result;
- a works award told by the plain copula after an organisation ('某某有限公司为该项目设计单位的中标人'), a taker of this
  very project ('…等三家企业中标该项目'), the sum awarded in prose ('总中标金额为…亿元');
- a notice reported published, named unquoted ('…采购网发布了该项目的中标结果公告');
- a housing report: the notice it reports published, else its headline's count framed as a task (annual plan);
- guards: a rule's time limit on a payment ('…日内完成交易价款的支付'), a notice scheduling its auction, a tender that
  promises the result, a headline counting units done, a rule naming the first candidate as winner.

Made-up pages (no real page's text). Each test fails before round 23b and passes after; the guards keep what was right.
"""

from __future__ import annotations

from extractors import extract
from extractors.classify import classify


def _type(text: str) -> str:
    return extract(text.encode()).to_dict()["notice_type"]


# --- sales told done ---------------------------------------------------------------------------------------------

_SAND_NEWS = (
    "本网讯(通讯员某某)9月3日,某某县首次公开拍卖河道砂石开采经营权。经过多轮竞拍,8个标段以总金额321.5万元的3年经营权限"
    "成功卖出,最高拍卖价达到60万元。另1个标段拍卖因无人出价而流标。\n"
    "竞拍共吸引了12家竞买企业参加。\n"
)


def test_extraction_right_with_its_use_sold_is_a_mining_deal():
    assert _type(_SAND_NEWS) == "mining.deal_result"


_MEETING_NEWS = (
    "某某县河道砂石开采权有偿出让工作有序推进\n"
    "2016-03-02 10:00:00\n"
    "某某网讯 继某某河河道砂石开采权有偿出让拍卖工作结束之后,2月28日,县水利局在县公共资源交易中心成功举办了某某河河道"
    "砂石开采权有偿出让拍卖会。\n"
    "此次河道砂石开采权出让后,将对河道砂石实行统一规划、统一限量开采。\n"
)


def test_sale_meeting_held_verb_first_is_a_deal_result():
    assert _type(_MEETING_NEWS) == "mining.deal_result"


_MINING_NOTICE = (
    "某某县河道砂石开采权挂牌出让公告\n"
    "经某某县人民政府批准,某某县水利局决定以挂牌方式出让某某河河道砂石开采权。\n"
    "一、挂牌起始价:50万元,竞买保证金:10万元。\n"
    "二、拍卖会定于2025年5月6日上午9时在某某县公共资源交易中心举行。\n"
    "三、竞得人应在成交之日起5个工作日内完成交易价款的支付。\n"
)


def test_guard_a_notice_scheduling_its_auction_stays_an_offer():
    assert _type(_MINING_NOTICE) == "mining.transfer_notice"


# --- the stage a body says it publishes ------------------------------------------------------------------------

_OPENING_RESULT = (
    "2025年03月04日,招标人(某某镇人民政府)及招标代理机构(某某咨询有限公司)在某某交易中心对某某村道路提升项目勘察设计"
    "招标项目进行开标、评标。\n"
    "一、本工程概况:\n"
    "1、工期:本次招标勘察设计工期:30个日历天。\n"
    "二、现对本次招标的开评标过程及结果进行公示:\n"
    "1、评标委员会由5人组成。\n"
    "2、至电子投标截止时间,共有3家投标人完成了全流程电子投标。\n"
)


def test_publication_act_typed_by_its_object():
    assert _type(_OPENING_RESULT) == "construction.candidates"


_TENDER_PROMISES = (
    "某某村道路提升工程施工招标公告\n"
    "一、招标条件\n本项目已具备招标条件,现对该项目的施工进行公开招标。\n"
    "二、投标截止时间:2025年5月6日9时。\n"
    "三、中标候选人将在某某网公示,中标结果将在公示期满后公告。\n"
)


def test_guard_a_tender_promising_its_result_stays_a_tender():
    assert _type(_TENDER_PROMISES) == "construction.tender"


_EVALUATION_REPORT = (
    "某某区环卫车辆采购项目评审报告\n"
    "一、评审工作组织\n受某某区城市管理局委托,遵照政府采购法,某某项目管理有限公司组织某某区环卫车辆采购项目的评审工作。\n"
    "二、评审小组组成\n评审小组由甲、乙、丙组成。\n"
)


def test_purchase_evaluation_report_is_its_result():
    title, body = _EVALUATION_REPORT.split("\n", 1)
    assert classify(title, [], body) == ("procurement", "procurement.result")


def test_guard_an_acceptance_review_report_is_no_result():
    assert (
        classify("某某区环卫车辆采购项目验收评审报告", [], "验收结论:合格。")[1] == "procurement.acceptance"
    )


# --- awards told in prose ---------------------------------------------------------------------------------------

_DESIGN_LOTTERY = (
    "某某路改造工程设计招标完成\n"
    "时间:2019-04-02 10:11来源:城市管理局\n"
    "根据该办法,某某路改造工程设计单位采取邀请招标方式确定,邀请单位分别为甲设计有限公司、乙设计有限公司、丙设计有限公司,"
    "采取随机抽取中标人的办法。\n"
    "经过两轮抽签,最终乙设计有限公司为该项目设计单位的中标人。\n"
)


def test_award_told_by_the_copula_is_a_result():
    assert _type(_DESIGN_LOTTERY) == "construction.result"


_RULE_FIRST_CANDIDATE = (
    "某某小学运动场改造工程施工招标公告\n"
    "一、招标条件\n本项目已具备招标条件,现对该项目的施工进行公开招标。\n"
    "二、招标人将确定排名第一的中标候选人为中标人。\n"
    "三、投标截止时间:2025年5月6日9时。\n"
)


def test_guard_a_rule_naming_the_first_candidate_stays_a_tender():
    assert _type(_RULE_FIRST_CANDIDATE) == "construction.tender"


_REPORTED_RESULT = (
    "首页 > 某某设备网\n"
    "某市国企二次招标项目结果已出!\n"
    "来源:某某设备网\n"
    "今年5月份,曾报道过某某市某区环卫一体化项目缩减预算二次招标的新闻,在7月2号,某某省政府采购网发布了该项目的中标结果公告。\n"
    "据公告计算,项目总中标金额为3.21亿元,相比第一次的中标,金额减少了2000万。\n"
    "甲环境工程有限公司、乙物业管理有限公司等三家企业中标该项目。\n"
    "回顾:3月,某某省政府采购网发布了一则该项目单一来源采购的公示,采购人拟向某某城市服务有限公司采购。\n"
)


def test_reported_result_is_a_purchase_result():
    assert _type(_REPORTED_RESULT) == "procurement.result"


# --- housing: plan or progress ----------------------------------------------------------------------------------

_TASK_NEWS = (
    "某某新闻网 首页\n"
    "棚户区改造任务:基本建成12345套住房\n"
    "2024-2-1 09:00| 编辑: 某某 | 来自: 某某晚报\n"
    "记者昨日从市房屋管理局获悉,今年省下达我市保障性住房任务已经明确,其中我市棚户区改造任务是基本建成12345套住房。\n"
    "去年,全市共开工城市棚户区改造3210套;已基本建成城市棚户区改造安置房23456套。\n"
    "截至今年1月底,共完成棚户区改造新开工1200套,开工率20.1%。\n"
)


def test_headline_task_count_is_the_annual_plan():
    assert _type(_TASK_NEWS) == "housing.annual_plan"


_TASK_HEADLINE_PROGRESS_REPORTED = (
    "您的位置:首页 > 社会 > 正文\n"
    "2023年某省棚户区改造开工任务5.1万套 基本建成任务6.2万套\n"
    "8月1日,某省住建厅发布了2023年1-6月全省城镇保障性安居工程建设进展情况。\n"
    "1-6月份,全省棚户区改造开工2.5万套,开工率49.0%;基本建成4.1万套,基本建成率66.1%。\n"
)


def test_reported_progress_notice_wins_over_the_headline_task():
    assert _type(_TASK_HEADLINE_PROGRESS_REPORTED) == "housing.progress"


_DONE_HEADLINE = (
    "某某新闻网 首页\n"
    "我市超额完成棚改目标任务3000套\n"
    "记者从市住建局获悉,截至12月底,全市棚户区改造开工3120套,开工率104%。\n"
)


def test_guard_a_headline_counting_units_done_stays_progress():
    assert _type(_DONE_HEADLINE) == "housing.progress"
