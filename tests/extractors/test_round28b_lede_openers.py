"""Round 28b (issue 12): a news headline over a lede whose opening the reader did not know.

Why (three news sites, four pages: fresh38 咸宁新闻网 '某某新闻网讯 记者甲、通讯员乙报道:日前,…'; fresh38 and fresh42 中国砂石
协会 '据报道:近日,…' / '据悉,…'; fresh38 a news mirror '导读 据中国自然资源报,近日,…' cut with '...'; fresh39 a
securities news copy '证券日报网讯 9月4日晚间,…' cut with ' ...'): the headline reader takes a first line as the
headline when a report's lede follows it; these ledes open with the agency's 讯 and its reporters, with the source
('据某报', '据报道', '据悉'), or with the 讯 and the day, and a lede cut by the site was read as an entry of a list of
titles. Every page here is made up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract

_HEAD = "某县某中学食堂和商店3年经营权实施公开拍卖"
_REST = "拍卖吸引了6家企业前来竞拍,最终食堂以220000元成交。\n编辑:某某\n"


def _title(text: str) -> str | None:
    return extract(text.encode()).fields.get("title")


def test_agency_with_its_reporters_and_no_bracket() -> None:
    page = f"{_HEAD}\n某某新闻网讯 记者甲某、通讯员乙某报道:日前,某县某中学委托某拍卖有限公司,公开拍卖学校食堂经营权。\n{_REST}"
    assert _title(page) == _HEAD


def test_source_opening_the_lede() -> None:
    for lede in (
        "据报道:近日,某县某矿在某交易系统以17170万元成功挂牌出让。",
        "据悉,某县某矿网上挂牌出让,起始价:56000万元。",
        "据某某资源报,近日,某省矿业权出让项目推介会在某市举行。",
    ):
        page = f"发布日期:2020-09-13 浏览次数: 次\n{_HEAD}\n{lede}\n{_REST}"
        assert _title(page) == _HEAD, lede


def test_agency_and_day_with_a_lede_cut_by_the_site() -> None:
    lede = (
        "某某日报网讯 9月4日晚间,某某建工发布公告称,公司控股子公司某某市政工程建设集团股份有限公司于近日收到招标人某某中心"
        "签发的《中标通知书》,为某某快速路一期工程施工I标段中标单位。 (编辑 某某) ..."
    )
    assert _title(f"{_HEAD}\n{lede}\n") == _HEAD


def test_summary_tag_and_cut_summary() -> None:
    lede = "导读据某某资源报,近日,某省矿业权出让项目推介会在某市举行,集中推介某某金矿等17宗探矿权项目。某省今年拟分6批次出让..."
    page = f"您的位置:首页 >新知 > 快讯 > 正文\n{_HEAD}\n{lede}\n{lede[2:-3]}约80宗探矿权。\n"
    assert _title(page) == _HEAD


def test_guard_a_list_of_cut_titles_is_still_a_list() -> None:
    page = "某某县某某中学食堂经营权拍卖\n某某县国有资产...\n某某镇土地承包...\n据悉,某县某矿网上挂牌出让,起始价:56000万元。\n"
    assert _title(page) != "某某县某某中学食堂经营权拍卖"


def test_guard_a_rule_opening_with_ju_is_no_lede() -> None:
    # '据此' / '据实' open a rule's sentence, not a report's source
    page = f"{_HEAD}\n据此,竞买人应当按规定缴纳保证金,逾期不予受理。\n"
    assert _title(page) != _HEAD
