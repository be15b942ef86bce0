"""For one extracted record: each item its notice type requires, and whether it was read.

``read``: a value was extracted. ``gap``: the page prints the item's label (or a synonym) but no value
was read — an extraction gap for the office's review list (未能识别，待人工核对), never a finding against
the responsible unit. ``missing``: the page does not state the item (its label is absent) — what the
``required_fields`` check reports as 要素缺失. Same definitions as ``checks.check_required_fields``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from monitor.catalog import Catalog, load_catalog

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
        keys += [f.key for f in rule.params["fields"] if f.enforce and f.key not in keys]
    return keys


def required_status(record: Mapping[str, Any], catalog: Catalog | None = None) -> dict[str, str]:
    """``{key: "read" | "missing" | "gap"}`` for each item the record's notice type requires."""
    catalog = catalog or load_catalog()
    fields = record.get("fields") or {}
    gaps = record.get("gaps") or {}
    out: dict[str, str] = {}
    for key in required_keys(catalog, str(record.get("notice_type", "")), str(fields.get("title", ""))):
        value = fields.get(key)
        if value not in (None, "", []):
            out[key] = "read"
        elif key in gaps:
            out[key] = "gap"
        else:
            out[key] = "missing"
    return out
