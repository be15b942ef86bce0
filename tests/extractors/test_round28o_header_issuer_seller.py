"""Round 28o (issue 12): a sale notice cut before its 落款 still names its seller over its heading (issuer / heading / number).

Why (two publishers: fresh39 a city government's site, '某某市自然资源和规划局' / '国有建设用地使用权挂牌出让公告' / '嘉土秀洲[2024]
第07号' / '经…批准,…决定…'; fresh42 a tender aggregator's masked copy of a county bureau's, '…告(工)字[(略)](略)号'): the seller of a
right signs its own sale notice and the signature reader takes it, but a store's excerpt stops before the 落款; the header
block's issuer is the same body. Every page here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract

_BODY = (
    "经某某市人民政府批准,{seller}决定以挂牌方式出让下列地块的国有建设用地使用权,现将有关事项公告如下:\n"
    "一、挂牌出让地块的基本情况和规划指标要求:\n编号\n土地位置\n土地面积(㎡)\n土地用途\n"
)


def _purchaser(issuer: str, number: str, seller: str = "某地市级机关") -> str | None:
    page = f"{issuer}\n国有建设用地使用权挂牌出让公告\n{number}\n" + _BODY.format(seller=seller)
    rec = extract(page.encode())
    assert rec.notice_type == "land.transfer_notice"
    return rec.fields.get("purchaser")


def test_header_issuer_is_the_seller_of_an_unsigned_excerpt() -> None:
    assert _purchaser("某某市自然资源和规划局", "某土秀洲[2024]第07号") == "某某市自然资源和规划局"
    assert _purchaser("某某市自然资源和规划局", "某市自然告(工)字[(略)](略)号") == "某某市自然资源和规划局"


def test_guard_a_venue_over_the_heading_is_no_seller() -> None:
    assert _purchaser("某某市公共资源交易中心", "某交易告字[2024]7号") != "某某市公共资源交易中心"
