"""Round 28l (issue 12): the winner told as the bidder that came out first after the bidding ('…最终胜出', '…经过11轮报价最终以
180万元竞得').

Why (two news sites: fresh29 a mirror of a 福鼎 school works report, '28号企业某某水利水电工程有限公司最终胜出'; fresh35 a 达州
report of a mining right's auction, '某某建材科技开发有限公司经过11轮报价最终以180万元竞得'): the deal readers knew the bidding
clause only closed by a comma ('甲公司经过40轮竞价,以3750万元竞得') and not the idiom 胜出; no winner was read. Every page here
is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract


def _winner(text: str) -> list[str] | None:
    return extract(text.encode()).fields.get("winner")


def test_numbered_bidder_came_out_first() -> None:
    page = (
        "某某中心小学综合教学楼工程招投标工作顺利完成\n发布时间:2024-05-07 10:00 来源:某某网\n"
        "  5月6日,某某中心小学综合教学楼工程在某某交易中心开标,32家企业参与投标。经过一个半小时的评标,随着招标人代表启动吹球机,"
        "28号企业某某水利水电工程有限公司最终胜出,工程开工在即。\n"
    )
    assert _winner(page) == ["某某水利水电工程有限公司"]


def test_bidding_run_on_into_the_price_won() -> None:
    page = (
        "某某市首宗采矿权拍卖成交\n发布时间:2015-10-12 09:00 来源:某某网\n"
        "  2015年10月10日上午,随着拍卖师木槌的重重敲下,某某建材科技开发有限公司经过11轮报价最终以180万元竞得某某石膏矿采矿权。\n"
    )
    assert _winner(page) == ["某某建材科技开发有限公司"]


def test_guard_a_rule_of_who_wins_names_no_winner() -> None:
    page = (
        "某某采矿权拍卖出让公告\n  本次拍卖采用增价拍卖方式,经过多轮报价,报价最高者最终胜出并成为竞得人。\n"
    )
    assert not _winner(page)
