"""Round 24 (stop 30): a plot named by its number anywhere on the page states its parcel number.

Why: fresh38 磐安 (scored blind after round 23) names its one plot '…黄塘下8号地块' in the opening sentence and
under a grid headed only '地块'; no 地块编号 label precedes it, so the monitor judged the item absent and would
have accused the seller of omitting a number the page prints. Stated but unread is a review gap.
"""

from __future__ import annotations

from extractors import extract

HEAD = "某县国有建设用地使用权拍卖出让公告\n"


def test_a_plot_named_by_its_number_in_a_sentence_is_stated() -> None:
    page = (
        HEAD
        + "经某县人民政府批准,某县自然资源局决定以拍卖方式出让某产业园某村8号地块国有建设用地使用权。\n土地用途:工业用地。"
    )
    rec = extract(page.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.field_status("parcel_no") in {"read", "gap"}


def test_a_coded_plot_is_stated() -> None:
    page = (
        HEAD
        + "经某县人民政府批准,某县自然资源局决定以拍卖方式出让DH-18-07-41A地块国有建设用地使用权。\n土地用途:工业用地。"
    )
    assert extract(page.encode()).field_status("parcel_no") in {"read", "gap"}


def test_a_plot_without_a_number_still_misses_it() -> None:
    page = (
        HEAD
        + "经某县人民政府批准,某县自然资源局决定以拍卖方式出让本地块国有建设用地使用权。\n该地块土地用途:工业用地。"
    )
    rec = extract(page.encode())
    assert rec.notice_type == "land.transfer_notice"
    assert rec.field_status("parcel_no") == "missing"
