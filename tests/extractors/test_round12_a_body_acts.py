"""Round 12a: a text copy with no title still says what happened in its own sentences: a letter putting
the opening off is a correction, a lot declared failed 此次 is a termination, a purchase found to meet the
single-source conditions is a single-source publicity. Rules stated as conditions stay out."""

from __future__ import annotations

import pytest

from extractors.classify import classify

P = {"domain": "procurement"}


@pytest.mark.parametrize(
    ("body", "type_"),
    [
        (
            "各投标单位：某中学实验室设备采购项目（编号：XY-01）的公开招标中有供应商提出质疑，经研究，"
            "决定将开标时间向后推延，具体时间另行通知。",
            "procurement.correction",
        ),
        (
            "本院食堂设备维护项目于3月2日开标，递交投标文件的供应商不足三家。经研究，本项目此次招标作废标处理。"
            "后续将重新组织采购。",
            "procurement.termination",
        ),
        (
            "采购人：某公交公司\n项目名称：某公交公司轮胎采购项目\n经两次公开招标均只有一家供应商响应，"
            "经专家论证，该项目符合单一来源采购条件，后续将采用单一来源方式完成采购。",
            "procurement.single_source",
        ),
    ],
)
def test_the_act_told_in_the_body(body: str, type_: str) -> None:
    assert classify("", [], body, P)[1] == type_


def test_a_rule_stays_a_rule() -> None:
    body = (
        "某学校课桌椅采购项目公开招标。投标截止时间：2025年3月1日9时。递交投标文件的供应商不足三家的，"
        "本项目作废标处理。采购人可视情况推迟开标时间。"
    )
    assert classify("", [], body, P)[1] == "procurement.tender"


@pytest.mark.parametrize(
    ("body", "type_"),
    [
        (
            "某镇污水管网改造工程答疑文件（一）各潜在投标人：现对“某镇污水管网改造工程”答疑有关事宜通知如下："
            "问题1：工期能否顺延。答：不能。",
            "construction.correction",
        ),
        (
            "因本项目公示期间收到质疑，经核实质疑成立，取消某建设有限公司第一中标候选人资格。按招标文件规定，"
            "本次招标作流标处理。",
            "construction.termination",
        ),
    ],
)
def test_a_works_notice_act_told_in_the_body(body: str, type_: str) -> None:
    assert classify("", [], body, {"domain": "construction"})[1] == type_
