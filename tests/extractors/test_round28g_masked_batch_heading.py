"""Round 28g (issue 12): a masked heading left with a year, a batch or a period and type words states no title.

Why (LABELLING rule 6a, adopted at stop 31, on pages of two publishers: fresh17 a tender aggregator's '**县2024年第四十期
国有建设用地使用权网上挂牌出让公告', fresh25 a traditional mirror's '******醫院2026年3月(第1批)政府采購意向公告'; and the same
aggregator's fresh43 '**县国有建设用地使用权招拍挂出让网上交易公告', its way of sale a generic word): the masked-title check
counted a year, a batch and '招拍挂' as a name left, so the masked heading was read as the title. Every heading here is
made up; the guards say what must NOT be dropped.
"""

from __future__ import annotations

from extractors import extract
from extractors.masked import only_type_words


def test_year_batch_and_period_are_generic() -> None:
    for heading in (
        "**县2024年第四十期国有建设用地使用权网上挂牌出让公告",
        "**县国有建设用地使用权招拍挂出让网上交易公告",
        "******医院2026年3月(第1批)政府采购意向公告",
        "****2025年度第二批国有建设用地使用权挂牌出让公告",
    ):
        assert only_type_words(heading), heading


def test_masked_batch_heading_is_no_title() -> None:
    page = (
        "**县2024年第四十期国有建设用地使用权网上挂牌出让公告\n"
        "经**县人民政府批准,**县自然资源局决定以网上挂牌方式出让13宗地块的国有建设用地使用权。现将有关事项公告如下:\n"
    )
    assert "title" not in extract(page.encode()).fields


def test_guard_a_place_or_object_left_keeps_the_title() -> None:
    for heading in (
        "**县石长沟页岩矿采矿权拍卖出让公告",
        "**县2024年第一期城区道路改造工程招标公告",
        "某某县2024年第四十期国有建设用地使用权网上挂牌出让公告",  # no mask: the heading as printed
    ):
        assert not only_type_words(heading), heading
