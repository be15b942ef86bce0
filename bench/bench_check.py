"""Benchmark: ``monitor.run_checks`` on a SQLite database with 1,000,000 synthetic notices.

Goal (issue 16): ≤ 10 s for the first night on SQLite, the unchanged night well under, < 2 GB peak RSS
(figures and how they were taken: docs/metrics.md, "Checks at scale"). The database is filled with set-based
INSERT…SELECT over a recursive CTE (no Python loop per row): four notice types in rotation (采购公告,
中标结果, 合同公告, 中标候选人公示 and its provincial copy), one project per five notices, 3 typed fields per notice, with
about 1 % planted gaps (missing 评审专家名单, late results, missing contracts, unshared county notices,
early removals). Prints fill time, run time (first night and a re-run), findings and peak RSS.
What ``storage.evidence`` writes with each notice it stores — its link by project number and its set of
field keys — the fill writes with the same functions over the batch and prints their cost per notice:
that cost moved from the first night to the store (issue 16), so it is reported beside the night's.

The same bench runs on PostgreSQL with ``--db-url postgresql+psycopg://…/<throw-away database>``
(the fill is the same data written with PostgreSQL's ``generate_series`` and date arithmetic), or
``--pg BASE_URL``: a database is created on that server for the run and dropped afterwards.

The second run is the unchanged night: nothing was written in between, so ``run_checks`` returns
through its fingerprint shortcut (``monitor.fingerprint``); ``--force`` times the rules again instead.
``--incremental N`` then adds N notices (the same patterns, every other group of five in a project of
the first fill) and times the next night as an incremental one (``monitor.incremental``);
``--compare`` checks that night against a full look over the same data (every rule, nothing saved).

``--profile N`` prints the first night's N dearest statements by the monitor function that issued them
(CPU time on SQLite, wall time on PostgreSQL): where the figures in ``docs/metrics.md`` come from.

Usage: ``.venv/bin/python bench/bench_check.py [--notices N] [--db PATH | --db-url URL | --pg BASE_URL]
[--force] [--incremental N [--compare]] [--profile N] [--keep FILE | --reuse FILE]``

``--keep FILE`` copies the filled SQLite database to FILE before the first night; ``--reuse FILE`` starts
from a copy of it instead of filling again (the 1M fill takes minutes; the nights are timed the same).
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text

import monitor
from monitor.catalog import load_catalog
from pubwatch.source_facts import publish_sources
from storage.db import get_engine, init_db
from storage.facts import record_key_sets
from storage.projects import link_by_number

SEQ = "WITH RECURSIVE seq(i) AS (SELECT :lo UNION ALL SELECT i + 1 FROM seq WHERE i < :hi) "
PG_SEQ = "WITH seq(i) AS (SELECT generate_series(CAST(:lo AS integer), CAST(:hi AS integer))) "
# the project number: notice i belongs to project i / 5; a later batch (``--incremental``) puts every
# other group of five notices into a project of the first fill (:old projects), the rest into new ones
PROJECT = (
    "'QZ-' || CASE WHEN :first > 0 AND i > :first AND (i / 5) % 2 = 1 THEN (i / 5) % :old ELSE i / 5 END"
)
# i % 5: 0 procurement.tender (zfcg), 1 procurement.result (zfcg), 2 procurement.contract (zfcg),
#        3 construction.candidates (kecheng, must be shared), 4 its copy on zjggzy (missing when i % 500 = 4)
TYPE = (
    "CASE i % 5 WHEN 0 THEN 'procurement.tender' WHEN 1 THEN 'procurement.result' "
    "WHEN 2 THEN 'procurement.contract' WHEN 3 THEN 'construction.candidates' "
    "ELSE CASE WHEN i % 500 = 4 THEN 'other.other' ELSE 'construction.candidates' END END"
)
SOURCE = "CASE i % 5 WHEN 3 THEN 'kecheng' WHEN 4 THEN 'zjggzy' ELSE 'zfcg' END"
#: the store-time steps the fill runs, by the function ``storage.evidence`` runs for each notice
STEPS = {"link": "storage.projects.link_by_number", "key sets": "storage.facts.record_key_sets"}
PUB = "date('2026-01-05', '+' || ((i / 5) % 90 + min(i % 5, 3) * 3) || ' days')"


def fill(  # type: ignore[no-untyped-def]
    engine, n: int, start: int = 0, extracted: str = "2026-01-05 00:00:00", as_stored: bool = True
) -> dict[str, tuple[float, float]]:
    """Write notices start+1 … start+n (documents, versions, notices, fields) with INSERT…SELECT.

    ``start`` > 0 is a later batch (a night's new notices, ``--incremental``): half of them join
    projects of the first ``start`` notices; ``extracted`` is their extraction time.

    ``as_stored``: what ``storage.evidence`` writes with each notice it stores is written here by the same
    functions over the batch — its link by project number (``storage.projects.link_by_number``, after
    the notices) and its key set (``storage.facts.record_key_sets``, after the fields); returns each
    step's wall and CPU seconds, the store-time cost the first night no longer pays. ``as_stored=False``
    writes neither, as for notices written before those steps existed: the night links them (the
    monitor's bulk path) and counts their fields (paths the tests keep covering)."""
    # the registry's source rows (home flags decide which notices must reach the province), as the
    # nightly job writes them before its checks (pubwatch.source_facts)
    publish_sources(engine)
    bounds = {"lo": start + 1, "hi": start + n, "first": start, "old": max(start // 5, 1)}
    if engine.dialect.name == "postgresql":
        return fill_pg(engine, bounds, extracted, as_stored)
    costs: dict[str, tuple[float, float]] = {}
    stmts = [
        f"INSERT INTO documents (id, source_key, channel_key, item_key, url, list_date, first_seen, last_seen, "
        f"removed_at) {SEQ} SELECT i, {SOURCE}, 'c' || (i % 5), 'it' || i, 'http://bench.example/' || i, {PUB}, "
        f"'2026-01-05 00:00:00', '2026-01-05 00:00:00', CASE WHEN i % 500 = 8 THEN {PUB} ELSE NULL END FROM seq",
        f"INSERT INTO document_versions (id, document_id, version_no, fetched_at, fetched_on, url, http_status, "
        f"headers, sha256, size, body) {SEQ} SELECT i, i, 1, '2026-01-05 00:00:00', {PUB}, "
        f"'http://bench.example/' || i, 200, '{{}}', printf('%064x', i), 1, x'00' FROM seq",
        f"INSERT INTO notices (id, document_id, version_id, source_key, channel_key, region, domain, notice_type, "
        f"title, url, publish_date, project_number, status, fields, provenance, warnings, extracted_at) {SEQ} "
        f"SELECT i, i, i, {SOURCE}, 'c' || (i % 5), '330802', substr({TYPE}, 1, instr({TYPE}, '.') - 1), {TYPE}, "
        f"'公告' || i, 'http://bench.example/' || i, {PUB}, {PROJECT}, 'ok', '{{}}', '{{}}', '[]', "
        f"'{extracted}' FROM seq",
    ]
    fields = [
        # tender: bid deadline
        ("bid_deadline", "NULL, NULL, date(publish_date, '+20 days')", "id % 5 = 0"),
        # result: award date (late for 1 in 100), experts (missing for 1 in 100), amount
        (
            "award_date",
            "NULL, NULL, date(publish_date, CASE WHEN id % 500 = 1 THEN '-9 days' ELSE '-1 days' END)",
            "id % 5 = 1",
        ),
        ("experts", "'张三；李四', NULL, NULL", "id % 5 = 1 AND id % 500 != 6"),
        ("amount", "NULL, 100000.0, NULL", "id % 5 = 1"),
        # contract (1 in 100 projects has none: the contract row is typed 'other.other')
        ("sign_date", "NULL, NULL, date(publish_date, '-1 days')", "id % 5 = 2"),
        ("spec_model", "'型号A', NULL, NULL", "id % 5 = 2"),
        (
            "contract_amount",
            "NULL, CASE WHEN id % 500 = 7 THEN 120000.0 ELSE 100000.0 END, NULL",
            "id % 5 = 2",
        ),
        # candidates: publicity period and objection channel
        ("publicity_start", "NULL, NULL, publish_date", "id % 5 IN (3, 4)"),
        ("publicity_end", "NULL, NULL, date(publish_date, '+5 days')", "id % 5 IN (3, 4)"),
        ("objection_channel", "'书面', NULL, NULL", "id % 5 IN (3, 4)"),
    ]
    given = {key for key, _v, _w in fields}
    where_of = {
        "procurement.tender": "id % 5 = 0",
        "procurement.result": "id % 5 = 1",
        "procurement.contract": "id % 5 = 2",
        "construction.candidates": "id % 5 IN (3, 4)",
    }
    for r in load_catalog().by_check("required_fields"):  # every other required item, stated
        ntype = r.params["notice_type"]
        if ntype in where_of:
            fields += [
                (f.key, f"'{f.label}', NULL, NULL", where_of[ntype])
                for f in r.params["fields"]
                if f.enforce and f.key not in given
            ]
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA cache_size=-200000")
        for s in stmts:
            conn.execute(text(s), bounds)
        conn.execute(
            text(
                "UPDATE notices SET notice_type = 'other.other', domain = 'other' "
                "WHERE id % 5 = 2 AND id % 500 = 12 AND id BETWEEN :lo AND :hi"
            ),
            bounds,
        )
        if as_stored:
            costs["link"] = _timed(link_by_number, conn, bounds)
        for key, values, where in fields:
            conn.execute(
                text(
                    f"INSERT OR IGNORE INTO notice_fields (notice_id, key, value_text, value_num, "
                    f"value_date) SELECT id, '{key}', {values} FROM notices WHERE {where} "
                    f"AND id BETWEEN :lo AND :hi"
                ),
                bounds,
            )
        if as_stored:
            costs["key sets"] = _timed(record_key_sets, conn, bounds)
        if not start:
            conn.exec_driver_sql("ANALYZE")
    return costs


def _timed(step, conn, bounds: dict[str, int]) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    """Run a store-time step over the batch as storing each notice runs it; its wall and CPU seconds."""
    t0, c0 = time.perf_counter(), time.process_time()
    step(conn, bounds["lo"], bounds["hi"])
    return time.perf_counter() - t0, time.process_time() - c0


PG_PUB = "(DATE '2026-01-05' + ((i / 5) % 90 + LEAST(i % 5, 3) * 3))"


def fill_pg(
    engine, bounds: dict[str, int], extracted: str, as_stored: bool = True
) -> dict[str, tuple[float, float]]:  # type: ignore[no-untyped-def]
    """:func:`fill` for PostgreSQL: the same rows (generate_series, date + integer, ON CONFLICT)."""
    src, typ, pub = SOURCE, TYPE, PG_PUB
    stmts = [
        f"INSERT INTO documents (id, source_key, channel_key, item_key, url, list_date, first_seen, last_seen, "
        f"removed_at) {PG_SEQ} SELECT i, {src}, 'c' || (i % 5), 'it' || i, 'http://bench.example/' || i, {pub}, "
        f"'2026-01-05 00:00:00', '2026-01-05 00:00:00', CASE WHEN i % 500 = 8 THEN {pub} ELSE NULL END FROM seq",
        f"INSERT INTO document_versions (id, document_id, version_no, fetched_at, fetched_on, url, http_status, "
        f"headers, sha256, size, body) {PG_SEQ} SELECT i, i, 1, '2026-01-05 00:00:00', {pub}, "
        f"'http://bench.example/' || i, 200, '{{}}'::json, lpad(to_hex(i), 64, '0'), 1, '\\x00'::bytea FROM seq",
        f"INSERT INTO notices (id, document_id, version_id, source_key, channel_key, region, domain, notice_type, "
        f"title, url, publish_date, project_number, status, fields, provenance, warnings, extracted_at) {PG_SEQ} "
        f"SELECT i, i, i, {src}, 'c' || (i % 5), '330802', split_part({typ}, '.', 1), {typ}, "
        f"'公告' || i, 'http://bench.example/' || i, {pub}, {PROJECT}, 'ok', '{{}}'::json, '{{}}'::json, "
        f"'[]'::json, '{extracted}' FROM seq",
    ]
    fields = [
        ("bid_deadline", "NULL, NULL, publish_date + 20", "id % 5 = 0"),
        ("award_date", "NULL, NULL, publish_date + CASE WHEN id % 500 = 1 THEN -9 ELSE -1 END", "id % 5 = 1"),
        ("experts", "'张三；李四', NULL, NULL", "id % 5 = 1 AND id % 500 != 6"),
        ("amount", "NULL, 100000.0, NULL", "id % 5 = 1"),
        ("sign_date", "NULL, NULL, publish_date - 1", "id % 5 = 2"),
        ("spec_model", "'型号A', NULL, NULL", "id % 5 = 2"),
        (
            "contract_amount",
            "NULL, CASE WHEN id % 500 = 7 THEN 120000.0 ELSE 100000.0 END, NULL",
            "id % 5 = 2",
        ),
        ("publicity_start", "NULL, NULL, publish_date", "id % 5 IN (3, 4)"),
        ("publicity_end", "NULL, NULL, publish_date + 5", "id % 5 IN (3, 4)"),
        ("objection_channel", "'书面', NULL, NULL", "id % 5 IN (3, 4)"),
    ]
    fields += _stated_fields({key for key, _v, _w in fields})
    with engine.begin() as conn:
        for st in stmts:
            conn.execute(text(st), bounds)
        conn.execute(
            text(
                "UPDATE notices SET notice_type = 'other.other', domain = 'other' "
                "WHERE id % 5 = 2 AND id % 500 = 12 AND id BETWEEN :lo AND :hi"
            ),
            bounds,
        )
        costs = {"link": _timed(link_by_number, conn, bounds)} if as_stored else {}
        for key, values, where in fields:
            conn.execute(
                text(
                    f"INSERT INTO notice_fields (notice_id, key, value_text, value_num, value_date) "
                    f"SELECT id, '{key}', {values} FROM notices WHERE {where} AND id BETWEEN :lo AND :hi "
                    f"ON CONFLICT DO NOTHING"
                ),
                bounds,
            )
        if as_stored:
            costs["key sets"] = _timed(record_key_sets, conn, bounds)
        for table in ("documents", "document_versions", "notices"):
            conn.execute(
                text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
            )
    if not bounds["first"]:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    return costs


def _stated_fields(given: set[str]) -> list[tuple[str, str, str]]:
    """Every other enforced required item of the four types, stated (so only planted gaps show)."""
    where_of = {
        "procurement.tender": "id % 5 = 0",
        "procurement.result": "id % 5 = 1",
        "procurement.contract": "id % 5 = 2",
        "construction.candidates": "id % 5 IN (3, 4)",
    }
    out = []
    for r in load_catalog().by_check("required_fields"):
        ntype = r.params["notice_type"]
        if ntype in where_of:
            out += [
                (f.key, f"'{f.label}', NULL, NULL", where_of[ntype])
                for f in r.params["fields"]
                if f.enforce and f.key not in given
            ]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--notices", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=None, help="SQLite file (default: a temporary one)")
    ap.add_argument("--db-url", default=None, help="an empty database URL instead (e.g. PostgreSQL)")
    ap.add_argument(
        "--pg",
        default=None,
        metavar="BASE_URL",
        help="create a throw-away PostgreSQL database on this server and drop it afterwards",
    )
    ap.add_argument("--force", action="store_true", help="the second run times every rule (no shortcut)")
    ap.add_argument(
        "--incremental",
        type=int,
        default=0,
        metavar="N",
        help="then add N notices (half in old projects) and time the next night (an incremental run)",
    )
    ap.add_argument(
        "--compare",
        action="store_true",
        help="after the incremental night, a full look (every rule, nothing saved) must find the same findings",
    )
    ap.add_argument(
        "--profile",
        type=int,
        default=0,
        metavar="N",
        help="after the first night, its N dearest statements (CPU on SQLite, wall on PostgreSQL) by caller",
    )
    ap.add_argument(
        "--store-unlinked",
        action="store_true",
        help="store the notices without their store-time link and key set: the first night links them and "
        "counts their fields (the monitor's own paths)",
    )
    ap.add_argument(
        "--keep",
        type=Path,
        default=None,
        metavar="FILE",
        help="SQLite: copy the filled database (before any night) to FILE, for --reuse",
    )
    ap.add_argument(
        "--reuse",
        type=Path,
        default=None,
        metavar="FILE",
        help="SQLite: start from a copy of a fill kept with --keep instead of filling (same --notices)",
    )
    ap.add_argument(
        "--store-cost",
        type=int,
        default=0,
        metavar="N",
        help="only time storage.evidence.save_page for N pages with and without the store-time steps",
    )
    args = ap.parse_args()
    if args.store_cost:
        store_cost(args.store_cost)
        return
    tmp = tempfile.TemporaryDirectory()
    db = args.db or Path(tmp.name) / "bench.db"
    admin = None
    if args.pg:
        admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
        name = f"pwbench_check_{uuid.uuid4().hex[:10]}"
        with admin.connect() as c:
            c.execute(text(f'CREATE DATABASE "{name}"'))
        args.db_url = args.pg.rsplit("/", 1)[0] + f"/{name}"
    try:
        run(args, db)
    finally:
        if admin is not None:
            with admin.connect() as c:
                c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        tmp.cleanup()


def run(args: argparse.Namespace, db: Path) -> None:
    """Fill, then time the first night and the unchanged night."""
    if args.reuse and not args.db_url:
        shutil.copyfile(args.reuse, db)  # a copy: the nights below write to it, the kept fill stays as filled
    engine = get_engine(args.db_url or f"sqlite:///{db}")
    init_db(engine)
    t0 = time.perf_counter()
    costs: dict[str, tuple[float, float]] = {}
    if not (args.reuse and not args.db_url):
        costs = fill(engine, args.notices, as_stored=not args.store_unlinked)
    t_fill = time.perf_counter() - t0
    if args.keep and not args.db_url:
        with engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")  # the whole fill in the one file copied
        shutil.copyfile(db, args.keep)
    with engine.connect() as c:
        n_notices = c.execute(text("SELECT count(*) FROM notices")).scalar()
        n_fields = c.execute(text("SELECT count(*) FROM notice_fields")).scalar()
    print(
        f"filled {n_notices:,} notices, {n_fields:,} fields in {t_fill:.1f} s ({engine.dialect.name}: "
        f"{engine.url.database})"
    )
    if args.reuse and not args.db_url:
        print(
            f"  (a copy of {args.reuse}: its fill's figures, the store-time steps included, were printed by --keep)"
        )
    for step, (wall, cpu) in costs.items():  # the store-time steps: their cost per notice, beside the night's
        where = "server: wall" if engine.dialect.name == "postgresql" else "CPU"
        cost = wall if engine.dialect.name == "postgresql" else cpu
        print(
            f"  of which the {step} written as the notices are stored ({STEPS[step]}): {wall:.1f} s wall, "
            f"{cpu:.1f} s CPU of this process = {cost / n_notices * 1e6:.2f} µs {where} per notice"
        )
    as_of = dt.date(2026, 6, 30)
    stats = _profile(engine) if args.profile else None
    t0, c0 = time.perf_counter(), time.process_time()
    res = monitor.run_checks(engine, as_of)
    t_run, c_run = time.perf_counter() - t0, time.process_time() - c0
    if stats is not None:
        stats["on"] = False
        _print_profile(stats, args.profile)
    print(
        f"run_checks (first night): {t_run:.1f} s wall, {c_run:.1f} s CPU of this process  new={res['new']:,} "
        f"open={res['open']:,} shortcut={res.get('unchanged')}"
    )
    print(f"  by kind: {res['by_kind']}")
    print(f"  links: {res['links']}")
    t0, c0 = time.perf_counter(), time.process_time()
    res2 = monitor.run_checks(engine, as_of, force=args.force)
    t_rerun, c_rerun = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"run_checks (same night again, nothing changed{', every rule forced' if args.force else ''}): "
        f"{t_rerun:.1f} s wall, {c_rerun:.1f} s CPU  new={res2['new']} "
        f"resolved={res2['resolved']} open={res2['open']:,} shortcut={res2.get('unchanged')}"
    )
    if engine.dialect.name == "sqlite":  # PostgreSQL works in its server process: only wall time is the run's
        print(
            "  (SQLite runs in this process: on a shared machine its CPU time is the run's cost, the wall time "
            "adds the wait for a core)"
        )
    if args.incremental:
        night(engine, args, n_notices)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak_mb:,.0f} MB")
    if engine.dialect.name == "sqlite":  # the goal is SQLite's; PostgreSQL's figures are reported as they are
        goal = "OK" if t_run <= 10 and t_rerun <= 5 and peak_mb < 2048 else "MISSED"
        print(
            f"goal (issue 16: first night ≤ 10 s on SQLite, unchanged night well under, < 2 GB): {goal} "
            f"(wall {t_run:.1f} s, CPU {c_run:.1f} s)"
        )
    engine.dispose()


def night(engine, args: argparse.Namespace, stored: int) -> None:  # type: ignore[no-untyped-def]
    """Add ``--incremental`` notices, time the next night; with ``--compare`` check it against a full look."""
    t0 = time.perf_counter()
    costs = fill(
        engine,
        args.incremental,
        start=stored,
        extracted="2026-07-01 00:00:00",
        as_stored=not args.store_unlinked,
    )
    steps = ", ".join(f"{step} {wall:.2f} s wall, {cpu:.2f} s CPU" for step, (wall, cpu) in costs.items())
    print(
        f"added {args.incremental:,} notices in {time.perf_counter() - t0:.1f} s (written as stored: {steps})"
    )
    as_of = dt.date(2026, 7, 1)
    t0, c0 = time.perf_counter(), time.process_time()
    res = monitor.run_checks(engine, as_of, incremental=True)
    t_run, c_run = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"run_checks (next night, {args.incremental:,} new notices): {t_run:.1f} s wall, {c_run:.1f} s CPU  "
        f"new={res['new']} resolved={res['resolved']} open={res['open']:,} incremental={res['incremental']}"
    )
    if args.compare:
        saved = _comparable(monitor.findings_as_json(engine, as_of))
        t0 = time.perf_counter()
        look = monitor.run_checks(engine, as_of, force=True, save=False)
        full = _comparable(look["findings"])
        t_full = time.perf_counter() - t0
        same = "the same" if saved == full else f"DIFFERENT ({len(saved ^ full)} differ)"
        print(
            f"  full look over the same data ({t_full:.1f} s wall): {len(full):,} open findings, "
            f"{same} as the incremental night's {len(saved):,}; incremental ≤ full look: "
            f"{'yes' if t_run <= t_full else 'NO'} (wall; the look neither links nor saves)"
        )


def store_cost(n: int) -> None:
    """Time ``storage.evidence.save_page`` for ``n`` pages (five per project number) with and without the
    store-time steps (the link by number, the key set), each into a fresh SQLite file, alternately
    three times: their per-notice price in the store's own path (one transaction per page)."""
    import contextlib
    import hashlib
    from unittest import mock

    from storage import evidence

    def page(i: int) -> evidence.PageRecord:
        body = f"<html><body>{i}</body></html>".encode()
        return evidence.PageRecord(
            source_key="zfcg",
            channel_key="c",
            item_key=f"it{i}",
            url=f"http://bench.example/{i}",
            night=dt.date(2026, 1, 5),
            body=body,
            sha256=hashlib.sha256(body).hexdigest(),
            domain="procurement",
            notice_type="procurement.result",
            fields={"project_number": f"QZ-{i // 5}", "project_name": f"项目{i // 5}", "amount": "100000"},
        )

    pages = [page(i) for i in range(n)]
    cpu: dict[str, list[float]] = {"with": [], "without": []}
    for _round in range(3):
        for label in cpu:
            with tempfile.TemporaryDirectory() as d:
                engine = get_engine(f"sqlite:///{d}/store.db")
                init_db(engine)
                off = contextlib.ExitStack()
                if label == "without":  # neither store-time step (the link, the key set)
                    off.enter_context(
                        mock.patch.object(evidence.projects, "link_by_number", lambda *a, **k: 0)
                    )
                    off.enter_context(
                        mock.patch.object(evidence.facts, "record_key_sets", lambda *a, **k: None)
                    )
                with off:
                    c0 = time.process_time()
                    for p in pages:
                        evidence.save_page(engine, p)
                    cpu[label].append(time.process_time() - c0)
                engine.dispose()
    w, wo = min(cpu["with"]), min(cpu["without"])
    print(
        f"save_page, {n:,} pages (best of 3, CPU): with the store-time steps (link, key set) {w / n * 1e3:.3f} ms "
        f"a page, without {wo / n * 1e3:.3f} ms: they cost {(w - wo) / n * 1e6:.0f} µs a notice"
    )


def _profile(engine) -> dict:  # type: ignore[no-untyped-def, type-arg]
    """Time every statement of the run by the monitor function that issued it (SQLite runs in this
    process, so its cost is CPU time; PostgreSQL's is the server's, so wall time)."""
    import traceback

    from sqlalchemy import event

    clock = time.process_time if engine.dialect.name == "sqlite" else time.perf_counter
    stats: dict = {"on": True, "by": {}}  # type: ignore[type-arg]
    skip = {"add_cands", "_inserted", "<listcomp>", "<genexpr>", "<dictcomp>"}

    @event.listens_for(engine, "before_cursor_execute")
    def _start(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        conn.info["pw_t0"] = clock()

    @event.listens_for(engine, "after_cursor_execute")
    def _stop(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if not stats["on"]:
            return
        frames = [f for f in traceback.extract_stack() if "/monitor/" in f.filename and f.name not in skip]
        where = f"{frames[-1].name}:{frames[-1].lineno}" if frames else "?"
        key = f"{where} {' '.join(statement.split())[:70]}"
        n, t = stats["by"].get(key, (0, 0.0))
        stats["by"][key] = (n + 1, t + clock() - conn.info["pw_t0"])

    return stats


def _print_profile(stats: dict, top: int) -> None:  # type: ignore[type-arg]
    total = sum(t for _n, t in stats["by"].values())
    print(f"  statements: {total:.1f} s in all; the dearest (seconds, calls, caller, statement):")
    for key, (n, t) in sorted(stats["by"].items(), key=lambda kv: -kv[1][1])[:top]:
        print(f"  {t:6.2f} {n:4d}  {key}")


def _comparable(findings: list[dict]) -> set[str]:  # type: ignore[type-arg]
    """A finding as a comparable string, without its id."""
    import json

    return {
        json.dumps({k: v for k, v in f.items() if k != "id"}, sort_keys=True, default=str) for f in findings
    }


if __name__ == "__main__":
    main()
