"""A new source is one registry entry: the home flag reaches the ``shared`` rule through storage, and
rules naming a source are checked against the registry at load."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from conftest import Data
from sqlalchemy import Engine

import monitor
from crawler.sources import REGISTRY_PATH
from monitor.catalog import RULES_DIR, CatalogError, SourceFacts, load_catalog
from pubwatch.source_facts import publish_sources, source_facts

D = dt.date

NEW_COUNTY = """
[[sources]]
key = "kecheng_test"
name = "柯城区公共资源交易 (a second county platform, test only)"
family = "hanweb_jpage"
base_url = "https://kecheng-test.invalid"
region = "330802"
home = true
evidence = "none"

[[sources.channels]]
key = "ct1"
name = "建设工程-招标公告"
domain = "construction"
notice_type = "construction.tender"
responsible_unit = "柯城区公共资源交易中心"
evidence = "none"
"""


def _registry_with_new_county(tmp_path: Path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(REGISTRY_PATH.read_text(encoding="utf-8") + NEW_COUNTY, encoding="utf-8")
    return path


def _rules_copy(tmp_path: Path) -> Path:
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR / "quzhou", rules / "quzhou")
    return rules


def test_a_new_county_source_is_one_registry_entry(tmp_path: Path, engine: Engine, data: Data) -> None:
    """Only the registry (a temp copy) changes: the packaged rules pass the check against it, and the
    new platform's unshared notice is found once its entry reaches the sources table."""
    registry = _registry_with_new_county(tmp_path)
    facts = publish_sources(engine, registry)
    assert facts["kecheng_test"].home and facts["kecheng_test"].region == "330802"
    load_catalog(sources=facts)  # the rules' check against the registry passes, no rule file edited

    as_of = D(2026, 3, 4)
    _, lonely = data.notice(
        "construction.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-30"},
        project_number="K-1",
        source="kecheng_test",
        region="330802",
    )
    monitor.run_checks(engine, as_of, sources=facts)
    found = [f for f in monitor.findings_as_json(engine, as_of) if f["kind"] == "not_shared"]
    assert [(f["source_key"], f["url"]) for f in found] == [("kecheng_test", lonely)]


def test_home_flag_comes_from_the_sources_table(engine: Engine, data: Data) -> None:
    """A platform the registry does not mark home is not asked to share (the same notice on an
    unknown source is not flagged), so the flag, not a list in the rules, decides."""
    as_of = D(2026, 3, 4)
    data.notice(
        "construction.tender",
        D(2026, 3, 2),
        {"bid_deadline": "2026-03-30"},
        project_number="K-2",
        source="not_registered",
    )
    monitor.run_checks(engine, as_of, sources=source_facts())
    assert [f for f in monitor.findings_as_json(engine, as_of) if f["kind"] == "not_shared"] == []


def test_a_rule_naming_an_unknown_source_fails_at_load(tmp_path: Path) -> None:
    rules = _rules_copy(tmp_path)
    general = rules / "quzhou" / "general.toml"
    text = general.read_text(encoding="utf-8")
    assert 'platform = "zjggzy"' in text
    general.write_text(text.replace('platform = "zjggzy"', 'platform = "zjgzy"'), encoding="utf-8")
    load_catalog(rules_dir=rules)  # readers that only show rule names do not need the registry
    with pytest.raises(CatalogError) as err:
        load_catalog(rules_dir=rules, sources=source_facts())
    assert "share.zjggzy" in str(err.value) and "'zjgzy'" in str(err.value)


def test_a_registry_without_home_sources_leaves_the_shared_rule_nothing_to_check(tmp_path: Path) -> None:
    """A deployment (or test) watching one site loads the packaged rules: the shared rule's platform
    need not be watched where no source is home; with a home source it must be."""
    rules = _rules_copy(tmp_path)
    general = rules / "quzhou" / "general.toml"
    general.write_text(
        general.read_text(encoding="utf-8").replace('platform = "zjggzy"', 'platform = "zjgzy"'),
        encoding="utf-8",
    )
    one_site = {"hostile": SourceFacts(key="hostile", region="330800")}
    load_catalog(rules_dir=rules, sources=one_site)
    with_home = {"hostile": SourceFacts(key="hostile", region="330800", home=True)}
    with pytest.raises(CatalogError, match="'zjgzy' is not a source of the registry"):
        load_catalog(rules_dir=rules, sources=with_home)


def test_the_shared_platform_must_be_provincial(tmp_path: Path) -> None:
    rules = _rules_copy(tmp_path)
    general = rules / "quzhou" / "general.toml"
    text = general.read_text(encoding="utf-8")
    general.write_text(text.replace('platform = "zjggzy"', 'platform = "kecheng"'), encoding="utf-8")
    with pytest.raises(CatalogError, match="'kecheng' is not a provincial platform"):
        load_catalog(rules_dir=rules, sources=source_facts())


def test_home_sources_in_a_rule_file_points_to_the_registry(tmp_path: Path) -> None:
    rules = _rules_copy(tmp_path)
    general = rules / "quzhou" / "general.toml"
    text = general.read_text(encoding="utf-8")
    general.write_text(
        text.replace('platform = "zjggzy"\n', 'platform = "zjggzy"\nhome_sources = ["kecheng"]\n'),
        encoding="utf-8",
    )
    with pytest.raises(CatalogError, match=r"share\.zjggzy.*home = true in the source registry"):
        load_catalog(rules_dir=rules)
