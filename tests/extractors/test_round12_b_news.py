"""Reading conventions added in issue 12, round 12b (docs/extraction-conventions.md, "Round 12b").

fresh12/fresh13 hold many page-store text excerpts of news reports of a sale.  A report that tells a
lease auction in sentences ('公开拍租', '竞标', '年租金合计…') was refused as no page, and its headline —
the excerpt's first line, over the first paragraph — was not read as the title.  Every page below is
made up (no real page is copied); each rule has a guard where it could go too far.
"""

from __future__ import annotations

from typing import Any

import pytest

from extractors import NotAPage, extract
from extractors.textpage import looks_like_text_notice

_NEWS = (
    "某区城投公司2023年第一批次经营性门面公开拍租\n"
    "某区城投公司于近日组织了2023年第一批次经营性门面的公开拍租，全程录像留存，邀请有关部门到场监督，"
    "保证了公开、公平、公正。此次拍租的是解放路三处门面两年期的经营使用权，经过激烈竞标，三处门面均有了"
    "新的承租人，拍租后年租金合计15.2万元，较原租金增加了1.1万元，增幅7.8%。\n"
)


def _rec(page: str) -> Any:
    return extract(page.encode("utf-8"))


def test_a_news_report_of_a_lease_auction_is_a_text_notice() -> None:
    assert looks_like_text_notice(_NEWS)
    assert looks_like_text_notice(_NEWS.replace("拍租", "拍賣").replace("门面", "門面"))  # a 繁體 copy


def test_chinese_text_without_a_deal_word_is_still_refused() -> None:
    stray = "今天天气很好，我们一起去公园散步，看见很多人在湖边跑步，还有小朋友在草地上放风筝，大家都很开心。"
    assert not looks_like_text_notice(stray)
    with pytest.raises(NotAPage):
        _rec(stray)


def test_a_news_headline_over_its_first_paragraph_is_the_title() -> None:
    assert _rec(_NEWS).fields["title"] == "某区城投公司2023年第一批次经营性门面公开拍租"


def test_a_short_section_caption_over_a_paragraph_is_no_title() -> None:
    page = _NEWS.replace("某区城投公司2023年第一批次经营性门面公开拍租", "承租方须知")
    assert _rec(page).fields.get("title") in (None, "")
