"""Incremental nights (``run_checks(incremental=True)``) find what a full run over the same data finds.

Two databases get the same notices and the same changes; the second night is incremental on one and
a full run (``force``) on the other, and the findings (every column but the id) and their events must
be equal — including a follow-up whose deadline passes between the nights with no notice changing,
an open follow-up that escalates as it stays overdue, a gap fixed by a re-extraction, a follow-up
answered by a new notice and findings on notices nothing touched. On PostgreSQL the same two nights
are checked against a full look over the same data (a look saves nothing, so one database serves).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from conftest import Data
from sqlalchemy import Engine, delete, select, update

import monitor
from storage.db import get_engine, init_db, session_scope
from storage.models import FindingEvent, Notice, NoticeField, utcnow

D = dt.date
NIGHT1, NIGHT2 = D(2026, 3, 5), D(2026, 3, 23)


def _engine(path: Path) -> Engine:
    eng = get_engine(f"sqlite:///{path}")
    init_db(eng)
    return eng


def _first_night_data(data: Data) -> dict[str, int]:
    """Notices of the first night; returns the ids the second night changes."""
    ids = {}
    ids["fixed"], _ = data.notice(  # lacks 评审专家: fixed by a re-extraction before the second night
        "procurement.result", D(2026, 3, 3), {"award_date": "2026-03-02"}, project_number="P-1",
        source="zfcg", omit=("experts",),
    )  # fmt: skip
    # contract due 2026-03-06 (publish + 30 days + 2 working days): falls due between the nights
    data.notice(
        "procurement.result", D(2026, 2, 2), {"award_date": "2026-01-30"}, project_number="P-2", source="zfcg"
    )
    data.notice(  # lacks 评审专家 and nothing touches it: its finding stays open
        "procurement.result", D(2026, 3, 2), {"award_date": "2026-03-01"}, project_number="P-3",
        source="zfcg", omit=("experts",),
    )  # fmt: skip
    # contract long overdue: open on the first night, answered by a contract before the second
    data.notice(
        "procurement.result", D(2026, 1, 5), {"award_date": "2026-01-02"}, project_number="P-4", source="zfcg"
    )
    # contract due 2026-02-27: overdue by a few working days on the first night, escalates by the second
    data.notice(
        "procurement.result",
        D(2026, 1, 26),
        {"award_date": "2026-01-23"},
        project_number="P-6",
        source="zfcg",
    )
    data.notice(  # the tender's result is due about 9 working days after the bid deadline
        "procurement.tender",
        D(2026, 2, 1),
        {"bid_deadline": "2026-02-20"},
        project_number="P-5",
        source="zfcg",
    )
    return ids


def _second_night_changes(engine: Engine, data: Data, ids: dict[str, int]) -> None:
    """A re-extraction (as ``storage.evidence`` writes it: fields and ``extracted_at`` together), a
    contract that answers P-4, and a late result of a new project."""
    with session_scope(engine) as s:
        s.add(NoticeField(notice_id=ids["fixed"], key="experts", value_text="张三；李四"))
        s.execute(update(Notice).where(Notice.id == ids["fixed"]).values(extracted_at=utcnow()))
    data.notice(
        "procurement.contract",
        D(2026, 3, 10),
        {"sign_date": "2026-03-09"},
        project_number="P-4",
        source="zfcg",
    )
    data.notice(
        "procurement.result", D(2026, 3, 20), {"award_date": "2026-03-02"}, project_number="P-7",
        source="zfcg", omit=("experts",),
    )  # fmt: skip


def _state(engine: Engine) -> tuple[list[dict[str, Any]], list[tuple[str, str, str]]]:
    findings = sorted(
        (
            {k: v for k, v in f.items() if k != "id"}
            for f in monitor.findings_as_json(engine, NIGHT2, include_resolved=True)
        ),
        key=lambda f: f["key"],
    )
    with engine.connect() as c:
        from storage.models import Finding

        evs = sorted(
            (k, e, o.isoformat())
            for k, e, o in c.execute(
                select(Finding.key, FindingEvent.event, FindingEvent.on).join(
                    Finding, Finding.id == FindingEvent.finding_id
                )
            )
        )
    return findings, evs


def test_incremental_night_finds_what_a_full_night_finds(tmp_path: Path) -> None:
    inc, full = _engine(tmp_path / "inc.db"), _engine(tmp_path / "full.db")
    runs = {}
    for name, eng in (("inc", inc), ("full", full)):
        data = Data(eng)
        ids = _first_night_data(data)
        first = monitor.run_checks(eng, NIGHT1, incremental=True)
        assert first["incremental"] is None  # no earlier run: every rule over every notice
        _second_night_changes(eng, data, ids)
        runs[name] = monitor.run_checks(eng, NIGHT2, incremental=(name == "inc"), force=(name == "full"))
    scope = runs["inc"]["incremental"]
    assert scope is not None and runs["full"]["incremental"] is None
    # the two new notices and the re-extracted one, with their projects; follow-ups and sharing scoped too
    assert scope["dirty"] == 3 and scope["notices"] == 4 and scope["due_rules_scoped"] > 0
    assert _state(inc) == _state(full)
    open_now = {
        (f["project_number"], f["kind"], f["severity"]) for f in monitor.findings_as_json(inc, NIGHT2)
    }
    assert (
        "P-2",
        "missing_followup",
        "serious",
    ) in open_now  # fell due between the nights, no notice changed
    assert ("P-6", "missing_followup", "serious") in open_now  # escalated while nothing changed
    assert ("P-3", "missing_field", "violation") in {
        (p, k, s) for p, k, s in open_now
    }  # untouched, still open
    assert not any(p in ("P-1", "P-4") for p, _k, _s in open_now)  # fixed and answered
    assert {k for p, k, _s in open_now if p == "P-7"} == {"late_posting", "missing_field"}
    for eng in (inc, full):
        eng.dispose()


def test_a_deleted_notice_makes_the_night_full(engine: Engine, data: Data) -> None:
    nid, _ = data.notice(
        "procurement.result", D(2026, 3, 3), {"award_date": "2026-03-02"}, project_number="P-1",
        source="zfcg", omit=("experts",),
    )  # fmt: skip
    monitor.run_checks(engine, NIGHT1, incremental=True)
    with session_scope(engine) as s:
        s.execute(delete(NoticeField).where(NoticeField.notice_id == nid))
        s.execute(delete(Notice).where(Notice.id == nid))
    res = monitor.run_checks(engine, NIGHT2, incremental=True)
    assert (
        res["incremental"] is None and res["resolved"] == 1 and monitor.findings_as_json(engine, NIGHT2) == []
    )


def test_changed_rules_make_the_night_full(engine: Engine, data: Data, tmp_path: Path) -> None:
    import shutil

    from monitor.catalog import RULES_DIR

    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    data.notice(
        "procurement.result", D(2026, 3, 3), {"award_date": "2026-03-02"}, project_number="P-1", source="zfcg"
    )
    monitor.run_checks(engine, NIGHT1, rules_dir=rules, incremental=True)
    again = monitor.run_checks(engine, D(2026, 3, 6), rules_dir=rules, incremental=True)
    assert again["incremental"] is not None  # same rules: incremental
    toml = rules / "quzhou" / "procurement.toml"
    toml.write_text(toml.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    res = monitor.run_checks(engine, NIGHT2, rules_dir=rules, incremental=True)
    assert res["incremental"] is None


def _open_without_ids(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(({k: v for k, v in f.items() if k != "id"} for f in findings), key=lambda f: f["key"])


def test_incremental_night_on_postgresql(pg_url: str) -> None:
    """On PostgreSQL the incremental night saves the findings a full look over the same data finds."""
    eng = get_engine(pg_url)
    try:
        init_db(eng)
        data = Data(eng)
        ids = _first_night_data(data)
        monitor.run_checks(eng, NIGHT1, incremental=True)
        _second_night_changes(eng, data, ids)
        res = monitor.run_checks(eng, NIGHT2, incremental=True)
        assert res["incremental"] is not None and res["incremental"]["due_rules_scoped"] > 0
        saved = _open_without_ids(monitor.findings_as_json(eng, NIGHT2))
        look = monitor.run_checks(eng, NIGHT2, force=True, save=False)
        assert look["incremental"] is None and _open_without_ids(look["findings"]) == saved
        assert ("P-2", "missing_followup", "serious") in {
            (f["project_number"], f["kind"], f["severity"]) for f in saved
        }
    finally:
        eng.dispose()
