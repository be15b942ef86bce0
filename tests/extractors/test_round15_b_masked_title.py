"""Round 15b: a heading an aggregator masked down to its type words states no title, and a masked first
line of a wrapped heading is part of it (docs/extraction-conventions.md, "Round 15b"). Every page below
is made up."""

from __future__ import annotations

import pytest

from extractors import extract
from extractors.masked import only_type_words

_BODY = (
    "某自然资告〔2026〕9号\n"
    "****人民政府批准,****决定以挂牌方式出让2宗国有建设用地使用权。现将有关事项公告如下:\n"
    "一、挂牌出让地块的基本情况\n"
    "宗地编号:2026-01,土地用途:商业用地,出让年限:40年。\n"
)


@pytest.mark.parametrize(
    "heading",
    [
        "****国有建设用地使用权挂牌出让公告\n",
        "**县国有建设用地使用权网上挂牌出让公告\n",
        # a heading wrapped after its masked place: both lines are the heading
        "**县国有建设\n用地使用权网上挂牌出让公告\n",
    ],
)
def test_a_heading_masked_down_to_type_words_is_no_title(heading: str) -> None:
    rec = extract((heading + _BODY).encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.fields.get("title") is None


@pytest.mark.parametrize("heading", ["**县石门坎村国有建设用地使用权挂牌出让公告"])
def test_a_masked_heading_with_a_place_left_is_kept(heading: str) -> None:
    rec = extract((heading + "\n" + _BODY).encode())
    assert rec.fields.get("title") == heading


def test_a_masked_heading_with_only_a_batch_left_is_no_title() -> None:
    # round 28g: LABELLING rule 6a (adopted at stop 31) made a year, a batch or a period a generic word; this case was
    # kept as a title before the rule (tests/extractors/test_round28g_masked_batch_heading.py)
    rec = extract(("**县2026年第一期国有建设用地使用权挂牌出让公告\n" + _BODY).encode())
    assert rec.fields.get("title") is None


def test_only_type_words_needs_a_mask() -> None:
    assert not only_type_words("国有建设用地使用权挂牌出让公告")
    assert only_type_words("(略)国有土地使用权拍卖出让公告")
