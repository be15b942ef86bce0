"""Round 17a: a type only its title names is unsure; the type confusions fresh21/fresh22 showed, by general cues.

Made-up pages (no real page's text). Each test fails before round 17a and passes after; the guards beside them
keep what was right.
"""

from __future__ import annotations

from extractors import extract
from extractors.record import TYPE_UNSURE_WARNING
from monitor.required import required_detail
from vocabulary import TYPE_BASES, TYPE_UNSURE_REASON


def _rec(html: str) -> dict:
    return extract(html.encode()).to_dict()


# --- 17a.1 a title the body does not bear out: unsure ------------------------------------------------

# a works tender's heading over a body that is a meeting's report: not one tendering item, invitation or ranking
_UNBORNE_TENDER = (
    "<h1 class='title'>某某镇某某路改造工程招标公告</h1>"
    "<p>3月2日，某某镇召开某某路改造工程推进会，镇分管领导出席会议。</p>"
    "<p>会议听取了施工前期准备情况的汇报，要求各部门密切配合，确保工程按期开工。</p>"
    "<p>某某镇人民政府</p><p>2026年3月5日</p>"
)


def test_a_tender_title_over_a_body_with_no_tendering_cue_is_unsure() -> None:
    rec = _rec(_UNBORNE_TENDER)
    assert rec["notice_type"] == "construction.tender"
    assert rec["type_basis"] == "unsure"
    assert rec["type_provenance"]["snippet"] == "某某镇某某路改造工程招标公告"  # what it rested on
    assert TYPE_UNSURE_WARNING in rec["warnings"]  # pubwatch extract --json says so
    assert "unsure" in TYPE_BASES
    detail = required_detail(rec)
    # every tender item the page lacks is a question for the office, none a 要素缺失 against the unit
    assert detail and all(status != "missing" for status, _why in detail.values())
    assert TYPE_UNSURE_REASON in {why for _status, why in detail.values()}


def test_a_tender_title_its_body_bears_out_stays_confirmed() -> None:
    body = _UNBORNE_TENDER.replace(
        "<p>某某镇人民政府</p>", "<p>投标截止时间：2026年3月26日9时30分。</p><p>某某镇人民政府</p>"
    )
    rec = _rec(body)
    assert (rec["notice_type"], rec["type_basis"]) == ("construction.tender", "title")
    assert not rec["warnings"]
    assert any(status == "missing" for status, _why in required_detail(rec).values())
    # an invitation in the present bears it out too ('现邀请合格的潜在投标人参加本工程的投标')
    invited = _UNBORNE_TENDER.replace(
        "<p>某某镇人民政府</p>", "<p>现邀请合格的潜在投标人参加本工程的投标。</p><p>某某镇人民政府</p>"
    )
    assert _rec(invited)["type_basis"] == "title"


def test_a_sale_title_over_a_body_with_no_term_of_an_offer_is_unsure() -> None:
    page = (
        "<h1 class='title'>某某县排污权出让公告</h1>"
        "<p>为推进排污权有偿使用，某某县生态环境局会同有关部门开展了排污权有偿使用政策宣传。</p>"
        "<p>宣传覆盖全县重点排污单位，发放资料三百余份。</p><p>某某县生态环境局</p><p>2026年3月5日</p>"
    )
    rec = _rec(page)
    assert (rec["notice_type"], rec["type_basis"]) == ("emission.transfer_notice", "unsure")
    # the same title over an offer's terms is confirmed
    offered = page.replace("<p>宣传覆盖", "<p>出让起始价：12万元，竞买保证金：2万元。</p><p>宣传覆盖")
    assert _rec(offered)["type_basis"] == "title"


# --- 17a.2 the confusions, by general cues -------------------------------------------------------------


def test_a_failed_tender_under_a_title_naming_what_was_bought_is_a_termination() -> None:
    page = (
        "<p>某某医院血液分析仪采购项目</p><p>招标失败评审结果通知</p>"
        "<p>经评标委员会评审，三家投标人的报价均超过最高限价，有效投标不足三家，本项目重新招标。</p>"
        "<p>某某招标有限公司</p><p>2026年3月5日</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "procurement.termination"
    assert rec["type_basis"] in ("title", "heading")
    # guard: the same title over its tender's own heading is the tender
    tender = page.replace("招标失败评审结果通知", "招标公告").replace(
        "经评标委员会评审，三家投标人的报价均超过最高限价，有效投标不足三家，本项目重新招标。",
        "投标截止时间：2026年3月26日9时30分。",
    )
    assert _rec(tender)["notice_type"] == "procurement.tender"


def test_an_evaluation_process_and_result_publicity_is_the_ranking() -> None:
    page = (
        "<h1 class='title'>某某村道路硬化工程施工招标评标过程及结果公示</h1>"
        "<p>现对本次招标的评标过程及结果进行公示：</p>"
        "<p>第一中标候选人：甲建设有限公司</p><p>第二中标候选人：乙建设有限公司</p>"
        "<p>某某村民委员会</p><p>2026年3月5日</p>"
    )
    assert _rec(page)["notice_type"] == "construction.candidates"
    # guard: a title that names the award as well stays the result
    award = page.replace("评标过程及结果公示", "评标结果及中标结果公示")
    assert _rec(award)["notice_type"] == "construction.result"


def test_a_ranking_publicity_reads_no_candidates_from_the_bids_as_opened() -> None:
    page = (
        "<h1 class='title'>某某村道路硬化工程施工招标评标过程及结果公示</h1>"
        "<p>现对本次招标的评标过程及结果进行公示：</p><p>各投标人的投标报价如下：</p>"
        "<table><tr><td>投标序号</td><td>投标人名称</td><td>投标报价(元)</td></tr>"
        "<tr><td>1</td><td>甲建设有限公司</td><td>1200000</td></tr>"
        "<tr><td>2</td><td>乙建设有限公司</td><td>1250000</td></tr></table>"
        "<p>某某村民委员会</p><p>2026年3月5日</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "construction.candidates"
    assert "candidates" not in rec["fields"]
    # guard: a ranked table is the candidates
    ranked = page.replace("投标序号", "排名")
    assert [c["name"] for c in _rec(ranked)["fields"]["candidates"]] == ["甲建设有限公司", "乙建设有限公司"]


def test_a_headline_of_an_auction_held_is_a_report_of_the_deal_not_an_offer() -> None:
    page = (
        "<h1 class='title'>某某市排污权交易拍卖会在市公共资源交易中心举行</h1>"
        "<p>3月2日，某某市排污权交易拍卖会举行，四家企业竞买化学需氧量指标。</p>"
        "<p>某某市公共资源交易中心</p><p>2026年3月5日</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "emission.deal_result"
    assert rec["type_basis"] in ("body", "none")  # a headline's idiom confirms no type
    # guard: a notice that schedules its auction is the offer
    notice = (
        "<h1 class='title'>某某市排污权拍卖出让公告</h1>"
        "<p>拍卖会定于2026年3月26日在市公共资源交易中心举行。起始价：12万元，竞买保证金：2万元。</p>"
        "<p>某某市生态环境局</p><p>2026年3月5日</p>"
    )
    assert _rec(notice)["notice_type"] == "emission.transfer_notice"


def test_a_tender_heading_over_a_letting_is_a_property_transfer_notice() -> None:
    page = (
        "<p>某某村农贸市场经营权招标公告</p><p>某某村农贸市场经营权出租方案</p>"
        "<p>经村民代表会议通过，对农贸市场经营权出租进行公开竞投。</p>"
        "<p>标底价：每年8万元，租期3年，交易保证金：5000元。</p><p>某某村股份经济合作社</p><p>2026年3月5日</p>"
    )
    rec = _rec(page)
    assert rec["notice_type"] == "property.transfer_notice"
    # guard: a works tender's heading over its works stays works
    works = page.replace("农贸市场经营权出租方案", "农贸市场改造工程施工").replace(
        "农贸市场经营权招标公告", "农贸市场改造工程招标公告"
    )
    assert _rec(works)["domain"] == "construction"


def test_a_winner_label_over_its_value_bears_an_award_out() -> None:
    """Guard of 17a.1: a result grid printed one cell a line ('中标人' / '某某建设有限公司') is an award's cue."""
    page = (
        "<h1 class='title'>某某村道路硬化工程中标结果公告</h1><table>"
        "<tr><td>建设单位</td></tr><tr><td>某某村民委员会</td></tr>"
        "<tr><td>中标人</td></tr><tr><td>某某建设有限公司</td></tr>"
        "<tr><td>中标金额</td></tr><tr><td>1,200,000.00元</td></tr></table>"
        "<p>某某村民委员会</p><p>2026年3月5日</p>"
    )
    rec = _rec(page)
    assert (rec["notice_type"], rec["type_basis"]) == ("construction.result", "title")


# --- 17a.3 an issuer's name before 关于 -------------------------------------------------------------------


def test_an_agency_named_before_guanyu_does_not_make_a_purchase_works() -> None:
    page = (
        "<h1 class='title'>某某工程咨询管理有限公司关于某某派出所文化宣传品制作项目的公开招标公告</h1>"
        "<p>公告信息：采购项目名称某某派出所文化宣传品制作项目采购单位某某市公安局某某分局"
        "获取招标文件时间2026年03月07日至2026年03月14日开标时间2026年03月28日 09:00预算金额￥100万元</p>"
        "<p>供应商须在政府采购云平台获取招标文件。</p><p>某某市公安局某某分局</p><p>2026年3月5日</p>"
    )
    assert _rec(page)["notice_type"] == "procurement.tender"
    # guard: a works project's own words still make it works
    works = page.replace("文化宣传品制作项目", "办公楼改造工程施工项目").replace(
        "供应商须在政府采购云平台", "投标人须在平台"
    )
    assert _rec(works)["domain"] == "construction"


def test_a_sale_named_by_its_title_alone_is_held_to_its_stage_not_its_domain_words() -> None:
    """A sale's object is often named in its title alone ('…公务车辆拍卖结果公告' over '成交价格：…、受让方：…'): its
    deal words bear the result out, though the body names no property (an earlier draft of 17a.1 held it unsure)."""
    page = (
        "<h1 class='title'>某某集团有限公司公务车辆拍卖结果公告</h1>"
        "<p>1. 项目编号：QZCQ2026001</p><p>2. 标的名称：某某集团有限公司公务车辆</p>"
        "<p>3. 成交价格：230000.00元</p><p>4. 成交日期：2026年1月15日</p><p>5. 受让方：某某科技有限公司</p>"
        "<p>某某县公共资源交易中心</p><p>2026年1月27日</p>"
    )
    rec = _rec(page)
    assert (rec["notice_type"], rec["type_basis"]) == ("property.deal_result", "title")
