"""Round 15b: a party's value that holds a label ('二、实施机构:挂牌工作由某局') is a cut across a section
heading, not a body's name (docs/extraction-conventions.md, "Round 15b"). Every page below is made up."""

from __future__ import annotations

from extractors import extract

_PAGE = (
    "某市某区国土资源局采矿权挂牌出让公告\n"
    "经某区人民政府批准,现就出让采矿权的基本情况公告如下。\n"
    "一、出让采矿权的基本情况。\n"
    "二、实施机构:挂牌工作由某市某区国土资源局委托某市某区土地矿产交易市场实施。\n"
    "三、竞买人资格:中华人民共和国境内的企业法人。\n"
)


def test_a_party_cut_across_a_section_label_is_no_name() -> None:
    rec = extract(_PAGE.encode())
    assert rec.notice_type == "mining.transfer_notice"
    assert ":" not in str(rec.fields.get("purchaser", ""))
