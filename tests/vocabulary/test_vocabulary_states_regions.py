"""One naming of rectification states and of region codes: the review list and the year-end report
read the same dictionary, and a provincial platform's region code has a Chinese label."""

from __future__ import annotations

import monitor.review
import reports.annual
from vocabulary import RECTIFICATION_STATES, RECTIFIED, REGION_LABELS, REGIONS, label


def test_review_and_annual_report_share_the_state_labels() -> None:
    assert monitor.review.STATE_LABELS is RECTIFICATION_STATES
    assert reports.annual.STATE_LABELS is RECTIFICATION_STATES
    assert RECTIFICATION_STATES["rectified"] == RECTIFIED
    assert RECTIFIED not in RECTIFICATION_STATES["resolved"]


def test_every_region_a_finding_may_carry_has_a_chinese_label() -> None:
    assert set(REGIONS) <= set(REGION_LABELS)
    for code in [*REGIONS, "330000"]:
        shown = label(REGION_LABELS, code)
        assert shown != code and any("\u4e00" <= ch <= "\u9fff" for ch in shown)
    assert "330000" not in REGIONS  # the province is labelled, not rolled up as a county
