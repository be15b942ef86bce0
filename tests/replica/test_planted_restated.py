"""A planted missing item leaves no words naming it in the title or preamble (replica Content.restate)."""

from __future__ import annotations

import datetime as dt
import random

from replica.generate.content import Content
from replica.generate.notices_resources import land_deal_result

PARAMS = {
    "region_name": "某县",
    "parcel": "KH2026-01",
    "bureau": "某县自然资源和规划局",
    "location": "某镇某路以东",
    "area": 12000.0,
    "use": "工业用地",
    "term": 50,
    "industry": "制造业",
    "amount": 9600000.0,
    "winner": "某某有限公司",
}
NOTICE = {"list_start": dt.date(2026, 2, 2), "deal": dt.date(2026, 2, 12), "pd": dt.date(2026, 2, 16)}


def test_a_land_result_names_its_method_in_title_and_preamble() -> None:
    b = land_deal_result(random.Random(1), PARAMS, NOTICE)
    assert "挂牌出让结果" in b.c.title and "以挂牌方式出让" in b.c.preamble
    assert b.f["supply_method"] == "挂牌出让"


def test_dropping_the_method_takes_it_out_of_title_and_preamble() -> None:
    b = land_deal_result(random.Random(1), PARAMS, NOTICE)
    b.c.drop("supply_method")
    assert "挂牌" not in b.c.title and "挂牌" not in b.c.preamble
    assert all(key != "supply_method" for key, _, _ in b.c.items)
    assert b.c.title.endswith("出让结果公示（KH2026-01）")


def test_dropping_another_item_leaves_the_title_alone() -> None:
    b = land_deal_result(random.Random(1), PARAMS, NOTICE)
    title = b.c.title
    b.c.drop("industry")
    assert b.c.title == title


def test_restate_is_per_key() -> None:
    c = Content(title="甲乙丙", preamble="乙")
    c.restate("k", "乙", "")
    c.drop("other")
    assert (c.title, c.preamble) == ("甲乙丙", "乙")
    c.drop("k")
    assert (c.title, c.preamble) == ("甲丙", "")
