"""Round 13a: what a title confirms. A sale's stage word (拍卖公告, 出让公告) is shared by every kind of sale:
a title that names no object of the decided domain (the '…河道采砂权…拍卖公告' read as property by its 拍卖)
confirms no type, so the domain's items go to the office's review list. A list of eligible households is
the allocation's nearest type, not an allocation: its title does not hold it to an allocation's items.
Every title here is made up."""

from __future__ import annotations

import pytest

from extractors.classify import type_basis


@pytest.mark.parametrize(
    ("title", "domain"),
    [
        ("某江干流某县段河道采砂权一标段拍卖公告", "property"),  # a sand right read as property by 拍卖
        ("某县某镇某村某林权挂牌出让公告", "land"),  # a forest right read as land by 挂牌出让
        ("某县某矿区采矿权拍卖公告", "property"),
    ],
)
def test_a_sale_title_naming_no_object_of_the_domain_confirms_nothing(title: str, domain: str) -> None:
    assert type_basis(title, [], None, domain, f"{domain}.transfer_notice") == ("body", "")
    assert type_basis("", [title], None, domain, f"{domain}.transfer_notice") == ("body", "")


@pytest.mark.parametrize(
    ("title", "domain", "type_"),
    [
        ("某县某矿区建筑用砂岩矿采矿权挂牌出让公告", "mining", "mining.transfer_notice"),
        ("某江干流某县段河道采砂权一标段拍卖公告", "mining", "mining.transfer_notice"),
        ("某市国有建设用地使用权挂牌出让公告", "land", "land.transfer_notice"),
        ("某市某区公务车辆拍卖公告", "property", "property.transfer_notice"),
        ("某公司某路门面房招租公告", "property", "property.transfer_notice"),
        ("某市排污权出让公告", "emission", "emission.transfer_notice"),
        ("某镇某村某地块国有建设用地使用权出让结果公示", "land", "land.deal_result"),
    ],
)
def test_a_sale_title_naming_its_object_still_confirms(title: str, domain: str, type_: str) -> None:
    assert type_basis(title, [], None, domain, type_) == ("title", title)


def test_an_eligibility_list_does_not_confirm_an_allocation() -> None:
    title = "关于符合城镇廉租住房保障条件家庭名单的公示"
    assert type_basis(title, [title], None, "housing", "housing.allocation") == ("body", "")
    # a draw for the flats is the allocation itself
    draw = "某市2024年度第二批公租房实物配租摇号结果公示"
    assert type_basis(draw, [], None, "housing", "housing.allocation") == ("title", draw)
