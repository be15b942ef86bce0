"""Project linking: which notices (types, platforms) belong to one project, with method and confidence.

Why: lifecycle, sharing and consistency checks compare notices of one project — a result with its
contract, a county posting with its provincial copy. The project number (项目编号) is the reliable
key and is linked in bulk SQL; notices without one (采购意向 often has none) are matched by
normalised name + purchaser, then by jieba tokens (Jaccard), each link saying how it was made.
Linking is incremental (only notices without a link are touched) and idempotent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Integer,
    MetaData,
    String,
    Table,
    func,
    insert,
    literal,
    select,
    true,
    update,
)
from sqlalchemy.sql import ColumnElement

from storage.models import Notice, NoticeField, Project, ProjectLink
from storage.projects import BY_NUMBER, has_number, number_key_sql
from vocabulary.dates import as_date

FUZZY_MIN = 0.8  # Jaccard of name tokens needed for a fuzzy link
# A 采购意向 announces a purchase to come: it links by name only to a project whose procurement has not
# started before it (a purchaser buys "物业管理服务" again every year), and waits unlinked for that
# project to appear — at most this many days, then it gets a project of its own.
FORERUNNERS = {"procurement.intention"}
ACTIVITY_TYPES = (
    "procurement.tender",
    "procurement.prequalification",
    "procurement.single_source",
    "procurement.consultation",
)
FORERUNNER_WAIT_DAYS = 180
BUDGET_TOLERANCE = 0.15  # a correction may move the tender's budget a little; another purchase differs more
_MONTH = re.compile(r"(20\d\d)\D{0,2}(1[0-2]|0?[1-9])(?!\d)")
_NOTICE_SUFFIX = re.compile(
    r"(的)?(公开招标|竞争性谈判|竞争性磋商|询价|单一来源|采购意向|意向|中标|成交|结果|候选人|合同|终止|更正|变更|"
    r"招标|资格预审|出让|挂牌|拍卖|交易|公告|公示|结果公告|采购)+$"
)
_DIGITS = re.compile(r"\d+")
_PUNCT = re.compile(r"[\s　()（）\[\]【】“”\"'《》:：,，.。;；、\-—_/]+")

t_n = Notice.__table__
t_p = Project.__table__
t_l = ProjectLink.__table__
t_f = NoticeField.__table__


@dataclass
class LinkStats:
    """How many notices were linked, by method, in one run."""

    by_number: int = 0
    by_name: int = 0
    fuzzy: int = 0
    new_projects: int = 0
    waiting: int = 0  # 采购意向 left unlinked until the purchase they announce appears


def norm_text(text: str | None) -> str:
    """Name/purchaser normalised in Python: no punctuation or spaces, full-width digits folded."""
    if not text:
        return ""
    text = text.translate({c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)})
    return _PUNCT.sub("", text).lower()


def base_name(name: str) -> str:
    """A project name without the notice-type suffix (…项目公开招标公告 → …项目)."""
    n = norm_text(name)
    stripped = _NOTICE_SUFFIX.sub("", n)
    return stripped or n


def numbers(name: str) -> frozenset[str]:
    """The digit runs of a normalised name (公告号, 宗地编号, year): names that differ in them are
    different projects, however many tokens they share."""
    return frozenset(_DIGITS.findall(name))


def tokens(name: str) -> set[str]:
    """jieba tokens of a normalised name (single characters dropped: they match everything)."""
    import jieba

    jieba.setLogLevel(60)
    return {t for t in jieba.lcut(name) if len(t) > 1}


def link_projects(conn: Connection, as_of: dt.date | None = None) -> LinkStats:
    """Link every notice that has no ProjectLink yet; set ``notices.project_id`` from the links.

    ``as_of`` (the night) bounds how long a 采购意向 waits for its project (default: no bound)."""
    stats = LinkStats()
    if _all_linked(conn):
        return stats  # the usual night after the first: nothing to scan for
    unlinked = _unlinked(conn)
    # 1. project number: create the missing projects, then link, all in SQL
    _link_by_number(conn, unlinked, stats)
    unlinked = _unlinked(conn)  # less the notices linked a moment ago

    # 2. the rest (no number): exact normalised name + purchaser, then fuzzy tokens, else a new project
    rest = conn.execute(
        select(
            t_n.c.id,
            t_n.c.project_name,
            t_n.c.title,
            t_n.c.purchaser,
            t_n.c.domain,
            t_n.c.region,
            t_n.c.notice_type,
            t_n.c.publish_date,
        )
        .where(unlinked)
        .order_by(t_n.c.id)
    ).all()
    if rest:
        _link_by_name(conn, rest, stats, as_of)

    # 3. denormalise onto notices for cheap joins (UPDATE … FROM: one probe of the links per notice)
    conn.execute(
        update(t_n)
        .values(project_id=t_l.c.project_id)
        .where(t_l.c.notice_id == t_n.c.id, t_n.c.project_id.is_(None))
    )
    for tmp in (_t_u, _t_pn):
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {tmp.name}")
    return stats


#: unlinked numbered notices above which the first night's bulk UPDATE of ``notices.project_id`` runs
#: without that column's index (SQLite), rebuilt afterwards: one sort instead of a delete and an
#: insert in the index per row (1,000,000 notices: about a third of the UPDATE's cost)
BULK_LINKS = 50_000

_t_u = Table("_pw_unlinked", MetaData(), Column("id", Integer, primary_key=True), prefixes=["TEMPORARY"])


_t_pn = Table(
    "_pw_pn",
    MetaData(),
    Column("raw", String(200), primary_key=True),
    Column("key", String(300)),
    Column("name", String(500)),
    Column("purchaser", String(300)),
    Column("domain", String(32)),
    Column("region", String(12)),
    Column("pid", Integer),
    prefixes=["TEMPORARY"],
)


def _link_by_number(conn: Connection, unlinked: ColumnElement[bool], stats: LinkStats) -> None:
    """Link the unlinked notices that state a project number; create the projects they name.

    Why by way of the distinct numbers (``_pw_pn``): a project has several notices, so the
    normalised key is computed, grouped and looked up once per number instead of once per notice
    (issue 16: creating the projects and writing the links of 1,000,000 notices cost 5.4 s of CPU).
    ``notices.project_id`` is then set from that table, and the links are written from it.
    """
    numbered = has_number()
    pn = _t_pn
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {pn.name}")
    pn.create(conn)
    numbers = (
        select(
            t_n.c.project_number,
            number_key_sql(t_n.c.project_number),
            func.min(t_n.c.project_name),
            func.min(t_n.c.purchaser),
            func.min(t_n.c.domain),
            func.min(t_n.c.region),
        )
        .where(numbered, unlinked)
        .group_by(t_n.c.project_number)
    )
    n_numbers = _inserted(
        conn, pn, pn.insert().from_select(["raw", "key", "name", "purchaser", "domain", "region"], numbers)
    )
    if not n_numbers:
        return
    _analyze_temp(conn, pn)
    new_projects = (
        select(
            pn.c.key,
            func.min(pn.c.raw),
            func.min(pn.c.name),
            func.min(pn.c.purchaser),
            func.min(pn.c.domain),
            func.min(pn.c.region),
        )
        .where(~select(t_p.c.id).where(t_p.c.key == pn.c.key).exists())
        .group_by(pn.c.key)
    )
    stats.new_projects += _inserted(
        conn,
        t_p,
        insert(t_p).from_select(
            ["key", "project_number", "name", "purchaser", "domain", "region"], new_projects
        ),
    )
    _analyze(conn, t_p)
    conn.execute(pn.update().values(pid=select(t_p.c.id).where(t_p.c.key == pn.c.key).scalar_subquery()))
    bulk = conn.dialect.name == "sqlite" and n_numbers and _many(conn, unlinked)
    index = _project_id_index(t_n) if bulk else None
    if index is not None:
        index.drop(conn)
    conn.execute(
        update(t_n)
        .values(project_id=pn.c.pid)
        .where(pn.c.raw == t_n.c.project_number, t_n.c.project_id.is_(None), unlinked)
    )
    if index is not None:
        index.create(conn)
    # the notices just given a project: on the first night every numbered one (a scan), later the
    # notices of tonight's numbers that have no link yet
    tonight = [numbered]
    source: Any = t_n
    if conn.scalar(select(t_l.c.notice_id).limit(1)) is None:
        tonight.append(t_n.c.project_id.is_not(None))
    else:
        # from tonight's projects to their notices (by the project index), not from every notice with a
        # project probed against them: PostgreSQL planned the latter as a nested loop over _pw_pn per
        # notice (0.8 s of a 2.9 s incremental night at 100k notices, issue 16)
        pids = select(pn.c.pid).where(pn.c.pid.is_not(None)).distinct().subquery("pids")
        source = pids.join(t_n, t_n.c.project_id == pids.c.pid)
        # without a link before tonight: SQLite probes the links' key; PostgreSQL reads the ids taken
        # before the UPDATE (``_unlinked``: an anti-join against the table being filled re-read it per row)
        tonight.append(
            unlinked if conn.dialect.name == "postgresql" else t_n.c.id.not_in(select(t_l.c.notice_id))
        )
    links = (
        select(t_n.c.id, t_n.c.project_id, literal(BY_NUMBER), literal(1.0))
        .select_from(source)
        .where(*tonight)
    )
    # likewise the links' project index: written in notice order, it would take each entry at a random place
    link_index = _project_id_index(t_l) if bulk else None
    if link_index is not None:
        link_index.drop(conn)
    stats.by_number = _inserted(
        conn, t_l, insert(t_l).from_select(["notice_id", "project_id", "method", "confidence"], links)
    )
    if link_index is not None:
        link_index.create(conn)
    _analyze(conn, t_l)


def _project_id_index(table: Table) -> Any:
    """The schema's index on ``project_id`` of ``notices`` or ``project_links`` (dropped and rebuilt
    around the first night's bulk writes: one sort instead of an insert at a random place per row)."""
    return next(ix for ix in table.indexes if [c.name for c in ix.columns] == ["project_id"])


def _many(conn: Connection, unlinked: ColumnElement[bool]) -> bool:
    """More than :data:`BULK_LINKS` notices to link (counted only up to that bound)."""
    few = select(t_n.c.id).where(t_n.c.project_id.is_(None), unlinked).limit(BULK_LINKS + 1).subquery()
    return (conn.scalar(select(func.count()).select_from(few)) or 0) > BULK_LINKS


def _analyze_temp(conn: Connection, table: Any) -> None:
    """Statistics of a temporary table (neither database gathers them by itself)."""
    name = f"temp.{table.name}" if conn.dialect.name == "sqlite" else table.name
    conn.exec_driver_sql(f"ANALYZE {name}")


def _unlinked(conn: Connection) -> ColumnElement[bool]:
    """The notices without a link yet, as a condition on ``notices``.

    SQLite: ``NOT IN`` the links' key, which it answers by probing that key. PostgreSQL: the ids are
    first written to a temporary table and the condition is ``IN`` that table. Why: written as an
    anti-join against ``project_links`` inside the INSERT that fills ``project_links``, PostgreSQL
    planned a nested loop over the (empty) table and re-read it once per notice while it grew —
    quadratic, 68 s of a 69 s run at 100k notices (issue 16); and ``NOT IN`` a large sub-query it
    cannot hash within ``work_mem`` is quadratic as well (1M notices). The anti-join that fills the
    temporary table reads a table no statement is writing, with fresh statistics."""
    if conn.scalar(select(t_l.c.notice_id).limit(1)) is None:
        return true()  # no link at all (the first night): every notice, with no probe per notice
    # a linked notice has its project_id (set in the run that linked it): when every notice with a
    # project_id has its link, only the notices without one need the probe (by the project_id index:
    # a night's new notices instead of every stored notice)
    with_project = conn.scalar(select(func.count(t_n.c.project_id)))
    candidates = t_n.c.project_id.is_(None) if with_project == _count(conn, t_l) else true()
    if conn.dialect.name == "sqlite":
        return candidates & t_n.c.id.not_in(select(t_l.c.notice_id))
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {_t_u.name}")
    _t_u.create(conn)
    no_link = ~select(t_l.c.notice_id).where(t_l.c.notice_id == t_n.c.id).exists()
    conn.execute(_t_u.insert().from_select(["id"], select(t_n.c.id).where(candidates, no_link)))
    conn.exec_driver_sql(f"ANALYZE {_t_u.name}")
    return t_n.c.id.in_(select(_t_u.c.id))


def _all_linked(conn: Connection) -> bool:
    """Every notice has its link (a link exists only for a notice: its key is the notice's id, and the
    foreign key removes it with the notice), so equal counts mean there is nothing to link."""
    return _count(conn, t_n) == _count(conn, t_l)


def _count(conn: Connection, table: Any) -> int:
    return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def _inserted(conn: Connection, table: Any, stmt: Any) -> int:
    """Rows an INSERT…SELECT wrote. psycopg reports -1 for it, so then the table is counted before and
    after (the run holds its transaction, so the difference is this statement's)."""
    before = None if conn.dialect.name == "sqlite" else conn.scalar(select(func.count()).select_from(table))
    res = conn.execute(stmt)
    if res.rowcount is not None and res.rowcount >= 0:
        return int(res.rowcount)
    if before is None:
        return 0
    return int(conn.scalar(select(func.count()).select_from(table)) or 0) - int(before or 0)


def _analyze(conn: Connection, table: Any) -> None:
    """PostgreSQL: refresh the planner's statistics of a table that just grew a lot (the first night).

    Why: the link INSERT joins notices with the projects created a moment before; with the statistics
    of the empty table PostgreSQL picked a nested loop over them (68 s of a 69 s run at 100k notices,
    issue 16). SQLite is analysed by the caller (``run_checks``)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"ANALYZE {table.name}")


def _first_activity(conn: Connection) -> dict[int, dt.date]:
    """project id → publish date of its first procurement-activity notice (tender, single source, …)."""
    rows = (
        conn.execute(  # by the links, which include those made a moment ago (notices.project_id comes later)
            select(t_l.c.project_id, func.min(t_n.c.publish_date))
            .select_from(t_l.join(t_n, t_n.c.id == t_l.c.notice_id))
            .where(t_n.c.notice_type.in_(ACTIVITY_TYPES), t_n.c.publish_date.is_not(None))
            .group_by(t_l.c.project_id)
        ).all()
    )
    return {pid: as_date(d) for pid, d in rows}


def _project_budgets(conn: Connection) -> dict[int, list[float]]:
    """project id → the 预算金额 its notices state (by the links, as in ``_first_activity``)."""
    out: dict[int, list[float]] = defaultdict(list)
    rows = conn.execute(
        select(t_l.c.project_id, t_f.c.value_num)
        .select_from(t_l.join(t_n, t_n.c.id == t_l.c.notice_id).join(t_f, t_f.c.notice_id == t_n.c.id))
        .where(t_f.c.key == "budget", t_f.c.value_num.is_not(None), t_n.c.notice_type.in_(ACTIVITY_TYPES))
    ).all()
    for pid, value in rows:
        out[pid].append(float(value))
    return out


def _stated(conn: Connection, notice_ids: list[int]) -> dict[int, dict[str, Any]]:
    """notice id → its budget and the first day of its 预计采购时间 month (``planned_date`` YYYY-MM[-DD])."""
    out: dict[int, dict[str, Any]] = defaultdict(dict)
    for i in range(0, len(notice_ids), 900):
        rows = conn.execute(
            select(t_f.c.notice_id, t_f.c.key, t_f.c.value_num, t_f.c.value_text, t_f.c.value_date).where(
                t_f.c.notice_id.in_(notice_ids[i : i + 900]), t_f.c.key.in_(("budget", "planned_date"))
            )
        ).all()
        for nid, key, num, text, date in rows:
            if key == "budget" and num:
                out[nid]["budget"] = float(num)
            elif key == "planned_date":
                m = _MONTH.search(str(date or text or ""))
                if m:
                    out[nid]["planned_month"] = dt.date(int(m.group(1)), int(m.group(2)), 1)
    return out


def _link_by_name(conn: Connection, rest: list, stats: LinkStats, as_of: dt.date | None = None) -> None:
    domains = {r.domain for r in rest}
    exact: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    by_token: dict[tuple[str, str], set[int]] = defaultdict(set)
    proj_tokens: dict[int, set[str]] = {}
    proj_purchaser: dict[int, str] = {}
    proj_ids: dict[int, frozenset[str]] = {}
    for pid, name, purchaser, domain in conn.execute(
        select(t_p.c.id, t_p.c.name, t_p.c.purchaser, t_p.c.domain)
        .where(t_p.c.domain.in_(domains))
        .order_by(t_p.c.id)
    ):
        if not name:
            continue
        bn, pu = base_name(name), norm_text(purchaser)
        exact[(domain, bn, pu)].append(pid)
        toks = tokens(bn)
        proj_tokens[pid] = toks
        proj_purchaser[pid] = pu
        proj_ids[pid] = numbers(bn)
        for t in toks:
            by_token[(domain, t)].add(pid)
    forerunners = [r.id for r in rest if r.notice_type in FORERUNNERS]
    started = _first_activity(conn) if forerunners else {}
    budgets = _project_budgets(conn) if forerunners else {}
    stated = _stated(conn, forerunners)

    def fits(r: Any, pid: int) -> bool:
        """A 采购意向 fits a project whose procurement started neither before it was published nor before
        the month of its 预计采购时间, and, when both state a 预算金额, whose budget is the intention's
        (within BUDGET_TOLERANCE)."""
        if r.notice_type not in FORERUNNERS:
            return True
        start = started.get(pid)
        if start is not None and r.publish_date is not None and start < r.publish_date:
            return False
        planned = stated.get(r.id, {}).get("planned_month")
        if start is not None and planned is not None and start < planned:
            return False
        own = stated.get(r.id, {}).get("budget")
        theirs = budgets.get(pid)
        if own and theirs and not any(abs(b - own) <= BUDGET_TOLERANCE * own for b in theirs):
            return False
        return True

    def order(r: Any, pid: int) -> tuple:
        """Among fitting projects the earliest to start (not yet started: last)."""
        return (started.get(pid, dt.date.max), pid)

    link_rows: list[dict] = []
    for r in rest:
        name = r.project_name or r.title or ""
        bn, pu = base_name(name), norm_text(r.purchaser)
        if not bn:
            continue
        forerunner = r.notice_type in FORERUNNERS
        fitting = [c for c in exact.get((r.domain, bn, pu), []) if fits(r, c)]
        # the next purchase after the notice: the project that started first (not yet started: last)
        pid = min(fitting, key=lambda c: order(r, c)) if fitting else None
        method, conf = "name_purchaser", 0.9
        if pid is None:
            toks = tokens(bn)
            ids = numbers(bn)
            best, best_score = None, 0.0
            cands: set[int] = set()
            for t in toks:
                cands |= by_token.get((r.domain, t), set())
            for c in sorted(cands):
                if pu and proj_purchaser.get(c) and proj_purchaser[c] != pu:
                    continue
                if not fits(r, c):
                    continue
                if ids and proj_ids.get(c) and proj_ids[c] != ids:
                    continue  # 江山2026-955号 and 江山2026-1394号 are two parcels, however alike the rest reads
                other = proj_tokens[c]
                score = len(toks & other) / len(toks | other) if toks | other else 0.0
                if score > best_score:
                    best, best_score = c, score
            if best is not None and best_score >= FUZZY_MIN:
                pid, method, conf = best, "fuzzy_tokens", round(0.8 * best_score, 3)
                stats.fuzzy += 1
            elif forerunner and not _waited_enough(r.publish_date, as_of):
                stats.waiting += 1  # its purchase has not been published yet: try again tomorrow
                continue
            else:
                key = f"nm:{r.domain}:{bn}|{pu}"[:300]
                existing = conn.execute(select(t_p.c.id).where(t_p.c.key == key)).scalar()
                if existing is None:
                    existing = conn.execute(
                        insert(t_p).values(
                            key=key, name=name, purchaser=r.purchaser, domain=r.domain, region=r.region
                        )
                    ).inserted_primary_key[0]
                    stats.new_projects += 1
                pid, method, conf = existing, "name_purchaser", 1.0
                if existing not in exact[(r.domain, bn, pu)]:
                    exact[(r.domain, bn, pu)].append(existing)
                proj_tokens[pid] = toks
                proj_purchaser[pid] = pu
                proj_ids[pid] = ids
                for t in toks:
                    by_token[(r.domain, t)].add(pid)
        else:
            stats.by_name += 1
        link_rows.append({"notice_id": r.id, "project_id": pid, "method": method, "confidence": conf})
    if link_rows:
        conn.execute(insert(t_l), link_rows)


def _waited_enough(published: Any, as_of: dt.date | None) -> bool:
    if as_of is None or published is None:
        return False
    return (as_of - as_date(published)).days > FORERUNNER_WAIT_DAYS
