"""Round 14b: a news report of a mining right's sale tells its term in a sentence ('拟出让16.5年',
'两矿首次出让期限均为5年'), not under a '出让年限' label (docs/extraction-conventions.md, "Round 14b").
Every page below is made up."""

from __future__ import annotations

import pytest

from extractors import extract

_NEWS = (
    "某县挂牌出让一建筑石料用灰岩矿采矿权\n"
    "近日,某县自然资源局发布公告,挂牌出让某矿区建筑石料用灰岩矿采矿权,{term},起始价4600万元,"
    "出让收益率为4%。挂牌时间为2026年3月1日至2026年3月20日。\n"
)


@pytest.mark.parametrize(
    ("term", "years"),
    [("拟出让16.5年", 16.5), ("首次出让期限均为5年", 5), ("出让年限为11年", 11)],
)
def test_a_term_told_in_a_news_sentence_is_the_use_term(term: str, years: float) -> None:
    rec = extract(_NEWS.format(term=term).encode())
    assert rec.notice_type == "mining.transfer_notice"
    assert rec.fields.get("use_term_years") == pytest.approx(years)


def test_a_plan_to_sell_several_parcels_is_no_term() -> None:
    rec = extract(_NEWS.format(term="拟出让3宗地块").encode())
    assert rec.fields.get("use_term_years") is None
