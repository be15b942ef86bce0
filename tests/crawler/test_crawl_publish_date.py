"""publish_date is decided once, as a date: the page's own date, else the list's."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from crawler.items import NoticeItem, publish_date_of
from crawler.pipelines import ExtractPipeline

D = dt.date
LISTED = D(2024, 5, 28)

STATED = """<html><head><title>衢州市某道路工程招标公告</title></head><body>
<div class="ewb-detail-content"><h1>衢州市某道路工程招标公告</h1>
<p>发布时间：2024-05-27</p>
<p>一、招标条件 本招标项目已批准建设，现对该项目施工进行公开招标。</p>
<p>二、投标文件递交截止时间：2024年6月20日9时30分。</p></div></body></html>"""


def test_the_page_date_wins_and_the_list_date_stands_in() -> None:
    assert publish_date_of("2024-05-27", LISTED) == D(2024, 5, 27)
    assert publish_date_of("2024-05-27 10:15:00", LISTED) == D(2024, 5, 27)
    assert publish_date_of(D(2024, 5, 26), LISTED) == D(2024, 5, 26)
    assert publish_date_of("", LISTED) == LISTED
    assert publish_date_of(None, LISTED) == LISTED
    assert publish_date_of("五月", LISTED) == LISTED  # not a date: the list's date, not None
    assert publish_date_of(None, None) is None


def _item(body: str, list_date: dt.date | None) -> NoticeItem:
    return NoticeItem(
        source="qz_hanweb",
        channel="1229683637",
        item_key="k",
        url="https://x/art/1.html",
        night=LISTED,
        fetched_at="2024-05-28T00:00:00",
        body=body.encode(),
        list_title="衢州市某道路工程招标公告",
        list_date=list_date,
        hint_domain="construction",
        hint_notice_type="construction.tender",
        hint_domains=["construction"],
    )


def test_the_pipeline_leaves_a_date_on_the_item() -> None:
    pipe = ExtractPipeline(SimpleNamespace(spider=None))  # type: ignore[arg-type]
    unlisted = pipe.process_item(_item(STATED, None))
    assert unlisted.publish_date == D(2024, 5, 27)  # the page's own date, as a date
    item = pipe.process_item(_item(STATED, LISTED))
    assert item.publish_date == publish_date_of(item.fields["publish_date"], LISTED)
    assert isinstance(item.publish_date, dt.date)
    not_a_page = pipe.process_item(_item("", LISTED))  # an empty body is not a page: the list's date
    assert not_a_page.status == "not_a_page" and not_a_page.publish_date == LISTED
