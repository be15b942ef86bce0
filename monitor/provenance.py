"""A missing posting only an unverified channel could have shown is a question, not a violation.

Why: the registry marks every channel with its evidence (``channels.evidence``: a citation, or
"none"). When the one place a missing follow-up would appear — or the silent channel itself — is a
channel nobody outside the project has ever seen, the gap may be pubwatch's own (a wrong column ID,
a wrong type), so it goes to the supervision office as a question about the channel
(``severity = "question"``, routed to :data:`QUESTION_UNIT`), and the unit is not accused. The kind
of finding is kept, so it stays comparable across nights.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, and_, select, update
from sqlalchemy.sql import ColumnElement

from monitor import worktables
from monitor.catalog import Catalog
from storage.models import Channel, CrawlHealth
from vocabulary import is_verified

#: findings about a missing posting
MISSING_KINDS = ("missing_followup", "channel_silent")
#: not a unit: the office reads these (alerts send a unit only findings naming it)
QUESTION_UNIT = "监管办公室（渠道待核实）"
QUESTION = "question"
PROVINCIAL = "330000"


def _verified(evidence: str | None) -> bool | None:
    """True/False for a synced channel; None when the database predates provenance (unknown)."""
    return None if evidence is None else is_verified(evidence)


TYPE_MISMATCH = "type_mismatch"

#: the channel registry's columns this module reads (``monitor.incremental`` hashes exactly these, so a
#: change to any of them makes the follow-up checks run in full)
CHANNEL_FACTS = (
    Channel.source_key,
    Channel.channel_key,
    Channel.domain,
    Channel.notice_type,
    Channel.region,
    Channel.evidence,
)


def incomplete_near(as_of: dt.date, lookback_days: int) -> ColumnElement[bool]:
    """A crawl-health row of an incomplete crawl within ``lookback_days`` of ``as_of``: an outage, on
    which no missing posting is blamed (the checks, and the incremental state that follows them)."""
    h = CrawlHealth.__table__
    return and_(
        h.c.complete.is_(False),
        h.c.night <= as_of,
        h.c.night >= as_of - dt.timedelta(days=lookback_days),
    )


def mismatched_channels(conn: Connection, as_of: dt.date, lookback_days: int = 3) -> set[tuple[str, str]]:
    """Channels whose notices disagreed with their declared type on a recent night (crawl health
    says ``type_mismatch``): their declared type is not trusted by the checks."""
    rows = conn.execute(
        select(CrawlHealth.source_key, CrawlHealth.channel_key).where(
            CrawlHealth.night <= as_of,
            CrawlHealth.night >= as_of - dt.timedelta(days=lookback_days),
            CrawlHealth.note.like(TYPE_MISMATCH + "%"),
        )
    ).all()
    return {(r.source_key, r.channel_key) for r in rows}


def flag_unverified(
    conn: Connection, catalog: Catalog, as_of: dt.date | None = None, lookback_days: int = 3
) -> int:
    """Turn missing-posting candidates that only unverified channels could show into questions for
    the office; returns how many. Runs after the primary units are assigned, before the merge.

    A channel whose notices disagree with its declared type (``type_mismatch`` in recent health)
    counts as unverified, and only by its domain: the checks do not lean on a type it does not hold.
    """
    chans = conn.execute(select(*CHANNEL_FACTS)).all()
    if not chans:
        return 0
    odd = mismatched_channels(conn, as_of, lookback_days) if as_of is not None else set()
    then = {r.rule_id: list(r.params.get("then") or []) for r in catalog.by_check("followup")}
    by_key = {
        (c.source_key, c.channel_key): (
            False if (c.source_key, c.channel_key) in odd else _verified(c.evidence)
        )
        for c in chans
    }
    c = worktables.cand
    rows = conn.execute(
        select(c.c.key, c.c.rule_id, c.c.kind, c.c.region, c.c.source_key, c.c.value1).where(
            c.c.kind.in_(MISSING_KINDS)
        )
    ).all()
    flagged = []
    for row in rows:
        if row.kind == "channel_silent":
            verdict = by_key.get((row.source_key, row.value1))
            if verdict is False:
                flagged.append(row.key)
            continue
        types = then.get(row.rule_id) or []
        region = (row.region or "")[:6]
        could = [
            by_key[(ch.source_key, ch.channel_key)]
            for ch in chans
            if ch.region in (region, PROVINCIAL)
            and any(_carries(ch, t, (ch.source_key, ch.channel_key) in odd) for t in types)
        ]
        if could and all(v is False for v in could):
            flagged.append(row.key)
    for i in range(0, len(flagged), 500):
        conn.execute(
            update(c)
            .where(c.c.key.in_(flagged[i : i + 500]))
            .values(severity=QUESTION, responsible_unit=QUESTION_UNIT, primary_unit=QUESTION_UNIT)
        )
    return len(flagged)


def _carries(channel: object, notice_type: str, untrusted_type: bool) -> bool:
    """Whether a channel could list notices of ``notice_type`` (by its declared type, or by its
    domain when it declares none or its declared type is not trusted)."""
    declared = getattr(channel, "notice_type", None)
    domain = notice_type.split(".", 1)[0]
    if declared and not untrusted_type:
        return declared == notice_type
    return getattr(channel, "domain", None) == domain
