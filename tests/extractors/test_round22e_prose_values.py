"""Round 22e: parties and values told in prose, and a figure's unit printed on its own line.

Made-up pages (no real page's text). The first tests of each part fail before round 22e and pass after; the
guards keep near-misses unread.
"""

from __future__ import annotations

from extractors import extract


def _rec(text: str) -> dict:
    return extract(text.encode()).to_dict()["fields"]


_TENDER = (
    "某某市某某学校2026年某某用品采购项目招标公告\n一、项目基本情况\n项目编号：ABC2026-001\n"
    "项目名称：某某市某某学校2026年某某用品采购项目\n"
)
_TENDER_TAIL = "采购需求：详见招标文件\n二、联系方式\n采购人：某某市某某学校\n联系电话：0123-4567890\n"


# --- the unit on the line after a bare figure ----------------------------------------------------------------------


def test_bare_unit_line_after_the_figure_is_its_unit() -> None:
    text = _TENDER + "预算金额：\n60\n万元\n。\n最高限价：\n58.5\n万元\n。\n" + _TENDER_TAIL
    f = _rec(text)
    assert f["budget"] == 600000
    assert f["max_price"] == 585000


def test_bracketed_unit_cell_still_read() -> None:
    text = _TENDER + "预算金额：\n30.0\n(万元)\n" + _TENDER_TAIL
    assert _rec(text)["budget"] == 300000


def test_a_figure_with_its_own_unit_is_not_rescaled_by_the_next_line() -> None:
    # guard: the figure carries its unit; a '万元' line below belongs to something else
    text = _TENDER + "预算金额：\n600000元\n万元\n" + _TENDER_TAIL
    assert _rec(text)["budget"] == 600000


# --- the seller told in prose: 由X…出让的, X组织挂牌出让, a commission's short name, a department --------------------

_MINING_NEWS_TAIL = "6家企业参与竞拍,经过100轮报价,最终以1.2亿元成交。\n"


def test_seller_marked_by_you_before_a_relative_sale() -> None:
    text = (
        "某市采矿权出让成交\n近日,由某某省某某市自然资源局组织挂牌出让的1宗建筑用砂岩矿采矿权以底价1200万元起拍,"
        + _MINING_NEWS_TAIL
    )
    f = _rec(text)
    assert f["purchaser"] == "某某省某某市自然资源局"
    assert f["starting_price"] == 12000000


def test_seller_organising_the_sale_as_subject() -> None:
    text = "某省探矿权出让成交\n8月1日,省自然资源厅成功组织挂牌出让某县某某铜矿详查等12宗探矿权,成交价合计5.06亿元。\n"
    assert _rec(text)["purchaser"] == "省自然资源厅"


def test_commission_short_name_as_subject_of_an_auction() -> None:
    text = (
        "某某大楼租用权公开拍卖成交\n近日,某某区国资委对某某广场大楼租用权进行了公开拍卖,吸引了20家商户报名竞拍。"
        "最终某某商贸有限公司以300万元竞得该大楼租用权。\n"
    )
    assert _rec(text)["purchaser"] == "某某区国资委"


def test_department_as_subject_of_a_sale() -> None:
    text = "某省出让探矿权\n近日,某某省国土部门推出10个探矿权,以公开挂牌出让的形式,成功出让其中9个探矿权,成交价款共计为3000万元。\n"
    assert _rec(text)["purchaser"] == "某某省国土部门"


def test_guard_a_venue_marked_by_you_is_no_seller() -> None:
    text = (
        "某市采矿权出让成交\n近日,由某某市公共资源交易中心组织挂牌出让的1宗建筑用砂岩矿采矿权以底价1200万元起拍,"
        + _MINING_NEWS_TAIL
    )
    assert _rec(text).get("purchaser") is None


def test_guard_related_departments_are_no_seller() -> None:
    text = "某省出让探矿权\n近日,某某省有关部门推出10个探矿权,以公开挂牌出让的形式,成功出让其中9个探矿权,成交价款共计为3000万元。\n"
    assert _rec(text).get("purchaser") is None


def test_guard_a_commissioned_letter_is_no_commission_name() -> None:
    # '委托' after a body is its commission of the sale (the body stays the seller), never a '…委' name
    text = "某地块拍卖\n近日,某某区住建局委托某某拍卖有限公司对某某路商铺进行公开拍卖,最终以300万元成交。\n"
    assert _rec(text)["purchaser"] == "某某区住建局"


# --- the body that says 我所 / 我公司 / 本单位 sells, lets or buys: named by the title before 关于 or the 落款 ---------


def test_self_named_lessor_signs_the_notice() -> None:
    text = (
        "房屋出租公示\n经我所所务会议研究同意,将我所总面积为1000平方米的实验楼出租给某某生物科技有限公司,"
        "年租金为50万元。\n公示期间有任何异议,请联系综合办公室。\n某某科学院某某研究所\n2026年1月5日\n"
    )
    assert _rec(text)["purchaser"] == "某某科学院某某研究所"


def test_self_named_lessor_named_by_the_title_before_guanyu() -> None:
    text = (
        "某某农投集团关于某某村养殖场公开招租公告\n根据我公司工作安排及需要,现对位于某某村的养殖场进行公开招租,"
        "相关事项公告如下:\n一、租赁标的物基本情况\n养殖场位于某某镇某某村。\n"
    )
    assert _rec(text)["purchaser"] == "某某农投集团"


def test_guard_a_halted_sale_named_by_its_notice_is_no_self_sale() -> None:
    text = (
        "关于中止国有建设用地使用权挂牌出让活动的公告\n因工作需要,我局决定中止2026年1月9日发布的《某某市国有建设用地"
        "使用权挂牌出让公告》的1宗国有土地使用权挂牌出让活动。\n特此公告。\n某某市自然资源局\n2026年1月13日\n"
    )
    assert _rec(text).get("purchaser") is None


def test_guard_a_venue_acting_for_another_is_no_self_seller() -> None:
    text = (
        "某某商铺租赁权拍卖公告\n我中心受某某单位委托,对某某路商铺租赁权进行公开拍卖。\n"
        "某某市公共资源交易中心\n2026年1月13日\n"
    )
    assert _rec(text).get("purchaser") != "某某市公共资源交易中心"
