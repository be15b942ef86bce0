"""Round 28c (issue 12): a news headline told as a topic, a colon and what is said of it.

Why (three news sites: fresh35 阜阳新闻网 '棚户区改造任务:基本建成22167套住房' over its stamp, fresh39 a securities news
copy '某某建工:关于下属子公司中标…的公告' over its lede, and — not yet read, its byline split over lines — fresh33
'消失的预算后续:…结果已出!'): a headline with a colon was taken for a label's line ('采购单位:某某'), so no headline
was read. The topic must be short, no label any reader knows, and not end as a label does. Every page here is made
up; the guards say what must NOT be read so.
"""

from __future__ import annotations

from extractors import extract
from extractors.byline import _headline_like


def test_topic_and_statement_over_a_stamp() -> None:
    head = "棚户区改造任务:基本建成12345套住房"
    page = f"某某新闻网首页某某查看内容\n{head}\n2023-2-10 09:24\n编辑:某某\n  记者昨日从市房屋管理局获悉,今年省下达我市保障性住房任务已经明确。\n"
    assert extract(page.encode()).fields.get("title") == head


def test_company_and_its_announcement_over_a_lede() -> None:
    head = "某某建工:关于下属子公司中标某某快速路一期工程施工I标段的公告"
    page = (
        f"{head}\n某某日报网讯 9月4日晚间,某某建工发布公告称,公司控股子公司收到招标人签发的《中标通知书》。\n"
    )
    assert extract(page.encode()).fields.get("title") == head


def test_guard_a_labels_line_is_no_headline() -> None:
    for line in (
        "采购单位:某某县第一人民医院",
        "项目名称:某某道路改造工程项目",
        "开标时间:2026年1月2日上午九点",
        "项目联系人:张某某某某某某",
        "招标项目概况:某某道路改造",
        "本站郑重声明:本文由用户上传如有侵权请联系删除",
        "文章转载来源说明:转载自互联网非本站原创",
    ):
        assert not _headline_like(line), line


def test_guard_two_colons_or_a_long_topic() -> None:
    assert not _headline_like("某某:某某某某:某某某某某某")
    assert not _headline_like("某某县某某镇某某村某某组某某路段:某某某某某某某某")
