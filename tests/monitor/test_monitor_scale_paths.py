"""The province-scale code paths (issue 16) give the findings of the plain paths.

Why: these paths exist only for speed, and the usual fixtures are too small to take them — the bulk
linking of a first night (``linking.BULK_LINKS`` notices or more: the project indexes of ``notices``
and ``project_links`` dropped and rebuilt around the writes), consistency's pass driven from its field
keys on SQLite when they are the shorter walk (``checks.walk_keys``), and the incremental night's project scope on PostgreSQL
(``incremental.plan_due`` with ``_pw_sproj``, tonight's links driven from tonight's projects). Each
test runs the bench's own fill (``bench/bench_check.py``, gaps planted by id arithmetic) both ways,
or against a full look, and compares every finding but its id.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select, text
from test_monitor_checks_scale import N, _bench, _run_and_compare

import monitor
from monitor import checks, linking
from monitor.catalog import load_catalog
from storage.db import get_engine, init_db
from storage.models import Notice, ProjectLink

AS_OF = dt.date(2026, 6, 30)


def _indexes(engine: Engine) -> set[str]:
    with engine.connect() as c:
        return set(c.scalars(text("SELECT name FROM sqlite_master WHERE type = 'index'")))


def test_bulk_linking_gives_the_planted_gaps(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first night over the bulk threshold links every notice, keeps both project indexes and finds
    exactly the planted gaps (the expected set is derived from the planting rules)."""
    monkeypatch.setattr(linking, "BULK_LINKS", 100)  # the bench's N (2,500) notices take the bulk path
    engine = get_engine(f"sqlite:///{tmp_path / 'bulk.db'}")
    try:
        _run_and_compare(engine)
        assert {"ix_notices_project_id", "ix_project_links_project_id"} <= _indexes(engine)
        with engine.connect() as c:
            notices = c.scalar(select(func.count()).select_from(Notice))
            linked = c.scalar(select(func.count()).select_from(Notice).where(Notice.project_id.is_not(None)))
            links = c.scalar(select(func.count()).select_from(ProjectLink))
        assert notices == linked == links
    finally:
        engine.dispose()


def _comparable(findings: list[dict[str, Any]]) -> set[str]:
    return _bench()._comparable(findings)


def test_consistency_from_its_keys_same_as_from_the_types(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Consistency driven from its field keys (SQLite) finds what the walk by notice type finds; on the
    bench's fill (every result states its amount, every contract its contract amount) the keys' rows are
    the shorter walk, so the key path is the one taken."""
    engine = get_engine(f"sqlite:///{tmp_path / 'keys.db'}")
    try:
        init_db(engine)
        _bench().fill(engine, N)
        taken: dict[str, bool] = {}
        real = checks.walk_keys

        def spy(ctx: checks.Ctx, keys: list[str], types: list[str]) -> bool:
            taken[types[0].split(".")[0] + ":" + keys[0]] = answer = real(ctx, keys, types)
            return answer

        monkeypatch.setattr(checks, "walk_keys", spy)
        by_keys = monitor.run_checks(engine, AS_OF, save=False)["findings"]
        # the procurement rules walk their keys; the construction rule, whose types the fill has none
        # of, walks its (no) notices
        assert taken == {"procurement:amount": True, "procurement:winner": True, "construction:amount": False}
        monkeypatch.setattr(checks, "walk_keys", lambda *a: False)
        by_types = monitor.run_checks(engine, AS_OF, save=False)["findings"]
        mismatches = [f for f in by_keys if f["kind"] == "value_mismatch"]
        assert len(mismatches) == N // 500  # one planted contract amount per 500 notices
        assert _comparable(by_keys) == _comparable(by_types)
    finally:
        engine.dispose()


def test_walk_keys_prefers_the_types_when_their_keys_are_everywhere(tmp_path: Path) -> None:
    """A rule over a rare notice type whose key every other notice states walks the notices of its type."""
    engine = get_engine(f"sqlite:///{tmp_path / 'rare.db'}")
    try:
        init_db(engine)
        _bench().fill(engine, N)  # every tender (N / 5) states bid_deadline; no construction.result exists
        with engine.connect() as conn:
            ctx = checks.Ctx(conn, AS_OF, load_catalog(), AS_OF, AS_OF, 0)
            assert checks.walk_keys(ctx, ["bid_deadline"], ["construction.result"]) is False
            assert checks.walk_keys(
                ctx, ["amount", "contract_amount"], ["procurement.result", "procurement.contract"]
            )
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("stored_linked", [False, True])
def test_incremental_night_on_postgresql_same_as_full_look(pg_url: str, stored_linked: bool) -> None:
    """PostgreSQL: a night after new notices (half in projects of the first fill) runs incrementally and
    opens exactly the findings a full look over the same data sees — whether the night links the new
    notices (tonight's links driven from tonight's projects) or they were linked as they were stored."""
    engine = get_engine(pg_url)
    try:
        init_db(engine)
        bench = _bench()
        bench.fill(engine, N, as_stored=stored_linked)
        monitor.run_checks(engine, AS_OF)
        bench.fill(engine, 500, start=N, extracted="2026-07-01 00:00:00", as_stored=stored_linked)
        night = dt.date(2026, 7, 1)
        res = monitor.run_checks(engine, night, incremental=True)
        assert res["incremental"] is not None and res["incremental"]["dirty"] == 500
        assert res["links"]["by_number"] == (0 if stored_linked else 500)
        saved = _comparable(monitor.findings_as_json(engine, night))
        full = _comparable(monitor.run_checks(engine, night, force=True, save=False)["findings"])
        assert saved == full
        assert res["new"] > 0  # the new notices carry planted gaps of their own
    finally:
        engine.dispose()


def test_required_items_from_key_sets_same_as_counting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The required-items stage judged from the key sets recorded at store time (``storage.facts``)
    finds what counting every notice's rows finds, planted gaps included (an empty value, a missing
    item, a ``gap:`` marker, an item stated in a notice column, a notice that is not ``ok``); with one
    notice lacking its recorded set the night counts rows instead."""
    from test_monitor_checks_scale import _plant_extra

    from storage.facts import record_key_sets

    engine = get_engine(f"sqlite:///{tmp_path / 'sets.db'}")
    try:
        init_db(engine)
        _bench().fill(engine, N)
        _plant_extra(engine)
        with engine.begin() as c:
            record_key_sets(c, 21, 46)  # as the store does when a notice's fields change
        taken: list[bool] = []
        real = checks._key_sets_complete

        def spy(conn: Any) -> bool:
            taken.append(real(conn))
            return taken[-1]

        monkeypatch.setattr(checks, "_key_sets_complete", spy)
        from_sets = monitor.run_checks(engine, AS_OF, save=False)["findings"]
        with engine.begin() as c:
            c.execute(text("DELETE FROM notice_key_sets WHERE notice_id = 7"))
        counted = monitor.run_checks(engine, AS_OF, save=False)["findings"]
        assert taken == [True, False]
        missing = {  # the notice of each finding, from its key (``rule:n<notice id>:<field>``)
            int(f["key"].split(":n")[1].split(":")[0])
            for f in from_sets
            if f["kind"] in ("missing_field", "extraction_gap")
        }
        assert {21, 26, 31} | {i for i in range(1, N + 1) if i % 500 == 6} <= missing
        assert _comparable(from_sets) == _comparable(counted)
    finally:
        engine.dispose()
