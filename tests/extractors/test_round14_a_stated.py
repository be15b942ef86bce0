"""Round 14a: a header cell naming a second item in brackets states both (docs/extraction-conventions.md,
"Round 14a"). '土地名称 (位置)' over one cell: the page states the parcel's location, so an unread value is
an extraction gap for review, never a 要素缺失 finding. Made-up pages."""

from __future__ import annotations

from extractors.layout import build_page
from extractors.stated import stated_labels


def _page(*lines: str):  # type: ignore[no-untyped-def]
    return build_page("".join(f"<p>{ln}</p>" for ln in lines))


def test_a_bracketed_second_label_states_its_item() -> None:
    page = _page(
        "一、出让地块的基本情况", "土地名称 (位置) |", "出让面积 (m2) |", "某园区AB-01地块 |", "1000 |"
    )
    assert "location" in stated_labels(page)


def test_a_bracketed_unit_states_nothing_more() -> None:
    page = _page("一、出让地块的基本情况", "土地名称 |", "出让面积 (m2) |", "某园区AB-01地块 |", "1000 |")
    assert "location" not in stated_labels(page)
