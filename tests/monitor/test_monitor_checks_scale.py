"""The set-based checks as tuned for a million notices (issue 16) find exactly the planted gaps.

Why: the tuning rewrote how the required-fields, deadline and linking passes reach their rows (a
pre-count per notice, forced join orders, skipped linking). The findings must stay what the rules
say. The database is the bench's own fill (``bench/bench_check.py``: one project per five notices,
gaps planted by id arithmetic) at a few thousand notices, plus hand-planted cases for the paths the
pre-count must not lose: an empty value, a missing numeric value, the ``gap:`` marker, an item
stated in a notice column, a notice that is not ``ok``. The expected set is derived here from the
planting rules, not from the checks.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import Engine, text

import monitor
from monitor import runconn
from storage.db import get_engine, init_db
from storage.facts import record_key_sets

N = 2500  # five planted gaps of each kind (ids ≡ k mod 500)
AS_OF = dt.date(2026, 6, 30)


def _bench() -> ModuleType:
    path = Path(__file__).resolve().parents[2] / "bench" / "bench_check.py"
    spec = importlib.util.spec_from_file_location("bench_check_for_tests", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _plant_extra(engine: Engine) -> None:
    """Hand-planted cases on procurement.result notices (id ≡ 1 mod 5) of projects without other gaps."""
    with engine.begin() as c:
        c.execute(text("UPDATE notice_fields SET value_text = '' WHERE notice_id = 21 AND key = 'experts'"))
        c.execute(text("UPDATE notice_fields SET value_num = NULL WHERE notice_id = 26 AND key = 'amount'"))
        c.execute(text("DELETE FROM notice_fields WHERE notice_id = 31 AND key = 'experts'"))
        c.execute(
            text(
                "INSERT INTO notice_fields (notice_id, key, value_text) VALUES (31, 'gap:experts', '评审专家')"
            )
        )
        # project_number is required of a result and stated in the notice's column: no row needed
        c.execute(text("DELETE FROM notice_fields WHERE notice_id = 36 AND key = 'project_number'"))
        # a notice whose extraction failed is not judged on its items
        c.execute(text("UPDATE notices SET status = 'failed' WHERE id = 46"))
        c.execute(text("DELETE FROM notice_fields WHERE notice_id = 46 AND key = 'experts'"))


def _expected(n: int) -> set[tuple[str, str]]:
    """(kind, anchor) of every planted gap: a notice id, or a project number for project-level kinds."""
    out: set[tuple[str, str]] = set()
    for i in range(1, n + 1):
        if i % 500 == 1:
            out.add(("late_posting", str(i)))  # award date 9 days before publication
        if i % 500 == 6:
            out.add(("missing_field", f"{i}:experts"))
        if i % 500 == 12:
            out.add(("missing_followup", f"QZ-{i // 5}"))  # the contract is typed other.other
        if i % 500 == 4:
            out.add(("not_shared", str(i - 1)))  # the provincial copy is missing
        if i % 500 == 8:
            out.add(("removed_early", str(i)))  # removed on its publication day
        if i % 500 == 7:
            out.add(("value_mismatch", f"QZ-{i // 5}"))  # contract 120000 against result 100000
    out.add(("missing_followup", f"QZ-{n // 5}"))  # the last tender has no result yet
    out |= {("missing_field", "21:experts"), ("missing_field", "26:amount"), ("extraction_gap", "31:experts")}
    return out


def _found(engine: Engine) -> set[tuple[str, str]]:
    with engine.connect() as c:
        rows = c.execute(
            text(
                "SELECT f.kind, f.notice_id, f.field, p.project_number FROM findings f "
                "LEFT JOIN projects p ON p.id = f.project_id WHERE f.status = 'open'"
            )
        ).all()
    out = set()
    for kind, nid, field, pnum in rows:
        if kind in ("missing_followup", "value_mismatch"):
            out.add((kind, pnum))
        elif kind in ("missing_field", "extraction_gap"):
            out.add((kind, f"{nid}:{field}"))
        else:
            out.add((kind, str(nid)))
    return out


def _pragmas(engine: Engine) -> list[int]:
    if engine.dialect.name != "sqlite":
        return []
    with engine.connect() as c:
        return [c.exec_driver_sql(f"PRAGMA {p}").scalar() for p in ("cache_size", "mmap_size", "temp_store")]


def _run_and_compare(engine: Engine, *, stored_linked: bool = False) -> None:
    """Fill, plant, run the first night and compare with the planted gaps.

    ``stored_linked``: the notices were linked by number and their key sets recorded as they were
    stored (``storage.projects``, ``storage.facts``), so the night links none and judges key sets;
    otherwise they are stored without either (written before those steps existed) and the night
    links every one and counts every notice's rows (the monitor's own paths)."""
    init_db(engine)
    _bench().fill(engine, N, as_stored=stored_linked)
    _plant_extra(engine)
    if stored_linked:  # the planted notices' fields changed: the store records their key sets again
        with engine.begin() as c:
            record_key_sets(c, 21, 46)
    before = _pragmas(engine)
    first = monitor.run_checks(engine, AS_OF)
    # the run's large page cache and memory map are its own: the pooled connection gets its settings back
    assert _pragmas(engine) == before
    assert engine.dialect.name != "sqlite" or before[0] != -runconn.CACHE_KIB
    # every notice has a project number (counted on PostgreSQL too): linked here unless when stored
    assert first["links"]["by_number"] == (0 if stored_linked else N)
    assert first["links"]["new_projects"] == (0 if stored_linked else N // 5 + 1)
    with engine.connect() as c:
        projects, links = (c.scalar(text(f"SELECT count(*) FROM {t}")) for t in ("projects", "project_links"))
    assert (projects, links) == (N // 5 + 1, N)
    expected = _expected(N)
    found = _found(engine)
    assert found == expected, (sorted(found - expected), sorted(expected - found))
    # the same night again with every rule run: nothing new, nothing resolved, links not redone
    again = monitor.run_checks(engine, AS_OF, force=True)
    assert (again["new"], again["resolved"], again["links"]["by_number"]) == (0, 0, 0)
    assert _found(engine) == expected


def test_planted_gaps_found_exactly_sqlite(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'scale.db'}")
    try:
        _run_and_compare(engine)
    finally:
        engine.dispose()


def test_planted_gaps_found_exactly_when_linked_as_stored(tmp_path: Path) -> None:
    """The bench's own path (numbers linked as the notices are stored): the same gaps, no link made at night."""
    engine = get_engine(f"sqlite:///{tmp_path / 'stored.db'}")
    try:
        _run_and_compare(engine, stored_linked=True)
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("stored_linked", [False, True])
def test_planted_gaps_found_exactly_postgresql(pg_url: str, stored_linked: bool) -> None:
    engine = get_engine(pg_url)
    try:
        _run_and_compare(engine, stored_linked=stored_linked)
    finally:
        engine.dispose()
