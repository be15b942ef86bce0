"""Round 23a: accusations resting on our own mistake, and the notice types behind them.

- an outcome's notice word as a family (结果 or a framework purchase's 入围 × an optional 预 × any notice word:
  '…采购结果预公示', '…入围项目入围公告') names a result, not the tender its 采购/招标 words name;
- a title whose governing verb halts the procedure ('关于中止…采购项目招标活动的通知') names a termination, though
  its tail is the verb's object; the body's halt told with the project as its subject ('本项目活动终止');
- a tender whose domain rests on nothing the page shows as its own (a title naming only a method both domains use,
  '…的比选公告', no party word, label or law) is unsure: its items go to review, not to a finding;
- the award's section or column over firms' names ('五、中标信息：' over a table of many winners) states the winner;
- guards: a call to join a framework ('征集入围供应商的公告'), a tender whose title names works, a rule's conditional
  halt, an award section left empty.

Made-up pages (no real page's text). Each test fails before round 23a and passes after; the guards keep what was right.
"""

from __future__ import annotations

from extractors import extract
from monitor.required import required_detail


def _rec(text: str) -> dict:
    return extract(text.encode()).to_dict()


def _type(text: str) -> str:
    return _rec(text)["notice_type"]


# --- 23a.1 the outcome's notice word as a family -----------------------------------------------------------------

_PRE_RESULT = (
    "某某市第二类药品供应商入围采购-采购结果预公示\n"
    "2016年7月21日,某某市第二类药品供应商入围采购顺利开标,结果如下：\n"
    "分包\n品种\n入围供应商名称\n中标金额\n"
    "1\n甲药\n某某生物制品股份有限公司\n80元/支\n"
    "2\n乙药\n某某医药科技有限公司\n45元/支\n"
)


def test_result_published_ahead_is_a_result():
    assert _type(_PRE_RESULT) == "procurement.result"


_FRAMEWORK_RESULT = (
    "某某省某某中心二类药品公开招标入围项目入围公告\n"
    "项目名称：某某省某某中心二类药品公开招标入围项目\n"
    "采购人：某某省某某中心\n"
    "评审专家：张某某、李某某、王某某\n"
    "入围供应商名称 | 入围价（元）\n"
    "某某生物科技有限公司 | ¥80.00\n"
)


def test_framework_listing_is_a_result():
    assert _type(_FRAMEWORK_RESULT) == "procurement.result"


_CALL_TO_JOIN = (
    "关于征集入围供应商的公告\n"
    "采购人：某某市某某局\n"
    "现公开征集某某服务入围供应商,欢迎符合条件的供应商参加。\n"
    "获取采购文件时间：2025年3月1日至3月7日\n"
    "提交响应文件截止时间：2025年3月15日9时30分\n"
)


def test_call_to_join_a_framework_stays_a_tender():
    assert _type(_CALL_TO_JOIN) == "procurement.tender"


# --- 23a.2 a halt as a family -------------------------------------------------------------------------------------

_HALT_TITLE = (
    "关于中止某某医院停车场运营管理服务采购项目招标活动的通知\n"
    "致各投标人:\n"
    "本项目在招标过程中收到质疑,经核查,中止本次某某医院停车场运营管理服务采购项目的招标活动。\n"
    "招标人名称:某某医院\n"
    "2025年12月5日\n"
)


def test_title_governed_by_a_halt_is_a_termination():
    assert _type(_HALT_TITLE).endswith(".termination")


_HALT_BODY = (
    "依据某某市财政局计划函的要求,某某招标事务有限公司就某某水厂化验设备采购项目(项目编号: XX-2015-01)进行公开招标,"
    "过程中出现如下情形:\n"
    "B包报名截止时,报名数量不足三家,不能满足开标要求,延期报名后仍不足三家。\n"
    "鉴于以上原因,本项目活动终止。\n"
)


def test_project_told_halted_is_a_termination():
    assert _type(_HALT_BODY) == "procurement.termination"


_HALT_RULE = (
    "某某学校食堂食材配送采购项目公开招标公告\n"
    "采购人：某某学校\n"
    "获取招标文件时间：2025年3月1日至3月7日\n"
    "投标截止时间：2025年3月20日9时30分\n"
    "投标人不足三家的,本项目活动终止。\n"
)


def test_conditional_halt_stays_a_tender():
    assert _type(_HALT_RULE) == "procurement.tender"


# --- 23a.3 a tender's domain on nothing the page shows -----------------------------------------------------------

_METHOD_ONLY = (
    "网站公告\n"
    "某某观光线车辆包装制作的比选公告\n"
    "2015-08-15\n"
    "某某传媒有限公司负责某某观光线车辆广告运营,现面向社会进行某某观光线车辆包装制作的比选工作。\n"
    "1.比选名称：某某观光线车辆包装制作。\n"
    "2.项目内容：设计、制作、安装车身广告。\n"
    "3.安装施工地点：某某场站。\n"
    "4.参选公司的资质要求：具有设计、制作、安装经验。\n"
    "5.联系人：某先生。联系电话：010-12345678。\n"
)


def test_tender_domain_unfounded_sends_items_to_review():
    rec = _rec(_METHOD_ONLY)
    assert rec["notice_type"].endswith(".tender")
    assert not [k for k, (v, _why) in required_detail(rec).items() if v == "missing"]


_WORKS_TITLE = (
    "某某村道路硬化工程施工比选公告\n"
    "1.比选名称：某某村道路硬化工程施工。\n"
    "2.工程地点：某某村。\n"
    "3.参选单位资质：具有市政公用工程施工总承包三级及以上资质。\n"
    "4.联系电话：0571-12345678。\n"
)


def test_tender_whose_title_names_works_keeps_its_basis():
    rec = _rec(_WORKS_TITLE)
    assert rec["notice_type"] == "construction.tender"
    assert rec["type_basis"] in ("title", "heading")


# --- 23a.4 the award's section over firms' names states the winner -------------------------------------------------

_AWARD_TABLE = (
    "某某省二类药品供应商入围资格采购项目中标结果公告\n"
    "招标编号：XXZB[2016]N001号\n"
    "某某招标采购服务有限公司受某某省某某中心委托,就某某省二类药品供应商入围资格采购项目进行公开招标。\n"
    "一、招标项目名称：某某省二类药品供应商入围资格采购项目\n"
    "二、评标信息：\n评委会：张某、李某、王某\n"
    "三、中标信息：\n"
    "序号 | 投标人名称 | 品种 | 投标报价\n"
    "1 | 某某生物制品有限公司 | 甲药 | 36元/支\n"
    "2 | 某某生物制药有限公司 | 乙药 | 45元/支\n"
    "四、联系方式\n采购人：某某省某某中心\n联系电话：0371-12345678\n"
)


def test_award_section_over_firms_states_the_winner():
    rec = _rec(_AWARD_TABLE)
    assert rec["notice_type"] == "procurement.result"
    assert required_detail(rec)["winner"][0] == "gap"


_AWARD_EMPTY = _AWARD_TABLE.replace(
    "序号 | 投标人名称 | 品种 | 投标报价\n1 | 某某生物制品有限公司 | 甲药 | 36元/支\n2 | 某某生物制药有限公司 | 乙药 | 45元/支\n",
    "详见附件。\n",
)


def test_empty_award_section_keeps_the_finding():
    rec = _rec(_AWARD_EMPTY)
    assert rec["notice_type"] == "procurement.result"
    assert required_detail(rec)["winner"][0] == "missing"


def test_a_halt_told_with_its_cause_states_its_reason() -> None:
    """A 暂停 notice whose body gives the cause ('因…提出质疑,…决定暂停') states the reason though no 终止原因 label
    names it: the item is a review gap, never a 要素缺失 finding (the merger's check of round 23a's halt titles)."""
    page = (
        "关于暂停某市某单位舞台设备采购项目的通知\n各报名供应商:\n原定于2010年8月23日开标的某市某单位舞台设备采购项目,"
        "因报名供应商对招标货物的品牌、型号多次提出质疑,经报请采购监管部门审查决定暂停该项目的招标。\n某招标代理有限公司"
    )
    rec = extract(page.encode())
    assert rec.notice_type.endswith(".termination")
    assert rec.field_status("termination_reason") == "gap"


def test_a_halt_without_a_cause_still_misses_its_reason() -> None:
    page = "关于暂停某市某单位舞台设备采购项目的通知\n各报名供应商:\n某市某单位舞台设备采购项目暂停招标,恢复时间另行通知。\n某招标代理有限公司"
    rec = extract(page.encode())
    assert rec.field_status("termination_reason") == "missing"
