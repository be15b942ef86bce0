"""Crawl benchmark: N simulated nights against the replica, with its fault modes (manifest outages) on.

Prints, per night, requests and what was new/changed/removed, then the scores of the issue:

- coverage: postings the replica served on a crawled night (a night its site was not in outage)
  that are stored as a document;
- duplicates: postings stored as more than one document. Documents are mapped back to postings
  exactly, through the replica's own URL scheme (detail path / article id / item id per site, as
  ``pubwatch.simulate`` does), never by title;
- removals recorded vs planted (postings with ``removed_on`` inside the crawled range), and on which
  night (same night = the first crawl that could see it);
- silent edits recorded vs planted (postings with a later version whose ``from`` is in range), and
  recorded *while they matter* (``docs/crawler.md``): an edit of an open notice (one with a deadline,
  publicity end or 挂牌 date in the corpus truth) must be stored no later than that last open night;
  edits whose window is still open after the last night are reported apart (recorded already / not yet);
- requests per new-or-changed notice after the first night (goal <= 5, issue 16; list pages included;
  every request the replica answered counts, robots.txt included), split by the crawler's kinds.

Usage::

    .venv/bin/python bench/bench_crawl.py [--seed 3] [--notices 400] [--nights 30] [--no-faults]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, text  # noqa: E402

from pubwatch.crawl_runner import CrawlFailed, run_crawl  # noqa: E402
from pubwatch.simulate import last_open_night, posting_index  # noqa: E402
from pubwatch.simulate import match_posting as match  # noqa: E402
from replica.generate import generate  # noqa: E402
from replica.server import run_in_thread  # noqa: E402

SOURCES = "qz_hanweb,qz_epoint,kecheng,qujiang,kaihua,changshan,longyou,jiangshan,zjggzy,zfcg,qz_portal,ccgp"
FAST = {
    "DOWNLOAD_DELAY": "0",
    "AUTOTHROTTLE_ENABLED": "0",
    "RETRY_BACKOFF_BASE": "0",
    "LOG_LEVEL": "ERROR",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "4",
    "DOWNLOAD_TIMEOUT": "10",
    "RETRY_TIMES": "1",
}


def online(p: dict[str, Any], day: dt.date) -> bool:
    pub = dt.date.fromisoformat(p["publish_date"])
    rem = dt.date.fromisoformat(p["removed_on"]) if p.get("removed_on") else None
    return pub <= day and (rem is None or day < rem)


def crawl_night(
    night: dt.date, sites: dict[str, str], db_url: str, sources: str, extra: dict[str, str]
) -> dict:
    """One night through the same child-process runner as the nightly job; the summary as a dict."""
    try:
        summary = run_crawl(
            night, db_url=db_url, sources=sources.split(","), site_urls=sites, settings=FAST | extra
        )
    except CrawlFailed as exc:
        raise SystemExit(f"crawl of {night} failed: {exc}") from None
    return {"run_id": summary.run_id, "sources": summary.sources}


def score(
    db_url: str,
    postings: list[dict],
    index: dict[str, dict[str, str]],
    sites: list[str],
    nights: list[dt.date],
    outages: set[tuple[str, str]],
    deadlines: dict[str, dt.date | None] | None = None,
) -> dict[str, Any]:
    """Coverage, duplicates, removals and edits of the stored documents against the corpus."""
    first, last = nights[0], nights[-1]
    deadlines = deadlines or {}
    engine = create_engine(db_url)
    with engine.connect() as conn:
        docs = conn.execute(
            text(
                "SELECT d.id, d.source_key, d.url, d.removed_at, "
                "(SELECT count(*) FROM document_versions v WHERE v.document_id = d.id) "
                "FROM documents d"
            )
        ).all()
        fetched: dict[int, list[dt.date]] = {}
        for doc_id, _no, on in conn.execute(
            text(
                "SELECT document_id, version_no, fetched_on FROM document_versions "
                "ORDER BY document_id, version_no"
            )
        ):
            fetched.setdefault(doc_id, []).append(dt.date.fromisoformat(str(on)[:10]))
    engine.dispose()
    by_posting: dict[str, list[Any]] = {}
    unmatched = []
    for row in docs:
        pid = match(index, row[1], row[2])
        if pid is None:
            unmatched.append(row[2])
        else:
            by_posting.setdefault(pid, []).append(row)
    mine = [p for p in postings if p["site"] in sites]
    served = {
        p["posting_id"]
        for p in mine
        if any(online(p, n) and (p["site"], n.isoformat()) not in outages for n in nights)
    }
    missed = sorted(served - set(by_posting))
    removals = [
        p
        for p in mine
        if p["removed_on"]
        and first < dt.date.fromisoformat(p["removed_on"]) <= last
        and p["posting_id"] in served
    ]
    rem_ok, rem_lag = 0, Counter()
    rem_missed = []
    for p in removals:
        rows = by_posting.get(p["posting_id"], [])
        got = [r[3] for r in rows if r[3] is not None]
        if got:
            rem_ok += 1
            day = dt.date.fromisoformat(str(got[0])[:10])
            rem_lag[(day - dt.date.fromisoformat(p["removed_on"])).days] += 1
        else:
            rem_missed.append(f"{p['posting_id']}({p['notice_type']} {p['publish_date']}→{p['removed_on']})")
    edits = []
    for p in mine:
        if p["posting_id"] not in served:
            continue
        froms = [dt.date.fromisoformat(v["from"]) for v in p["versions"][1:]]
        in_range = [f for f in froms if first < f <= last and online(p, f)]
        if in_range:
            edits.append((p, len([f for f in froms if f <= last]) + 1))
    edit_ok = [
        p for p, want in edits if max((r[4] for r in by_posting.get(p["posting_id"], [])), default=0) >= want
    ]
    # while it matters: recorded (the want-th version stored) no later than the notice's last open night
    matters = Counter()
    lag: Counter[int] = Counter()
    late_list = []
    for p, want in edits:
        until = deadlines.get(p["notice_id"])
        got = [
            fetched[r[0]][want - 1]
            for r in by_posting.get(p["posting_id"], [])
            if len(fetched.get(r[0], [])) >= want
        ]
        edit_on = max(f for f in (dt.date.fromisoformat(v["from"]) for v in p["versions"][1:want]))
        if got:
            lag[(min(got) - edit_on).days] += 1
        if until is None or until < edit_on:
            matters["settled_planted"] += 1
            matters["settled_recorded"] += bool(got)
        elif until <= last:
            matters["due"] += 1
            if got and min(got) <= until:
                matters["due_ok"] += 1
            else:
                late_list.append(p["posting_id"])
        else:
            matters["open_at_end"] += 1
            matters["open_at_end_recorded"] += bool(got)
    return {
        "served": len(served),
        "captured": len(served) - len(missed),
        "missed": missed,
        "duplicates": sum(len(v) - 1 for v in by_posting.values() if len(v) > 1),
        "unmatched": unmatched,
        "removals_planted": len(removals),
        "removals_recorded": rem_ok,
        "removal_lag_days": dict(sorted(rem_lag.items())),
        "removals_missed": rem_missed,
        "edits_planted": len(edits),
        "edits_recorded": len(edit_ok),
        "edits_missed": sorted({p["posting_id"] for p, _ in edits} - {p["posting_id"] for p in edit_ok}),
        "edits_matter": dict(matters),
        "edits_late": late_list,
        "edit_lag_nights": dict(sorted(lag.items())),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("--notices", type=int, default=400)
    ap.add_argument("--days", type=int, default=60)
    ap.add_argument("--nights", type=int, default=10)
    ap.add_argument("--first-night", default="2026-02-01")
    ap.add_argument("--sources", default=SOURCES)
    ap.add_argument("--no-faults", action="store_true", help="switch the manifest outages off")
    ap.add_argument(
        "-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="extra crawler setting"
    )
    ap.add_argument(
        "--rescore",
        type=Path,
        default=None,
        metavar="DIR",
        help="score an earlier run's folder (bench_crawl_*: corpus/ and bench.db) again, no crawl; "
        "give the same --nights/--first-night/--sources",
    )
    args = ap.parse_args()
    if args.rescore:
        tmp = args.rescore
        manifest = json.loads((tmp / "corpus" / "manifest.json").read_text(encoding="utf-8"))
    else:
        tmp = Path(tempfile.mkdtemp(prefix="bench_crawl_"))
        manifest = generate(args.seed, args.notices, tmp / "corpus", days=args.days)
    postings = [
        json.loads(x) for x in (tmp / "corpus" / "postings.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    sites = args.sources.split(",")
    db_url = f"sqlite:///{tmp / 'bench.db'}"
    first = dt.date.fromisoformat(args.first_night)
    nights = [first + dt.timedelta(days=i) for i in range(args.nights)]
    extra = dict(kv.split("=", 1) for kv in args.set)
    outages = {(o["site"], o["date"]) for o in manifest.get("outages", [])} if not args.no_faults else set()
    in_range = sorted(
        o for o in outages if o[0] in sites and first.isoformat() <= o[1] <= nights[-1].isoformat()
    )
    print(
        f"corpus seed {args.seed}, {args.notices} notices, {len(postings)} postings; {len(nights)} nights from "
        f"{first}; outages in range: {', '.join(f'{s}@{d}' for s, d in in_range) or 'none'}"
    )
    totals: Counter[str] = Counter()
    with run_in_thread(tmp / "corpus", first) as replica:
        if args.no_faults:
            replica._call(lambda: setattr(replica.server.state, "outages", []))
        print(
            f"{'night':10} {'secs':>5} {'requests':>8} {'new':>5} {'changed':>7} {'removed':>7}  incomplete"
        )
        for i, night in enumerate([] if args.rescore else nights):
            replica.set_date(night)
            before = sum(s["requests"] for s in replica.stats().values())
            t0 = time.monotonic()
            summary = crawl_night(night, replica.sites, db_url, args.sources, extra)
            secs = time.monotonic() - t0
            requests = sum(s["requests"] for s in replica.stats().values()) - before
            got: Counter[str] = Counter()
            kinds: Counter[str] = Counter()
            for s in summary["sources"].values():
                got.update({k: s[k] for k in ("new", "changed", "removed")})
                kinds.update(s.get("by_kind") or {})
            bad = sorted(k for k, s in summary["sources"].items() if not s["complete"])
            print(
                f"{night.isoformat():10} {secs:5.1f} {requests:8d} {got['new']:5d} {got['changed']:7d} "
                f"{got['removed']:7d}  {','.join(bad)}"
            )
            if i > 0:
                totals.update(requests=requests, new=got["new"], changed=got["changed"])
                totals.update({f"kind_{k}": v for k, v in kinds.items()})
        index = posting_index(replica)
    truth = {nid: last_open_night(n) for nid, n in manifest.get("notices", {}).items()}
    res = score(db_url, postings, index, sites, nights, outages, truth)
    print(
        f"coverage: {res['captured']}/{res['served']} served postings stored "
        f"({100 * res['captured'] / max(1, res['served']):.1f}%); missed {res['missed'][:10]}"
    )
    print(
        f"duplicates (postings stored as >1 document): {res['duplicates']}; documents not mapped to a posting: "
        f"{len(res['unmatched'])} {res['unmatched'][:3]}"
    )
    print(
        f"removals recorded: {res['removals_recorded']}/{res['removals_planted']} planted in range; "
        f"lag in days {res['removal_lag_days']}; missed {res['removals_missed'][:10]}"
    )
    print(
        f"edits recorded (new version stored): {res['edits_recorded']}/{res['edits_planted']} planted in range; "
        f"missed {res['edits_missed'][:10]}"
    )
    m = res["edits_matter"]
    print(
        f"edits recorded while they matter (by the notice's last open night): {m.get('due_ok', 0)}/{m.get('due', 0)} "
        f"whose window closed in range; late {res['edits_late'][:10]}; window still open after the last night: "
        f"{m.get('open_at_end_recorded', 0)}/{m.get('open_at_end', 0)} recorded already; edits after settling "
        f"{m.get('settled_recorded', 0)}/{m.get('settled_planted', 0)}; lag in nights {res['edit_lag_nights']}"
    )
    if args.rescore:
        print("(re-scored: the requests per night are in the output of the run that crawled)")
        return
    work = totals["new"] + totals["changed"]
    print(
        f"after night 1: {totals['requests']} requests for {work} new-or-changed notices = "
        f"{totals['requests'] / max(1, work):.2f} requests each (goal <= 5)"
    )
    later = len(nights) - 1
    # every kind the crawler counted: the five of the cost model, then any other (``structure``: the
    # nightly read of a site's own structure, zfcg's category tree and Hanweb navigation; ``other``)
    known_kinds = ("robots", "list", "new", "recheck", "recheck_304")
    extra_kinds = sorted(k[5:] for k in totals if k.startswith("kind_") and k[5:] not in known_kinds)
    parts = {k: totals[f"kind_{k}"] for k in (*known_kinds, *extra_kinds)}
    print(
        "  of which (crawler's count): "
        + ", ".join(f"{k} {v} ({v / max(1, later):.0f}/night)" for k, v in parts.items())
        + f"; re-checks found {totals['changed']} changed"
    )
    fixed = parts["robots"] + parts["list"] + sum(parts[k] for k in extra_kinds)
    counted = sum(parts.values())
    print(
        f"  floor without any re-check (robots + lists{' + ' + ' + '.join(extra_kinds) if extra_kinds else ''}"
        f" + one request per new or changed notice): {(fixed + work) / max(1, work):.2f}; "
        f"those fixed costs alone {fixed / max(1, work):.2f} per notice; crawler's count {counted} vs "
        f"the replica's {totals['requests']}"
    )


if __name__ == "__main__":
    main()
