"""One finding per gap: candidates raised on each platform copy of one notice collapse into one.

Why: the same notice is shared to several platforms (the city's trading site, the province's, the
procurement network), and each copy is a notice row of its own. A per-notice check therefore raised
the same gap once per copy — and, since copies may carry different region codes, routed them to
different units (an emission notice to both 市生态环境局 and 柯城区人民政府). This step runs after the
checks and before the primary unit is chosen: candidates of one rule, one field and one notice
(same notice type, same title, same project) are one gap; the copy kept is one read from an accepted
source when there is one (issue 12, ``monitor.unaccepted``), then the one with the most specific region
(a county's code before the city's or none), then the oldest notice row, so the choice is the same
every night and the finding's key does not churn.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, delete, select

from monitor import worktables
from vocabulary import SOURCE_UNACCEPTED

#: Candidate keys that are per notice (``<rule>:n<notice id>…``); per-project ones are one already.
PER_NOTICE = ":n"


def _title(value: Any) -> str:
    return "".join(str(value or "").split())


def _specific(region: str | None) -> int:
    """0 for a county code, 1 for the city's own code, 2 for none (lower is kept)."""
    if not region:
        return 2
    return 1 if region[:6].endswith("00") else 0


def _unaccepted(row: Any) -> int:
    """1 for a copy held because its source has no acceptance in force (``monitor.unaccepted``, or a
    missing item ``monitor.checks`` filed so), else 0 (kept first). Why: a copy read from an accepted
    source is evidence enough for the finding, whatever another platform's copy looked like to us. Under
    the policy ``all`` no copy is held, and the choice is the one made before the policy existed."""
    return int(SOURCE_UNACCEPTED in (row.held, row.value1))


def collapse_copies(conn: Connection) -> int:
    """Delete the candidates that repeat a gap already raised on another copy; return how many."""
    c = worktables.cand
    rows = conn.execute(
        select(
            c.c.key,
            c.c.rule_id,
            c.c.field,
            c.c.notice_type,
            c.c.title,
            c.c.project_id,
            c.c.project_number,
            c.c.region,
            c.c.notice_id,
            c.c.held,
            c.c.value1,
        ).where(c.c.key.contains(PER_NOTICE), c.c.notice_id.is_not(None))
    ).all()
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for row in rows:
        title = _title(row.title)
        if not title:
            continue  # without a title two rows cannot be told to be the same notice
        project = row.project_id if row.project_id is not None else _title(row.project_number)
        groups[(row.rule_id, row.field or "", row.notice_type or "", title, project)].append(row)
    drop: list[str] = []
    for members in groups.values():
        if len({m.notice_id for m in members}) < 2:
            continue
        members.sort(key=lambda m: (_unaccepted(m), _specific(m.region), m.notice_id, m.key))
        keep = members[0].notice_id
        drop.extend(m.key for m in members if m.notice_id != keep)
    for start in range(0, len(drop), 500):
        conn.execute(delete(c).where(c.c.key.in_(drop[start : start + 500])))
    return len(drop)
