"""Round 28z (issue 12): '土地使用性质' is the land use's long label (docs/extraction-conventions.md "# Round 28z").

A 柯城 拍卖出让公告 (fresh50, read after its blind score) prints '土地使用性质为工业用地(其他未列明制造业)'; the label was
not known, so the use was unread and judged absent: a 要素缺失 that rests on our mistake. Made-up pages below.
"""

from __future__ import annotations

from extractors import extract
from extractors.layout import build_page
from extractors.stated import stated_in_sentences, stated_labels

_SALE = (
    "某市自然资源和规划局某分局国有建设用地使用权拍卖出让公告\n"
    "经某区人民政府批准，某市自然资源和规划局某分局决定以拍卖方式出让1宗国有建设用地使用权。现将有关事项公告如下：\n"
    "一、拍卖出让地块的基本情况和规划指标要求\n"
    "本次出让地块位于某某工业园区，出让面积12000平方米，土地使用性质为{use}，出让年限为50年。\n"
    "二、竞买人范围\n"
)


def _fields(page: str) -> dict:
    return extract(page.encode("utf-8")).fields


def test_the_use_named_by_its_long_label_in_a_sentence_is_read() -> None:
    fields = _fields(_SALE.format(use="工业用地(其他未列明制造业)"))
    assert fields.get("land_use") == "工业用地(其他未列明制造业)"


def test_the_long_label_before_a_colon_is_read() -> None:
    page = "某县国有建设用地使用权挂牌出让公告\n地块编号:某挂2026-1号\n土地使用性质:商服用地\n出让年限:40年\n"
    assert _fields(page).get("land_use") == "商服用地"


def test_the_long_label_states_the_use() -> None:
    lines = ["<p>某县国有建设用地使用权挂牌出让公告</p>", "<p>土地使用性质:商服用地</p>"]
    assert "land_use" in stated_labels(build_page("".join(lines)))
    sentence = build_page("<p>本次出让地块出让面积12000平方米，土地使用性质为工业用地，出让年限为50年。</p>")
    assert "land_use" in stated_in_sentences(sentence, ["land_use"])


def test_a_use_left_to_another_paper_is_no_use() -> None:
    # guard: '详见' / '以…为准' point elsewhere; the page states no use here
    assert "land_use" not in _fields(_SALE.format(use="详见出让文件"))
    assert "land_use" not in _fields(_SALE.format(use="以规划条件为准"))


def test_a_house_s_use_is_no_land_use() -> None:
    # guard: a building's '房屋使用性质' is not the land's
    page = "某县国有资产公开招租公告\n标的位于某县某路1号，面积80平方米，房屋使用性质为商业用房，租期3年。\n"
    assert "land_use" not in _fields(page)
