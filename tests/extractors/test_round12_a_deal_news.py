"""Round 12a: a news report of a completed sale (land, mining rights) is the sale's result: it gives the
price a bidder took the lot at and the verb of the taking, or the premium it went at; a sale notice
states prices only as terms and a premium only as a rule's threshold."""

from __future__ import annotations

import pytest

from extractors.classify import classify

NEWS = [
    "本报讯 5日，某县河道采砂权首次拍卖会在县自然资源局举行。首宗矿点底价为20万元，经过多轮竞价，"
    "最终以46万元由7号竞买者拍得。",
    "记者获悉，昨日某市某区一宗住宅地块挂牌出让，最终某某置业有限公司以38.5亿的总价斩获该地。",
    "经过40轮报价，某某集团以12.6亿元，折合楼面价3.1万元/平方米，将这块地收入麾下。",
    "当日竞拍现场有9家单位报名，该宗地块起始价8亿元，溢价率达47.2%，创下区域新高。",
]


@pytest.mark.parametrize("body", NEWS)
def test_news_of_a_sale_is_its_result(body: str) -> None:
    domain = "mining" if "采砂" in body else "land"
    assert classify("", [], body, {"domain": domain}) == (domain, f"{domain}.deal_result")


def test_a_sale_notice_stays_a_notice() -> None:
    body = (
        "某市自然资源局决定以挂牌方式出让一宗国有建设用地使用权。起始价5000万元，竞买保证金1000万元。"
        "竞价溢价率达到30%时，转为竞配建方式。竞买人须在截止时间前提交申请。"
    )
    assert classify("", [], body, {"domain": "land"}) == ("land", "land.transfer_notice")
