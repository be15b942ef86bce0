"""The simulate scorer's "pending" silent edits: an edit the crawl has not recorded yet but whose promised
night (docs/crawler.md: by the notice's last open night and within PUBWATCH_RECHECK_OPEN_MAX_GAP_DAYS)
falls after the last simulated night is listed apart, not counted as missed; every other undetected edit
still counts against recall.

Why a test: this rule decides whether a figure meets issue 11's recall goal, so each side of it — pending,
due and missed, settled (no promise beyond "detectable"), found early — must hold on a fixture where the
answer is known.
"""

from __future__ import annotations

import datetime as dt

from pubwatch.simulate import _score_findings, edit_promised_by

LAST = dt.date(2026, 2, 3)


def _edit(did: str, notice: str, on: dt.date) -> dict:
    return {
        "id": did,
        "kind": "silent_edit",
        "rule_id": "silent_edit",
        "notice_id": notice,
        "project_number": f"P-{did}",
        "field": "budget",
        "detectable_on": on.isoformat(),
    }


def _open_until(day: dt.date) -> dict:
    return {"fields": {"bid_deadline": f"{day.isoformat()} 09:30"}}


def test_promise_is_last_open_night_or_gap_whichever_first() -> None:
    edit = _edit("a", "n", dt.date(2026, 2, 1))
    assert edit_promised_by(edit, _open_until(dt.date(2026, 3, 1)), 7) == dt.date(2026, 2, 8)
    assert edit_promised_by(edit, _open_until(dt.date(2026, 2, 4)), 7) == dt.date(2026, 2, 4)
    # settled (no deadline, or a deadline already past at the edit): no later promise
    assert edit_promised_by(edit, {"fields": {"winner": "某公司"}}, 7) is None
    assert edit_promised_by(edit, _open_until(dt.date(2026, 1, 20)), 7) is None
    # other kinds are never pending
    assert edit_promised_by(dict(edit, kind="missing_field"), _open_until(dt.date(2026, 3, 1)), 7) is None


def test_pending_edits_are_apart_and_the_rest_still_count() -> None:
    manifest = {
        "defects": [
            _edit("pending", "n1", LAST - dt.timedelta(days=1)),  # open to LAST+10: due LAST+6
            _edit("due_missed", "n2", LAST - dt.timedelta(days=5)),  # open to LAST-2: due LAST-2
            _edit("settled_missed", "n3", LAST - dt.timedelta(days=1)),  # no deadline: due at once
            _edit("found_early", "n4", LAST - dt.timedelta(days=1)),  # open to LAST+10, found
            _edit("future", "n1", LAST + dt.timedelta(days=1)),  # not detectable yet: not scored at all
        ],
        "notices": {
            "n1": _open_until(LAST + dt.timedelta(days=10)),
            "n2": _open_until(LAST - dt.timedelta(days=2)),
            "n3": {"fields": {}},
            "n4": _open_until(LAST + dt.timedelta(days=10)),
        },
    }
    findings = [{"kind": "silent_edit", "rule_id": "silent_edit", "project_number": "P-found_early"}]
    out = _score_findings(findings, manifest, [], [], LAST, None, {}, open_max_gap=7)
    assert [d["id"] for d in out["pending_defects"]] == ["pending"]
    assert out["pending_defects"][0]["promised_by"] == (LAST + dt.timedelta(days=6)).isoformat()
    assert out["defects"] == 3
    assert out["recall"] == round(1 / 3, 4)
    assert out["recall_incl_pending"] == 0.25
    assert {d["id"] for d in out["missed_defects"]} == {"due_missed", "settled_missed"}
    assert out["by_rule"]["silent_edit"]["defects"] == 3
    assert out["precision"] == 1.0


def test_a_shorter_gap_turns_pending_into_missed() -> None:
    manifest = {
        "defects": [_edit("e", "n1", LAST - dt.timedelta(days=3))],
        "notices": {"n1": _open_until(LAST + dt.timedelta(days=10))},
    }
    assert _score_findings([], manifest, [], [], LAST, None, {}, open_max_gap=7)["recall"] == 1.0
    strict = _score_findings([], manifest, [], [], LAST, None, {}, open_max_gap=2)
    assert strict["recall"] == 0.0 and not strict["pending_defects"]
