"""A notice with an open finding is re-checked so that its fix (整改) is seen, on a decaying schedule."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from crawler.recheck import LearnedSchedule, RecheckPolicy
from storage.evidence import KnownDocument

D = dt.date
BASE = KnownDocument(
    id=1,
    item_key="k",
    channel_key="c",
    url="http://x/1",
    list_date=D(2026, 1, 5),
    sha256="s",
    removed_at=None,
    last_checked=D(2026, 3, 2),
    first_seen_on=D(2026, 1, 5),
    notice_type="procurement.result",
)


def _nights(policy_due, doc: KnownDocument, start: dt.date, days: int) -> list[int]:
    """Simulate nightly crawls: the ages (nights after ``open_finding_since``) a re-check happens."""
    out = []
    for i in range(1, days + 1):
        night = start + dt.timedelta(days=i)
        if policy_due(doc, night):
            out.append(i)
            doc = replace(doc, last_checked=night)
    return out


def test_settled_notice_without_finding_is_left_alone() -> None:
    policy = RecheckPolicy()
    assert _nights(policy.due, BASE, D(2026, 3, 2), 30) == []


def test_open_finding_is_rechecked_1_2_4_then_weekly_while_open() -> None:
    policy = RecheckPolicy()
    doc = replace(BASE, open_finding_since=D(2026, 3, 2))
    assert _nights(policy.rectification_due, doc, D(2026, 3, 2), 30) == [1, 2, 4, 11, 18, 25]
    learned = LearnedSchedule(policy, {})
    assert _nights(learned.due, doc, D(2026, 3, 2), 30) == [1, 2, 4, 11, 18, 25]


def test_a_missed_night_is_caught_up_and_never_twice_a_night() -> None:
    policy = RecheckPolicy()
    doc = replace(BASE, open_finding_since=D(2026, 3, 2), last_checked=D(2026, 3, 2))
    assert policy.rectification_due(doc, D(2026, 3, 6))  # nights 1, 2 and 4 were missed: due now
    assert not policy.rectification_due(replace(doc, last_checked=D(2026, 3, 6)), D(2026, 3, 6))
    assert not policy.rectification_due(replace(doc, last_checked=D(2026, 3, 6)), D(2026, 3, 7))  # next at 11
