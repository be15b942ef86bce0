"""The ONE primary 责任单位 of each finding, chosen after the checks, in one UPDATE of the candidates.

Why: the plan names several units per domain ("市自然资源和规划局，市公共资源交易中心，各县(市、区)政府"),
so a finding addressed to that list reaches nobody who feels responsible. A county notice goes to
that county's government; a city notice to the lead department of its domain (or, for admin
decisions, to the issuing body the page names). The mapping is data (units.toml ``[primary]``) that the
office corrects; the plan's list is kept on the finding as ``plan_units``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Connection, String, and_, case, func, literal, null, or_, select, update

from monitor import worktables
from monitor.catalog import Catalog
from storage.models import NoticeField
from vocabulary import REVIEW_UNIT, UNKNOWN_UNIT

f_ = NoticeField.__table__


def assign_primary_units(conn: Connection, catalog: Catalog, rules_dir: Path | None = None) -> list[str]:
    """Move each candidate's plan list to ``plan_units`` and set ``responsible_unit`` to its primary unit.

    The unit is then written in its canonical spelling of the directory (monitor/directory.py); a
    name the directory does not know (an issuing body stated on a page, say) is not made a unit: the
    finding goes to the domain's lead department and the name is returned, to be reported.
    """
    p = catalog.primary
    worktables.bulk(conn, worktables.preg, [{"region": k, "unit": v} for k, v in p.by_region.items()])
    domains = set(p.by_domain) | set(p.issuer_key)
    worktables.bulk(
        conn,
        worktables.pdom,
        [
            {"domain": d, "unit": p.by_domain.get(d), "issuer_key": p.issuer_key.get(d)}
            for d in sorted(domains)
        ],
    )
    c = worktables.cand
    county = (
        select(worktables.preg.c.unit)
        .where(worktables.preg.c.region == func.substr(c.c.region, 1, 6))
        .scalar_subquery()
    )
    issuer = (
        select(func.min(func.substr(func.trim(f_.c.value_text), 1, 200)))
        .select_from(
            f_.join(
                worktables.pdom,
                and_(worktables.pdom.c.domain == c.c.domain, f_.c.key == worktables.pdom.c.issuer_key),
            )
        )
        .where(
            f_.c.notice_id == c.c.notice_id, f_.c.value_text.is_not(None), func.trim(f_.c.value_text) != ""
        )
        .scalar_subquery()
    )
    lead = select(worktables.pdom.c.unit).where(worktables.pdom.c.domain == c.c.domain).scalar_subquery()
    default = literal(p.default, String) if p.default else c.c.responsible_unit
    conn.execute(
        update(c)
        .values(
            plan_units=c.c.responsible_unit,
            responsible_unit=func.coalesce(
                func.nullif(func.trim(c.c.primary_unit), ""), county, issuer, lead, default
            ),
        )
        .where(or_(c.c.plan_units.is_(None), c.c.plan_units == ""))
    )
    return canonicalise_units(conn, catalog.jurisdiction, rules_dir)


def canonicalise_units(conn: Connection, jurisdiction: str, rules_dir: Path | None = None) -> list[str]:
    """Rewrite every candidate's ``responsible_unit`` to its canonical name; unknown names → lead unit."""
    from monitor.directory import load_directory

    directory = load_directory(jurisdiction, rules_dir)
    c = worktables.cand
    names = [n for n in conn.scalars(select(c.c.responsible_unit).distinct()) if n]
    unknown: list[str] = []
    for name in names:
        if name == REVIEW_UNIT:  # extraction gaps go to the office's review list, never to a unit
            continue
        canon = directory.canonical(name)
        if canon == name:
            continue
        if canon is not None:
            conn.execute(update(c).where(c.c.responsible_unit == name).values(responsible_unit=canon))
            continue
        unknown.append(name)
        lead = select(worktables.pdom.c.unit).where(worktables.pdom.c.domain == c.c.domain).scalar_subquery()
        fallback = literal(directory.default or UNKNOWN_UNIT, String)
        conn.execute(
            update(c)
            .where(c.c.responsible_unit == name)
            .values(responsible_unit=func.coalesce(lead, fallback))
        )
    return sorted(unknown)


def notice_unit_sql(catalog: Catalog, region_col: Any, domain_col: Any, notice_id_col: Any) -> Any:
    """The primary 责任单位 of a stored notice, as a SQL expression — the same choice as the findings'.

    Why: dashboards and the 考核 count a unit's notices (the denominators) next to its findings; both
    must name the unit the same way, or a unit's rate mixes two spellings. Order of choice as
    ``assign_primary_units``: county government by region → the issuing body the page names (domains
    in ``[primary.issuer]``) → the domain's lead department → ``default``. The ONE function the
    dashboards and reports call, so the directory of units can replace it in one place.
    """
    p = catalog.primary
    region6 = func.substr(region_col, 1, 6)
    county = (
        case(*[(region6 == code, literal(unit, String)) for code, unit in p.by_region.items()], else_=null())
        if p.by_region
        else null()
    )
    issuers = []
    for domain, key in p.issuer_key.items():
        named = (
            select(func.min(func.substr(func.trim(f_.c.value_text), 1, 200)))
            .where(
                f_.c.notice_id == notice_id_col,
                f_.c.key == key,
                f_.c.value_text.is_not(None),
                func.trim(f_.c.value_text) != "",
            )
            .scalar_subquery()
        )
        issuers.append((domain_col == domain, named))
    issuer = case(*issuers, else_=null()) if issuers else null()
    lead = (
        case(*[(domain_col == d, literal(u, String)) for d, u in p.by_domain.items()], else_=null())
        if p.by_domain
        else null()
    )
    return func.coalesce(county, issuer, lead, literal(p.default or "", String))
