"""Round 27b (issue 12): a correction of a result, as ccgp.gov.cn prints it.

Why (fresh46, ccgp.gov.cn): a 中标结果更正公告 whose first winner gave the award up names the new one only in a sentence,
'现顺延至原第二名中标候选人X为中标人' (兰州), and was read with no winner; a correction under a site heading that names
the notice it corrects ('…服务项目中标结果公告', over the national 更正公告 template's body: 原公告的采购项目编号,
更正事项, 更正日期) was typed a result (兰陵). Every page here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract
from extractors.classify import classify


def _rec(text: str):
    return extract(text.encode())


_BODY = (
    "一、项目基本情况\n原公告的采购项目编号：AB-2026-01\n原公告的采购项目名称：某某服务人员项目\n"
    "首次公告日期：2026年07月30日\n二、更正信息\n更正事项：采购结果\n更正内容：\n{change}\n"
    "更正日期：2026年08月04日\n三、其他补充事宜\n无\n"
)


def test_award_passed_to_the_second_candidate_names_the_winner() -> None:
    change = (
        "本项目原中标单位甘肃华信人力资源服务有限公司，因无法满足该项目需求，自愿放弃中标资格，依据有关规定，"
        "现顺延至原第二名中标候选人兰州康泰人力资源服务有限公司为中标人。"
    )
    rec = _rec("某某服务人员项目中标结果更正公告\n" + _BODY.format(change=change))
    assert rec.notice_type == "procurement.correction"
    assert rec.fields["winner"] == ["兰州康泰人力资源服务有限公司"]


def test_guard_a_rule_of_passing_the_award_down_names_no_winner() -> None:
    change = "中标人放弃中标的，采购人可以依次递补排名第二的中标候选人为中标人。"
    rec = _rec("某某服务人员项目中标结果更正公告\n" + _BODY.format(change=change))
    assert "winner" not in rec.fields


def test_correction_template_under_a_result_heading_is_a_correction() -> None:
    change = "B包中标结果公告中未中标单位得分及未中标原因。\n变更为：详见附件。"
    body = _BODY.format(change=change)
    assert classify("某某服务项目中标结果公告", [], body)[1] == "procurement.correction"


def test_guard_a_result_that_cites_a_tender_is_still_a_result() -> None:
    """A result's own items — no 原公告, no 更正事项 — keep its heading's type, even naming a change date."""
    body = (
        "一、项目编号：AB-2026-01\n二、项目名称：某某服务项目\n三、中标信息\n供应商名称：某乙服务有限公司\n"
        "中标金额：12.5万元\n四、其他补充事宜\n本项目曾于2026年07月10日发布更正公告，更正日期：2026年07月10日。\n"
    )
    assert classify("某某服务项目中标结果公告", [], body)[1] == "procurement.result"
