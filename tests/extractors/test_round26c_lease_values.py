"""Round 26c (stop 31): the values of a lease or an asset sale told as a letting act's labels or in prose.

Why (fresh43 / fresh40, property 0.583 / 0.778): a lease notice names its area by the letting act ('租赁面积',
'拍租面积'), its object's place with the object as the subject of 位于 ('本租赁资产位于…', '…水库位于…'), and its lessor
as the body whose own organ decided the letting ('经某公司集体研究决定,拟对…公开招租', '某社区“两委”会议决定,委托…负责
…招租') or as the owner of what is let ('对某公司所拥有的…进行拍卖'). Every page here is made up.
"""

from __future__ import annotations

from extractors import extract
from extractors.labels import core_label, keys_for
from extractors.record import Record

TAIL = "二、报名时间:2024年3月1日至3月8日。\n三、联系电话:0571-12345678\n"


def _rec(page: str) -> Record:
    return extract(page.encode())


def test_the_area_named_by_the_letting_act_is_the_area() -> None:
    for label in ("租赁面积(㎡)", "拍租面积", "发包面积", "流转面积", "招租面积"):
        assert keys_for(core_label(label)[0]) == ("area_m2",), label


def test_a_lease_sheet_reads_its_leased_area() -> None:
    page = (
        "某公司房屋招租公告\n为盘活闲置资产,现对以下房屋公开招租。\n"
        "标段 |\n标的 |\n租赁面积(㎡) |\n竞租底价(年) |\n竞租保证金(元) |\n"
        "1 |\n某区某街道某路12号 |\n860 |\n90000元 |\n2000 |\n" + TAIL
    )
    rec = _rec(page)
    assert rec.notice_type == "property.transfer_notice"
    assert rec.fields.get("area_m2") == 860.0


def test_a_floor_area_of_a_land_lot_is_still_no_area() -> None:
    """Guard: only the letting act's words were added; a lot's planned 建筑面积 is not the land granted."""
    assert keys_for(core_label("建筑面积")[0]) != ("area_m2",)


def test_the_asset_let_placed_by_its_own_sentence() -> None:
    page = (
        "某公司资产租赁公告\n某公司将部分资产进行公开租赁,现将有关事项公告如下:\n"
        "一、标的物及底价\n本租赁资产位于某市某开发区滨海一路99号。\n" + TAIL
    )
    assert _rec(page).fields.get("location") == "某市某开发区滨海一路99号"


def test_a_reservoir_let_placed_by_its_own_sentence() -> None:
    page = (
        "某水库净水渔业五年经营权招租公告\n受某县水库管理局委托,我公司拟对某水库净水渔业五年经营权进行公开招租。\n"
        "一、招租标的基本情况\n某水库位于某县某镇某村民小组,水库流域面积58.3km2。\n" + TAIL
    )
    rec = _rec(page)
    assert rec.notice_type == "property.transfer_notice"
    assert rec.fields.get("location") == "某县某镇某村民小组"


def test_the_venue_placed_by_a_sentence_is_no_location() -> None:
    """Guard: a centre or a firm before 位于 is no object let."""
    page = (
        "某公司门面招租公告\n某公司门面对外公开招租。\n某市公共资源交易中心位于某市某路1号。\n"
        "本公司位于某市某路2号。\n" + TAIL
    )
    assert "location" not in _rec(page).fields


def test_the_lessor_whose_own_organ_decided_the_letting() -> None:
    page = (
        "房屋招租公告\n为盘活闲置房屋,经某市烟草公司某分公司集体研究决定,拟对分公司所属部分闲置房屋实行公开招租。\n"
        "一、标的:某区某路107号\n" + TAIL
    )
    assert _rec(page).fields.get("purchaser") == "某市烟草公司某分公司"


def test_a_village_deciding_through_its_two_committees() -> None:
    page = (
        "鱼塘重新发包公告\n经某塘村两委研究决定,对本村原承包合同到期鱼塘重新发包,现公告如下:\n"
        "一、发包标的:鱼塘20亩\n" + TAIL
    )
    assert _rec(page).fields.get("purchaser") == "某塘村"


def test_the_deciding_body_that_commissions_the_letting() -> None:
    page = (
        "门面招租公告\n某湾社区“两委”会议决定,委托某工程项目管理有限公司负责某湾社区门面招租。现公告如下:\n"
        "一、门面概况:共计69间。\n" + TAIL
    )
    assert _rec(page).fields.get("purchaser") == "某湾社区"


def test_a_superiors_approval_names_no_lessor() -> None:
    """Guard: '经某县人民政府同意' is an approval, no organ of the owner deciding: no lessor read from it."""
    page = "门面招租公告\n经某县人民政府同意,拟对某路门面实行公开招租。\n一、标的:某路1号门面\n" + TAIL
    assert "purchaser" not in _rec(page).fields


def test_the_owner_of_what_an_auctioneer_lets() -> None:
    page = (
        "拍卖公告\n受委托,某拍卖有限公司定于2024年5月8日上午10时在某网,对某市交通运输有限公司所拥有的1处房地产5年期"
        "租赁权进行公开竞价拍卖,具体详情公告如下:\n一、标的:某镇某村站房1楼5年期租赁权\n" + TAIL
    )
    assert _rec(page).fields.get("purchaser") == "某市交通运输有限公司"


def test_an_owner_in_a_sentence_with_no_sale_is_no_lessor() -> None:
    """Guard: 'X所属的' in a sentence that lets nothing (a rule about the premises) names no lessor."""
    page = "门面招租公告\n某路门面对外公开招租。\n承租人不得损坏某物业管理有限公司所属的公共设施。\n" + TAIL
    assert "purchaser" not in _rec(page).fields
