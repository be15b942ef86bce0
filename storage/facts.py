"""Per-notice facts written with the notice: which set of field keys it has (``key_sets``).

Why (issue 16): the required-items check asked, for each of a million notices every first night,
how many of its type's required keys its ``notice_fields`` rows name (1.8 s of CPU). Notices share
a few sets of keys; recorded when the fields are written, each set is judged once at night
(``monitor.checks``) and only the notices of a set lacking an item are read. The cost moves to the
store: two statements per stored notice.

The night trusts these facts only when every notice has one (counts equal); otherwise it counts
rows as before. Like the incremental night, it relies on every write of a notice's fields going
through ``storage.evidence`` (or calling :func:`record_key_sets` after writing them).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from sqlalchemy import Connection, bindparam, func, literal, select
from sqlalchemy.dialects import postgresql, sqlite

from storage.models import KeySet, Notice, NoticeField, NoticeKeySet

t_n = Notice.__table__
t_f = NoticeField.__table__
t_k = KeySet.__table__
t_nk = NoticeKeySet.__table__

#: joins a notice's keys (field keys are identifiers: no comma in them)
SEP = ","


def record_key_sets(conn: Connection, first_id: int, last_id: int) -> None:
    """(Re)record the key set of the notices with ids ``first_id`` … ``last_id`` (after their fields
    were written): the sets not seen before, then each notice's set. Two statements whatever the
    count, built once per dialect."""
    bounds = {"first_id": first_id, "last_id": last_id}
    for stmt in _statements(conn.dialect.name):
        conn.execute(stmt, bounds)


def keys_sql(dialect: str, notice_id: Any) -> Any:
    """A notice's field keys joined by :data:`SEP` in key order ('' without rows). SQLite: the
    ``(notice_id, key)`` index yields them in key order; were the order ever different, a set would be
    recorded twice under two spellings, each judged correctly (the night tests membership, not order)."""
    if dialect == "postgresql":
        agg = func.string_agg(t_f.c.key, postgresql.aggregate_order_by(literal(SEP), t_f.c.key))
    else:
        agg = func.group_concat(t_f.c.key, SEP)
    return func.coalesce(select(agg).where(t_f.c.notice_id == notice_id).scalar_subquery(), "")


@cache
def _statements(dialect: str) -> tuple[Any, Any]:
    """The sets not seen before, then each notice's set (replacing the one it had: an upsert, one
    statement fewer than a delete and an insert in the store's per-page path)."""
    which = t_n.c.id.between(bindparam("first_id"), bindparam("last_id"))
    keys = keys_sql(dialect, t_n.c.id)
    dml: Any = postgresql if dialect == "postgresql" else sqlite
    new_sets = (
        dml.insert(t_k)
        .from_select(["notice_type", "keys"], select(t_n.c.notice_type, keys).where(which).distinct())
        .on_conflict_do_nothing()
    )
    each = dml.insert(t_nk).from_select(
        ["notice_id", "key_set_id"],
        select(t_n.c.id, t_k.c.id)
        .select_from(t_n.join(t_k, (t_k.c.notice_type == t_n.c.notice_type) & (t_k.c["keys"] == keys)))
        .where(which),
    )
    each = each.on_conflict_do_update(
        index_elements=[t_nk.c.notice_id], set_={"key_set_id": each.excluded.key_set_id}
    )
    return new_sets, each
