"""The checks: one set-based INSERT…SELECT per rule family into the run's candidate table.

Why set-based: a night's run looks at every notice ever seen (a million on a large install); a
Python loop per notice would take hours. Each function below joins notices, their fields, the
documents, versions and crawl health with the rule parameters and the working-day calendar, and
writes one candidate row per gap. Candidate keys are stable (rule + notice or project), so the
lifecycle step can tell new gaps from old ones. Outage nights (crawl_health.complete = false) mark
missing-posting candidates ``suppressed``: they neither open nor resolve a finding.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Integer,
    String,
    and_,
    case,
    cast,
    exists,
    false,
    func,
    literal,
    null,
    or_,
    select,
    true,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import ColumnElement, Select
from sqlalchemy.sql import text as text_clause

from monitor import worktables
from monitor.catalog import Catalog, Rule
from monitor.provenance import incomplete_near
from storage.facts import SEP
from storage.models import (
    EMPTY_FIELD_SQL,
    CrawlHealth,
    Document,
    DocumentVersion,
    Expectation,
    KeySet,
    Notice,
    NoticeField,
    NoticeKeySet,
)

# REVIEW_UNIT: where extraction gaps go (re-exported for tests)
from vocabulary import INFERRED_TYPE_BASES, REVIEW_UNIT, SOURCE_UNACCEPTED, TYPE_INFERRED, TYPE_UNSURE

n_ = Notice.__table__
f_ = NoticeField.__table__
d_ = Document.__table__
v_ = DocumentVersion.__table__
h_ = CrawlHealth.__table__
e_ = Expectation.__table__


@dataclass
class Ctx:
    """What every check needs: the night, the catalog and the calendar bounds of this run."""

    conn: Connection
    as_of: dt.date
    catalog: Catalog
    cal_first: dt.date
    cal_last: dt.date  # last day whose working-day status is known
    as_of_idx: int  # working-day index of as_of
    lookback_days: int = 3  # outage nights this close to as_of suppress missing-posting findings
    #: an incremental night (``monitor.incremental``): the rules of SCOPED_CHECKS look only at the notices
    #: of ``worktables.scope`` (what changed since the last run, and the rest of their projects)
    scoped: bool = False
    #: the follow-up and sharing rules that look only at their projects of ``worktables.pscope`` tonight
    due_rules: frozenset[str] = frozenset()
    #: the sources whose missing items may be 要素缺失 findings (their pages passed an acceptance in force for
    #: this run: ``pubwatch.acceptance``); a missing item of any other source's notice is an extraction gap for
    #: the office (本来源版式尚未经抽样验收). ``None``: every source's (policy ``all``, the library default)
    field_sources: frozenset[str] | None = None

    @property
    def dialect(self) -> str:
        return self.conn.dialect.name


def of_due_scope(ctx: Ctx, rule: Rule, project_col: Any) -> ColumnElement[bool]:
    """True for every project, or on an incremental night only for the rule's projects of ``_pw_pscope``."""
    if rule.rule_id not in ctx.due_rules:
        return true()
    ps = worktables.pscope
    return project_col.in_(select(ps.c.project_id).where(ps.c.rule_id == rule.rule_id))


def type_of(ctx: Ctx, n: Any = n_) -> Any:
    """A notice's type for a scoped rule's filter: on an incremental night wrapped so SQLite does not
    walk every notice of the type (probing the scope for each) instead of starting from the scope."""
    return no_index(n.c.notice_type) if ctx.scoped else n.c.notice_type


def walk_keys(ctx: Ctx, keys: list[str], types: list[str]) -> bool:
    """Whether a rule reading a few field keys of some notice types walks those keys' rows (each notice
    fetched by its id) rather than the notices of the types (each probed for every key): SQLite only,
    and only when that reads fewer rows — a key row costs one seek, a notice of the types its row and one
    probe per key. Why counted: the same key is stated by the results of every domain, so which walk is
    shorter depends on the install (the bench's consistency pass: 0.35 s by its keys, 0.73 s by type at
    1M notices, issue 16). Both counts are ranges of an index (a few hundredths of a second at 1M)."""
    if ctx.dialect != "sqlite" or ctx.scoped:
        return False
    rows = ctx.conn.scalar(select(func.count()).select_from(f_).where(f_.c.key.in_(keys))) or 0
    notices = ctx.conn.scalar(select(func.count()).select_from(n_).where(n_.c.notice_type.in_(types))) or 0
    return rows <= notices * (1 + len(keys))


def notices_of(ctx: Ctx, n: Any = n_) -> Any:
    """The notices a scoped rule reads: every notice, or on an incremental night the scope's, driven
    from the scope table (a few thousand rows) so no rule walks the million others."""
    if not ctx.scoped:
        return n
    sc = worktables.scope
    return sc.join(n, n.c.id == sc.c.notice_id)


def s(text: str) -> ColumnElement[str]:
    """A string literal typed as String so ``+`` concatenates on both dialects."""
    return literal(text, String)


def num_text(col: Any) -> ColumnElement[str]:
    return cast(col, String)


def add_cands(ctx: Ctx, sel: Select, cols: list[str]) -> int:
    """INSERT the select into the candidate table, ignoring keys already there."""
    ins = (
        sqlite.insert(worktables.cand) if ctx.dialect == "sqlite" else postgresql.insert(worktables.cand)
    ).from_select(cols, sel)
    res = ctx.conn.execute(ins.on_conflict_do_nothing())
    return max(res.rowcount or 0, 0)


def add_rows(ctx: Ctx, row: dict[str, Any], from_: Any, *where: Any) -> int:
    """INSERT a candidate for each row of ``from_`` that meets ``where``: ``row`` maps each candidate
    column to its value, so a column and its value are written once, side by side. With no condition
    the select says ``WHERE true``: SQLite parses an INSERT…SELECT … ON CONFLICT only with a WHERE."""
    sel = select(*row.values()).select_from(from_).where(*(where or (true(),)))
    return add_cands(ctx, sel, list(row))


def rule_head(r: Rule, key: Any, severity: Any = None) -> dict[str, Any]:
    """A catalog rule's first candidate columns: the candidate's key, the rule, its kind, and its
    severity (the rule's own unless one computed per row is given)."""
    return {
        "key": key,
        "rule_id": s(r.rule_id),
        "kind": s(r.kind),
        "severity": s(r.severity) if severity is None else severity,
    }


def where_noticed(n: Any = n_) -> dict[str, Any]:
    """The candidate columns that say where a gap was seen: the notice, its project, source, domain,
    type and region."""
    return {
        "notice_id": n.c.id,
        "project_id": n.c.project_id,
        "source_key": n.c.source_key,
        "domain": n.c.domain,
        "notice_type": n.c.notice_type,
        "region": n.c.region,
    }


def page_of(n: Any = n_) -> dict[str, Any]:
    """The candidate columns that name the notice's page: its address, stored version, project number
    and title."""
    return {
        "url": n.c.url,
        "version_id": n.c.version_id,
        "project_number": n.c.project_number,
        "title": n.c.title,
    }


def visible(as_of: dt.date, n: Any = n_) -> ColumnElement[bool]:
    """Notices published on or before the night being checked.

    Written so no planner takes it for an index range: on a checked night nearly every stored notice
    is visible, and SQLite walking ``ix_notices_publish_date`` then fetching each row in date order
    (random order on disk) made the deadline and required-field passes several times slower than a
    scan or a walk by notice type (issue 16)."""
    return func.coalesce(n.c.publish_date, dt.date(9999, 12, 31)) <= as_of


def no_index(col: Any) -> Any:
    """The column wrapped so SQLite will not pick its index: correlated lookups must go by project_id."""
    return func.coalesce(col, "")


def visible_by_project(as_of: dt.date, m: Any) -> ColumnElement[bool]:
    """``visible`` for correlated sub-queries, leaving the publish_date index alone."""
    return func.coalesce(m.c.publish_date, dt.date(9999, 12, 31)) <= as_of


def _unit(ctx: Ctx, rule: Rule, domain_col: Any) -> ColumnElement[str]:
    """The rule's 责任单位, or the notice domain's when the rule is cross-domain."""
    if rule.domain != "general":
        return s(rule.responsible_unit)
    sub = select(worktables.units.c.unit).where(worktables.units.c.domain == domain_col).scalar_subquery()
    return func.coalesce(sub, s(rule.responsible_unit))


def outage_near(ctx: Ctx, source_col: Any) -> ColumnElement[bool]:
    """True when that source had an incomplete crawl within ``lookback_days`` of as_of."""
    return exists(
        select(1).where(h_.c.source_key == source_col, incomplete_near(ctx.as_of, ctx.lookback_days))
    )


# --- missing_field --------------------------------------------------------------------------------

#: notice_fields key prefix of an item whose label the page prints but whose value was not read
GAP_PREFIX = "gap:"

NOTICE_COLUMNS = {
    "project_number": n_.c.project_number,
    "project_name": n_.c.project_name,
    "purchaser": n_.c.purchaser,
    "title": n_.c.title,
    "publish_date": n_.c.publish_date,
}


def check_required_fields(ctx: Ctx) -> int:
    """A notice of the rule's type lacks an enforced required item (no non-empty notice_fields row)."""
    rows = [
        {
            "rule_id": r.rule_id,
            "key": f.key,
            "notice_type": r.params["notice_type"],
            "severity": r.severity,
            "unit": r.responsible_unit,
            "title_word": r.params.get("title_contains", ""),
        }
        for r in ctx.catalog.by_check("required_fields")
        for f in r.params["fields"]
        if f.enforce
    ]
    if not rows:
        return 0
    worktables.bulk(ctx.conn, worktables.req, rows)
    r = worktables.req
    _missing_pairs(ctx)
    miss = worktables.miss
    has_value = exists(
        select(1).where(
            f_.c.notice_id == n_.c.id,
            f_.c.key == r.c.key,
            or_(
                f_.c.value_num.is_not(None),
                f_.c.value_date.is_not(None),
                and_(f_.c.value_text.is_not(None), f_.c.value_text != ""),
            ),
        )
    )
    in_column = or_(
        *[and_(r.c.key == k, col.is_not(None), cast(col, String) != "") for k, col in NOTICE_COLUMNS.items()]
    )
    # the page prints the item's label but its value was not read ('gap:<key>' row): not a finding
    # against the unit, an extraction gap for the office to check (check_extraction_gaps)
    is_gap = exists(select(1).where(f_.c.notice_id == n_.c.id, f_.c.key == s(GAP_PREFIX) + r.c.key))
    # the notice's type rests on body cues alone (no title, heading or channel names it): the type may
    # be our mistake, so an item it lacks is a question for the office too, never a 要素缺失. A notice
    # stored before the basis was recorded (NULL) counts as confirmed, as it did then
    inferred = func.coalesce(n_.c.type_basis, "").in_(sorted(INFERRED_TYPE_BASES))
    # issue 12: the notice's source has not passed an acceptance (a blind-scored random draw of its pages): the
    # item may be absent only because we misread a layout never measured; the office checks it
    accepted = true() if ctx.field_sources is None else n_.c.source_key.in_(sorted(ctx.field_sources))
    only_if = and_(_title_condition(r), ~_sub_kind_owes_none(ctx, r))
    n = 0
    for kind, gap_cond, sev, unit, primary, suffix, why in (
        ("missing_field", and_(~is_gap, ~inferred, accepted), r.c.severity, r.c.unit, s(""), s(""), null()),
        # the review unit is the primary unit too, so the county/domain routing never reassigns it;
        # value1 says why an item the page does not label is there (messages.compose)
        (
            "extraction_gap",
            or_(is_gap, inferred, ~accepted),
            s("info"),
            s(REVIEW_UNIT),
            s(REVIEW_UNIT),
            s(":gap"),
            # the first reason that holds: an unread label, a doubtful type, then an unaccepted source
            case(
                (is_gap, null()),
                (n_.c.type_basis == "unsure", s(TYPE_UNSURE)),
                (inferred, s(TYPE_INFERRED)),
                else_=s(SOURCE_UNACCEPTED),
            ),
        ),
    ):
        row = {
            "key": r.c.rule_id + s(":n") + num_text(n_.c.id) + s(":") + r.c.key + suffix,
            "rule_id": r.c.rule_id,
            "kind": s(kind),
            "severity": sev,
            **where_noticed(),
            "responsible_unit": unit,
            "primary_unit": primary,
            "field": r.c.key,
            **page_of(),
            "actual_date": n_.c.publish_date,
            "value1": why,
        }
        n += add_rows(
            ctx,
            row,
            miss.join(r, and_(r.c.rule_id == miss.c.rule_id, r.c.key == miss.c.key)).join(
                n_, n_.c.id == miss.c.notice_id
            ),
            visible(ctx.as_of),
            n_.c.status == "ok",
            ~has_value,
            ~in_column,
            gap_cond,
            only_if,
        )
    return n


def _missing_pairs(ctx: Ctx) -> None:
    """Fill ``_pw_miss`` with the (rule, item, notice) pairs of every notice that may lack a required item.

    Why a stage of its own: the rule's full condition (a filled row, visibility, status, notice
    columns, title word, the ``gap:`` marker) is dear per pair, and a million notices make about five
    million pairs of which a few thousand lack the item. A notice with a row for every item its type
    requires, none of them empty, can never be a candidate; finding the others takes one count per
    notice over its own rows (the ``(notice_id, key)`` index alone, in notice order) plus the small
    partial index of empty rows (``ix_notice_fields_empty``). The full condition is then evaluated on
    the pairs of those few notices only, so the result is the one of evaluating it on every pair.
    """
    req, rk, rt, short, miss = worktables.req, worktables.rk, worktables.rt, worktables.short, worktables.miss
    conn = ctx.conn
    conn.execute(
        rk.insert().from_select(["notice_type", "key"], select(req.c.notice_type, req.c.key).distinct())
    )
    worktables.analyze(conn, rk)
    conn.execute(
        rt.insert().from_select(
            ["notice_type", "k"], select(rk.c.notice_type, func.count()).group_by(rk.c.notice_type)
        )
    )
    worktables.analyze(conn, rt)
    f2 = f_.alias("f2")
    lacking: Any = None
    if conn.dialect.name == "sqlite" and not ctx.scoped and _key_sets_complete(conn):
        # the key sets recorded with the notices (storage.facts): each set judged once, and only the
        # notices of a set that lacks an item of its type read (by ``notice_key_sets.key_set_id``)
        ks, nks = KeySet.__table__, NoticeKeySet.__table__
        stated = (
            select(func.count())
            .select_from(rk)
            .where(
                rk.c.notice_type == ks.c.notice_type,
                func.instr(SEP + ks.c["keys"] + SEP, SEP + rk.c.key + SEP) > 0,
            )
            .scalar_subquery()
        )
        lacking_sets = (
            select(ks.c.id, ks.c.notice_type)
            .select_from(ks.join(rt, rt.c.notice_type == ks.c.notice_type))
            .where(stated < rt.c.k)
            .subquery("bad")
        )
        lacking = (
            select(n_.c.id)
            .select_from(
                lacking_sets.join(nks, nks.c.key_set_id == lacking_sets.c.id).join(
                    n_, and_(n_.c.id == nks.c.notice_id, n_.c.notice_type == lacking_sets.c.notice_type)
                )
            )
            .where(true())
        )
    elif conn.dialect.name == "sqlite":  # a count per notice over its own index entries (no sort, no hash)
        present: Any = (
            select(func.count())
            .select_from(f2.join(rk, and_(rk.c.key == f2.c.key, rk.c.notice_type == rt.c.notice_type)))
            .where(f2.c.notice_id == n_.c.id)
            .scalar_subquery()
        )
        source: Any = rt.join(notices_of(ctx), type_of(ctx) == rt.c.notice_type)
    else:  # PostgreSQL: the same count as one hashed aggregate (its per-row sub-plan re-read _pw_rk)
        n2 = n_.alias("n2")
        rows: Any = f2.join(n2, n2.c.id == f2.c.notice_id)
        if ctx.scoped:  # the scope's fields only (by their key), not an aggregate over every field
            rows = worktables.scope.join(n2, n2.c.id == worktables.scope.c.notice_id).join(
                f2, f2.c.notice_id == n2.c.id
            )
        counts = (
            select(f2.c.notice_id, func.count().label("c"))
            .select_from(rows.join(rk, and_(rk.c.key == f2.c.key, rk.c.notice_type == n2.c.notice_type)))
            .group_by(f2.c.notice_id)
            .subquery("pc")
        )
        present = func.coalesce(counts.c.c, 0)
        source = rt.join(notices_of(ctx), n_.c.notice_type == rt.c.notice_type).outerjoin(
            counts, counts.c.notice_id == n_.c.id
        )
    if lacking is None:
        lacking = select(n_.c.id).select_from(source).where(present < rt.c.k)
    conn.execute(short.insert().from_select(["notice_id"], lacking))
    empty = (
        select(f2.c.notice_id)
        .select_from(
            rk.join(f2, f2.c.key == rk.c.key).join(
                notices_of(ctx), and_(n_.c.id == f2.c.notice_id, n_.c.notice_type == rk.c.notice_type)
            )
        )
        .where(
            text_clause(EMPTY_FIELD_SQL.replace("value_", "f2.value_")),
            ~exists(select(1).where(short.c.notice_id == f2.c.notice_id)),
        )
        .distinct()
    )
    conn.execute(short.insert().from_select(["notice_id"], empty))
    worktables.analyze(conn, short)
    pairs = select(req.c.rule_id, req.c.key, n_.c.id).select_from(
        short.join(n_, n_.c.id == short.c.notice_id).join(req, req.c.notice_type == n_.c.notice_type)
    )
    conn.execute(miss.insert().from_select(["rule_id", "key", "notice_id"], pairs))
    worktables.analyze(conn, miss)


def _key_sets_complete(conn: Connection) -> bool:
    """Every notice has its recorded key set (``storage.facts``): a notice stored around
    ``storage.evidence`` has none, and then the night counts every notice's rows instead."""
    nks = NoticeKeySet.__table__
    return conn.scalar(select(func.count()).select_from(nks)) == conn.scalar(
        select(func.count()).select_from(n_)
    )


def _title_condition(r: Any) -> ColumnElement[bool]:
    """A rule limited to notices whose title names a word (``title_contains``: 采矿权 vs 探矿权)."""
    return or_(r.c.title_word == "", func.coalesce(n_.c.title, "").contains(r.c.title_word))


def _sub_kind_owes_none(ctx: Ctx, r: Any) -> ColumnElement[bool]:
    """An item whose notice's title names a sub-kind that does not owe it (``FieldReq.unless_title``:
    a 协议出让 publicity is not held to an auction's 成交时间、成交地点). Same test as
    ``monitor.required.owed_by_none``."""
    title = func.coalesce(n_.c.title, "")
    conds = [
        and_(r.c.rule_id == rule.rule_id, r.c.key == f.key, title.contains(word))
        for rule in ctx.catalog.by_check("required_fields")
        for f in rule.params["fields"]
        if f.enforce
        for word in f.unless_title
    ]
    return or_(*conds) if conds else false()


# --- late_posting ---------------------------------------------------------------------------------


def check_deadlines(ctx: Ctx) -> int:
    """Published after event date + N working (or calendar) days, counted from the first posting."""
    rules = ctx.catalog.by_check("deadline")
    if not rules:
        return 0
    worktables.bulk(
        ctx.conn,
        worktables.dl,
        [
            {
                "rule_id": r.rule_id,
                "notice_type": r.params["notice_type"],
                "event_key": r.params["event"],
                "days": r.params["days"],
                "unit": r.params["unit"],
                "severity": r.severity,
                "resp": r.responsible_unit,
            }
            for r in rules
        ],
    )
    dl, cal, wd, lt = worktables.dl, worktables.cal, worktables.wd, worktables.late
    # the rule's event key by its index, then each notice by id: no_index keeps SQLite from walking
    # every notice of the type and probing its fields instead (issue 16). Incremental: the scope's
    # notices, each one's event row by (key, notice)
    events: Any = dl.join(f_, f_.c.key == dl.c.event_key)
    if ctx.scoped:
        sc = worktables.scope
        events = dl.join(sc, true()).join(
            f_, and_(f_.c.key == dl.c.event_key, f_.c.notice_id == sc.c.notice_id)
        )
    ce, c2, dwd = cal.alias("ce"), cal.alias("c2"), wd.alias("dwd")
    due = case((dl.c.unit == "wd", dwd.c.day), else_=c2.c.next_wd)
    pub = n_.c.publish_date
    # 1. the events whose own notice was published after the deadline (or past the known calendar): the
    # first posting of the event in the project (below) is never later than the notice itself, so no
    # other event can be late. Why this stage: the first posting per project was a grouped sub-query
    # over every event (a sort of all of them) where only these few need it (issue 16).
    maybe = or_(
        and_(due.is_not(None), pub > due),
        and_(due.is_(None), pub > ctx.cal_last, f_.c.value_date >= ctx.cal_first),
    )
    found = (
        select(dl.c.rule_id, n_.c.id, f_.c.value_date, due, pub)
        .select_from(
            events.join(n_, and_(n_.c.id == f_.c.notice_id, no_index(n_.c.notice_type) == dl.c.notice_type))
            .outerjoin(ce, ce.c.day == f_.c.value_date)
            .outerjoin(dwd, and_(dl.c.unit == "wd", dwd.c.wd_idx == ce.c.wd_idx + dl.c.days))
            .outerjoin(c2, and_(dl.c.unit == "d", c2.c.day_no == ce.c.day_no + dl.c.days))
        )
        .where(visible(ctx.as_of), f_.c.value_date.is_not(None), maybe)
    )
    ctx.conn.execute(
        lt.insert().from_select(["rule_id", "notice_id", "event_date", "due_date", "published"], found)
    )
    worktables.analyze(ctx.conn, lt)
    return _late_from_events(ctx)


def _late_from_events(ctx: Ctx) -> int:
    """The events of ``_pw_late`` late counted from the first posting of the event in the project
    (copies of one notice on several platforms share it): they become candidates."""
    dl, lt = worktables.dl, worktables.late
    m, mf = n_.alias("m"), f_.alias("mf")
    first_pub = (
        select(func.min(m.c.publish_date))
        .select_from(m.join(mf, and_(mf.c.notice_id == m.c.id, mf.c.key == dl.c.event_key)))
        .where(
            m.c.project_id == n_.c.project_id,
            no_index(m.c.notice_type) == dl.c.notice_type,
            visible_by_project(ctx.as_of, m),
            mf.c.value_date == lt.c.event_date,
        )
        .scalar_subquery()
    )
    eff = func.coalesce(first_pub, lt.c.published)  # no project: its own publication
    unknown = and_(lt.c.due_date.is_(None), eff > ctx.cal_last, lt.c.event_date >= ctx.cal_first)
    late = and_(lt.c.due_date.is_not(None), eff > lt.c.due_date)
    # round 17a: a notice whose type only its title names, its body bearing out no stage of it ('unsure'):
    # the deadline may be another stage's, so a late posting of it is a question for the office's review
    # list (未能识别，待人工核对), never a finding against the unit
    unsure = func.coalesce(n_.c.type_basis, "") == "unsure"
    row = {
        "key": dl.c.rule_id + s(":n") + num_text(n_.c.id) + case((unsure, s(":gap")), else_=s("")),
        "rule_id": dl.c.rule_id,
        "kind": case((unsure, s("extraction_gap")), else_=s("late_posting")),
        "severity": case((unsure, s("info")), (unknown, s("info")), else_=dl.c.severity),
        **where_noticed(),
        "responsible_unit": case((unsure, s(REVIEW_UNIT)), else_=dl.c.resp),
        "primary_unit": case((unsure, s(REVIEW_UNIT)), else_=null()),
        "value1": case((unsure, s(TYPE_UNSURE)), else_=null()),
        "field": dl.c.event_key,
        **page_of(),
        "event_date": lt.c.event_date,
        "due_date": lt.c.due_date,
        "actual_date": eff,
        "calendar_unknown": cast(unknown, Boolean),
    }
    return add_rows(
        ctx,
        row,
        lt.join(dl, dl.c.rule_id == lt.c.rule_id).join(n_, n_.c.id == lt.c.notice_id),
        or_(late, unknown),
    )


def check_lead_time(ctx: Ctx) -> int:
    """An earlier notice (采购意向) published fewer than N calendar days before the later one."""
    total = 0
    for r in ctx.catalog.by_check("lead_time"):
        later = n_.alias("later")
        ci, cl = worktables.cal.alias("ci"), worktables.cal.alias("cl")
        first_later = (
            select(func.min(later.c.publish_date))
            .where(
                later.c.project_id == n_.c.project_id,
                no_index(later.c.notice_type).in_(r.params["before"]),
                visible_by_project(ctx.as_of, later),
            )
            .scalar_subquery()
        )
        row = {
            **rule_head(r, s(r.rule_id + ":n") + num_text(n_.c.id)),
            **where_noticed(),
            "responsible_unit": s(r.responsible_unit),
            "field": s("publish_date"),
            **page_of(),
            "due_date": cl.c.day,
            "actual_date": n_.c.publish_date,
        }
        total += add_rows(
            ctx,
            row,
            notices_of(ctx).join(ci, ci.c.day == n_.c.publish_date).join(cl, cl.c.day == first_later),
            type_of(ctx) == r.params["notice_type"],
            visible(ctx.as_of),
            cl.c.day_no - ci.c.day_no < r.params["days"],
        )
    return total


def check_periods(ctx: Ctx) -> int:
    """A stated publicity period shorter than the minimum (one short is borderline and not reported)."""
    total = 0
    for r in ctx.catalog.by_check("period"):
        fs, fe = f_.alias("fs"), f_.alias("fe")
        cs, ce, cx = worktables.cal.alias("cs"), worktables.cal.alias("ce"), worktables.cal.alias("cx")
        p = r.params
        start_col = n_.c.publish_date if p["start"] == "publish_date" else fs.c.value_date
        joins = notices_of(ctx).join(fe, and_(fe.c.notice_id == n_.c.id, fe.c.key == p["end"]))
        if p["start"] != "publish_date":
            joins = joins.join(fs, and_(fs.c.notice_id == n_.c.id, fs.c.key == p["start"]))
        if p["unit"] == "wd":
            length = ce.c.wd_idx - cs.c.wd_idx
            joins = joins.join(ce, ce.c.day == fe.c.value_date)
        else:  # calendar days; an end on a holiday extends to the next working day (民法典 第二百零三条)
            joins = joins.join(cx, cx.c.day == fe.c.value_date).join(ce, ce.c.day == cx.c.next_wd)
            length = ce.c.day_no - cs.c.day_no
        joins = joins.join(cs, cs.c.day == start_col)
        row = {
            **rule_head(r, s(r.rule_id + ":n") + num_text(n_.c.id)),
            **where_noticed(),
            "responsible_unit": s(r.responsible_unit),
            "field": s(p["end"]),
            **page_of(),
            "event_date": start_col,
            "actual_date": fe.c.value_date,
            "overdue": cast(length, Integer),
        }
        total += add_rows(
            ctx, row, joins, type_of(ctx) == p["notice_type"], visible(ctx.as_of), length < p["min"] - 1
        )
    return total


# --- missing_followup -----------------------------------------------------------------------------


def check_followups(ctx: Ctx) -> int:
    """A project whose earlier notice's deadline passed with no follow-up notice of the listed types."""
    total = 0
    for r in ctx.catalog.by_check("followup"):
        p = r.params
        worktables.bulk(
            ctx.conn, worktables.then, [{"rule_id": r.rule_id, "notice_type": t} for t in p["then"]]
        )
        fe = f_.alias("fe")
        src_from = n_
        if p["event"] == "publish_date":
            event = n_.c.publish_date
        else:
            src_from = n_.join(fe, and_(fe.c.notice_id == n_.c.id, fe.c.key == p["event"]))
            event = fe.c.value_date
        src = (
            select(n_.c.project_id, func.max(event).label("ev"), func.min(n_.c.id).label("nid"))
            .select_from(src_from)
            .where(
                n_.c.notice_type == p["notice_type"],
                # round 17a: a notice whose type only its title names, the body bearing out no stage of it
                # ('unsure'), starts no follow-up clock: the follow-up owed may be another stage's
                func.coalesce(n_.c.type_basis, "") != "unsure",
                visible(ctx.as_of),
                n_.c.project_id.is_not(None),
                event.is_not(None),
                of_due_scope(ctx, r, n_.c.project_id),
            )
            .group_by(n_.c.project_id)
            .subquery("src")
        )
        ce, c1, dwd = worktables.cal.alias("ce"), worktables.cal.alias("c1"), worktables.wd.alias("dwd")
        m = n_.alias("m")
        answered = exists(
            select(1).where(
                m.c.project_id == src.c.project_id,
                no_index(m.c.notice_type).in_(p["then"]),
                visible_by_project(ctx.as_of, m),
            )
        )
        sources = n_.alias("ps")
        outage = exists(
            select(1)
            .select_from(sources.join(h_, h_.c.source_key == sources.c.source_key))
            .where(sources.c.project_id == src.c.project_id, incomplete_near(ctx.as_of, ctx.lookback_days))
        )
        due = dwd.c.day
        unknown = and_(due.is_(None), ctx.as_of > ctx.cal_last, src.c.ev >= ctx.cal_first)
        overdue = literal(ctx.as_of_idx, Integer) - dwd.c.wd_idx
        escalate = p.get("escalate_after_wd", 10**6) if r.tag != "U" else 10**6  # unverified: never
        severity = case((unknown, s("info")), (overdue > escalate, s("serious")), else_=s(r.severity))
        row = {
            **rule_head(r, s(r.rule_id + ":p") + num_text(src.c.project_id), severity),
            **where_noticed(),
            "project_id": src.c.project_id,  # the project the rule grouped by
            "responsible_unit": s(r.responsible_unit),
            "field": s(p["field"]),
            **page_of(),
            "event_date": src.c.ev,
            "due_date": due,
            "overdue": case((unknown, null()), else_=overdue),
            "calendar_unknown": cast(unknown, Boolean),
            "suppressed": cast(outage, Boolean),
        }
        total += add_rows(
            ctx,
            row,
            src.join(n_, n_.c.id == src.c.nid)
            .outerjoin(ce, ce.c.day == src.c.ev)
            .outerjoin(c1, c1.c.day_no == ce.c.day_no + p.get("days", 0))
            .outerjoin(dwd, dwd.c.wd_idx == c1.c.wd_idx + p.get("wd", 0)),
            or_(and_(due.is_not(None), due < ctx.as_of), unknown),
            ~answered,
        )
    return total


# --- not_shared -----------------------------------------------------------------------------------


def check_shared(ctx: Ctx) -> int:
    """A city/county notice with no copy of the same type and project on the provincial platform."""
    from storage.queries import home_source_keys  # the registry's home flag, through storage

    total = 0
    for r in ctx.catalog.by_check("shared"):
        p = r.params
        cp, dwd = worktables.cal.alias("cp"), worktables.wd.alias("dwd")
        m = n_.alias("m")
        copied = exists(
            select(1).where(
                no_index(m.c.source_key) == p["platform"],
                m.c.project_id == n_.c.project_id,
                no_index(m.c.notice_type) == n_.c.notice_type,
                visible_by_project(ctx.as_of, m),
            )
        )
        due = dwd.c.day
        row = {
            **rule_head(r, s(r.rule_id + ":n") + num_text(n_.c.id)),
            **where_noticed(),
            "responsible_unit": _unit(ctx, r, n_.c.domain),
            **page_of(),
            "event_date": n_.c.publish_date,
            "due_date": due,
            "suppressed": cast(outage_near(ctx, literal(p["platform"], String)), Boolean),
        }
        total += add_rows(
            ctx,
            row,
            n_.join(cp, cp.c.day == n_.c.publish_date).join(
                dwd, dwd.c.wd_idx == cp.c.wd_idx + p.get("grace_wd", 1)
            ),
            n_.c.notice_type.in_(p["notice_types"]),
            n_.c.source_key.in_(home_source_keys()),
            visible(ctx.as_of),
            n_.c.project_id.is_not(None),
            due < ctx.as_of,
            ~copied,
            of_due_scope(ctx, r, n_.c.project_id),
        )
    return total


# --- removed_early --------------------------------------------------------------------------------


def check_visibility(ctx: Ctx) -> int:
    """A document removed on or before its publicity_end (it had to stay up through that day)."""
    total = 0
    for r in ctx.catalog.by_check("visibility"):
        p = r.params
        fe = f_.alias("fe")
        row = {
            **rule_head(r, s(r.rule_id + ":n") + num_text(n_.c.id)),
            **where_noticed(),
            "responsible_unit": s(r.responsible_unit),
            "field": s(p["end"]),
            **page_of(),
            "event_date": n_.c.publish_date,
            "due_date": fe.c.value_date,
            "actual_date": d_.c.removed_at,
        }
        total += add_rows(
            ctx,
            row,
            # from the removed pages (partial index), not from every notice of the types
            d_.join(n_, n_.c.document_id == d_.c.id).join(
                fe, and_(fe.c.notice_id == n_.c.id, fe.c.key == p["end"])
            ),
            no_index(n_.c.notice_type).in_(p["notice_types"]),
            visible(ctx.as_of),
            d_.c.removed_at.is_not(None),
            d_.c.removed_at <= ctx.as_of,
            d_.c.removed_at <= fe.c.value_date,
            fe.c.value_date.is_not(None),
        )
    return total


# --- silent_edit ----------------------------------------------------------------------------------


def check_silent_edits(ctx: Ctx) -> int:
    """A document whose text changed (a version with another sha256) with no correction notice in its project
    published on or before the night the change was first seen.

    The change compared is the FIRST one (the first version whose sha256 differs from the first
    version's): a correction published before it also covers every later change, and one published
    after it does not excuse it (docs/replica.md, silent_edit). The changed field is named afterwards
    (``monitor.edits``) from the two stored bodies.
    """
    total = 0
    for r in ctx.catalog.by_check("silent_edit"):
        p = r.params
        v0, v1, v2, vx = v_.alias("v0"), v_.alias("v1"), v_.alias("v2"), v_.alias("vx")
        m = n_.alias("m")
        seen = or_(v_.c.fetched_on.is_(None), v_.c.fetched_on <= ctx.as_of)
        versions: Any = v_
        if ctx.scoped:  # the versions of the scope's documents only
            sc, ns = worktables.scope, n_.alias("ns")
            versions = sc.join(ns, ns.c.id == sc.c.notice_id).join(v_, v_.c.document_id == ns.c.document_id)
        # only a document with a second version can have been edited: those are found on the
        # document_id index alone, instead of reading every version row (1,000,000 at 1M, issue 16)
        vc = v_.alias("vc")
        edited = select(vc.c.document_id).group_by(vc.c.document_id).having(func.count() > 1)
        first = (
            select(v_.c.document_id, func.min(v_.c.id).label("first"))
            .select_from(versions)
            .where(seen, v_.c.document_id.in_(edited))
            .group_by(v_.c.document_id)
            .subquery("vf")
        )
        vv = (  # the first version that differs from the first one
            select(first.c.document_id, first.c.first, func.min(vx.c.id).label("changed"))
            .select_from(
                first.join(v0, v0.c.id == first.c.first).join(
                    vx,
                    and_(
                        vx.c.document_id == first.c.document_id,
                        vx.c.id > first.c.first,
                        vx.c.sha256 != v0.c.sha256,
                    ),
                )
            )
            .where(or_(vx.c.fetched_on.is_(None), vx.c.fetched_on <= ctx.as_of))
            .group_by(first.c.document_id, first.c.first)
            .subquery("vv")
        )
        corrected = exists(  # a 更正公告 of the project published on or before the change was seen
            select(1).where(
                m.c.project_id == n_.c.project_id,
                no_index(m.c.notice_type).in_(p["corrections"]),
                visible_by_project(ctx.as_of, m),
                func.coalesce(m.c.publish_date, dt.date(9999, 12, 31))
                <= func.coalesce(v2.c.fetched_on, ctx.as_of),
            )
        )
        conds = [visible(ctx.as_of), ~n_.c.notice_type.in_(p["corrections"]), ~corrected]
        if p.get("notice_types"):
            conds.append(n_.c.notice_type.in_(p["notice_types"]))
        row = {
            **rule_head(r, s(r.rule_id + ":n") + num_text(n_.c.id)),
            **where_noticed(),
            "responsible_unit": _unit(ctx, r, n_.c.domain),
            "url": n_.c.url,
            "version_id": v1.c.id,
            "version_id2": v2.c.id,
            "value1": v1.c.sha256,
            "value2": v2.c.sha256,
            "project_number": n_.c.project_number,
            "title": n_.c.title,
            "event_date": n_.c.publish_date,
            "actual_date": v2.c.fetched_on,
        }
        total += add_rows(
            ctx,
            row,
            vv.join(n_, n_.c.document_id == vv.c.document_id)
            .join(v1, v1.c.id == vv.c.first)
            .join(v2, v2.c.id == vv.c.changed),
            *conds,
        )
    return total


# --- value_mismatch -------------------------------------------------------------------------------


def check_consistency(ctx: Ctx) -> int:
    """Notices of one project stating different values (numbers beyond a tolerance, or texts)."""
    total = 0

    def pid_of(walk: bool) -> Any:
        """The project id of the walk (``walk``) as ``project_id + 0``: never the walk's index, for its
        range or its order. Why: the walk is chosen below (keys or types); with the statistics of a
        project index filled row by row (the numbers linked as the notices were stored) SQLite costed
        ``project_id IS NOT NULL`` as a short range of it, or its order as saving the GROUP BY's sort,
        and walked every linked notice in project order instead (1.2 → 2.0 s at 1M notices, issue 16).
        The look-ups by one project (``by_project``: ``pid = ?``) keep the plain column and its index."""
        return n_.c.project_id + 0 if walk else n_.c.project_id

    for r in ctx.catalog.by_check("consistency"):
        p = r.params
        keys = [p["field"], *p.get("also", [])]
        numeric = p.get("tolerance") is not None
        val = f_.c.value_num if numeric else func.replace(func.lower(func.trim(f_.c.value_text)), " ", "")

        # the stated values: of the scope's notices (whole projects) or, on a full night, of every notice
        # reached by the shorter walk (``walk_keys``); and of every notice for the per-project look-ups
        # below, which go by the project index (a project's values are the same)
        by_keys = walk_keys(ctx, keys, p["notice_types"])
        base, by_project = (
            select(pid_of(scoped).label("pid"), n_.c.id.label("nid"), val.label("v"))
            .select_from((notices_of(ctx) if scoped else n_).join(f_, f_.c.notice_id == n_.c.id))
            .where(
                f_.c.key.in_(keys),
                (
                    (no_index(n_.c.notice_type) if by_keys else type_of(ctx)) if scoped else n_.c.notice_type
                ).in_(p["notice_types"]),
                visible(ctx.as_of),
                pid_of(scoped).is_not(None),
                val.is_not(None),
            )
            .subquery("b")
            for scoped in (True, False)
        )
        spread = (
            (func.max(base.c.v) - func.min(base.c.v)) > p["tolerance"]
            if numeric
            else (func.count(func.distinct(base.c.v)) > 1)
        )
        grp = (
            select(base.c.pid, func.min(base.c.v).label("lo"), func.max(base.c.v).label("hi"))
            .group_by(base.c.pid)
            .having(spread)
            .subquery("g")
        )
        b1, b2 = by_project.alias("b1"), by_project.alias("b2")
        n1 = select(func.min(b1.c.nid)).where(b1.c.pid == grp.c.pid, b1.c.v == grp.c.lo).scalar_subquery()
        n2 = select(func.max(b2.c.nid)).where(b2.c.pid == grp.c.pid, b2.c.v == grp.c.hi).scalar_subquery()
        na, nb = n_.alias("na"), n_.alias("nb")
        values = (
            {"num1": grp.c.lo, "num2": grp.c.hi}
            if numeric
            else {"value1": cast(grp.c.lo, String), "value2": cast(grp.c.hi, String)}
        )
        row = {
            **rule_head(r, s(r.rule_id + ":p") + num_text(grp.c.pid)),
            **where_noticed(nb),
            "project_id": grp.c.pid,
            "responsible_unit": s(r.responsible_unit),
            "field": s(p["field"]),
            "url2": na.c.url,
            "url": nb.c.url,
            "version_id2": na.c.version_id,
            "version_id": nb.c.version_id,
            "project_number": nb.c.project_number,
            "title": nb.c.title,
            **values,
        }
        total += add_rows(ctx, row, grp.join(na, na.c.id == n1).join(nb, nb.c.id == n2))
    return total


# --- channel_silent -------------------------------------------------------------------------------


def check_silence(ctx: Ctx) -> int:
    """A channel without new postings for longer than it normally is, counting only complete crawl nights."""
    total = 0
    for r in ctx.catalog.by_check("silence"):
        p = r.params
        since = ctx.as_of - dt.timedelta(days=p.get("history_days", 180))
        # by the (source, channel, date) index alone; a silent channel's domain and region are then
        # read from its notices (a few channels instead of every notice's row)
        ch = (
            select(
                n_.c.source_key,
                n_.c.channel_key,
                func.min(n_.c.publish_date).label("first"),
                func.max(n_.c.publish_date).label("last"),
                func.count().label("cnt"),
            )
            .where(visible(ctx.as_of), n_.c.publish_date >= since)
            .group_by(n_.c.source_key, n_.c.channel_key)
            .subquery("ch")
        )
        mc = n_.alias("mc")
        channel_rows = and_(
            mc.c.source_key == ch.c.source_key,
            mc.c.channel_key == ch.c.channel_key,
            visible(ctx.as_of, mc),
            mc.c.publish_date >= since,
        )
        domain, region = (
            select(func.min(col)).where(channel_rows).scalar_subquery() for col in (mc.c.domain, mc.c.region)
        )
        cf, cl = worktables.cal.alias("cf"), worktables.cal.alias("cl")
        quiet = (
            select(func.count(func.distinct(h_.c.night)))
            .where(
                h_.c.source_key == ch.c.source_key,
                or_(h_.c.channel_key == ch.c.channel_key, h_.c.channel_key == ""),
                h_.c.complete.is_(True),
                h_.c.night > ch.c.last,
                h_.c.night <= ctx.as_of,
            )
            .scalar_subquery()
        )
        avg_gap = (cl.c.day_no - cf.c.day_no) / (ch.c.cnt - 1.0)
        threshold = case(
            (avg_gap * p.get("factor", 4.0) > p.get("min_days", 14), avg_gap * p.get("factor", 4.0)),
            else_=float(p.get("min_days", 14)),
        )
        row = {
            **rule_head(r, s(r.rule_id + ":s") + ch.c.source_key + s(":") + ch.c.channel_key),
            "source_key": ch.c.source_key,
            "domain": domain,
            "region": region,
            "responsible_unit": _unit(ctx, r, domain),
            "value1": ch.c.channel_key,
            "actual_date": ch.c.last,
            "overdue": cast(quiet, Integer),
            "num1": cast(threshold, Integer),
        }
        total += add_rows(
            ctx,
            row,
            ch.join(cf, cf.c.day == ch.c.first).join(cl, cl.c.day == ch.c.last),
            ch.c.cnt >= 5,
            quiet > threshold,
        )
    return total


# --- register expectations ------------------------------------------------------------------------


def check_register(ctx: Ctx) -> int:
    """A department's register item whose due date passed with no matching notice."""
    total = 0
    for r in ctx.catalog.by_check("register"):
        m = n_.alias("m")
        by_number = and_(e_.c.project_number.is_not(None), m.c.project_number == e_.c.project_number)
        by_subject = and_(e_.c.project_number.is_(None), m.c.title.contains(e_.c.subject))
        type_ok = or_(e_.c.notice_type.is_(None), m.c.notice_type == e_.c.notice_type)
        found = exists(select(1).where(or_(by_number, by_subject), type_ok, visible(ctx.as_of, m)))
        ca = worktables.cal.alias("ca")
        overdue = literal(ctx.as_of_idx, Integer) - ca.c.wd_idx
        severity = case(
            (overdue > r.params.get("escalate_after_wd", 10**6), s("serious")), else_=s(r.severity)
        )
        row = {
            **rule_head(r, s(r.rule_id + ":e") + num_text(e_.c.id), severity),
            "domain": e_.c.domain,
            "notice_type": e_.c.notice_type,
            "region": e_.c.region,
            "responsible_unit": s(r.responsible_unit),
            "primary_unit": e_.c.responsible_unit,
            "field": s("register"),
            "project_number": e_.c.project_number,
            "title": e_.c.subject,
            "due_date": e_.c.due_date,
            "overdue": overdue,
            "suppressed": false(),
        }
        total += add_rows(
            ctx,
            row,
            e_.outerjoin(ca, ca.c.day == e_.c.due_date),
            e_.c.origin == "register",
            e_.c.due_date.is_not(None),
            e_.c.due_date < ctx.as_of,
            ~found,
        )
    return total


#: the rules whose candidates change only with the evidence of a notice's project (never with the calendar
#: alone): an incremental night evaluates them for the scope only. The others (a follow-up or a copy
#: falls due, a channel stays silent, a register item passes its date, a page is removed) run in full.
SCOPED_CHECKS = ("required_fields", "deadline", "lead_time", "period", "silent_edit", "consistency")

ALL_CHECKS = (
    check_required_fields,
    check_deadlines,
    check_lead_time,
    check_periods,
    check_followups,
    check_shared,
    check_visibility,
    check_silent_edits,
    check_consistency,
    check_silence,
    check_register,
)
