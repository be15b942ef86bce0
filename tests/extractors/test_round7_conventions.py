"""Reading conventions added in issue 12, round 7 (docs/extraction-conventions.md, "Round 7").

Round 7 tuned on fresh6 and fresh7 by structural causes: news reports of a sale restate the sale's
terms and were typed as sale notices; an exchange's third kind of deal (增资) was unknown; a
correction or a tender cut below its heading states the change or the present act in its body; a
report of several lots names each lot's buyer and figures; aggregator copies mask or strip figures
and glue their tags.  Every page below is made up (no real page is copied), each rule has a guard
where it could go too far.
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.classify import _domain


def _rec(page: str):
    return extract(page.encode("utf-8"))


# -- a deal told as a fact is a result, whatever sale terms the page restates ------------------------

NEWS_PASSIVE = """6日上午,受某县自然资源局委托,某市交易中心公开挂牌出让某县两宗建筑用石料矿山采矿权。最终,甲矿山流挂,乙矿山采矿权被某县宏达石材加工场以512.30万元摘得。
根据出让公告,1号地块矿区面积0.081平方公里,出让年限3年,出让起始价500.00万。
2号地块矿区面积0.062平方公里,出让年限3年,出让起始价498.00万。
据了解,共有3家竞买人报名参加竞买,保证金已缴纳。
"""

NEWS_BY_WHOM = """某网5月3日讯 日前,某县某矿区建筑用花岗岩矿采矿权在县公共资源交易中心竞拍出让。本次出让起拍价3000万元,经过数轮竞价后,最终由某市鑫盛矿业有限公司以9150万元整的最高报价竞得。
据悉,该矿位于某镇某村,矿区面积:0.1234平方公里。
"""

RULE_ONLY = """某县自然资源局采矿权挂牌出让公告
一、出让采矿权基本情况:矿区面积0.05平方公里,出让年限5年,挂牌起始价800万元。
二、竞买保证金:200万元。报名时间:2025年3月1日至3月20日。
三、挂牌期限截止时,由报价最高的竞买人竞得;竞得人应当场签订成交确认书。
"""

RESULT_TABLE_FORM = """我局于2024年9月2日发布了《某市2024年第三期采矿权挂牌出让公告》,定于2024年10月8日截牌。现对"某市2024年第三期采矿权"挂牌成交结果公示如下:
一、成交情况
(1)竞得人名称:某建材有限公司
(2)成交时间:2024年10月8日
(3)成交价:壹仟贰佰万元整(小写:¥1200万元)
二、采矿权基本情况
出让年限:8年
"""


def test_a_news_report_of_a_sale_is_a_result_with_its_buyer_and_price() -> None:
    rec = _rec(NEWS_PASSIVE)
    assert rec.notice_type == "mining.deal_result"
    assert rec.fields["winner"] == ["某县宏达石材加工场"]
    assert rec.fields["amount"] == 5123000
    # two lots, two areas and two prices: none is the notice's
    assert "area_m2" not in rec.fields and "starting_price" not in rec.fields
    rec = _rec(NEWS_BY_WHOM)
    assert rec.notice_type == "mining.deal_result"
    assert rec.fields["winner"] == ["某市鑫盛矿业有限公司"]
    assert rec.fields["amount"] == 91500000
    assert rec.fields["starting_price"] == 30000000
    assert rec.fields["location"] == "某镇某村"


def test_a_sale_notice_states_its_deal_only_as_a_rule() -> None:
    assert _rec(RULE_ONLY).notice_type == "mining.transfer_notice"


def test_a_follow_up_names_its_earlier_notice_not_its_title() -> None:
    rec = _rec(RESULT_TABLE_FORM)
    assert rec.notice_type == "mining.deal_result"
    assert "title" not in rec.fields  # '我局…发布了《…出让公告》' is the notice this one follows
    assert rec.fields["amount"] == 12000000


NEWS_QUOTES_OTHERS = """某市自然资源局发布了《某县某矿采矿权挂牌出让公告》,详细内容如下:
一、出让采矿权基本情况:矿区面积0.05平方公里,挂牌起始价800万元。
二、竞买保证金:200万元。报名时间:2025年3月1日至3月20日。
"""


def test_a_news_item_still_takes_the_quoted_notice_as_its_title() -> None:
    assert _rec(NEWS_QUOTES_OTHERS).fields["title"] == "某县某矿采矿权挂牌出让公告"


THREE_LOTS_REPORT = """1月9日,某市某区自然资源局发布了交易结果,某区三个建筑用砂采矿权成功出让。
一号矿区位于某乡某村,面积0.400平方公里,起始价1200万元。甲建筑工程有限公司以8000万元成功竞得。
二号矿区位于某乡某屯,面积0.300平方公里,起始价700万元。最终,乙工贸有限公司以6000万元成功竞得该矿区采矿权。
三号矿区位于某乡某庄,面积0.100平方公里,起始价150万元。丙沙石开采有限公司以600万元、约300%的溢价率成功竞得。
"""


def test_a_report_of_several_lots_names_every_buyer_and_no_lot_figure() -> None:
    rec = _rec(THREE_LOTS_REPORT)
    assert rec.notice_type == "mining.deal_result"
    assert rec.fields["winner"] == ["甲建筑工程有限公司", "乙工贸有限公司", "丙沙石开采有限公司"]
    for key in ("area_m2", "starting_price", "amount"):
        assert key not in rec.fields


EMISSION_SUBTOTALS = """某市完成首次排污权交易专场
3月8日,某市生态环境局委托某环境资源交易中心举办排污权交易专场。
甲电子有限公司、乙材料股份有限公司等六家企业参加竞拍,两家企业成功买到二氧化硫,成交总金额为1.20万元;四家企业成功买到化学需氧量,成交总金额为80.50万元。本次交易专场成交总金额为81.70万元。
"""

EMISSION_BUYERS = """近日,某市政府储备排污权交易启动,甲新能源有限公司等30家次企业竞拍到二氧化硫、氮氧化物排污权指标。
其中竞拍氮氧化物指标最激烈,最高成交价2.50万元/吨。
"""


def test_a_report_total_not_a_subtotal_nor_a_unit_price() -> None:
    rec = _rec(EMISSION_SUBTOTALS)
    assert rec.notice_type == "emission.deal_result"
    assert rec.fields["amount"] == 817000  # '本次…成交总金额', not the first pollutant's subtotal
    assert "winner" not in rec.fields  # they took part ('参加竞拍'); the next clause's buyers are unnamed
    rec = _rec(EMISSION_BUYERS)
    assert rec.fields["winner"] == ["甲新能源有限公司"]
    assert "amount" not in rec.fields  # '最高成交价2.50万元/吨' is the highest unit price


NEWS_LEDE_OVER_NOTICE = """近日,某县某矿地建筑石料用灰岩矿成功出让,成交价:8,800万元。竞得人为某交工矿业有限公司。
某县某矿地建筑石料用灰岩矿网上挂牌出让公告
根据《矿产资源法》等规定,某县自然资源局决定以网上挂牌方式出让下列采矿权。
挂牌起始价:2000万元。竞买保证金:400万元。
"""


def test_a_news_lede_above_a_reprinted_sale_notice_reports_the_deal() -> None:
    rec = _rec(NEWS_LEDE_OVER_NOTICE)
    assert rec.notice_type == "mining.deal_result"
    assert rec.fields["winner"] == ["某交工矿业有限公司"]
    assert rec.fields["amount"] == 88000000


# -- 增资: an exchange's third kind of deal -------------------------------------------------------

CAPITAL_INCREASE = """增资企业承诺 |
我方拟实施增资,并委托交易机构公开发布增资信息和组织交易活动。我方转让产权的相关行为已履行了相应程序,并获得相应批准。 |
项目基本情况 |
项目名称 |
某科技股份有限公司增资项目 |
拟公开募集资金总额说明 |
不少于(含)800万元 |
"""

CAPITAL_INCREASE_DONE = """标的物分类
某新材料科技有限公司增资扩股
已成交
本项目存在多个最终投资方,成交价分别为:
1,000万元; 500万元;
本项目已成交 可联系项目组织方咨询详情
项目报名联系人 王女士
标的名称 某新材料科技有限公司增资扩股 拟募集金额 1,500 万元
"""


def test_a_capital_increase_is_a_property_deal() -> None:
    rec = _rec(CAPITAL_INCREASE)
    assert rec.notice_type == "property.transfer_notice"  # not an approval: '获得相应批准' is the 承诺's
    assert rec.fields["project_name"] == "某科技股份有限公司增资项目"
    assert _rec(CAPITAL_INCREASE_DONE).notice_type == "property.deal_result"


# -- corrections and tenders cut below their heading -------------------------------------------------

POSTPONED = """受疫情影响,为确保项目竞争充分,本项目延期开标。具体有关时间变更如下:
本项目的"投标截止时间:3月2日上午9时30分"修正为:"投标截止时间:3月16日上午9时30分"。
投标单位未及时了解有关信息的,自行承担责任。
"""

CORRECTION_TEMPLATE_ONE_LINE = (
    "项目名称:某局执法记录仪采购 项目编号:ZC2017-031 一、项目联系方式: 项目联系人:李某 项目联系电话: 0771-5551234"
    " 二、原公告名称及地址时间等: 首次公告日期:2017年07月03日 本次变更日期:2017年07月19日 三、更正事项、内容: /"
    " 四、其它补充事宜: 现对公开招标文件部分内容做出如下更改: 投标截止时间改为2017年7月28日9时30分。"
)

TENDER_RULES = """某县政府采购中心受某县教育局委托,对某县学生课桌椅采购项目进行公开招标,欢迎合格的供应商参加投标。
采购人:某县教育局
投标截止时间:2024年5月6日09:30
如有变更,以更正公告为准。
"""


def test_a_correction_states_its_change() -> None:
    assert _rec(POSTPONED).notice_type == "procurement.correction"  # no party, no domain word: procurement
    rec = _rec(CORRECTION_TEMPLATE_ONE_LINE)
    assert rec.notice_type == "procurement.correction"
    assert rec.fields["publish_date"] == "2017-07-19"  # its own change date, not the first notice's
    assert rec.fields["project_number"] == "ZC2017-031"  # '一、' opens the next label, it ends no value
    assert _rec(TENDER_RULES).notice_type == "procurement.tender"  # a tender's 'if changed' rule


PRESENT_TENDER_TRADITIONAL = """中某招標有限公司(以下簡稱“招標代理機構”)受某食品有限公司新疆分公司(以下簡稱“招標人”)的委托,現對某分公司冷凍餐采購項目進行公開招標。
1、招標項目簡介 1.1 招標項目名稱:某分公司冷凍餐采購項目。
1.2 項目編號:CZ*。
"""

RESULT_IN_THE_PAST = """某县政府采购中心受某县教育局委托,于2024年3月对某县学生课桌椅采购项目进行了公开招标,现将中标结果公告如下:
中标供应商:某家具有限公司
中标金额:368000元
"""


def test_a_tender_opens_in_the_present_a_result_in_the_past() -> None:
    rec = _rec(PRESENT_TENDER_TRADITIONAL)
    assert rec.notice_type == "procurement.tender"
    assert rec.fields["purchaser"] == "某食品有限公司新疆分公司"  # '(以下簡稱…)' is no part of the name
    assert "project_number" not in rec.fields  # 'CZ*': a masked code
    assert _rec(RESULT_IN_THE_PAST).notice_type == "procurement.result"


def test_a_page_with_no_tendering_words_stays_other() -> None:
    assert _domain("", [], "某单位食堂本周菜谱如下:周一米饭、青菜。") == "other"
    assert _domain("关于自行采购开设账户的公告", [], "投标文件递交至某银行。") == "other"


# -- purchase plans (采购意向) ------------------------------------------------------------------------

PLAN_SIGNED = """为便于供应商及时了解政府采购信息,根据有关规定,现将本单位2024年10月至2024年11月采购意向公开如下:
序号:1
采购项目名称:某海事局趸船采购项目
预算金额(元):1,200,000.00
预计采购时间:2024年11月
本次公开的采购意向是本单位政府采购工作的初步安排,具体采购项目情况以相关采购公告和采购文件为准。
某市海事局
2024年10月21日
"""

PLAN_DIGITS_STRIPPED = """为便于供应商及时了解政府采购信息,根据有关规定,现将某区交通建设管理中心年月政府采购意向如下: 序号 采购项目名称 采购需求概况 预算金额(元) 预计采购时间 备注 年区管道路养护 对道路设施进行经常性维修保养。 . - 本次公开的采购意向是本单位政府采购工作的初步安排。
"""

PLAN_HEADER_LOST = """某市城市管理局****年**月政府采购意向
为便于供应商及时了解政府采购信息,根据有关规定,现将某市城市管理局****年**月采购意向公开如下:
|
预计采购时间
备注
*
****年春季绿化补植项目
对主城区道路死亡苗木进行补植,主要苗木种类为乔木和地被草坪。
***
****年**月
本次公开的采购意向是本单位政府采购工作的初步安排,具体采购项目情况以相关采购公告和采购文件为准。
"""

PLAN_ROW_WRAPPED = """现将某地区医院****年*月至*月采购意向公开如下:
序号 | 采购项目名称 | 采购需求概况 | 预算金额(万元) | 预计采购时间 | 备注 |
1 | 某地区医院中药饮片,辅料以及包装材料项目 | 单价式采购饮片及辅料。 |
86.5 | 2025年5月 | 无 |
本次公开的采购意向是本单位政府采购工作的初步安排。
"""


def test_a_purchase_plan_names_its_buyer_and_its_project() -> None:
    rec = _rec(PLAN_SIGNED)
    assert rec.notice_type == "procurement.intention"
    assert rec.fields["purchaser"] == "某市海事局"  # the plan's 落款
    rec = _rec(PLAN_DIGITS_STRIPPED)
    assert rec.fields["purchaser"] == "某区交通建设管理中心"
    rec = _rec(PLAN_HEADER_LOST)
    assert rec.fields["project_name"] == "****年春季绿化补植项目"
    rec = _rec(PLAN_ROW_WRAPPED)
    assert rec.fields["project_name"] == "某地区医院中药饮片,辅料以及包装材料项目"
    assert rec.fields["budget"] == 865000


# -- masks, stamps and other notations of aggregator copies ------------------------------------------

MASKED_PRICE_IN_WORDS = """内蒙古/某市-2025-11-04 00:00:00
矿泉水勘查探矿权挂牌出让公告
某市自然资源局委托某市公共资源交易中心以网上挂牌方式公开出让某县矿泉水勘查探矿权。
一、出让探矿权基本信息
(一)出让区块地理位置:某自治区某县;
(二)首次出让期限:*年;
(三)挂牌起始价:*.****万元(大写:叁万肆仟伍佰元整)。
二、出让人、交易平台基本信息
(一)出让人:某市自然资源局
"""

MASKED_PLACE = """**县某铅锌矿申请增扩采矿权深部,经**政府批准,现将有关情况公示如下:
一、出让人:****
二、受让人:****
三、采矿权名称:**县某铅锌矿
四、矿区位置:**省**市**县
五、面积:1.5000平方千米
"""

PAGED_STAMP = """日期:2013-05-17 10:22
标人应随时关注某市工程建设招标投标交易信息网上关于本招标项目相关修改或补充内容。
4.3 招标文件每套售价500元,售后不退。
4.4 投标人如对招标文件有质疑,应在规定质疑期内提出。
"""

DMY_STAMP = """某市首次排污权专场交易举行
12.03.2017  09:15
为推进排污权交易试点,2017年3月10日,某市环保局委托某环境资源交易中心组织排污权专场交易,甲化工有限公司以20万元竞得化学需氧量指标。
"""

LEASE_RULED_OUT = """门面房屋招租公告
现将有关事宜公告如下:
一、出租门面基本情况
1、某局综合大楼第一层第2号,建筑面积60㎡。
二、房屋租赁用途
出租房屋拟定用途为商业零售;禁止用途:餐饮、娱乐。
"""


def test_masked_figures_and_places() -> None:
    rec = _rec(MASKED_PRICE_IN_WORDS)
    assert rec.notice_type == "mining.transfer_notice"
    assert rec.fields["starting_price"] == 34500  # the masked figure's words
    assert rec.fields["publish_date"] == "2025-11-04"  # the tag line '内蒙古/某市-2025-11-04 00:00:00'
    assert "use_term_years" not in rec.fields  # '*年'
    rec = _rec(MASKED_PLACE)
    assert rec.notice_type == "mining.deal_result"
    assert "location" not in rec.fields  # '**省**市**县'


def test_page_stamps() -> None:
    assert _rec(PAGED_STAMP).fields["publish_date"] == "2013-05-17"
    assert _rec(DMY_STAMP).fields["publish_date"] == "2017-03-12"


def test_an_item_a_notice_rules_out_is_not_the_item() -> None:
    rec = _rec(LEASE_RULED_OUT)
    assert rec.notice_type == "property.transfer_notice"
    assert "餐饮" not in str(rec.fields.get("land_use", ""))


PLATFORM_THEN_RIGHT = """关于建筑用石料8宗采矿权挂牌出让公告
发布时间: 2025年12月19日
一、出让人
出让人:某旗自然资源局
二、交易平台
网址:某自治区网上交易系统
三、出让采矿权简要情况
(一)出让矿业权名称:某镇某村建筑用凝灰岩矿
1.地理位置:某镇
"""


def test_a_chapter_that_names_no_party_ends_the_platforms_block() -> None:
    rec = _rec(PLATFORM_THEN_RIGHT)
    assert rec.fields.get("agency") != "某镇某村建筑用凝灰岩矿"


@pytest.mark.parametrize(
    ("label", "key"),
    [("总中标金额合计", "amount"), ("本次变更日期", "publish_date"), ("年限", "use_term_years")],
)
def test_round7_labels(label: str, key: str) -> None:
    from extractors.labels import core_label, keys_for

    assert key in keys_for(core_label(label)[0])


EIGHT_LOTS_FIRST_SHOWN = """关于建筑用石料8宗采矿权挂牌出让公告
发布时间: 2025年12月19日
一、出让人
出让人:某旗自然资源局
三、出让采矿权简要情况
(一)出让矿业权名称:某镇某村建筑用凝灰岩矿
1.地理位置:某镇
2.开采矿种:建筑用凝灰岩
3.拟出让年限:9.5年
"""

ONE_LOT = """某镇建筑用凝灰岩矿采矿权挂牌出让公告
发布时间: 2025年12月19日
一、出让人:某旗自然资源局
二、出让采矿权简要情况
(一)出让矿业权名称:某镇某村建筑用凝灰岩矿
1.地理位置:某镇
2.拟出让年限:9.5年
"""


def test_the_first_lot_of_several_is_not_the_notice() -> None:
    rec = _rec(EIGHT_LOTS_FIRST_SHOWN)
    assert rec.notice_type == "mining.transfer_notice"
    assert "location" not in rec.fields and "use_term_years" not in rec.fields
    rec = _rec(ONE_LOT)  # one right: its items are the notice's
    assert rec.fields["location"] == "某镇"
    assert rec.fields["use_term_years"] == 9.5


# -- the other types' template words, for a copy cut below its heading --------------------------------

SINGLE_SOURCE_BODY = """一、采购人:某市疾病预防控制中心
二、采购项目名称:某检测系统维保服务项目
三、拟采用单一来源方式采购的理由:该系统为原厂专有技术,只能从唯一供应商处采购。
四、拟定供应商名称:某生物科技有限公司
"""

COMPLAINT_BODY = """投诉人:某信息技术有限公司
被投诉人:某县政府采购中心
投诉事项:投诉人认为评审因素设置不合理。
经审查,投诉事项缺乏事实依据,根据有关规定,驳回投诉。
"""

ACCEPTANCE_BODY = """一、项目名称:某学校多媒体教室设备采购项目
二、中标供应商:某科技有限公司
三、验收结果:合格
四、验收日期:2024年9月10日
"""

OPENING_RECORD_BODY = """采购项目名称:某医院空调采购项目
开标记录
投标人 | 投标报价(元) |
甲公司 | 1,020,000 |
乙公司 | 998,000 |
"""

RESULT_WITH_RECORD_FILE = """一、项目编号:ZC-2021-01
二、中标(成交)信息
供应商名称:某工程有限公司
中标(成交)金额:1,200,000元
附件
2021-01开标记录表.pdf
"""

WORKS_CONTRACT_BODY = """合同编号:JS-2024-088
发包人(甲方):某县交通运输局
承包人(乙方):某路桥建设有限公司
工程名称:某县某路提升改造工程
"""

HOUSING_DRAW = """根据某市公共租赁住房管理办法,现将第三批公共租赁住房摇号结果公布如下:
序号 | 申请人 | 房号 |
1 | 张某 | 3-201 |
"""


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (SINGLE_SOURCE_BODY, "procurement.single_source"),
        (COMPLAINT_BODY, "procurement.complaint_decision"),
        (ACCEPTANCE_BODY, "procurement.acceptance"),
        (OPENING_RECORD_BODY, "procurement.bid_opening"),
        (RESULT_WITH_RECORD_FILE, "procurement.result"),  # an attachment's name is no record
        (WORKS_CONTRACT_BODY, "construction.contract"),
        (HOUSING_DRAW, "housing.allocation"),
    ],
    ids=[
        "single-source",
        "complaint",
        "acceptance",
        "opening-record",
        "result-with-file",
        "works-contract",
        "draw",
    ],
)
def test_the_other_types_by_their_template_words(page: str, want: str) -> None:
    assert _rec(page).notice_type == want


LEASE_RESULT_BODY = """某镇某村集体经营性门面招租项目于2024年5月10日进行现场竞价,现将结果公示如下:
承租方:某餐饮管理有限公司
成交年租金:12.6万元
起租价:10万元/年,竞租保证金:1万元
"""

LEASE_NOTICE_REGISTRATION = """某局门面招租公告
一、出租门面基本情况:某局综合楼一层5号,建筑面积45㎡。
二、招租流程
1、采取限时报名的方式,期限5个工作日。
2、报名登记地点:某局办公室,联系人:王某,电话:13900001111。
3、承租方须在竞价当场签订成交确认书,保证金另行缴纳。
"""


def test_a_lease_result_names_its_tenant_and_a_notice_its_desk() -> None:
    assert _rec(LEASE_RESULT_BODY).notice_type == "property.deal_result"
    rec = _rec(LEASE_NOTICE_REGISTRATION)
    assert rec.notice_type == "property.transfer_notice"  # '承租方须…' is a rule, not a tenant
    assert rec.fields["contact_phone"] == "13900001111"  # the owner keeps its registration desk itself


LAND_NOTICE_RULES = """国有建设用地使用权挂牌出让公告
一、出让地块基本情况:出让面积12000平方米,出让年限50年,挂牌起始价3000万元。
二、竞买保证金:600万元;报名时间:2025年4月1日至4月20日。
三、成交价款:竞得人应于签订出让合同之日起30日内缴清全部成交价款。
四、竞得人为外商投资企业的,应遵守国家有关规定。
"""


def test_a_sale_notices_rules_about_the_deal_are_no_deal() -> None:
    from extractors.classify import _DEAL_DONE

    assert _rec(LAND_NOTICE_RULES).notice_type == "land.transfer_notice"
    assert _DEAL_DONE.search(LAND_NOTICE_RULES) is None
    # without its heading too: the price to be paid ('缴清全部成交价款') is no deal word to count
    assert _rec(LAND_NOTICE_RULES.split("\n", 1)[1]).notice_type == "land.transfer_notice"


HEADLESS_RULES = """一、出让采矿权基本情况:矿区面积0.05平方公里,出让年限5年。
二、竞得人应在挂牌结束后5个工作日内签订成交确认书;竞得人须按规定缴纳出让收益。
三、意向受让方须具备相应资质,受让方应自行承担勘查风险;竞得人不按期签订合同的,保证金不予退还。
四、报名时间另行公告。
"""

HEADLESS_RESULT_TABLE = """序号 | 矿区名称 | 竞得人 | 成交价(万元) | 成交时间 |
1 | 某矿区建筑用砂岩矿 | 某建材有限公司 | 1280 | 2024-11-20 |
"""


def test_headless_sale_pages_count_facts_not_rules() -> None:
    assert _rec(HEADLESS_RULES).notice_type == "mining.transfer_notice"
    assert _rec(HEADLESS_RESULT_TABLE).notice_type == "mining.deal_result"


HEADLESS_TENDER_RULES = """一、采购项目名称:某中学食堂设备采购项目
二、采购人:某中学
三、中标供应商须在中标通知书发出之日起30日内与采购人签订合同。
四、投标截止时间:2024年6月3日09:30
"""

HEADLESS_RESULT = """一、采购项目名称:某中学食堂设备采购项目
二、中标供应商:某厨具设备有限公司
三、中标金额:286000元
"""


def test_a_tenders_rules_about_the_winner_are_no_result() -> None:
    assert _rec(HEADLESS_TENDER_RULES).notice_type == "procurement.tender"
    assert _rec(HEADLESS_RESULT).notice_type == "procurement.result"


@pytest.mark.parametrize(
    "stamp", ["【发布时间】2025-11-04", "[2025-11-04]", "2025年11月04日 来源：某县政府", "（2025-11-04）"]
)
def test_posting_dates_in_other_notations(stamp: str) -> None:
    page = (
        f"某县自然资源局采矿权挂牌出让公告\n{stamp}\n根据有关规定，某县自然资源局决定以挂牌方式出让某矿采矿权。\n"
        "一、挂牌起始价：800万元。\n二、竞买保证金：200万元。\n"
    )
    assert _rec(page).fields["publish_date"] == "2025-11-04"


def test_a_sale_title_that_names_the_seller_names_no_project() -> None:
    page = (
        "某县自然资源局采矿权挂牌出让公告\n发布时间：2025-11-04\n"
        "根据有关规定，某县自然资源局决定以网上挂牌方式出让下列采矿权。\n一、挂牌起始价：800万元\n二、竞买保证金：200万元\n"
    )
    assert "project_name" not in _rec(page).fields


@pytest.mark.parametrize(
    ("page", "want", "winner", "amount"),
    [
        (
            "近日，某市一宗商住用地以3.2亿元成交，被某置业有限公司竞得。该地块位于某区某路以东，起始价2.5亿元，经过46轮竞价。",
            "land.deal_result",
            "某置业有限公司",
            320000000,
        ),
        (
            "经评审，某科技有限公司以128万元中标某市智慧城管平台采购项目。采购人为某市城市管理局。",
            "procurement.result",
            "某科技有限公司",
            1280000,
        ),
        (
            "某学校教学楼改造工程经公开招标，确定某建设有限公司为施工单位，中标价486万元。",
            "construction.result",
            "某建设有限公司",
            4860000,
        ),
    ],
    ids=["land-news", "procurement-news", "works-news"],
)
def test_a_report_states_the_deal_price_and_the_winner(
    page: str, want: str, winner: str, amount: int
) -> None:
    rec = _rec(page)
    assert rec.notice_type == want
    assert rec.fields["winner"] == [winner]
    assert rec.fields["amount"] == amount


def test_a_candidate_is_no_winner_of_a_report() -> None:
    page = "某建设有限公司以486万元的报价被推荐为第一中标候选人，公示期三天。\n招标人：某县教育局\n投标截止时间：2025年3月1日9时30分"
    assert "winner" not in _rec(page).fields


def test_traditional_copies_of_the_template_words() -> None:
    acceptance = "一、項目名稱:某學校多媒體教室設備採購項目\n二、中標供應商:某科技有限公司\n三、驗收結果:合格\n四、驗收日期:2024年9月10日\n"
    assert _rec(acceptance).notice_type == "procurement.acceptance"
    single = "一、採購人:某市疾病預防控制中心\n二、擬採用單一來源方式採購的理由:該系統為原廠專有技術。\n三、擬定供應商名稱:某生物科技有限公司\n"
    assert _rec(single).notice_type == "procurement.single_source"


ONE_LINE_RESULT = (
    "某县人民医院CT设备采购项目中标（成交）结果公告 一、项目编号：ZJ-2025-017 二、项目名称：某县人民医院CT设备采购项目"
    " 三、中标（成交）信息 供应商名称：某医疗科技有限公司 供应商地址：某市某路8号 中标（成交）金额：648.00（万元）"
    " 四、主要标的信息 五、评审专家名单：张某、李某、王某 六、代理服务收费标准及金额：无 七、公告期限"
    " 自本公告发布之日起1个工作日。 八、其它补充事宜 无 九、凡对本次公告内容提出询问，请按以下方式联系。"
    " 1.采购人信息 名称：某县人民医院 地址：某县某路1号 联系方式：0570-1234567"
    " 2.采购代理机构信息 名称：某招标代理有限公司 地址：某市某路2号 联系方式：0570-7654321"
)


def test_a_notice_run_into_one_line_is_read_by_its_chapters() -> None:
    rec = _rec(ONE_LINE_RESULT)
    assert rec.notice_type == "procurement.result"
    assert rec.fields["project_name"] == "某县人民医院CT设备采购项目"  # not '…项目三、中标（成交）信息'
    assert rec.fields["experts"] == ["张某", "李某", "王某"]
    assert rec.fields["purchaser"] == "某县人民医院"
    assert rec.fields["agency"] == "某招标代理有限公司"
    assert rec.fields["contact_phone"] == "0570-1234567"
    # a sentence that lists '一、二' in a short line stays whole
    short = "根据规定，现将有关事项公告如下：一、项目名称：某工程 二、招标人：某局"
    assert _rec("某工程施工招标公告\n" + short).fields["project_name"] == "某工程"


def test_terms_shared_by_every_lot_after_the_lots_stand() -> None:
    page = (
        "某县2宗国有建设用地使用权挂牌出让公告\n发布时间：2025年4月1日\n一、出让地块基本情况\n"
        "(一)地块编号:XS2025-01\n1.土地位置:某镇某路东侧\n2.出让面积:12000平方米\n"
        "(二)地块编号:XS2025-02\n1.土地位置:某镇某路西侧\n2.出让面积:8000平方米\n"
        "二、出让年限:50年\n三、竞买保证金:200万元\n"
    )
    rec = _rec(page)
    assert rec.notice_type == "land.transfer_notice"
    assert "location" not in rec.fields and "area_m2" not in rec.fields  # each lot's
    assert rec.fields["use_term_years"] == 50  # stated once for all
