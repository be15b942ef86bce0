"""A channel's declared type is a hint; the notice's own title and body decide, and a channel whose
notices disagree with its label says so in health."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from crawler.health import HealthTracker
from crawler.items import NoticeItem
from crawler.pipelines import ExtractPipeline

TENDER = """<html><head><title>衢州市某液氨储罐改造工程招标公告</title></head><body>
<div class="ewb-detail-content"><h1>衢州市某液氨储罐改造工程招标公告</h1>
<p>一、招标条件 本招标项目已由衢州市发展和改革委员会批准建设，项目业主为衢州某化工有限公司，现对该项目施工进行公开招标。</p>
<p>二、投标文件递交截止时间：2024年6月20日9时30分。</p></div></body></html>"""


def _item(body: str, declared: str, title: str) -> NoticeItem:
    return NoticeItem(
        source="qz_hanweb",
        channel="1229683637",
        item_key="k",
        url="https://x/art/1.html",
        night=dt.date(2024, 5, 28),
        fetched_at="2024-05-28T00:00:00",
        body=body.encode(),
        list_title=title,
        list_date=dt.date(2024, 5, 28),
        hint_domain=declared.split(".")[0],
        hint_notice_type=declared,
        hint_domains=[declared.split(".")[0]],
    )


def test_content_decides_over_the_channel_label_and_health_counts_it() -> None:
    health = HealthTracker("qz_hanweb", ["1229683637"])
    pipe = ExtractPipeline(SimpleNamespace(spider=SimpleNamespace(health=health)))  # type: ignore[arg-type]
    item = pipe.process_item(_item(TENDER, "construction.bid_opening", "衢州市某液氨储罐改造工程招标公告"))
    assert item.notice_type == "construction.tender"
    h = health.ch("1229683637")
    assert h.typed_total == 1 and h.other_types == {"construction.tender": 1}


def test_undecided_content_keeps_the_declared_type() -> None:
    pipe = ExtractPipeline(SimpleNamespace(spider=None))  # type: ignore[arg-type]
    body = "<html><body><div class='ewb-detail-content'><p>详见附件。</p></div></body></html>"
    item = pipe.process_item(_item(body, "construction.bid_opening", "附件"))
    assert item.notice_type == "construction.bid_opening"


def test_over_a_fifth_of_five_disagreeing_is_a_type_mismatch() -> None:
    health = HealthTracker("s", ["a", "b", "c"])
    for _ in range(3):
        health.typed("a", "construction.result", "construction.result")
    for _ in range(2):
        health.typed("a", "construction.result", "construction.candidates")  # 2/5 > 1/5
    for _ in range(4):
        health.typed("b", "construction.result", "construction.result")
    health.typed("b", "construction.result", "construction.candidates")  # 1/5: not over a fifth
    for _ in range(4):
        health.typed("c", "construction.result", "construction.tender")  # only four notices
    rows = {r["channel_key"]: r for r in health.rows()}
    assert rows["a"]["type_mismatch"] and rows["a"]["note"].startswith("type_mismatch: 类型不符 2/5")
    assert not rows["b"]["type_mismatch"] and not rows["c"]["type_mismatch"]
    health.typed("c", "construction.result", "construction.other")  # undecided content: counted, not wrong
    assert health.ch("c").typed_total == 5 and health.ch("c").type_mismatch  # 4 of 5 are tenders


def test_the_type_basis_reaches_the_store() -> None:
    """A crawled notice whose list title names its type is title-confirmed (its findings stand); the
    channel's declared type, when it stands in, is the hint; body cues alone only infer the type."""
    pipe = ExtractPipeline(SimpleNamespace(spider=None))  # type: ignore[arg-type]
    titled = pipe.process_item(_item(TENDER, "construction.tender", "衢州市某液氨储罐改造工程招标公告"))
    assert (titled.notice_type, titled.type_basis) == ("construction.tender", "title")
    assert titled.page_record().type_basis == "title"
    body = "<html><body><div class='ewb-detail-content'><p>详见附件。</p></div></body></html>"
    declared = pipe.process_item(_item(body, "construction.bid_opening", "附件"))
    assert declared.page_record().type_basis == "hint"
    # neither the list title nor the page names it: the body's cues infer a tender ...
    untitled = TENDER.replace("招标公告", "项目")
    inferred = pipe.process_item(_item(untitled, "construction.bid_opening", "衢州市某工程"))
    assert (inferred.notice_type, inferred.type_basis) == ("construction.tender", "body")
    # ... which the channel confirms when it is the type it declares
    agreed = pipe.process_item(_item(untitled, "construction.tender", "衢州市某工程"))
    assert (agreed.notice_type, agreed.type_basis) == ("construction.tender", "hint")


def test_a_list_title_cut_short_leaves_the_page_title_to_confirm_the_type() -> None:
    """Lists often cut a title before its type word ('…改造工程…'); the page's own title names it whole."""
    pipe = ExtractPipeline(SimpleNamespace(spider=None))  # type: ignore[arg-type]
    # the page's title above its content block (no heading of the content names the type)
    page = TENDER.replace("<h1>衢州市某液氨储罐改造工程招标公告</h1>", "").replace(
        "<body>", "<body><h1 class='title'>衢州市某液氨储罐改造工程招标公告</h1>"
    )
    item = pipe.process_item(_item(page, "construction.bid_opening", "衢州市某液氨储罐改造工程…"))
    assert (item.notice_type, item.type_basis) == ("construction.tender", "title")
