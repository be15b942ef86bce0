"""Benchmark: export the dashboard for 1,000,000 notices (goal: ≤ 30 s, HTML < 10 MB).

Usage: ``.venv/bin/python bench/bench_report.py [--notices 1000000] [--keep DIR]``.
Builds a SQLite database with Core bulk inserts (5% of notices with a finding), then times
``dashboards.export_report`` and prints the time and the size of every file written.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from any folder

from dashboards import export_report
from storage.db import get_engine, init_db
from tests.dashboards.demo_data import RULES, TYPES, unit_of
from vocabulary import REGIONS

SEQ = "WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < {n}) "


def build(engine, n: int) -> None:  # type: ignore[no-untyped-def]
    """Fill the tables with set-based SQL (SQLite): n notices, one document and version each, 5% findings."""
    domains, regions = list(TYPES), list(REGIONS)
    dom = "CASE i % 7 " + " ".join(f"WHEN {k} THEN '{d}'" for k, d in enumerate(domains)) + " END"
    reg = "CASE (i / 7) % 7 " + " ".join(f"WHEN {k} THEN '{r}'" for k, r in enumerate(regions)) + " END"
    typ = "CASE i % 7 " + " ".join(f"WHEN {k} THEN '{TYPES[d][0]}'" for k, d in enumerate(domains)) + " END"
    pub = "date('2025-01-01', '+' || ((i * 7919) % 365) || ' days')"
    seq = SEQ.format(n=n)
    with engine.begin() as conn:
        for d in domains:
            for r in regions:
                conn.exec_driver_sql(
                    "INSERT INTO channels (source_key, channel_key, name, domain, region, responsible_unit) "
                    "VALUES ('qz_hanweb', ?, ?, ?, ?, ?)",
                    (f"{d}-{r}", f"{d}-{r}", d, r, unit_of(d, r)),
                )
        conn.exec_driver_sql(
            seq
            + "INSERT INTO documents (id, source_key, channel_key, item_key, url, list_date, first_seen, last_seen,"
            " current_version_id) SELECT i, 'qz_hanweb', " + dom + " || '-' || " + reg + ", i, "
            "'https://ggzy.qz.gov.cn/art/' || i || '.html', "
            + pub
            + ", '2025-01-01', '2025-01-01', i FROM seq"
        )
        conn.exec_driver_sql(
            seq
            + "INSERT INTO document_versions (id, document_id, version_no, fetched_at, url, http_status, headers,"
            " sha256, size, body) SELECT i, i, 1, '2025-01-01', 'https://ggzy.qz.gov.cn/art/' || i || '.html', 200,"
            " '{}', '" + "ab" * 32 + "', 5, x'6265' FROM seq"
        )
        conn.exec_driver_sql(
            seq + "INSERT INTO notices (id, document_id, version_id, source_key, channel_key, region, domain,"
            " notice_type, title, url, publish_date, status, fields, provenance, warnings, extracted_at)"
            " SELECT i, i, i, 'qz_hanweb', "
            + dom
            + " || '-' || "
            + reg
            + ", "
            + reg
            + ", "
            + dom
            + ", "
            + typ
            + ", '公告' || i, 'https://ggzy.qz.gov.cn/art/' || i || '.html', "
            + pub
            + ", 'ok', '{}', '{}', '[]', '2025-01-01' FROM seq"
        )
        kind = "CASE WHEN id % 40 < 20 THEN 'missing_field' ELSE 'late_posting' END"
        conn.exec_driver_sql(
            "INSERT INTO findings (id, key, rule_id, kind, severity, status, domain, region, notice_type,"
            " responsible_unit, source_key, notice_id, title, message, legal_source, dates, evidence, first_seen_on,"
            " last_seen_on, rectification) SELECT n.id, 'b' || n.id, "
            + kind.replace("id %", "n.id %")
            + ", "
            + kind.replace("id %", "n.id %")
            + ", 'violation', 'open', n.domain, n.region, n.notice_type,"
            " c.responsible_unit, n.source_key, n.id, n.title, '', ?, '{}', '[]', n.publish_date, n.publish_date, '{}'"
            " FROM notices n JOIN channels c ON c.source_key = n.source_key AND c.channel_key = n.channel_key"
            " WHERE n.id % 20 = 0",
            (RULES["missing_field"][1],),
        )
        conn.exec_driver_sql(
            'INSERT INTO finding_events (finding_id, "on", event, details, at)'
            " SELECT id, first_seen_on, 'opened', '{}', '2025-01-01' FROM findings"
        )


def main() -> None:
    """Build, export, print."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--notices", type=int, default=1_000_000)
    parser.add_argument("--keep", help="keep the database and the report in this folder")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pubwatch-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    db = folder / "bench.db"
    db.unlink(missing_ok=True)
    engine = get_engine(f"sqlite:///{db}")
    init_db(engine)
    t0 = time.perf_counter()
    build(engine, args.notices)
    t1 = time.perf_counter()
    print(f"built {args.notices:,} notices in {t1 - t0:.1f} s ({db.stat().st_size / 1e6:.0f} MB database)")
    paths = export_report(engine, folder / "report")
    t2 = time.perf_counter()
    print(f"export_report: {t2 - t1:.1f} s (goal ≤ 30 s)")
    for name, path in sorted(paths.items()):
        print(f"  {name:18s} {Path(path).stat().st_size / 1e6:8.2f} MB  {path}")
    html_mb = Path(paths["html"]).stat().st_size / 1e6
    print(f"HTML size: {html_mb:.2f} MB (goal < 10 MB)")
    engine.dispose()
    if not args.keep:
        import shutil

        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
