"""Round 15a: a masked copy still states where the lot lies (docs/extraction-conventions.md, "Round 15a").

A page store masks names with runs of '*'; a run that swallows the place's first characters, or the verb's
own 于 with them ('地块位**安县…'), hides the value, not the statement that there is one: an unread location is
then a gap for review, never a 要素缺失 finding. Made-up pages."""

from __future__ import annotations

import pytest

from extractors.layout import build_page
from extractors.stated import stated_in_sentences


def _page(*lines: str):  # type: ignore[no-untyped-def]
    return build_page("".join(f"<p>{ln}</p>" for ln in lines))


@pytest.mark.parametrize(
    "sentence",
    [
        "1、基本情况:出让地块位**安县某镇某街南面,宗地总面积1000平方米。",
        "1、基本情况:该宗地位于****县某镇某街南面,宗地总面积1000平方米。",
        "1、基本情况:该宗地位于某县某镇某街南面,宗地总面积1000平方米。",
    ],
)
def test_a_masked_place_is_still_stated(sentence: str) -> None:
    page = _page("一、挂牌出让地块的基本情况", sentence)
    assert "location" in stated_in_sentences(page, ["location"])


def test_a_lot_with_no_place_sentence_states_none() -> None:
    page = _page("一、挂牌出让地块的基本情况", "1、基本情况:宗地总面积1000平方米,规划用途为商服用地。")
    assert "location" not in stated_in_sentences(page, ["location"])
