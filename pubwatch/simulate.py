"""``pubwatch simulate``: N nightly cycles over a freshly generated replica, scored against its truth.

Why here: the simulation is the only place allowed to see both sides — it starts the replica and
reads its manifest (the ground truth), while the crawler, extractors and monitor under test reach the
replica only over HTTP, exactly as they reach the real sites. The scores are what the issues ask
pubwatch to prove: crawl coverage and duplicates, requests per new notice, findings precision and
recall per rule, false alarms caused by outages, and extraction F1.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from pubwatch.crawl_runner import REPLICA_SETTINGS, run_crawl
from pubwatch.source_facts import publish_sources
from storage.db import get_engine, init_db

Progress = Callable[[str], None] | None
# the replica's defect vocabulary (architecture.md); monitor kinds outside it (channel_silent: a channel
# quieter than usual, which the replica neither plants nor rules out) cannot be scored against the manifest
DEFECT_KINDS = {
    "missing_field",
    "late_posting",
    "missing_followup",
    "not_shared",
    "removed_early",
    "silent_edit",
    "value_mismatch",
}
OUTAGE_EFFECT_DAYS = 7  # a false finding first seen this many days after an outage of a site it involves
CROSS_SITE_KINDS = {"missing_followup", "value_mismatch"}  # the other notice may be on any site


def simulate(
    *,
    seed: int,
    nights: int,
    notices: int = 600,
    faults: bool = True,
    workdir: Path | None = None,
    progress: Progress = None,
    jurisdiction: str = "quzhou",
    crawl_settings: dict[str, str] | None = None,
    field_sources: frozenset[str] | None = None,
) -> dict[str, Any]:
    """Generate, serve, crawl and check ``nights`` nights; return the scores as one JSON-able dict.

    ``field_sources``: the sources whose missing items may be findings (``monitor.run_checks``; the CLI hands
    in the replica's acceptances under the shipped policy); ``None``: every source's."""
    from monitor import findings_as_json, run_checks
    from replica.generate import generate
    from replica.server import run_in_thread

    say = progress or (lambda _m: None)
    own_dir = workdir is None
    root = Path(tempfile.mkdtemp(prefix="pubwatch-sim-")) if own_dir else Path(workdir)  # type: ignore[arg-type]
    corpus = root / "corpus"
    if corpus.exists():
        shutil.rmtree(corpus)
    corpus.mkdir(parents=True)
    db_path = root / "simulate.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_url = f"sqlite:///{db_path}"
    say(f"生成语料 generating {notices} notices (seed {seed})…")
    manifest = generate(seed, notices, corpus)
    postings = [
        json.loads(line) for line in (corpus / "postings.jsonl").read_text("utf-8").splitlines() if line
    ]
    start = dt.date.fromisoformat(manifest["start_date"])
    last = start + dt.timedelta(days=nights - 1)
    engine = get_engine(db_url)
    init_db(engine)
    sources = publish_sources(engine)  # the registry's facts, as the nightly job hands them on
    server = run_in_thread(corpus, start)
    outages = manifest.get("outages", []) if faults else []
    if not faults:
        server._call(lambda: setattr(server.server.state, "outages", []))
        server.clear_faults()
    nightly: list[dict[str, Any]] = []
    try:
        for i in range(nights):
            night = start + dt.timedelta(days=i)
            server.set_date(night)
            summary = run_crawl(
                night,
                db_url=db_url,
                site_urls=server.sites,
                settings=REPLICA_SETTINGS | dict(crawl_settings or {}),
                warm=True,  # many nights in one short-lived process: import the crawler once
            )
            checks = run_checks(
                engine,
                night,
                jurisdiction=jurisdiction,
                sources=sources,
                incremental=True,
                field_sources=field_sources,
            )
            nightly.append(
                {
                    "night": night.isoformat(),
                    "requests": summary.total("requests"),
                    "new": summary.total("new"),
                    "changed": summary.total("changed"),
                    "removed": summary.total("removed"),
                    "incomplete": summary.incomplete,
                    "open_findings": checks.get("open"),
                }
            )
            say(
                f"{night} requests={nightly[-1]['requests']} new={nightly[-1]['new']} "
                f"changed={nightly[-1]['changed']} incomplete={','.join(summary.incomplete) or '-'}"
            )
        mapping = posting_index(server)
    finally:
        server.stop()
    findings = findings_as_json(engine, last, include_resolved=True)
    result = {
        "seed": seed,
        "nights": nights,
        "notices": notices,
        "faults": faults,
        "period": [start.isoformat(), last.isoformat()],
        "crawl_settings": dict(crawl_settings or {}),
        "field_sources": "all" if field_sources is None else sorted(field_sources),
        "crawl": _score_crawl(engine, postings, outages, start, last, mapping, nightly),
        "findings": _score_findings(
            findings,
            manifest,
            postings,
            outages,
            last,
            engine,
            mapping,
            open_max_gap=_open_max_gap(crawl_settings),
        ),
        "extraction": _score_extraction(engine, manifest, postings, mapping),
        "workdir": str(root),
    }
    engine.dispose()
    if own_dir:
        shutil.rmtree(root, ignore_errors=True)
        result["workdir"] = None
    return result


# --- mapping stored documents back to the replica's postings --------------------------------------


def posting_index(server: Any) -> dict[str, dict[str, str]]:
    """Per site: every identifier a detail URL may carry (path, article id, item id) → posting id."""
    index: dict[str, dict[str, str]] = {}
    for key, site in server.server.site_objs.items():
        ids: dict[str, str] = {}
        for p in site.postings:
            for attr in ("detail_path", "article_id", "item_id"):
                fn = getattr(site, attr, None)
                if fn is None:
                    continue
                try:
                    value = str(fn(p))
                except Exception:  # a site whose helper needs more than the posting
                    continue
                ids[value] = p.posting_id
                ids[value.split("?", 1)[0]] = p.posting_id
        index[key] = ids
    return index


def match_posting(mapping: dict[str, dict[str, str]], source: str, url: str) -> str | None:
    ids = mapping.get(source, {})
    parts = urlsplit(url)
    candidates = [
        parts.path,
        f"{parts.path}?{parts.query}" if parts.query else parts.path,
        unquote(parts.path),
        parts.path.rsplit("/", 1)[-1],
    ]
    candidates += [v for _k, v in parse_qsl(parts.query)]
    for c in candidates:
        if c in ids:
            return ids[c]
    return None


def _documents(engine: Any) -> list[tuple[int, str, str, str | None]]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT d.id, d.source_key, d.url, d.removed_at FROM documents d").all()
    return [(r[0], r[1], r[2], r[3]) for r in rows]


# --- scores ---------------------------------------------------------------------------------------


def _score_crawl(
    engine: Any,
    postings: list[dict],
    outages: list[dict],
    start: dt.date,
    last: dt.date,
    mapping: dict[str, dict[str, str]],
    nightly: list[dict],
) -> dict[str, Any]:
    down = {(o["site"], o["date"]) for o in outages}
    served: set[str] = set()
    for p in postings:
        first = max(dt.date.fromisoformat(p["publish_date"]), start)
        end = dt.date.fromisoformat(p["removed_on"]) if p["removed_on"] else last + dt.timedelta(days=1)
        day = first
        while day < end and day <= last:
            if (p["site"], day.isoformat()) not in down:
                served.add(p["posting_id"])
                break
            day += dt.timedelta(days=1)
    captured: Counter[str] = Counter()
    unmatched = 0
    for _id, source, url, _removed in _documents(engine):
        pid = match_posting(mapping, source, url)
        if pid is None:
            unmatched += 1
        else:
            captured[pid] += 1
    got = served & set(captured)
    later = nightly[1:]
    new_or_changed = sum(n["new"] + n["changed"] for n in later)
    requests = sum(n["requests"] for n in later)
    return {
        "served": len(served),
        "captured": len(got),
        "coverage": round(len(got) / len(served), 4) if served else 1.0,
        "missed": sorted(served - set(captured))[:20],
        "duplicates": sum(c - 1 for c in captured.values() if c > 1),
        "unmatched_documents": unmatched,
        "requests_first_night": nightly[0]["requests"] if nightly else 0,
        "requests_after_first_night": requests,
        "new_or_changed_after_first_night": new_or_changed,
        "requests_per_new_notice": round(requests / new_or_changed, 3) if new_or_changed else None,
        "incomplete_source_nights": sum(len(n["incomplete"]) for n in nightly),
        "outage_source_nights": len(
            {(o["site"], o["date"]) for o in outages if start.isoformat() <= o["date"] <= last.isoformat()}
        ),
    }


def _finding_postings(f: dict[str, Any], mapping: dict[str, dict[str, str]]) -> set[str]:
    out: set[str] = set()
    for ev in f.get("evidence") or []:
        url = ev.get("url") if isinstance(ev, dict) else ev
        source = ev.get("source_key") if isinstance(ev, dict) else None
        if not url:
            continue
        for site in [source] if source else list(mapping):
            pid = match_posting(mapping, site, url)
            if pid:
                out.add(pid)
                break
    for url in f.get("urls") or []:
        for site in mapping:
            pid = match_posting(mapping, site, url)
            if pid:
                out.add(pid)
                break
    return out


def _outage_related(f: dict[str, Any], outages: list[dict], sites: set[str]) -> bool:
    """A false finding first seen on or within OUTAGE_EFFECT_DAYS after an outage of a site it involves
    (its own site, the site of its evidence, zjggzy for not_shared, any site for cross-notice kinds)."""
    seen = f.get("first_seen_on")
    if not seen:
        return False
    first = dt.date.fromisoformat(seen)
    involved = set(sites) | {f.get("source_key")}
    if f.get("kind") == "not_shared":
        involved.add("zjggzy")
    for o in outages:
        day = dt.date.fromisoformat(o["date"])
        if (
            f.get("kind") in CROSS_SITE_KINDS or o["site"] in involved
        ) and day <= first <= day + dt.timedelta(days=OUTAGE_EFFECT_DAYS):
            return True
    return False


def _open_max_gap(crawl_settings: dict[str, str] | None) -> int:
    """The re-check schedule's promise for an edit of a long-open notice (docs/crawler.md): recorded within
    this many nights, as the crawl of this run was configured."""
    from crawler import settings as defaults

    raw = (crawl_settings or {}).get("PUBWATCH_RECHECK_OPEN_MAX_GAP_DAYS")
    return int(raw) if raw else defaults.PUBWATCH_RECHECK_OPEN_MAX_GAP_DAYS


def last_open_night(notice: dict) -> dt.date | None:
    """A truth notice's last open night: the latest date among its deadline, publicity end and 挂牌
    fields (``storage.evidence.DEADLINE_KEYS``, what the crawl reads off a page), or None (settled)."""
    from storage.evidence import DEADLINE_KEYS, latest_date

    return latest_date([str(v) for k, v in (notice.get("fields") or {}).items() if k in DEADLINE_KEYS])


def edit_promised_by(defect: dict, notice: dict | None, open_max_gap: int) -> dt.date | None:
    """The night by which the crawl promises to have recorded a planted silent edit, or ``None`` where
    docs/crawler.md makes no promise shorter than "detectable": an edit of an open notice (one whose truth
    has a deadline, publicity end or 挂牌 date on or after the edit) is due by its last open night and, for
    a long-open notice, within ``open_max_gap`` nights — whichever comes first. Settled notices get no
    later date here: their edits stay due the night they are made, the stricter reading.
    """
    if defect.get("kind") != "silent_edit" or not notice:
        return None
    edit_on = dt.date.fromisoformat(defect["detectable_on"])
    until = last_open_night(notice)
    if until is None or until < edit_on:
        return None
    return min(until, edit_on + dt.timedelta(days=open_max_gap))


def _score_findings(
    findings: list[dict],
    manifest: dict,
    postings: list[dict],
    outages: list[dict],
    last: dt.date,
    engine: Any,
    mapping: dict[str, dict[str, str]],
    *,
    open_max_gap: int = 7,
) -> dict[str, Any]:
    """Match findings to planted defects. A defect counts once it is detectable; a silent edit whose
    promised night (``edit_promised_by``) falls after the last night and that is not found yet is
    *pending*: listed apart and left out of recall (``recall_incl_pending`` keeps it in), the way a
    follow-up whose deadline has not passed is not yet missing. Found early, it counts as found."""
    posting_notice = {p["posting_id"]: p["notice_id"] for p in postings}
    posting_site = {p["posting_id"]: p["site"] for p in postings}
    detectable = [d for d in manifest["defects"] if d["detectable_on"] <= last.isoformat()]
    notices = manifest.get("notices", {})
    promised = {
        d["id"]: edit_promised_by(d, notices.get(d.get("notice_id") or ""), open_max_gap) for d in detectable
    }
    matched_defects: set[str] = set()
    true_findings = 0
    per_kind: dict[str, dict[str, int]] = defaultdict(
        lambda: {"findings": 0, "true": 0, "defects": 0, "found": 0}
    )
    per_rule: dict[str, dict[str, int]] = defaultdict(
        lambda: {"findings": 0, "true": 0, "defects": 0, "found": 0}
    )
    for d in detectable:
        per_kind[d["kind"]]["defects"] += 1
        per_rule[d["rule_id"]]["defects"] += 1
    unmatched: list[dict] = []
    unscored: dict[str, dict[str, int]] = defaultdict(lambda: {"findings": 0, "open_at_end": 0})
    outage_false = 0
    scored = 0
    for f in findings:
        kind = f.get("kind", "")
        if kind not in DEFECT_KINDS:
            unscored[kind]["findings"] += 1
            unscored[kind]["open_at_end"] += int(f.get("status") == "open")
            continue
        scored += 1
        per_kind[kind]["findings"] += 1
        per_rule[f.get("rule_id", "")]["findings"] += 1
        pids = _finding_postings(f, mapping)
        notices_hit = {posting_notice.get(pid) for pid in pids} - {None}
        hits = [
            d
            for d in detectable
            if d["kind"] == kind
            and (
                d.get("notice_id") in notices_hit
                or (f.get("project_number") and f.get("project_number") == d.get("project_number"))
            )
            and (
                not d.get("field")
                or not f.get("field")
                or d["field"] == f["field"]
                or kind != "missing_field"
            )
        ]
        if hits:
            true_findings += 1
            per_kind[kind]["true"] += 1
            per_rule[f.get("rule_id", "")]["true"] += 1
            for d in hits:
                matched_defects.add(d["id"])
        else:
            unmatched.append(
                {
                    k: f.get(k)
                    for k in (
                        "kind",
                        "rule_id",
                        "title",
                        "field",
                        "project_number",
                        "source_key",
                        "url",
                        "first_seen_on",
                    )
                }
            )
            if _outage_related(f, outages, {posting_site[p] for p in pids if p in posting_site}):
                outage_false += 1
    pending = [
        d
        for d in detectable
        if d["id"] not in matched_defects and promised[d["id"]] is not None and promised[d["id"]] > last
    ]
    pending_ids = {d["id"] for d in pending}
    defects = [d for d in detectable if d["id"] not in pending_ids]
    for d in pending:  # counted above as detectable; kept as (possibly empty) rows of their rule
        per_kind[d["kind"]]["defects"] -= 1
        per_rule[d["rule_id"]]["defects"] -= 1
    for d in defects:
        if d["id"] in matched_defects:
            per_kind[d["kind"]]["found"] += 1
            per_rule[d["rule_id"]]["found"] += 1

    def rates(v: dict[str, int]) -> dict[str, Any]:
        return {
            "findings": v["findings"],
            "defects": v["defects"],
            "precision": round(v["true"] / v["findings"], 4)
            if v["findings"]
            else (1.0 if not v["defects"] else 0.0),
            "recall": round(v["found"] / v["defects"], 4) if v["defects"] else 1.0,
        }

    return {
        "total": scored,
        "defects": len(defects),
        "precision": round(true_findings / scored, 4) if scored else (1.0 if not defects else 0.0),
        "recall": round(len(matched_defects) / len(defects), 4) if defects else 1.0,
        "recall_incl_pending": round(len(matched_defects) / len(detectable), 4) if detectable else 1.0,
        "pending_defects": [
            {
                "id": d["id"],
                "kind": d["kind"],
                "notice_id": d.get("notice_id"),
                "detectable_on": d["detectable_on"],
                "promised_by": promised[d["id"]].isoformat(),
            }
            for d in pending
        ],
        "by_rule": {kind: rates(v) for kind, v in sorted(per_kind.items())},
        "by_rule_id": {rule: rates(v) for rule, v in sorted(per_rule.items())},
        "outage_false_alarms": outage_false,
        "unscored": dict(sorted(unscored.items())),
        "missed_defects": [
            {
                k: d.get(k)
                for k in ("id", "kind", "rule_id", "field", "project_number", "notice_id", "detectable_on")
            }
            for d in defects
            if d["id"] not in matched_defects
        ][:20],
        "false_findings": unmatched[:20],
    }


def _score_extraction(
    engine: Any, manifest: dict, postings: list[dict], mapping: dict[str, dict[str, str]]
) -> dict[str, Any]:
    """Field precision/recall/F1 of the stored records against the manifest's truth (taxonomy scoring)."""
    from extractors.scoring import Tally, score_fields

    posting_notice = {p["posting_id"]: p["notice_id"] for p in postings}
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT n.source_key, n.fields, n.notice_type, d.url FROM notices n JOIN documents d ON d.id = n.document_id"
        ).all()
    tally = Tally()
    type_ok = type_total = 0
    # per source too: the replica-scope acceptance of a source (pubwatch.acceptance) rests on its own
    # figures, not on the corpus's whole
    per_source: dict[str, list[Any]] = defaultdict(lambda: [Tally(), 0, 0])
    for source, fields, notice_type, durl in rows:
        pid = match_posting(mapping, source, durl)
        truth = manifest["notices"].get(posting_notice.get(pid or "", ""), None)
        if truth is None:
            continue
        predicted = json.loads(fields) if isinstance(fields, str) else dict(fields or {})
        gold = truth["fields"]
        if "publish_date" not in gold:  # the manifest does not record posting dates as fields
            predicted.pop("publish_date", None)
        mine = per_source[source]
        for fs in score_fields(predicted, gold):
            tally.add(fs)
            mine[0].add(fs)
        type_total += 1
        type_ok += int(notice_type == truth["notice_type"])
        mine[1] += 1
        mine[2] += int(notice_type == truth["notice_type"])
    return {
        "notices_scored": type_total,
        "precision": round(tally.precision, 4),
        "recall": round(tally.recall, 4),
        "f1": round(tally.f1, 4),
        "notice_type_accuracy": round(type_ok / type_total, 4) if type_total else None,
        "by_source": {
            src: {
                "notices_scored": n,
                "precision": round(t.precision, 4),
                "recall": round(t.recall, 4),
                "f1": round(t.f1, 4),
                "notice_type_accuracy": round(ok / n, 4) if n else None,
            }
            for src, (t, n, ok) in sorted(per_source.items())
        },
    }


# --- nights on demand (the year-end report's test and demo) -----------------------------------------


@contextmanager
def replica_nights(
    corpus: Path,
    db_url: str,
    first_day: dt.date,
    *,
    faults: bool = False,
    crawl_settings: dict[str, str] | None = None,
    jurisdiction: str = "quzhou",
) -> Iterator[Callable[[dt.date], dict[str, Any]]]:
    """Serve a generated corpus and yield ``night(day)``: one real crawl and check of that day.

    Why: a year of nights is too slow to run one by one in a test; visiting the year sparsely is
    enough, because the incremental crawl reaches back to the last complete night. ``faults=False``
    switches the corpus's outages off (they are tested elsewhere).
    """
    from monitor import run_checks
    from replica.server import run_in_thread

    engine = get_engine(db_url)
    init_db(engine)
    sources = publish_sources(engine)
    server = run_in_thread(corpus, first_day)
    if not faults:
        server._call(lambda: setattr(server.server.state, "outages", []))
        server.clear_faults()

    def night(day: dt.date) -> dict[str, Any]:
        server.set_date(day)
        run_crawl(
            day,
            db_url=db_url,
            site_urls=server.sites,
            settings=REPLICA_SETTINGS | dict(crawl_settings or {}),
            warm=True,  # many nights in one short-lived process: import the crawler once
        )
        return run_checks(engine, day, jurisdiction=jurisdiction, sources=sources, incremental=True)

    try:
        yield night
    finally:
        server.stop()
        engine.dispose()


def correct_posting(corpus: Path, notice_id: str, on: dt.date, added_html: str) -> int:
    """Make every posting of ``notice_id`` gain a new page version from ``on`` with ``added_html`` inserted
    before its closing signature lines — what a unit does when it corrects a page (整改). Returns how many
    postings changed (0: no such notice, or a page layout without the signature lines)."""
    path = corpus / "postings.jsonl"
    lines, changed = [], 0
    marker = '<p style="text-align:right">'
    for line in path.read_text("utf-8").splitlines():
        p = json.loads(line)
        if p["notice_id"] == notice_id:
            html = p["versions"][-1]["html"]
            cut = html.rfind(marker, 0, html.rfind(marker))
            if cut > 0:
                p["versions"].append({"from": on.isoformat(), "html": html[:cut] + added_html + html[cut:]})
                changed += 1
        lines.append(json.dumps(p, ensure_ascii=False))
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return changed
