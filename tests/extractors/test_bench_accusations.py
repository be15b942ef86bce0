"""bench_extract's count of 要素缺失 findings that would rest on our own mistake (issue 12).

A missing-field finding is only fair when the page does not state the item. The bench counts real
pages where the monitor would call an item ``missing`` while the notice type is wrong, or while the
page's label records a value for that very item; these tests pin that reading on made-up records.
"""

from __future__ import annotations

import pytest

from monitor.catalog import load_catalog
from monitor.required import required_keys


@pytest.fixture(scope="module")
def accusations(bench_script):
    return bench_script("bench_extract.py").Accusations


@pytest.fixture(scope="module")
def tender_keys() -> list[str]:
    keys = required_keys(load_catalog(), "procurement.tender")
    assert len(keys) >= 2, "the catalog requires items of a procurement tender"
    return keys


def _record(notice_type: str, fields: dict) -> dict:
    return {"notice_type": notice_type, "fields": fields, "gaps": {}}


def test_a_wrong_type_with_missing_items_is_our_mistake(accusations, tender_keys) -> None:
    acc = accusations()
    acc.add(_record("procurement.tender", {}), {"notice_type": "procurement.result", "fields": {}})
    assert (acc.pages, acc.false_pages, acc.wrong_type, acc.stated) == (1, 1, 1, 0)
    assert acc.missing == len(tender_keys)


def test_an_item_the_page_states_but_judged_absent_is_our_mistake(accusations, tender_keys) -> None:
    acc = accusations()
    key = tender_keys[0]
    acc.add(_record("procurement.tender", {}), {"notice_type": "procurement.tender", "fields": {key: "x"}})
    assert (acc.false_pages, acc.wrong_type, acc.stated) == (1, 0, 1)


def test_a_truly_absent_item_or_a_review_gap_is_not(accusations, tender_keys) -> None:
    acc = accusations()
    label = {"notice_type": "procurement.tender", "fields": {}}
    acc.add(_record("procurement.tender", {}), label)  # the page states none of them: a fair finding
    gap = _record("procurement.tender", {k: "v" for k in tender_keys[1:]})
    gap["gaps"] = {tender_keys[0]: "label seen"}  # stated but not read: the review list, not a finding
    acc.add(gap, {"notice_type": "procurement.tender", "fields": {tender_keys[0]: "x"}})
    assert (acc.pages, acc.false_pages) == (2, 0)
    assert acc.missing == len(tender_keys)
