"""Round 18a: notices that change a procedure (a suspension, a withdrawn ranking or award, the documents changed,
a period drawn out) typed by their own words, not as the tender they concern; news reports typed by the outcome
they tell; a works tender's 招标事项核准 as works' approval; a housing report counted in units.

Made-up pages (no real page's text). Each test fails before round 18a and passes after; the guards beside them
keep what was right.
"""

from __future__ import annotations

from extractors import extract
from extractors.classify import classify


def _rec(html: str) -> dict:
    return extract(html.encode()).to_dict()


def _type(html: str) -> str:
    return _rec(html)["notice_type"]


# --- 18a.1 a suspension of the procedure: termination -------------------------------------------------


def test_a_title_naming_a_suspended_tender_is_a_termination() -> None:
    page = (
        "<h1 class='title'>关于某某区某某路排水管网改造工程监理暂停招标的公告</h1>"
        "<p>某某区某某路排水管网改造工程监理项目因前期手续尚未办结，现暂时停止该项目招标工作，"
        "待条件成熟后另行发布公告。</p><p>招标人：某某区住房和城乡建设局</p><p>2026年3月5日</p>"
    )
    rec = _rec(page)
    assert (rec["notice_type"], rec["type_basis"]) == ("construction.termination", "title")


def test_a_suspension_told_as_a_decision_under_a_title_naming_what_is_bought_is_a_termination() -> None:
    # the title's tail names only what is bought ('…设备采购项目的通知'); the body suspends the procedure
    page = (
        "<h1 class='title'>关于暂停某某中心会议室音响设备采购项目的通知</h1>"
        "<p>各报名供应商：</p><p>原定于2026年3月9日开标的某某中心会议室音响设备采购项目，因供应商对采购文件提出质疑，"
        "经采购监管部门审查决定暂停该项目的采购，待采购文件修改后重新组织采购。</p>"
        "<p>某某招标代理有限公司</p><p>2026年3月5日</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "procurement.termination"
    # (round 23a: the title's governing verb, 关于暂停…, names the halt though its tail names what is bought:
    # classify.HALT_GOVERNS; round 18a read the tail alone and held the basis to the body)
    assert rec["type_basis"] == "title"
    # and the buyer naming its project: '某某学院将暂停《…》的采购工作'
    adjusted = (
        "<h1 class='title'>关于《某某学院物业服务供应商遴选》采购工作调整的公告</h1>"
        "<p>根据上级文件精神，某某学院将暂停《某某学院物业服务供应商遴选》的采购工作，原定的评审工作取消。</p>"
        "<p>特此通告。</p><p>某某学院采购管理办公室</p><p>2026年3月5日</p>"
    )
    assert _rec(adjusted)["notice_type"].endswith(".termination")


def test_a_suspension_told_with_no_title_is_a_termination() -> None:
    page = (
        "<p>我单位某某镇路灯改造工程于2026年2月12日开标，在中标公示期内收到投标人质疑。"
        "经我单位研究决定暂停该项目招标投标活动。</p><p>特此说明。</p><p>某某县住房和城乡建设局</p>"
    )
    assert _type(page) == "construction.termination"


def test_a_rule_that_would_suspend_the_tender_types_nothing() -> None:
    # guard: a ranking's rule on objections ('作出答复前，将暂停招标活动') keeps the publicity a ranking
    page = (
        "<h1 class='title'>某某小学教学楼改造工程中标候选人公示</h1>"
        "<p>第一中标候选人：某某建设有限公司，投标报价：1234567.00元。</p>"
        "<p>投标人对评标结果有异议的，应在公示期内提出，招标人将自收到异议之日起3日内作出答复，作出答复前，"
        "将暂停招标活动。</p><p>招标人：某某小学</p>"
    )
    assert _type(page) == "construction.candidates"
    # guard: a supplier's ban stays a penalty, and an opening put off is no termination
    ban = (
        "<h1 class='title'>关于在采购活动中暂停与某某器械有限公司合作的通知</h1>"
        "<p>各供应商：</p><p>经查，某某器械有限公司在我院医疗设备采购活动中提供虚假材料，"
        "现决定暂停与某某器械有限公司合作。</p><p>某某医院</p>"
    )
    assert _type(ban) == "procurement.penalty"
    put_off = (
        "<h1 class='title'>某某医院检验设备采购项目暂停开标的公告</h1>"
        "<p>因故，本项目暂停开标，开标时间另行通知。</p><p>采购人：某某医院</p>"
    )
    # (its title's type is as before round 18a: the suspension word is not read as a halt before 开标)
    assert _type(put_off) == "procurement.tender"


def test_a_tender_that_recalls_a_suspension_stays_a_tender() -> None:
    # guard: a tender inviting bids in the present stays the tender, whatever halt it recalls
    page = (
        "<h1 class='title'>某某中心办公设备采购项目招标公告</h1>"
        "<p>本项目前期经研究决定暂停采购，现重新组织。</p>"
        "<p>现邀请合格的供应商参加投标。投标截止时间：2026年3月26日9时30分。</p><p>采购人：某某中心</p>"
    )
    assert _type(page) == "procurement.tender"


def test_a_halt_named_verb_first_is_a_termination() -> None:
    # '自公告发布之日起中止本项目采购活动' (the verb before 本项目, as '终止本项目' already read)
    page = (
        "<p>我中心组织的某某疫苗采购项目招标文件发布后，有供应商提出质疑。鉴于采购人需修改招标文件，"
        "自公告发布之日起中止本项目采购活动，请潜在供应商关注后续公告。</p><p>某某省政府采购中心</p>"
    )
    assert _type(page) == "procurement.termination"


# --- 18a.2 a ranking or an award withdrawn: termination -----------------------------------------------


def test_an_award_declared_void_is_a_termination() -> None:
    page = (
        "<p>某某镇场镇改造工程设计施工总承包于2026年3月1日开评标，某某建设有限公司被推荐为第一中标候选人。"
        "公示期间我单位收到异议，经调查核实，决定按照《中华人民共和国招标投标法实施条例》第五十五条规定，"
        "认定某某建设有限公司中标无效，废除其中标资格，并重新开展该项目招标。</p><p>2026年3月18日</p>"
    )
    assert _type(page) == "construction.termination"


def test_a_ranking_withdrawn_under_a_heading_naming_the_ranking_is_a_termination() -> None:
    page = (
        "<h1 class='title'>关于某某农田建设项目施工恢复招投标活动及重新发布中标候选人公示的情况说明</h1>"
        "<p>本项目于2026年3月1日发布了中标候选人公示，公示期间收到异议，异议成立。某某公司、某某公司提交的投标文件"
        "中均有与事实不符的承诺材料，取消以上投标人的中标候选人资格。招标人将根据评标委员会提出的中标候选人名单排序"
        "重新发布中标候选人公示。</p><p>招标人：某某镇人民政府</p>"
    )
    assert _type(page) == "construction.termination"


def test_a_ranking_published_anew_stays_a_ranking() -> None:
    # guard: the same withdrawal followed by the new ranking itself is the candidates publicity
    page = (
        "<h1 class='title'>某某农田建设项目施工中标候选人公示（重新发布）</h1>"
        "<p>经核实，某某公司提交的投标文件中有与事实不符的承诺材料，取消以上投标人的中标候选人资格。</p>"
        "<p>第一中标候选人：某某水利建设有限公司，投标报价：2345678.00元。</p><p>招标人：某某镇人民政府</p>"
    )
    assert _type(page) == "construction.candidates"
    # guard: a tender's conditional rule ('…谋取中标的，取消其中标资格') withdraws nothing
    rule = (
        "<h1 class='title'>某某道路工程施工招标公告</h1><p>一、招标条件</p><p>本项目已批准建设。</p>"
        "<p>投标人提供虚假材料谋取中标的，取消其中标资格。</p><p>投标截止时间：2026年3月26日9时30分。</p>"
    )
    assert _type(rule) == "construction.tender"


# --- 18a.3 the tender documents changed, a period drawn out: correction --------------------------------


def test_a_title_naming_the_tender_documents_changed_is_a_correction() -> None:
    page = (
        "<h1 class='title'>招标文件修改通知</h1><p>各投标单位：</p>"
        "<p>我公司代理的“某某水厂输水管道改造工程”的招标文件内容作如下修改：投标人须知前附表1.4.1资质条件改为"
        "市政公用工程施工总承包叁级及以上。</p><p>某某招标代理有限公司</p>"
    )
    rec = _rec(page)
    assert (rec["notice_type"], rec["type_basis"]) == ("construction.correction", "title")
    # guard: a tender whose title names its documents' sale stays the tender
    sale = (
        "<h1 class='title'>某某道路工程施工招标公告</h1><p>一、招标条件</p>"
        "<p>招标文件发售时间：2026年3月2日至3月6日。</p><p>投标截止时间：2026年3月26日9时30分。</p>"
    )
    assert _type(sale) == "construction.tender"


def test_a_sale_period_drawn_out_is_a_correction() -> None:
    page = (
        "<p>某某交通建设集团公司于2026年3月2日发布了《某某高速公路改扩建工程施工招标资格预审公告》，"
        "并于3月3日至3月9日发售资格预审文件。截至3月9日，购买资格预审文件的申请人数量未达到规定的最低数量。</p>"
        "<p>经研究，决定本项目资格预审文件的发售时间继续延长至2026年3月16日，文件发售地点不变。</p>"
        "<p>招标人：某某交通建设集团公司</p>"
    )
    assert _type(page) == "construction.correction"
    # guard: a prequalification notice stating its own sale period stays one
    notice = (
        "<p>某某高速公路改扩建工程施工招标资格预审公告</p><p>请潜在资格预审申请人于2026年3月3日至3月9日"
        "领取资格预审文件。</p><p>招标人：某某交通建设集团公司</p>"
    )
    assert _type(notice) == "construction.prequalification"


# --- 18a.4 news reports: the outcome they tell ---------------------------------------------------------


def test_a_news_report_of_a_works_award_is_a_result() -> None:
    page = (
        "<p>某某县防洪工程列入省重点项目，要求在春节前完成招标工作。某某招标有限公司接受委托后，当天完成了招标公告"
        "和招标文件的草拟工作。</p><p>开标大会于当晚顺利结束，最终由某某水利水电工程有限公司以1780.69万元的报价中标。"
        "</p>"
    )
    assert _type(page) == "construction.result"
    # guard: a works page naming its documents and no award stays the tender
    tender = "<p>某某县防洪工程施工项目，请投标人按招标文件要求编制投标文件，工期180日历天。</p>"
    assert _type(tender) == "construction.tender"


def test_a_news_report_of_a_lease_let_at_its_price_is_the_deal() -> None:
    page = (
        "<p>简讯</p><p>3月1日上午，某某市场办公楼以41.7万元招租成功。</p>"
        "<p>市场于2月发布办公楼整体招租信息，有10位意向人报名，交纳了拍卖保证金，竞拍底价为35万元，"
        "最高应价者以41.7万元竞拍成功。</p>"
    )
    assert _type(page) == "property.deal_result"
    # guard: a lease notice's terms with no price taken stay the offer ('未竞拍成功的' is no deal)
    notice = (
        "<p>某某市场办公楼整体招租公告</p><p>竞拍底价为35万元，竞买保证金5万元，报名时间：3月1日至3月5日。"
        "</p><p>未竞拍成功的竞买人，保证金无息退还。</p>"
    )
    assert _type(notice) == "property.transfer_notice"


# --- 18a.5 a works tender's approval; a housing report in units ----------------------------------------


def test_an_approval_of_a_projects_tendering_arrangements_is_works_approval() -> None:
    page = (
        "<h1 class='title'>关于核准某某医院改扩建项目招标事项的批复</h1>"
        "<p>某某城市建设投资有限公司：</p><p>你单位报来的核准申请收悉。经审核，现就该工程的招标事项核准批复如下：</p>"
        "<p>一、招标方式：同意采用公开招标方式。二、招标组织形式：委托招标。三、招标范围：土建、道路、绿化施工。</p>"
        "<p>某某市发展和改革局</p>"
    )
    rec = _rec(page)
    assert (rec["domain"], rec["notice_type"]) == ("construction", "construction.approval")
    # guard: a property transfer's approval keeps its domain
    assert classify("关于同意某某公司国有股权转让的批复", [], "经研究，同意转让。")[1] == "property.approval"


def test_a_housing_report_counting_units_started_is_progress() -> None:
    page = (
        "<p>本报讯 今年省下达我市保障性住房建设任务为3万套，目前已全部开工建设。其中，经济适用住房开工84万平方米"
        "9863套，竣工39万平方米4644套；公共租赁住房开工72万平方米14484套。</p>"
    )
    assert _type(page) == "housing.progress"
    # guard: an allocation's draw that names the flats built stays the allocation
    draw = "<p>某某公租房小区共建成1200套，本次摇号分配房源300套，摇号结果如下。</p>"
    assert _type(draw) == "housing.allocation"


def test_a_report_of_an_auction_held_today_is_the_deal() -> None:
    # an idiom of the outcome with a report's relative day ('…交易会今天下午在某交易所举行') counts as a deal word
    # against the terms the report restates (起拍价, 竞买)
    page = (
        "<p>今年某省首场排污权竞买交易会今天下午在某省环境权交易所举行，对460吨二氧化硫排污权进行拍卖，"
        "起拍价为每吨6000元，十多家企业参加竞买。最后，二氧化硫创下了16700元一吨的历史最高成交价，接近起拍价的3倍。</p>"
        "<p>我省此前已先后对二氧化硫排污权进行了两次拍卖。</p>"
    )
    assert _type(page) == "emission.deal_result"
    # guard: a notice scheduling its auction ('拍卖会定于…在…举行') stays the offer
    notice = (
        "<p>某省排污权拍卖公告</p><p>拍卖会定于2026年3月20日上午在某省环境权交易所举行。起拍价为每吨6000元，"
        "竞买保证金10万元，竞买人须于3月18日前报名。</p>"
    )
    assert _type(notice) == "emission.transfer_notice"
