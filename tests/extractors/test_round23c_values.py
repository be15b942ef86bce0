"""Round 23c: wrong values on never-seen page-store pages, fixed where the reader that made them fires.

- masks: an aggregator's '(略)' is a mask inside a code or a document number as '*' is (an abridged tail keeps the head
  as printed); a place of which only generic words are left once masked;
- a layout's spaces follow a label standing alone, not one glued to the words of a sentence;
- a figure told against its label ('高出起始价55万元') is a difference, not the label's value;
- an item of a list of links ('- 某中心关于…的中标公告') is never the page's title; a picture's caption is no title;
- a venue centre told as a sentence's subject is no buyer; an auction house's 落款 is no owner; a commission of works
  ('受X委托对…实施土地一级开发') names no seller;
- a phone of a desk for a step the venue runs (看样, 报名, 项目咨询) is a review gap, not the owner's contact.

Made-up pages (no real page's text). Each test fails before round 23c and passes after; the guards keep what was right.
"""

from __future__ import annotations

from extractors import extract
from extractors.masked import masked_code, only_place_words
from extractors.precise import reference_number
from extractors.readers import label_lines, signature_orgs
from extractors.shapes import refusal


def _fields(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


# --- masks ----------------------------------------------------------------------------------------------------------


def test_abridged_mask_inside_a_code_is_a_mask() -> None:
    assert masked_code("(略)")
    assert masked_code("K(略)ZB(略)")
    assert refusal("project_number", "K(略)ZB(略)") == "masked"
    assert refusal("parcel_no", "(略)") == "masked"


def test_abridged_tail_keeps_the_printed_head() -> None:
    # guard: '(略)' at the end abridges the line; the code's head is printed (as a fresh4 label has it)
    assert not masked_code("Q0318GQ(略)")
    assert refusal("project_number", "Q0318GQ(略)") is None
    assert refusal("parcel_no", "某地块2024-07号") is None


def test_abridged_document_number_is_no_title() -> None:
    assert reference_number("某区自然资告字〔(略)〕(略)号")
    assert not reference_number("某县国有建设用地使用权挂牌出让公告")


def test_place_of_generic_words_once_masked() -> None:
    assert only_place_words("****村委会地段")
    assert refusal("location", "****村委会地段") == "masked"
    # guards: a name is left
    for kept in ("**县某某镇某某村", "某某区****", "****开发区105国道西侧", "**街道石门村"):
        assert not only_place_words(kept)
        assert refusal("location", kept) is None


# --- a layout label glued to a sentence -----------------------------------------------------------------------------


def test_layout_label_glued_to_a_sentence_is_no_label() -> None:
    found = [
        f
        for f in label_lines(["某公司所有的一栋办公楼及一宗面积 5000.00平方米的商业用地租赁权"])
        if f.key == "area_m2"
    ]
    assert found == []


def test_layout_label_standing_alone_is_read() -> None:
    found = [f for f in label_lines(["出让面积 5000.00平方米"]) if f.key == "area_m2"]
    assert found and "5000.00" in found[0].raw


# --- a figure told against its label --------------------------------------------------------------------------------

_COMPARED_NEWS = (
    "某某县某某石灰岩矿采矿权拍卖成交\n"
    "2020年5月6日上午,某某建材有限公司经过9轮报价最终以260万元竞得某某县某某石灰岩矿采矿权,高出起始价60万元,溢价率达30%。\n"
    "某某市自然资源局委托市公共资源交易中心组织了本次拍卖。\n"
)


def test_figure_against_its_label_is_no_value() -> None:
    assert _fields(_COMPARED_NEWS).get("starting_price") is None


def test_figure_after_its_label_is_read() -> None:
    text = _COMPARED_NEWS.replace("高出起始价60万元", "起始价200万元")
    assert _fields(text).get("starting_price") == 2000000


# --- titles ---------------------------------------------------------------------------------------------------------

_LINKED_NEWS = (
    "某某旗集采助力道路建设\n"
    "作者: 发布于:2016-05-09 09:14:44 来源:某某网站\n"
    "近年来,某某旗积极加强农村公路建设,近日经政府采购确定某某公路工程施工单位。\n"
    "某某旗某局对此工程项目进行公开招标,参与投标的单位共12家,最后由某某建设集团有限公司中标,中标金额300.5万元。\n"
    "相关新闻\n"
    "- 某某区政府采购中心关于某某局网络服务的中标公告\n"
    "- 某某区政府采购中心关于某某分局执法记录仪的中标公告\n"
)


def test_link_list_item_is_no_title() -> None:
    assert "中标公告" not in str(_fields(_LINKED_NEWS).get("title"))


def test_picture_caption_is_no_title() -> None:
    assert refusal("title", "某某房地产 官网截图") == "a picture's caption"
    assert refusal("title", "(资料图片)") == "a picture's caption"
    # guards
    assert refusal("title", "某某图片社采购项目中标公告") is None
    assert refusal("title", "某某县车辆网上竞拍公告") is None


# --- parties --------------------------------------------------------------------------------------------------------


def test_auction_house_signature_is_no_owner() -> None:
    lines = ["受委托,本公司将于2024年5月14日举行网络拍卖会。", "某某拍卖有限公司", "2024年5月1日"]
    owner, _agency, _ = signature_orgs(lines)
    assert owner is None
    owner, _agency, _ = signature_orgs(lines, keep_centres=True)
    assert owner is None
    # guard: an owner signing its own notice
    owner, _agency, _ = signature_orgs(["现将有关事项公告如下。", "某某县机关事务管理局", "2024年5月1日"])
    assert owner == "某某县机关事务管理局"


def test_commission_of_works_names_no_seller() -> None:
    text = (
        "某某地块国有建设用地使用权公开出让\n"
        "8月12日,某某股份公告,其子公司某某建设发展有限公司受某某区人民政府委托对“某某社区旧村改造项目”实施土地一级开发。\n"
        "8月9日,某某市发布了出让公告。其中“2023P01”地块位于某某区某某路东南侧。\n"
    )
    assert _fields(text).get("purchaser") is None


def test_commission_of_a_sale_names_the_seller() -> None:
    text = (
        "某某县国有建设用地使用权挂牌出让公告\n"
        "受某某县自然资源局委托,某某县公共资源交易中心对下列地块进行挂牌出让。\n"
        "宗地编号:2024-09\n"
    )
    assert _fields(text).get("purchaser") == "某某县自然资源局"


# --- phones ---------------------------------------------------------------------------------------------------------

_AUCTION = (
    "某某商铺租赁权拍卖公告\n"
    "受委托,本公司将于2024年6月14日在某某拍卖网举行网络拍卖会,现将有关事项公告如下:\n"
    "一、拍卖标的:位于某某区某某路8号的商铺租赁权,建筑面积合计120.50平方米,年租金起拍价:30000元。\n"
    "三、展示时间:即日起至2024年6月10日前预约看样。看样联系电话:13900000000(王女士)。\n"
    "某某拍卖有限公司\n"
    "2024年6月1日\n"
)


def test_step_desk_phone_is_a_gap() -> None:
    rec = extract(_AUCTION.encode()).to_dict()
    assert "contact_phone" not in rec["fields"]
    assert "contact_phone" in rec["gaps"]
    assert rec["fields"].get("purchaser") is None


def test_owner_phone_is_kept() -> None:
    text = _AUCTION.replace("看样联系电话:13900000000(王女士)。", "出租方联系电话:13900000000(王女士)。")
    assert extract(text.encode()).to_dict()["fields"].get("contact_phone", "").startswith("13900000000")
