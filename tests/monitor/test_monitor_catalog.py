"""The rules catalog loads, covers the plan, and rejects wrong edits with clear errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from monitor.catalog import RULES_DIR, CatalogError, load_catalog
from monitor.taxonomy import KINDS


def test_quzhou_catalog_covers_domains_and_kinds() -> None:
    cat = load_catalog("quzhou")
    assert {r.domain for r in cat.rules} >= {
        "procurement",
        "construction",
        "land",
        "mining",
        "property",
        "emission",
        "housing",
        "admin",
        "general",
    }
    assert {r.kind for r in cat.rules} == set(KINDS)
    for r in cat.rules:
        assert r.name and r.legal_source and r.responsible_unit
        if r.tag == "U":
            assert r.severity == "warning"
    res = cat.get("procurement.result.deadline")
    assert (res.params["event"], res.params["days"], res.params["unit"]) == ("award_date", 2, "wd")
    assert cat.get("land.deal_result.deadline").params["days"] == 10
    assert cat.get("admin.penalty.deadline").params["days"] == 7
    # today's unit names, the plan's kept
    land = cat.get("land.deal_result.deadline")
    assert "国土局" in land.responsible_unit_plan and "自然资源和规划局" in land.responsible_unit


def _copy(tmp_path: Path) -> Path:
    shutil.copytree(RULES_DIR / "quzhou", tmp_path / "x")
    return tmp_path


BAD_RULE = """
[[rule]]
rule_id = "{rid}"
kind = "{kind}"
check = "{check}"
name = "测试"
notice_type = "procurement.result"
event = "{event}"
days = 2
unit = "wd"
legal_source = "测试"
tag = "{tag}"
{extra}
"""


@pytest.mark.parametrize(
    ("fmt", "message"),
    [
        ({"kind": "late", "check": "deadline", "event": "award_date", "tag": "V1"}, "kind 'late'"),
        ({"kind": "late_posting", "check": "deadlin", "event": "award_date", "tag": "V1"}, "check 'deadlin'"),
        ({"kind": "late_posting", "check": "deadline", "event": "award_day", "tag": "V1"}, "not a date key"),
        ({"kind": "late_posting", "check": "deadline", "event": "award_date", "tag": "V3"}, "tag must be"),
        (
            {
                "kind": "late_posting",
                "check": "deadline",
                "event": "award_date",
                "tag": "U",
                "extra": 'severity = "violation"',
            },
            "unverified",
        ),
        ({"kind": "missing_field", "check": "deadline", "event": "award_date", "tag": "V1"}, "does not fit"),
        (
            {
                "kind": "late_posting",
                "check": "deadline",
                "event": "award_date",
                "tag": "V1",
                "extra": "bogus = 1",
            },
            "unknown keys",
        ),
        (
            {
                "rid": "procurement.result.deadline",
                "kind": "late_posting",
                "check": "deadline",
                "event": "award_date",
                "tag": "V1",
            },
            "defined twice",
        ),
    ],
)
def test_catalog_validation_errors(tmp_path: Path, fmt: dict, message: str) -> None:
    root = _copy(tmp_path)
    fmt = {"rid": "test.rule", "extra": "", **fmt}
    with (root / "x" / "procurement.toml").open("a", encoding="utf-8") as fh:
        fh.write(BAD_RULE.format(**fmt))
    with pytest.raises(CatalogError, match=message) as exc:
        load_catalog("x", root)
    assert "procurement.toml" in str(exc.value)


def test_unknown_field_key_and_missing_jurisdiction(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    p = root / "x" / "emission.toml"
    p.write_text(p.read_text(encoding="utf-8").replace('key = "fax"', 'key = "faxx"'), encoding="utf-8")
    with pytest.raises(CatalogError, match="faxx"):
        load_catalog("x", root)
    with pytest.raises(CatalogError, match="no rules catalog"):
        load_catalog("nowhere", root)
