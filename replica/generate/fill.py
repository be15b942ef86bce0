"""Top up the channels the main corpus leaves without a recent posting.

The main corpus draws projects at random, so a small corpus leaves many channels empty and some
channels the evidence shows (zjggzy's 磋商/谈判/询价, qz_epoint's 其他) are reached by no project
at all. A readiness probe of the healthy replica would then flag them as emptied. After the main
corpus (and its outages) is drawn, every channel of every site's catalogue (channels.catalogue)
with fewer than ``FILL_MIN`` postings published in the corpus's last ``FILL_DAYS`` days and online
at its end gets clean projects whose LAST notice in the range is of the channel's kind
(channels.FILL_KINDS, else the types the site routes there) and is listed in it.

Each channel draws from its own ``random.Random`` seeded from (seed, site, channel), so the main
corpus is unchanged byte for byte and the added notices follow it (later notice, project and
posting numbers). A filled project is clean (no planted defect, no content-only notice) and its
target notice is its last one in the range, so nothing it publishes is overdue at the end.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from . import projects as PJ
from .channels import (
    CITY_SITES,
    COUNTY_SITE,
    FILL_KINDS,
    REPUBLISHERS,
    SIBLINGS,
    SITES,
    catalogue,
    fill_route,
)
from .pools import REGION_CODES

if TYPE_CHECKING:
    from .core import Generator

D = dt.timedelta
FILL_MIN = 1  # postings a channel must hold (published in the last FILL_DAYS, online at the end)
MAX_PROJECTS = 12  # per channel (a routed channel with n siblings keeps 1 in n+1 of its postings)
MAX_ATTEMPTS = 4000  # project draws per added project; a draw costs microseconds
Kind = tuple[str, str | None]  # (notice type, forced procurement method or None)

# the plan that publishes a type, and whether it takes the city site (core.PLANS)
_TYPE_PLANS: dict[str, tuple[Callable[..., Any], bool]] = {
    "construction.credit": (PJ.plan_construction_credit, False),
    "land.supply_plan": (PJ.plan_land_supply, False),
    "procurement.complaint_decision": (PJ.plan_procurement_oversight, False),
    "procurement.penalty": (PJ.plan_procurement_oversight, False),
    "procurement.agency_assessment": (PJ.plan_procurement_oversight, False),
}
_DOMAIN_PLANS: dict[str, tuple[Callable[..., Any], bool]] = {
    "procurement": (PJ.plan_procurement, True),
    "construction": (PJ.plan_construction, True),
    "land": (PJ.plan_land, True),
    "mining": (PJ.plan_mining, True),
    "property": (PJ.plan_property, True),
    "emission": (PJ.plan_emission, True),
    "housing": (PJ.plan_housing, False),
    "admin": (PJ.plan_admin, False),
}
_REGION_OF_SITE = {site: region for region, site in COUNTY_SITE.items()}


def kinds_of(site: str, code: str, notice_types: Iterable[str]) -> tuple[Kind, ...]:
    """The kinds of notice ``code`` on ``site`` holds: FILL_KINDS, else the types routed to it (or,
    for an evidence sibling, to the channel it sits beside)."""
    explicit = FILL_KINDS.get(site, {}).get(code)
    if explicit:
        return explicit
    key = next((k for k, sibs in SIBLINGS.get(site, {}).items() if code in sibs), code)
    return tuple((t, None) for t in sorted(notice_types) if fill_route(site, t, None) == key)


def top_up(g: Generator, notice_types: Iterable[str]) -> int:
    """Add clean projects until every catalogue channel holds FILL_MIN recent postings; return the
    number of notices added."""
    types = tuple(notice_types)
    before = g.n_notice
    for site in SITES:
        for code in catalogue(site):
            kinds = kinds_of(site, code, types)
            if not kinds:
                continue
            rng = random.Random(f"replica-fill:{g.seed}:{site}:{code}")
            for _ in range(MAX_PROJECTS):
                if g.fresh[(site, code)] >= FILL_MIN:
                    break
                drawn = _draw(g, rng, site, code, kinds)
                if drawn is None:
                    break
                _emit(g, rng, *drawn)
    return g.n_notice - before


def _draw(
    g: Generator, rng: random.Random, site: str, code: str, kinds: tuple[Kind, ...]
) -> tuple[dict[str, Any], list[PJ.Sched]] | None:
    """A clean project whose last notice in the range is of one of ``kinds``, recent, and listed on
    ``site`` under ``code`` (the site added where it republishes or FILL_KINDS names the channel)."""
    explicit = code in FILL_KINDS.get(site, {})
    for _ in range(MAX_ATTEMPTS):
        notice_type, method = rng.choice(kinds)
        plan, needs_city = _TYPE_PLANS.get(notice_type) or _DOMAIN_PLANS[notice_type.split(".", 1)[0]]
        region = _REGION_OF_SITE.get(site) or ("330800" if site in CITY_SITES else rng.choice(REGION_CODES))
        start = g.end - D(days=rng.randrange(1, 150))
        args: list[Any] = [rng, region, start, g.n_project + 1, None]
        if needs_city:
            args.append(site if site in CITY_SITES else rng.choice(CITY_SITES))
        p, scheds = plan(*args, force_method=method) if method else plan(*args)
        live = [s for s in scheds if g.start <= s.pd <= g.end]
        if not live:
            continue
        last = max(live, key=lambda s: s.pd)
        if (
            last.type != notice_type
            or last.pd < g.fresh_since
            or any(s.pd == last.pd and s is not last for s in live)
        ):
            continue
        removed = last.removed.get(site)
        if removed is not None and removed <= g.end + D(days=1):
            continue
        if site not in last.sites and not (explicit or site in REPUBLISHERS):
            continue
        if site in REPUBLISHERS:  # a republisher lists every notice of the project it has a channel for
            for s in live:
                route = fill_route(site, s.type, p.get("method"))
                if route is not None and site not in s.sites:
                    s.sites.append(site)
                    s.channels[site] = route
        if site not in last.sites:
            last.sites.append(site)
        last.channels[site] = code
        return p, live
    return None


def _emit(g: Generator, rng: random.Random, p: dict[str, Any], live: list[PJ.Sched]) -> None:
    """Publish the project's notices with the channel's own random stream."""
    g.n_project += 1
    pid = f"P{g.n_project:06d}"
    saved, g.rng = g.rng, rng
    try:
        g._emitted = set()
        g._fields = {}
        for s in live:
            g.notice(pid, p, s)
    finally:
        g.rng = saved
