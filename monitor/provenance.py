"""A missing posting only an unverified channel could have shown is a question, not a violation.

Why: the registry marks every channel with its evidence (``channels.evidence``: a citation, or
"none"). When the one place a missing follow-up would appear — or the silent channel itself — is a
channel nobody outside the project has ever seen, the gap may be pubwatch's own (a wrong column ID,
a wrong type), so it goes to the supervision office as a question about the channel
(``severity = "question"``, routed to :data:`QUESTION_UNIT`), and the unit is not accused. The kind
of finding is kept, so it stays comparable across nights.
"""

from __future__ import annotations

from sqlalchemy import Connection, select, update

from monitor import scratch as T
from monitor.catalog import Catalog
from storage.models import Channel

#: findings about a missing posting
MISSING_KINDS = ("missing_followup", "channel_silent")
#: not a unit: the office reads these (alerts send a unit only findings naming it)
QUESTION_UNIT = "监管办公室（渠道待核实）"
QUESTION = "question"
PROVINCIAL = "330000"


def _verified(evidence: str | None) -> bool | None:
    """True/False for a synced channel; None when the database predates provenance (unknown)."""
    if evidence is None:
        return None
    text = evidence.strip().lower()
    return bool(text) and not (text == "none" or text.startswith(("none:", "none ")))


def flag_unverified(conn: Connection, catalog: Catalog) -> int:
    """Turn missing-posting candidates that only unverified channels could show into questions for
    the office; returns how many. Runs after the primary units are assigned, before the merge."""
    chans = conn.execute(select(Channel.source_key, Channel.channel_key, Channel.domain, Channel.notice_type,
                                Channel.region, Channel.evidence)).all()
    if not chans:
        return 0
    then = {r.rule_id: list(r.params.get("then") or []) for r in catalog.by_check("followup")}
    by_key = {(c.source_key, c.channel_key): _verified(c.evidence) for c in chans}
    c = T.cand
    rows = conn.execute(select(c.c.key, c.c.rule_id, c.c.kind, c.c.region, c.c.source_key, c.c.value1)
                        .where(c.c.kind.in_(MISSING_KINDS))).all()
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
            _verified(ch.evidence) for ch in chans
            if ch.region in (region, PROVINCIAL)
            and any(ch.notice_type == t or (not ch.notice_type and ch.domain == t.split(".", 1)[0]) for t in types)
        ]
        if could and all(v is False for v in could):
            flagged.append(row.key)
    for i in range(0, len(flagged), 500):
        conn.execute(update(c).where(c.c.key.in_(flagged[i:i + 500]))
                     .values(severity=QUESTION, responsible_unit=QUESTION_UNIT, primary_unit=QUESTION_UNIT))
    return len(flagged)
