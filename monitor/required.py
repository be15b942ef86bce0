"""For one extracted record: each item its notice type requires, and whether it was read.

``read``: a value was extracted. ``gap``: the page prints the item's label (or a synonym) but no value
was read — an extraction gap for the office's review list (未能识别，待人工核对), never a finding against
the responsible unit. ``missing``: the page does not state the item (its label is absent) — what the
``required_fields`` check reports as 要素缺失. Same definitions as ``checks.check_required_fields``.

A notice whose type rests on body cues alone (``type_basis`` ``body``: no title, heading or channel
names it) is never held to its type's items: an item it lacks is a ``gap`` too, with the reason
类型由正文推断，待人工核对 — the type may be our mistake (a result read as a tender lacks a tender's
items naturally), and a finding against the unit must not rest on it. Round 17a: nor is a notice whose
type only its title names while its body bears out no stage of it (``unsure``), with the reason
类型仅凭标题判断，正文未见佐证，待人工核对.

Issue 12: nor is a notice of a source whose pages have not passed an acceptance (``accepted``: the sources
with an acceptance in force, as ``pubwatch.acceptance`` reads them; ``None`` = every source, the policy
``all``): an item it lacks is a ``gap`` with the reason 本来源版式尚未经抽样验收，待人工核对. A record knows its
source only when its caller says so (``source_key``: the crawler's notices do; ``pubwatch extract FILE``
only with ``--source``, a saved file naming none); a record that names none is judged as before.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor.catalog import Catalog, load_catalog
from vocabulary import (
    INFERRED_TYPE_BASES,
    MENTION_MARK,
    SOURCE_UNACCEPTED_REASON,
    TYPE_INFERRED_REASON,
    TYPE_UNSURE_REASON,
    UNREAD_MARK,
)

#: notice columns the check also reads (a value there counts as read)
_COLUMN_KEYS = ("project_number", "project_name", "purchaser", "title", "publish_date")


def required_keys(catalog: Catalog, notice_type: str, title: str = "") -> list[str]:
    """The enforced required items of ``notice_type`` (rules limited by a title word applied)."""
    keys: list[str] = []
    for rule in catalog.by_check("required_fields"):
        if rule.params["notice_type"] != notice_type:
            continue
        word = rule.params.get("title_contains", "")
        if word and word not in (title or ""):
            continue
        keys += [
            f.key
            for f in rule.params["fields"]
            if f.enforce and f.key not in keys and not owed_by_none(f.unless_title, title)
        ]
    return keys


def owed_by_none(unless_title: tuple[str, ...], title: str) -> bool:
    """Whether the title names a sub-kind that does not owe the item (``FieldReq.unless_title``)."""
    return any(word in (title or "") for word in unless_title)


def type_inferred(record: Mapping[str, Any]) -> bool:
    """Whether the record's notice type was only inferred from body cues (``type_basis`` ``body`` or
    ``none``). A record with no basis (stored before it was recorded) counts as confirmed."""
    return str(record.get("type_basis") or "") in INFERRED_TYPE_BASES


def source_unaccepted(record: Mapping[str, Any], accepted: frozenset[str] | None) -> bool:
    """Whether the record names its source and no acceptance of that source is in force (``accepted``:
    the sources with one; ``None``: every source counts as accepted, the policy ``all``)."""
    source = str(record.get("source_key") or "")
    return accepted is not None and bool(source) and source not in accepted


def required_detail(
    record: Mapping[str, Any], catalog: Catalog | None = None, accepted: frozenset[str] | None = None
) -> dict[str, tuple[str, str]]:
    """``{key: (status, reason)}`` for each item the record's notice type requires: the status of
    :func:`required_status`, and for a gap why it is one (the label printed, the type inferred, or the
    record's source not accepted: ``accepted`` as in :func:`source_unaccepted`)."""
    catalog = catalog or load_catalog()
    unaccepted = source_unaccepted(record, accepted)
    fields = record.get("fields") or {}
    gaps = record.get("gaps") or {}
    inferred = type_inferred(record)
    # round 17a: a type its title names and its body does not bear out has its own reason
    why_type = TYPE_UNSURE_REASON if record.get("type_basis") == "unsure" else TYPE_INFERRED_REASON
    out: dict[str, tuple[str, str]] = {}
    for key in required_keys(catalog, str(record.get("notice_type", "")), str(fields.get("title", ""))):
        value = fields.get(key)
        if value not in (None, "", []):
            out[key] = ("read", "")
        elif key in gaps and gaps[key].startswith(MENTION_MARK):
            # the safety net (extractors/mentioned.py): the page names the item's concept, no label of it was found
            out[key] = ("gap", f"{gaps[key]}，未见其标签或未能读取，待人工核对")
        elif key in gaps and gaps[key].startswith(UNREAD_MARK):
            # the guard under the net (extractors/unread.py): a label we could not map may hold the item
            out[key] = ("gap", f"{gaps[key]}，待人工核对")
        elif key in gaps:
            out[key] = ("gap", f"载有「{gaps[key]}」，未能读取其内容，待人工核对")
        elif inferred:
            # the page may well lack the item, but the type that requires it is our guess: not missing
            # against the unit, a question for the office
            out[key] = ("gap", why_type)
        elif unaccepted:
            # the layout of the record's source was never measured blind: not missing against the unit
            # until its pages pass an acceptance (checks.check_required_fields does the same)
            out[key] = ("gap", SOURCE_UNACCEPTED_REASON)
        else:
            out[key] = ("missing", "")
    return out


def required_status(
    record: Mapping[str, Any], catalog: Catalog | None = None, accepted: frozenset[str] | None = None
) -> dict[str, str]:
    """``{key: "read" | "missing" | "gap"}`` for each item the record's notice type requires."""
    return {k: status for k, (status, _reason) in required_detail(record, catalog, accepted).items()}
