"""Corpus generation: projects → notices → postings.jsonl + manifest.json (docs/architecture.md)."""

from __future__ import annotations

import datetime as dt
import html as htmlmod
import json
import random
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from . import money as M
from . import notices_construction as NC
from . import notices_procurement as NP
from . import notices_public as NPub
from . import notices_resources as NR
from . import projects as PJ
from .channels import channel_for, served_channel
from .fill import top_up
from .notices_base import Builder
from .pools import REGION_CODES
from .render import LAYOUTS, render
from .rules import CONSISTENCY, CONTENT_ONLY_TYPES, OUTAGE_MODES, PLANTABLE, TENDER_FOLLOWUP_WD
from .workdays import add_working_days, last_supported_date

D = dt.timedelta
DEFAULT_START = dt.date(2026, 1, 5)
DEFAULT_DAYS = 120
DEFECT_RATE = 0.12
FILL_DAYS = 45  # fill.py: every channel has a posting published in the corpus's last 45 days

PlanFn = Callable[..., tuple[dict[str, Any], list[PJ.Sched]]]
# (weight, plan, needs a city site, defect kinds it can plant)
PLANS: list[tuple[float, PlanFn, bool, tuple[str, ...]]] = [
    (
        30,
        PJ.plan_procurement,
        True,
        (
            "missing_field",
            "late_posting",
            "missing_followup",
            "removed_early",
            "silent_edit",
            "value_mismatch",
        ),
    ),
    (3, PJ.plan_procurement_oversight, False, ("late_posting", "missing_field")),
    (
        22,
        PJ.plan_construction,
        True,
        (
            "missing_field",
            "late_posting",
            "missing_followup",
            "not_shared",
            "removed_early",
            "silent_edit",
            "value_mismatch",
        ),
    ),
    (2, PJ.plan_construction_credit, False, ()),
    (7, PJ.plan_land, True, ("missing_field", "late_posting", "not_shared", "silent_edit")),
    (1, PJ.plan_land_supply, False, ("late_posting", "missing_field")),
    (3, PJ.plan_mining, True, ("missing_field", "late_posting")),
    (7, PJ.plan_property, True, ("missing_field", "late_posting", "not_shared", "removed_early")),
    (4, PJ.plan_emission, True, ("missing_field", "late_posting")),
    (6, PJ.plan_housing, False, ("late_posting", "missing_field")),
    (10, PJ.plan_admin, False, ("late_posting", "missing_field")),
]
CONTENT_ONLY_RATE = 0.04  # share of eligible notices of clean projects published as a scan / file only
HANWEB_FAMILY = frozenset({"qz_hanweb", "kecheng", "qujiang", "kaihua", "changshan"})
SINGLETONS = [PJ.plan_admin, PJ.plan_procurement_oversight, PJ.plan_construction_credit, PJ.plan_land_supply]

_BY_TYPE: dict[str, Callable[..., Builder]] = {}
for _k, _f in NP.BUILDERS.items():
    _BY_TYPE[f"procurement.{_k}"] = _f
for _k, _f in NC.BUILDERS.items():
    _BY_TYPE[f"construction.{_k}"] = _f
_BY_TYPE.update(NR.BUILDERS)
_BY_TYPE.update(NPub.BUILDERS)
NOTICE_TYPES: tuple[str, ...] = tuple(sorted(_BY_TYPE))


def _reprint(printed: str, old: Any, new: Any) -> str:
    """Print ``new`` in the same form ``old`` was printed in (for edited versions)."""
    for form in M.MONEY_FORMS:
        if form(old) == printed:
            return form(new)
    return printed.replace(str(old), str(new))


class Generator:
    """Holds the random stream, counters and output files of one generation run."""

    def __init__(self, seed: int, start: dt.date, days: int, out: TextIO) -> None:
        self.rng = random.Random(seed)
        self.seed = seed
        self.start = start
        self.end = start + D(days=days - 1)
        self.out = out
        self.notices: dict[str, Any] = {}
        self.defects: list[dict[str, Any]] = []
        self.n_postings = 0
        self.site_seq: dict[str, int] = {}
        self.n_notice = 0
        self.n_project = 0
        self._emitted: set[str] = set()
        self._fields: dict[str, dict[str, Any]] = {}  # truth of the project's notices so far, by type
        # postings online at the end and published in its last FILL_DAYS, per (site, served channel):
        # what fill.py tops up (counting changes no random draw)
        self.fresh: Counter[tuple[str, str]] = Counter()
        self.fresh_since = max(start, self.end - D(days=FILL_DAYS - 1))

    # ---- one project
    def project(self, plan: PlanFn, needs_city: bool, kinds: tuple[str, ...], start: dt.date) -> int:
        rng = self.rng
        region = rng.choice(REGION_CODES)
        defect = rng.choice(kinds) if kinds and rng.random() < DEFECT_RATE else None
        self.n_project += 1
        pid = f"P{self.n_project:06d}"
        args: list[Any] = [rng, region, start, self.n_project, defect]
        if needs_city:
            args.append("qz_epoint" if rng.random() < 0.6 else "qz_hanweb")
        p, scheds = plan(*args)
        live = [s for s in scheds if self.start <= s.pd <= self.end]
        if defect == "missing_field":
            self._plant_missing(live)
        elif defect is None:
            for s in live:
                if s.type in CONTENT_ONLY_TYPES and rng.random() < CONTENT_ONLY_RATE:
                    s.content = "image_only" if rng.random() < 0.5 else "attachment_only"
        self._emitted = set()
        self._fields = {}
        for s in live:
            self.notice(pid, p, s)
        return len(live)

    def _plant_missing(self, live: list[PJ.Sched]) -> None:
        """Drop one plantable key (rules.PLANTABLE) from one published notice of the project."""
        # a 探矿权 notice is never planted: PLANTABLE's mining keys are those of a 采矿权 notice
        options = [s for s in live if s.type in PLANTABLE and not s.defect and not s.n.get("exploration")]
        if options:
            s = self.rng.choice(options)
            s.defect, s.drop_field = "missing_field", self.rng.choice(PLANTABLE[s.type])

    def _layout(self, s: PJ.Sched, b: Builder) -> str:
        """The layout of a notice: forced by its builder or content, else by its first site and type."""
        rng = self.rng
        first = s.sites[0]
        if s.content:
            return s.content
        if b.layout:
            return b.layout
        if first == "qz_portal":
            return "portal_meta"
        if first == "zfcg":
            return (
                "zcy_hooks" if rng.random() < 0.7 else rng.choice((*LAYOUTS, "summary_grid", "traditional"))
            )
        r = rng.random()
        if first == "qz_epoint" and r < 0.3:
            return "epoint_td"
        if first in HANWEB_FAMILY and r < 0.2:
            return "hanweb_fullpage"
        r = rng.random()
        if (
            s.type in ("construction.result", "construction.candidates", "construction.bid_opening")
            and r < 0.3
        ):
            return "report_grid"
        if s.type.endswith((".tender", ".prequalification", ".transfer_notice")) and r < 0.15:
            return "summary_grid"
        if r > 0.85:
            return "traditional"
        return rng.choice(LAYOUTS)

    def _posting_id(self, site: str) -> tuple[str, int]:
        seq = self.site_seq.get(site, 0) + 1
        self.site_seq[site] = seq
        return f"{site}-{seq:07d}", seq  # the site's serial of the posting is seq (base._assign_serials)

    def notice(self, pid: str, p: dict[str, Any], s: PJ.Sched) -> None:
        rng = self.rng
        self.n_notice += 1
        nid = f"N{self.n_notice:07d}"
        s.n["pd"] = s.pd
        s.n["nid"] = nid
        b = _BY_TYPE[s.type](rng, p, s.n)
        if s.drop_field:
            b.c.drop(s.drop_field)
            b.f.pop(s.drop_field, None)
            b.f["title"] = b.c.title  # the drop may take the item's words out of the title too
        b.c.published = s.pd.isoformat()
        layout = self._layout(s, b)
        if s.content:
            if not b.c.attachments or (s.content == "image_only" and rng.random() < 0.5):
                b.c.attachments = (
                    [(f"{b.c.title}.pdf", f"/files/{nid}/notice.pdf")]
                    if s.content == "attachment_only"
                    else []
                )
            b.f = {"title": b.c.title, "publish_date": s.pd.isoformat()}
        body = render(b.c, layout, rng, image_url=f"/files/{nid}/notice.jpg")
        versions = [{"from": s.pd.isoformat(), "html": body}]
        if s.edit is not None and not s.content and s.pd < s.edit[2] <= self.end:
            key, new, vfrom, _silent = s.edit
            old = b.f.get(key)
            printed = next((pr for k, _l, pr in b.c.items if k == key), None)
            if printed is not None and old is not None:
                new_printed = _reprint(printed, old, new)
                body2 = body.replace(
                    htmlmod.escape(printed, quote=False), htmlmod.escape(new_printed, quote=False)
                )
                if body2 != body:
                    versions.append({"from": vfrom.isoformat(), "html": body2})
        domain = s.type.split(".", 1)[0]
        hour, minute = rng.randint(8, 18), rng.randint(0, 59)
        attachments = [{"name": n, "url": u} for n, u in b.c.attachments]
        posting_ids = []
        sites = [x for x in s.sites if not (s.skip_zjggzy and x == "zjggzy")]
        for i, site in enumerate(sites):
            post_id, serial = self._posting_id(site)
            posting_ids.append(post_id)
            removed = s.removed.get(site)
            channel = s.channels.get(site) or channel_for(site, s.type)
            if s.pd >= self.fresh_since and (removed is None or removed > self.end + D(days=1)):
                self.fresh[(site, served_channel(site, channel, serial))] += 1
            rec = {
                "posting_id": post_id,
                "notice_id": nid,
                "project_id": pid,
                "site": site,
                "channel": channel,
                "region": p["region"],
                "domain": domain,
                "notice_type": s.type,
                "title": b.c.title,
                "publish_date": s.pd.isoformat(),
                "publish_time": f"{s.pd.isoformat()} {hour:02d}:{min(59, minute + 3 * i):02d}:{rng.randint(0, 59):02d}",
                "removed_on": removed.isoformat() if removed else None,
                "versions": versions,
                "layout": layout,
                "attachments": attachments,
            }
            self.out.write(json.dumps(rec, ensure_ascii=False))
            self.out.write("\n")
        self.n_postings += len(posting_ids)
        number = b.f.get("project_number") or p.get("number")
        record = {
            "domain": domain,
            "notice_type": s.type,
            "project_id": pid,
            "project_number": number,
            "region": p["region"],
            "publish_date": s.pd.isoformat(),
            "fields": b.f,
            "postings": posting_ids,
        }
        if s.content:
            record["content"] = s.content
        self.notices[nid] = record
        self._fields[s.type] = b.f
        if s.defect:
            self._record(s, nid, pid, number, b, versions, posting_ids, sites)
        self._emitted.add(s.type)

    def _record(
        self,
        s: PJ.Sched,
        nid: str,
        pid: str,
        number: str | None,
        b: Builder,
        versions: list[dict[str, str]],
        posting_ids: list[str],
        sites: list[str],
    ) -> None:
        kind = s.defect
        details: dict[str, Any] = {}
        field = None
        if kind == "missing_field":
            from .rules import FIELD_RULES

            field = s.drop_field
            rule, detect = FIELD_RULES.get((s.type, field or ""), f"{s.type}.fields"), s.pd
        elif kind == "late_posting":
            from .rules import DEADLINES

            field, wd = DEADLINES[s.type]
            event = dt.date.fromisoformat(b.f[field])
            deadline = add_working_days(event, wd)
            rule, detect = f"{s.type}.deadline", s.pd
            details = {
                "event_date": event.isoformat(),
                "deadline": deadline.isoformat(),
                "published": s.pd.isoformat(),
            }
        elif kind == "missing_followup":
            if s.type.endswith(".tender"):
                deadline = add_working_days(s.n["deadline"], TENDER_FOLLOWUP_WD)
                rule, field = f"{s.type}.followup", "result"
            else:
                deadline = add_working_days(s.pd + D(days=30), 2)
                rule, field = "procurement.contract.followup", "contract"
            detect = deadline + D(days=1)
            details = {"deadline": deadline.isoformat()}
        elif kind == "not_shared":
            deadline = add_working_days(s.pd, 1)
            rule, detect = "share.zjggzy", deadline + D(days=1)
            details = {"site": sites[0], "deadline": deadline.isoformat()}
        elif kind == "removed_early":
            site, removed = next(iter(s.removed.items()))
            rule, detect = f"{s.type}.publicity", removed
            field = "publicity_end"
            details = {
                "site": site,
                "posting_id": posting_ids[sites.index(site)],
                "removed_on": removed.isoformat(),
                "publicity_end": b.f["publicity_end"],
            }
        elif kind == "silent_edit":
            if len(versions) < 2:
                return
            rule, field, detect = (
                "silent_edit",
                s.edit[0] if s.edit else None,
                dt.date.fromisoformat(versions[1]["from"]),
            )
            details = {"old": b.f.get(field or ""), "new": s.edit[1] if s.edit else None}
        elif kind == "value_mismatch":
            res = self._fields.get(CONSISTENCY[s.type])
            if CONSISTENCY[s.type] not in self._emitted or res is None:
                return  # the result was published before the corpus range: nothing to compare
            rule, detect = f"{s.type}.consistency", s.pd
            if b.f.get("winner") != res.get("winner"):
                # a different supplier is its own rule (docs/rules.md): <domain>.winner.consistency
                rule, field = f"{s.type.split('.')[0]}.winner.consistency", "winner"
                details = {"result_winner": res.get("winner"), "contract_winner": b.f.get("winner")}
            else:
                field = "amount"
                details = {"result_amount": res.get("amount"), "contract_amount": b.f.get("contract_amount")}
        else:  # pragma: no cover - plan functions only set known kinds
            raise ValueError(kind)
        if detect > self.end:
            return
        self.defects.append(
            {
                "id": "",
                "kind": kind,
                "rule_id": rule,
                "notice_id": nid,
                "project_id": pid,
                "project_number": number,
                "field": field,
                "detectable_on": detect.isoformat(),
                "details": details,
            }
        )

    def outages(self) -> list[dict[str, str]]:
        from .channels import SITES

        rng = self.rng
        days = (self.end - self.start).days + 1
        seen: set[tuple[str, str]] = set()
        out = []
        for _ in range(max(3, days // 12)):
            site = rng.choice(SITES)
            day = (self.start + D(days=rng.randrange(days))).isoformat()
            if (site, day) in seen:
                continue
            seen.add((site, day))
            mode = rng.choice(OUTAGE_MODES)
            if site == "ccgp" and rng.random() < 0.5:
                mode = "botcheck200"
            out.append({"site": site, "date": day, "mode": mode})
        out.sort(key=lambda o: (o["date"], o["site"]))
        return out


def generate(
    seed: int,
    notices: int,
    out_dir: str | Path,
    start_date: dt.date | str = DEFAULT_START,
    days: int = DEFAULT_DAYS,
    fill: bool = True,
) -> dict[str, Any]:
    """Write ``postings.jsonl`` and ``manifest.json`` into ``out_dir``; return the manifest.

    Deterministic: the same arguments give byte-identical files (one ``random.Random(seed)`` for
    the main corpus, one per filled channel; no clock).  ``notices`` is met exactly by the main
    corpus (projects are cut only at their natural end; the last few notices come from
    single-notice projects); with ``fill`` (fill.py) the notices that give every channel a recent
    posting come after them (``fill_notices`` of the manifest; ``notice_count`` counts both).
    """
    if isinstance(start_date, str):
        start_date = dt.date.fromisoformat(start_date)
    if notices < 1:
        raise ValueError("notices must be >= 1")
    if days < 30:
        raise ValueError("days must be >= 30 so that lifecycles fit")
    end = start_date + D(days=days - 1)
    if end + D(days=120) > last_supported_date():
        raise ValueError(
            f"the working-day calendar ends {last_supported_date()}; choose a range ending "
            f"at least 120 days earlier (end {end})"
        )
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    weights = [w for w, *_ in PLANS]
    with (out / "postings.jsonl").open("w", encoding="utf-8", newline="\n") as fh:
        g = Generator(seed, start_date, days, fh)
        rng = g.rng
        while g.n_notice < notices:
            remaining = notices - g.n_notice
            if remaining > 10:
                _w, plan, city, kinds = rng.choices(PLANS, weights)[0]
                lead = 60 if plan in (PJ.plan_procurement, PJ.plan_construction) else 30
                g.project(plan, city, kinds, start_date + D(days=rng.randrange(-lead, days)))
            else:
                plan = rng.choice(SINGLETONS)
                kinds = next(k for _w, f, _c, k in PLANS if f is plan)
                g.project(plan, False, kinds, start_date + D(days=rng.randrange(0, max(1, days - 45))))
        outages = g.outages()
        filled = top_up(g, NOTICE_TYPES) if fill else 0
    g.defects.sort(key=lambda d: (d["detectable_on"], d["notice_id"], d["kind"]))
    for i, d in enumerate(g.defects, 1):
        d["id"] = f"D{i:05d}"
    manifest = {
        "seed": seed,
        "start_date": start_date.isoformat(),
        "end_date": end.isoformat(),
        "postings": g.n_postings,
        "notice_count": g.n_notice,
        "fill_notices": filled,
        "project_count": g.n_project,
        "notices": g.notices,
        "defects": g.defects,
        "outages": outages,
    }
    with (out / "manifest.json").open("w", encoding="utf-8", newline="\n") as fh:
        json.dump(manifest, fh, ensure_ascii=False)
    return manifest
