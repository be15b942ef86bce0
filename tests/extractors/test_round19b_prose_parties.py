"""Reading conventions added in issue 12, round 19b (docs/extraction-conventions.md, "Round 19b").

Who did what, told in prose (extractors/agents.py): the seller as the subject of the sale verb, the agent firm
that 受…委托 or runs the purchase, a deal's buyer as the subject of '以<price>竞得', a role named before a name
with no colon.  A body named only as publisher, source or approver is not the seller (LABELLING.md 'purchaser:
not a body named only as publisher').  Every page below is made up (no real page is copied); each rule has a
guard beside it.
"""

from __future__ import annotations

from typing import Any

from extractors import extract
from extractors.normalize import strip_value


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


_BYLINE = "来源:某某县融媒体中心 时间:2024-05-10 10:20\n"


# -- 19b.1 the seller: the subject of the sale verb, adverbials between -----------------------------------------


def test_the_subject_of_a_sale_is_the_seller() -> None:
    page = (
        "某某县采矿权挂牌出让成功\n"
        + _BYLINE
        + "近日,某某省某某县自然资源和规划局在某某市公共资源交易中心通过公开挂牌方式"
        "成功出让某某县某某山建筑石料用灰岩矿采矿权,成交价3100万元。\n"
    )
    assert _rec(page).fields.get("purchaser") == "某某省某某县自然资源和规划局"


def test_the_first_of_several_subjects_selling_together() -> None:
    page = (
        "某某乡集镇国有土地拍卖成功\n"
        + _BYLINE
        + "近日,某某市国土资源局某某区分局和某某乡党委、政府的领导共同对6宗"
        "国有土地使用权进行公开拍卖,拍卖获得成功。\n"
    )
    assert _rec(page).fields.get("purchaser") == "某某市国土资源局某某区分局"


def test_a_clause_without_its_own_subject_takes_the_first_clauses() -> None:
    page = (
        "某市公房店面将定向招租\n"
        + _BYLINE
        + "市国土房产局日前推出了4个公房店面,将于5月8日上午9点通过公开招租的方式,"
        "定向出租给民营实体书店。\n"
    )
    assert _rec(page).fields.get("purchaser") == "市国土房产局"


def test_a_publisher_a_source_or_a_venue_is_no_seller() -> None:
    # guard: 'X发布…出让公告' (publisher), '记者从X获悉' (source), the trading centre that runs the sale
    published = (
        "某某县采矿权出让\n" + _BYLINE + "近日,某某县自然资源和规划局发布《某某县某某矿采矿权挂牌出让公告》,"
        "挂牌时间为2024年6月1日至6月10日。\n"
    )
    assert "purchaser" not in _rec(published).fields
    venue = (
        "某某县采矿权出让\n"
        + _BYLINE
        + "近日,某某市公共资源交易中心通过网上挂牌方式成功出让某某县某某矿采矿权。\n"
    )
    assert "purchaser" not in _rec(venue).fields


def test_a_heading_naming_the_object_let_is_no_seller() -> None:
    # guard: '<object>招租公告' is a heading, its object no agent; a relative clause's '政府出让的…' neither
    page = (
        "某某集镇农贸市场招租公告\n为做好某某集镇农贸市场的经营管理,现将剩余商铺及摊位进行招租,有关事项公告如下:\n"
        "一、招租对象:个体工商户。\n"
    )
    assert "purchaser" not in _rec(page).fields


def test_the_object_put_before_the_verb_and_the_venue_commissioned() -> None:
    from extractors.agents import parties

    def seller(sentence: str) -> list[str]:
        return [f.raw for f in parties([sentence], ["purchaser"], sale=True)]

    assert seller("某镇人民政府将位于某路的门面房对外公开招租。") == ["某镇人民政府"]
    assert seller("某区住建局委托某拍卖有限公司对一批车辆进行公开拍卖。") == ["某区住建局"]
    # guards: a plan's 将 ('will') is no object put before the verb; an approver's clause is no name
    assert seller("下一步,省自然资源厅将持续推进探矿权出让。") == []
    assert seller("某市国资委同意华信公司转让股权。") == []
    assert seller("某县人民政府批准出让某地块。") == []


# -- 19b.2 the agent firm: '<firm>(以下简称…)受<principal>委托', '<firm>对…进行了竞争性磋商' ---------------------


def test_an_agent_firm_commissioned_with_asides() -> None:
    page = (
        "某某小学校园文化及食堂设备工程成交公告\n"
        "某某国际项目管理有限公司(以下简称“代理机构”)受某某镇某某小学(以下简称“采购人”)的委托,"
        "拟就某某小学校园文化及食堂设备工程进行竞争性磋商采购,现将成交结果公告如下:\n"
        "成交供应商:某某装饰工程有限公司\n成交金额:12.5万元\n"
    )
    rec = _rec(page)
    assert rec.fields.get("agency") == "某某国际项目管理有限公司"


def test_fill_in_marks_around_the_names() -> None:
    page = (
        "某某市智慧公交建设项目(勘察设计)暂停公告\n"
        "【某某项目管理有限公司】受【某某市交通运输投资发展集团有限公司】委托,就某某市智慧公交建设项目(勘察设计)"
        "招标项目组织公开招标。现进行项目暂停公告,内容如下:\n"
    )
    rec = _rec(page)
    assert rec.fields.get("agency") == "某某项目管理有限公司"
    assert rec.fields.get("purchaser") == "某某市交通运输投资发展集团有限公司"
    assert strip_value("【某某集团有限公司】") == "某某集团有限公司"
    assert strip_value("【采购公告】某某项目【第二次】") == "【采购公告】某某项目【第二次】"


def test_a_firm_running_a_purchase_is_the_agency() -> None:
    page = (
        "某某学院学生公寓床上用品采购成交公告\n"
        "某某市机电设备招标有限责任公司对某某学院学生公寓床上用品采购进行了竞争性磋商采购,现将采购结果公告如下:\n"
        "成交供应商:某某纺织品有限公司\n"
    )
    assert _rec(page).fields.get("agency") == "某某市机电设备招标有限责任公司"


def test_a_buyer_running_its_own_purchase_is_no_agency() -> None:
    # guard: a firm whose name does not say it is an agent
    page = (
        "某某公司办公设备采购成交公告\n某某水务有限公司对办公设备采购项目进行了竞争性磋商,现将采购结果公告如下:\n"
        "成交供应商:某某科技有限公司\n"
    )
    assert "agency" not in _rec(page).fields


# -- 19b.3 a deal's buyer: the subject of '以<price>竞得', named short -----------------------------------------------


def test_a_buyer_named_short_before_its_price() -> None:
    page = (
        "某某区地块今日成交\n新京报讯(记者 某某)10月13日,在某市第二批集中供地现场竞价中,华海地产以45亿元竞得某某区"
        "某某镇04地块,溢价率约5.63%。\n"
    )
    assert _rec(page).fields.get("winner") == ["华海地产"]


def test_a_pronoun_or_a_place_before_the_price_is_no_buyer() -> None:
    # guard: '该公司以…竞得', '某某区以…' name no buyer
    page = (
        "某某区地块今日成交\n新京报讯(记者 某某)10月13日,某某区地块拍卖,经过多轮竞价,该公司以45亿元竞得某某区某某镇"
        "04地块,溢价率约5.63%。\n"
    )
    assert "winner" not in _rec(page).fields


def test_a_buyer_marked_by_you_inside_its_clause() -> None:
    from extractors.agents import parties

    def buyers(sentence: str) -> list[str]:
        return [f.raw for f in parties([sentence], ["winner"], sale=True)]

    assert buyers("该地块由华润置地以总价5亿元竞得,溢价率10%。") == ["华润置地"]
    # guard: two lots' buyers and prices in one clause name no one buyer of the notice here
    assert buyers("两宗地分别由甲公司和乙公司以14.6亿元和7.4亿元竞得。") == []


# -- 19b.4 a role named before the name, no colon -------------------------------------------------------------------


def test_a_role_before_a_name_as_the_clauses_subject() -> None:
    page = (
        "某某中学图书馆改造项目中标结果澄清\n致各投标人:\n招标人某某市某某中学对《某某中学图书馆改造项目中标结果公告》"
        "作如下澄清说明。\n澄清时间:2022年12月29日\n"
    )
    assert _rec(page).fields.get("purchaser") == "某某市某某中学"


def test_a_role_followed_by_its_label_words_is_no_name() -> None:
    # guard: '采购人名称…', '招标人联系…' are labels' words, no name
    from extractors.agents import _ROLE_CLAUSE

    assert _ROLE_CLAUSE.match("采购人信息名称某某市某某中学") is None
    assert (
        _ROLE_CLAUSE.match("竞得人某某新材料有限公司成立于2022年3月30日").group("v") == "某某新材料有限公司"
    )


# -- 19b.5 a 监理 firm signing is no buyer (18b's lone agency signer) ------------------------------------------------


def test_a_supervision_firm_signing_alone_is_the_agency_not_the_buyer() -> None:
    from extractors.readers import signature_orgs

    lines = [
        "关于暂停某某项目采购的通知",
        "各供应商:",
        "原定于2010年8月23日开标的某某项目暂停。",
        "某某县某某工程建设监理有限公司",
        "2010-08-19",
    ]
    assert signature_orgs(lines)[:2] == (None, "某某县某某工程建设监理有限公司")
    # guard: a buyer signing stays the buyer
    lines[-2] = "某某县人民医院"
    assert signature_orgs(lines)[:2] == ("某某县人民医院", None)
