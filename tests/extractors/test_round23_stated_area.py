"""Stop 30 (merger): a land's area told in a sentence with its unit ('规划净用地约9.06ha') states the area.

Why: LABELLING's stop-30 area rule labelled such an area on a seen page (fresh25 宣城) the readers do not take;
the monitor then judged the item absent and would have accused the seller of omitting what the page prints.
Stated but unread is a review gap, never a 要素缺失 finding. A page that gives no area still misses it.
"""

from __future__ import annotations

from extractors import extract

HEAD = "某市国有建设用地使用权公开出让公告\n经某市人民政府批准,某市自然资源局决定公开出让1宗国有建设用地使用权。\n"


def test_an_area_told_in_a_sentence_with_its_unit_is_stated() -> None:
    page = (
        HEAD
        + "09031号国有建设用地使用权位于某路以西。规划总用地约11.13ha,规划净用地约9.06ha。\n土地用途:住宅用地。"
    )
    rec = extract(page.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.field_status("area_m2") in {"read", "gap"}


def test_a_page_without_any_area_still_misses_it() -> None:
    page = HEAD + "09031号国有建设用地使用权位于某路以西。\n土地用途:住宅用地。"
    rec = extract(page.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.field_status("area_m2") == "missing"
