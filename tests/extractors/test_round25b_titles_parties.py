"""Round 25b (stop 31): page-store chrome around a notice's heading, and who sells collective land.

Why (fresh39 / fresh40, scored blind at 0.576 / 0.787): a page store heads its copy with its own wording of the
notice and prints the issuer's heading, numbered with its 文号, under it; it glues a paywall prompt and lists of
other notices cut with '...' around it; a collective's land sale ('…村集体经营性建设用地使用权挂牌公告') was typed a
letting, and a bureau selling land for four villages ('受甲村、乙村…委托') was taken for the seller by its 落款.
Every page here is made up.
"""

from __future__ import annotations

from extractors import extract
from extractors.precise import reference_number

BODY = (
    "经某县人民政府批准,某县自然资源局决定以挂牌方式出让一幅地块的国有建设用地使用权。现将有关事项公告如下:\n"
    "一、出让地块的基本情况\n土地用途:工业用地。出让年限:50年。\n"
)


def test_the_issuers_numbered_heading_wins_over_a_stores_wording() -> None:
    page = "某省某市某县土地出让公告\n某县国有建设用地使用权挂牌出让公告\n某土告字[2024]9号\n" + BODY
    assert extract(page.encode()).fields["title"] == "某县国有建设用地使用权挂牌出让公告"


def test_a_heading_numbered_with_a_cut_number_still_wins() -> None:
    page = (
        "某二期A-01地块出让公告\n打印\n某市区国有建设用地使用权拍卖出让公告\n某政务中心土告字〔20248\n" + BODY
    )
    assert extract(page.encode()).fields["title"] == "某市区国有建设用地使用权拍卖出让公告"


def test_a_title_naming_only_the_plot_is_kept() -> None:
    """Guard: a page title with no notice word ('…A-14b地块') is not another wording of the notice."""
    page = (
        "某市核心片区某单元A-14b地块\n发布时间:2021-05-06 17:50:04 来源:本站原创\n某市国有建设用地使用权挂牌出让结果公布\n"
        "某政务中心土公布字〔2021〕23号\n" + BODY
    )
    assert extract(page.encode()).fields["title"] == "某市核心片区某单元A-14b地块"


def test_a_fuller_page_title_is_kept() -> None:
    """Guard: the page title holding the heading's words in order, a code added, stays (fresh5 佛山's label)."""
    page = (
        "PW2018某市排污权公开出让(2018年第2期)交易方式公告\n某市排污权交易方式公告\n某环告字〔2018〕2号\n"
        + BODY
    )
    rec = extract(page.encode())
    assert rec.fields.get("title") == "PW2018某市排污权公开出让(2018年第2期)交易方式公告"


def test_a_number_with_a_series_word_is_a_reference_number() -> None:
    assert reference_number("某土公告字[2025]整第27号")
    assert not reference_number("某县国有建设用地使用权挂牌出让公告")


def test_a_paywall_prompt_is_no_part_of_the_title() -> None:
    page = (
        "某省某县国有建设用地使用权出让公告\n查看隐藏内容(*)需先登录\n某县国有建设用地使用权出让公告\n"
        "发布时间:****-**-**信息来源:某市公共资源交易网" + BODY.replace("\n", "")
    )
    title = extract(page.encode()).fields["title"]
    assert "登录" not in title and "隐藏" not in title


def test_a_list_of_cut_entries_is_chrome() -> None:
    page = (
        "最新公告 更多>>\n某区市场监督管理局《行...\n2025年度某新区国有资...\n某新区保障性租...\n某地块划拨供地成交公示\n"
        "您的位置: 首页 >> 招标公示\n某村某丘土地招租公告\n信息来源:某街道 日期:2025-04-24 10:08 浏览次数:\n"
        "经有关部门核准,公开招租某村集体资源土地经营权,现将有关事项公告如下:\n一、招租概况:租赁期限3年。\n"
    )
    rec = extract(page.encode())
    assert rec.notice_type == "property.transfer_notice"
    assert rec.fields["title"] == "某村某丘土地招租公告"


def test_a_lots_tag_and_a_price_per_mu_are_no_starting_price() -> None:
    page = (
        "某村土地招租公告\n经有关部门核准,公开招租某村集体土地经营权,现将有关事项公告如下:\n"
        "1.标的位置:标的位于某街道某村。\n2.招租起始价:1标:600元/每亩/每年。\n3.租赁期限:3年。\n"
    )
    assert "starting_price" not in extract(page.encode()).fields


COLLECTIVE = (
    "某县某乡某村集体经营性建设用地使用权挂牌公告\n"
    "经集体土地权属人某村村民委员会同意,由某村股份经济合作社组织入市。某县农村产权流转交易中心挂牌出让1宗"
    "集体经营性建设用地使用权。\n该宗地位于某乡某村三队,土地出让面积3764.0平方米,规划用途为仓储用地,出让年限为50年。\n"
)


def test_collective_construction_land_sold_is_a_land_sale() -> None:
    rec = extract(COLLECTIVE.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.fields.get("purchaser") == "某村股份经济合作社"


def test_collective_construction_land_let_stays_a_letting() -> None:
    """Guard: a letting of the same land (出租) is property, as any letting of a village's assets."""
    page = COLLECTIVE.replace("使用权挂牌公告", "使用权出租公告", 1)
    assert extract(page.encode()).domain == "property"


def test_a_signer_selling_for_others_is_not_the_seller() -> None:
    page = (
        "经某市人民政府批准,受甲镇甲村村民委员会、乙镇乙村村民委员会委托,决定公开出让2宗农村集体经营性建设用地使用权。"
        "现将有关事项公告如下:\n一、地块基本情况\n土地用途:工业。出让年限:50年。\n"
        "详询某市土地收购储备中心。\n某市自然资源和规划局\n2021年9月10日\n"
    )
    rec = extract(page.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert "purchaser" not in rec.fields


def test_a_signer_selling_its_own_land_is_the_seller() -> None:
    """Guard: no 受…委托 clause, the 落款 body sells its own land."""
    page = (
        "某县国有建设用地使用权挂牌出让公告\n经某县人民政府批准,决定以挂牌方式出让1宗国有建设用地使用权。"
        "现将有关事项公告如下:\n土地用途:工业。出让年限:50年。\n某县自然资源局\n2021年9月10日\n"
    )
    assert extract(page.encode()).fields.get("purchaser") == "某县自然资源局"


def test_two_principals_of_one_sale_give_the_first_named() -> None:
    """Guard: two bodies commissioning one sale together (fresh16 兰州's car auction): the first named sells."""
    page = (
        "某市公车拍卖会成功举行\n受某市公务用车制度改革领导小组办公室、某市机关事务管理局委托,11月2日上午,某市第二场"
        "涉改公务用车拍卖会在某拍卖大厅举行,推出的179辆涉改公车最终成交143辆。\n"
    )
    assert extract(page.encode()).fields.get("purchaser") == "某市公务用车制度改革领导小组办公室"
