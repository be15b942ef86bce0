"""What a notice's type rests on (issue 12 item 3): the channel's hint, the notice's own title or a real
heading confirm it; body cues alone only infer it (and an inferred type is never held to its items).

A heading is a heading tag or a short line just under the title, never a body line that happens to
carry a type word, nor the first lines of a text copy cut below its heading.
"""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.classify import classify, names_type, type_basis

RESULT_ITEMS = "中标人：甲建设有限公司\n中标价：120万元\n工期：90日历天\n项目经理：张三\n"


def test_hint_title_heading_body() -> None:
    assert type_basis(
        "", [], {"notice_type": "construction.result"}, "construction", "construction.result"
    ) == (
        "hint",
        "construction.result",
    )
    # a hint naming another type than the one decided does not confirm it
    assert type_basis("", [], {"notice_type": "construction.tender"}, "construction", "construction.result")[
        0
    ] == ("body")
    assert type_basis("某工程中标结果公告", [], None, "construction", "construction.result") == (
        "title",
        "某工程中标结果公告",
    )
    assert type_basis("某工程", ["中标结果公示"], None, "construction", "construction.result") == (
        "heading",
        "中标结果公示",
    )
    assert type_basis("某工程", [], None, "construction", "construction.result") == ("body", "")
    assert type_basis("", [], None, "other", "other.other") == ("none", "")


@pytest.mark.parametrize(
    "line",
    [
        "本项目中标结果已于3月5日公告，现将有关事项公告如下。",  # a sentence
        "原公告的中标结果公告名称：某工程中标结果公告",  # an item line: it names another notice
        "依据评标委员会的书面评标报告和推荐的中标候选人确定中标人并按照招标投标法实施条例的规定在省级以上指定媒介上发布中标结果公告",  # too long
        "中标结果公告发布后三日内签订合同",  # the type word is not at its end, where a heading names its kind
    ],
)
def test_a_body_line_with_a_type_word_is_no_heading(line: str) -> None:
    assert type_basis("某工程", [line], None, "construction", "construction.result") == ("body", "")


def test_generic_words_confirm_nothing() -> None:
    # 采购 names what is bought, not the stage; 出让 names the deal, not whether it is offered or done
    assert not names_type("procurement", "某学校办公设备采购", "tender")
    assert names_type("procurement", "某学校办公设备采购项目公开招标公告", "tender")
    assert names_type("procurement", "某学校办公设备采购公告", "tender")
    assert not names_type("emission", "2018年度某市新增排污权指标出让信息公示", "transfer_notice")
    assert names_type("land", "某地块国有建设用地使用权挂牌出让公告", "transfer_notice")
    assert names_type("property", "某公司股权转让公告", "transfer_notice")
    assert not names_type("property", "某公司100%股权转让", "transfer_notice")
    assert names_type("property", "某资产交易公告", "transfer_notice")


def test_a_text_copy_cut_below_its_heading_is_typed_by_its_body() -> None:
    # its first line carries a type word (中标结果), but it is a body line, not the notice's heading
    rec = extract(("中标结果详见下表\n" + RESULT_ITEMS).encode())
    assert rec.notice_type == "construction.result"
    assert rec.type_basis == "body" and rec.type_provenance is not None
    assert rec.type_provenance.confidence < 0.6
    # under a heading that names it, the same items are a confirmed result
    titled = extract(("某道路工程中标结果公示\n" + RESULT_ITEMS).encode())
    assert (titled.notice_type, titled.type_basis) == ("construction.result", "title")


def test_a_title_naming_another_type_than_decided_does_not_confirm() -> None:
    """A draft put out for comment is typed a consultation by its comment window, whatever its purchase
    title says: the title names a tender, not the consultation, so the type is only inferred."""
    title = "某医院医疗设备政府采购公告"
    body = "一、项目名称：某医院医疗设备采购\n二、征求意见截止时间：2026年3月10日\n"
    assert classify(title, [], body) == ("procurement", "procurement.consultation")
    assert type_basis(title, [], None, "procurement", "procurement.consultation") == ("body", "")


@pytest.mark.parametrize("line", ["根据某县某项目施工招标公告", "原某县某项目招标公告："])
def test_a_line_classify_reads_as_no_heading_confirms_nothing(line: str) -> None:
    # a clause citing another notice, a short label whose value is below: classify does not read them as
    # headings (round 9a), so they cannot confirm the type it decided either
    assert type_basis("", [line], {}, "construction", "construction.tender") == ("body", "")
    assert (
        type_basis("", ["某县某项目施工招标公告"], {}, "construction", "construction.tender")[0] == "heading"
    )
