"""Items a sub-kind of a notice type does not owe (issue 12: never accuse on our own mistake).

A 采矿权/探矿权 协议出让 publicity is typed mining.deal_result (it names the agreed grantee), but no auction
or listing took place: it has no 成交时间、成交地点, and states no 成交价格 or 缴纳方式 (矿业权交易规则 2017
第三十条 for 招拍挂 results vs 第三十一条 for 协议出让 publicity). A title naming 协议出让 drops those four
items (``FieldReq.unless_title``); an auction's or listing's result still owes all six. The pages here are
made up.
"""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import Data
from sqlalchemy import Engine

import monitor
from monitor.catalog import CatalogError, _fields, load_catalog
from monitor.required import required_keys, required_status

D = dt.date
AS_OF = D(2026, 4, 20)
AUCTION_ONLY = {"deal_date", "deal_place", "amount", "payment_method"}

AGREED = """<html><body><h1>某县某某建筑用石料矿采矿权协议出让公示</h1>
<p>发布日期：2026-03-05</p>
<p>根据有关规定，现将某县某某建筑用石料矿采矿权协议出让有关事项公示如下：</p>
<p>一、出让人：某县自然资源和规划局</p><p>二、协议受让人：某某工程建设指挥部</p>
<p>三、采矿权取得方式：协议方式出让。</p>
<p>四、矿区基本情况</p><p>采矿权名称：某县某某建筑用石料矿</p><p>矿区位置：某县某镇某村</p>
<p>开采矿种：建筑用石料（凝灰岩）</p><p>矿区面积：0.03平方公里</p>
<p>五、公示期：2026年3月5日至2026年3月18日。对公示内容有异议的，请在公示期内以书面形式反映。</p>
<p>某县自然资源和规划局</p><p>2026年3月5日</p></body></html>"""


def test_an_agreed_sale_publicity_is_not_held_to_an_auctions_items() -> None:
    from extractors import extract

    rec = extract(AGREED.encode()).to_dict()
    assert rec["notice_type"] == "mining.deal_result"  # the 协议出让 template's type (LABELLING)
    status = required_status(rec)
    assert not AUCTION_ONLY & status.keys()  # 成交时间/地点/价格/缴纳方式: not asked, so never 'missing'
    assert status["winner"] == "read"  # the agreed grantee is owed and read


@pytest.mark.parametrize(
    "title",
    [
        "某矿采矿权挂牌出让结果公示",
        "某矿采矿权拍卖出让成交公示",
        "某矿探矿权出让结果公告",
        "关于某矿采矿权出让协议签订的通知",  # 协议 alone (a contract) names no 协议出让
    ],
)
def test_an_auctions_or_listings_result_still_owes_every_item(title: str) -> None:
    keys = required_keys(load_catalog(), "mining.deal_result", title)
    assert set(keys) == {"subject_name", "winner", *AUCTION_ONLY}
    assert required_status({"notice_type": "mining.deal_result", "fields": {"title": title}}) == {
        k: "missing" for k in keys
    }


@pytest.mark.parametrize(
    "title", ["某矿采矿权协议出让公示", "某礦採礦權協議出讓公示", "某矿采矿权协议出让事项公开"]
)
def test_agreed_sale_titles_ask_the_grantee_and_the_right_only(title: str) -> None:
    assert required_keys(load_catalog(), "mining.deal_result", title) == ["subject_name", "winner"]


def test_the_night_files_no_auction_items_against_an_agreed_sale(engine: Engine, data: Data) -> None:
    _, agreed = data.notice(
        "mining.deal_result",
        D(2026, 3, 5),
        {},
        title="某矿采矿权协议出让公示",
        omit=tuple(AUCTION_ONLY),
        project_number="X-1",
    )
    _, listed = data.notice(
        "mining.deal_result",
        D(2026, 3, 5),
        {},
        title="某矿采矿权挂牌出让结果公示",
        omit=("deal_place", "payment_method"),
        project_number="X-2",
    )
    # the agreed sale still owes its grantee
    _, no_grantee = data.notice(
        "mining.deal_result",
        D(2026, 3, 5),
        {},
        title="某矿采矿权协议出让公示",
        omit=("winner", *AUCTION_ONLY),
        project_number="X-3",
    )
    monitor.run_checks(engine, AS_OF)
    fs = monitor.findings_as_json(engine, AS_OF)
    got = sorted(
        (f["url"], f["field"], f["kind"])
        for f in fs
        if f.get("field") and f["url"] in (agreed, listed, no_grantee)
    )
    assert got == sorted(
        [
            (listed, "deal_place", "missing_field"),
            (listed, "payment_method", "missing_field"),
            (no_grantee, "winner", "missing_field"),
        ]
    )


def test_unless_title_is_validated() -> None:
    assert _fields("r", [{"key": "amount", "label": "成交价格", "unless_title": ["协议出让"]}])[
        0
    ].unless_title == ("协议出让",)
    for bad in ("协议出让", [""], [1]):
        with pytest.raises(CatalogError, match="unless_title"):
            _fields("r", [{"key": "amount", "label": "成交价格", "unless_title": bad}])
