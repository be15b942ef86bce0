"""Round 23d: the title chosen by its evidence among every title reader's candidate (titlevote.py), not by the
readers' call order.

Made-up pages (no real page's text). The first tests fail before round 23d and pass after (a section caption, a
related-news item, a photograph's caption taken first); the guards keep a 文号 line, a decision titled with its
number and the readers' order where no candidate shows more evidence.
"""

from __future__ import annotations

from extractors import extract
from extractors.titlevote import REFUSED, pick_title, title_evidence

_TENDER_BODY = (
    "某某传媒有限公司现面向社会进行车辆包装制作的比选工作。\n"
    "1.比选名称:某某线路车辆包装制作。\n"
    "2.联系人:张某。联系电话:010-12345678。\n"
    "某某传媒有限公司\n2026年3月1日\n"
)


def _title(body: str | bytes) -> object:
    raw = body.encode() if isinstance(body, str) else body
    return extract(raw).to_dict()["fields"].get("title")


# --- a section caption styled as a heading above the notice's heading with its date under it ------------------


def test_heading_with_its_date_beats_a_section_caption() -> None:
    head = "某某线路车辆包装制作的比选公告"
    html = (
        "<html><body><h4>网站公告</h4><div><p>"
        + head
        + "</p><p>2026-03-02</p>"
        + "".join(f"<p>{ln}</p>" for ln in _TENDER_BODY.splitlines())
        + "</div></body></html>"
    )
    assert _title(html) == head


# --- a related-news list item taken before the report's headline over its byline ------------------------------


def test_headline_over_byline_beats_a_related_news_item() -> None:
    text = (
        "某某县集中采购助力乡村公路建设\n"
        "作者: 发布于:2026-03-02 09:14:44 来源:某某网\n"
        "近日,某某县政府采购中心对两段乡村公路工程进行公开招标,最后由某某建设有限公司中标,中标金额100万元。\n"
        "相关新闻\n"
        "-某某市政府采购中心关于某某局信息传输服务的中标公告\n"
        "-某某市政府采购中心关于某某分局执法记录仪的中标公告\n"
    )
    assert _title(text) == "某某县集中采购助力乡村公路建设"


def test_a_list_item_alone_is_no_title() -> None:
    lines = [
        "相关新闻",
        "-某某市政府采购中心关于某某局信息传输服务的中标公告",
        "-某某分局执法记录仪的中标公告",
    ]
    assert title_evidence(lines, lines[1][1:], lines[1]) == REFUSED


# --- a photograph's caption is no headline --------------------------------------------------------------------


def test_photo_caption_is_no_title() -> None:
    text = (
        "(资料图片)\n"
        "某某集团官网截图\n"
        "8月12日,某某股份公告,某某集团全资子公司某某公司将参与某地块的竞买,该地块位于某某区某某路。\n"
        "该地块的总土地面积为4.01万平方米,拍卖会开始时间为8月31日上午9:30。\n"
    )
    assert _title(text) is None


# --- guards ---------------------------------------------------------------------------------------------------


def test_document_number_with_a_date_under_it_is_no_title() -> None:
    text = (
        "某某资源要素出让公告\n"
        "【出让公告】某排污出让告字[2026] 10号\n"
        "【信息时间:2026-03-27 12:00\n"
        "根据有关规定,某某市生态环境局委托某某公共资源交易中心公开出让排污权,现将有关事项公告如下:\n"
        "一、出让标的:化学需氧量10吨。\n"
    )
    lines = text.splitlines()
    assert title_evidence(lines, lines[1], lines[1]) == REFUSED
    cands = [(lines[0], lines[0], "title"), (lines[1], lines[1], "title")]
    assert pick_title(lines, cands) == (0, 0)


def test_a_decision_titled_with_its_number_is_kept() -> None:
    head = "政府采购投诉处理决定书〔2026〕9号"
    assert title_evidence([head, "投诉人:某某公司"], head, head) == 0


def test_readers_order_kept_when_no_candidate_shows_more() -> None:
    lines = ["某某中学食堂食材配送项目招标公告", "某某中学食堂食材配送项目", "一、项目编号:AB-1"]
    cands = [(lines[0], lines[0], "heading"), (lines[1], lines[1], "title")]
    assert pick_title(lines, cands) == (0, 0)


def test_a_heading_outside_the_lines_keeps_its_place_over_a_dated_line() -> None:
    # a page's heading tag outside the content container: its markup is its evidence; a dated line alone does
    # not displace it
    lines = ["某某项目第二次会议纪要", "2026-03-02", "正文……"]
    cands = [
        ("某某中学食堂食材配送项目招标公告", "某某中学食堂食材配送项目招标公告", "title"),
        (lines[0], lines[0], "title"),
    ]
    assert pick_title(lines, cands) == (0, 2)


def test_same_title_from_two_readers_is_one_candidate() -> None:
    head = "某某中学食堂食材配送项目招标公告"
    lines = ["## " + head, "发布时间:2026-03-02 来源:某某网", "一、项目编号:AB-1"]
    cands = [(head, head, "title"), (head, lines[0], "title")]
    assert pick_title(lines, cands) == (0, 2)


def test_a_bracketed_document_number_line_is_no_title() -> None:
    lines = ["某某县国有建设用地使用权拍卖出让公告", "(某自然资规出告字〔2026〕05号)", "发布时间:2026-05-10"]
    assert title_evidence(lines, lines[1], lines[1]) == REFUSED
