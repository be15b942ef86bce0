"""Round 28j (issue 12): a formal notice's header block — issuer line, heading, number — under a site's own title line.

Why (three publishers: fresh18 a mirror of the 衢州 bureau's page, fresh38 the 磐安 county site, fresh42 a tender
aggregator's copy of a 东阳 notice): the page opens with the site's own title line ('<某局><heading> <文号>', '<地块>…出让公告',
'东阳市…出让公告'), then the notice's own header block: the issuer on its own line, the heading, its number ('衢市告字
[2019]1号', '公告编号:…'), then the body. LABELLING takes the body heading ('title: the body heading when the page has
one'), never the issuer line ('an issuer line is not part of the title'); the site's line was taken. Every page here is
made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract
from extractors.textpage import issuer_block_heading

_BODY = "经某某市人民政府批准,某某市自然资源和规划局决定以拍卖方式出让1幅地块的国有建设用地使用权。现将有关事项公告如下:\n"


def test_heading_of_the_block_is_the_title() -> None:
    for site, number in (
        ("某某市国土资源局 国有建设用地使用权拍卖出让公告 某市告字[2019]1号", "某市告字[2019]1号"),
        ("某新区某某8号地块国有建设用地使用权拍卖出让公告", "公告编号:某国土出(工)2025008"),
    ):
        page = f"首页 >> 公示公告 >> 土地出让公告\n{site}\n发布时间: 2025-06-04 09:54\n某某市自然资源和规划局\n国有建设用地使用权拍卖出让公告\n{number}\n{_BODY}"
        assert extract(page.encode()).fields.get("title") == "国有建设用地使用权拍卖出让公告", site


def test_guard_no_issuer_line_keeps_the_sites_title() -> None:
    # a title naming the parcel over a heading naming the sale, no issuer line between (dev 温州's label keeps the title)
    lines = [
        "某某市核心片区某某单元A-14b地块",
        "发布时间:2021-05-06 17:50:04 来源:本站原创",
        "某某市国有建设用地使用权挂牌出让结果公布",
        "某政务中心土公布字〔2021〕23号",
        "根据《土地管理法》等法律法规,某某市自然资源和规划局委托某中心挂牌出让某地块土地使用权。现将有关情况公布如下:",
    ]
    assert issuer_block_heading(lines, "某某市核心片区某某单元A-14b地块") is None


def test_guard_no_number_line_is_no_block() -> None:
    lines = [
        "某某县某工程施工招标公告",
        "某某县交通运输局",
        "某某县某工程施工招标公告",
        "本招标项目已由某某县发展和改革局批准建设,招标人为某某县交通运输局。",
    ]
    assert issuer_block_heading(lines, "某某县某工程施工招标公告") is None
