"""The table of item names (vocabulary.items) against the rules catalog that prints them."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.mentioned import stems
from monitor.catalog import RULES_DIR, load_catalog
from monitor.taxonomy import FIELD_KEYS
from vocabulary.items import ITEM_NAMES

JURISDICTIONS = sorted(p.name for p in Path(RULES_DIR).iterdir() if p.is_dir())


@pytest.mark.parametrize("jurisdiction", JURISDICTIONS)
def test_every_shipped_rule_names_its_items_in_the_table(jurisdiction: str) -> None:
    """A rule that prints an item under words the table lacks would leave the safety net without that name."""
    catalog = load_catalog(jurisdiction)
    missing = sorted(
        {
            (f.key, f.label)
            for rule in catalog.by_check("required_fields")
            for f in rule.params["fields"]
            if f.label not in ITEM_NAMES.get(f.key, ())
        }
    )
    assert missing == [], f"add these names to vocabulary/items.py: {missing}"


def test_table_keys_are_field_keys_and_names_are_chinese() -> None:
    assert set(ITEM_NAMES) <= FIELD_KEYS
    for key, names in ITEM_NAMES.items():
        assert names, key
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in n) for n in names), key


def test_the_net_takes_its_names_from_the_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """A name added to the table becomes a stem of the item (the net reads the table, not the monitor's files)."""
    import extractors.mentioned as mentioned

    monkeypatch.setitem(mentioned.ITEM_NAMES, "fax", ("图文传真号码",))
    for cached in (mentioned.item_words, stems, mentioned._stem_pattern):
        cached.cache_clear()
    try:
        assert "图文传真号码" in stems("fax")
    finally:
        for cached in (mentioned.item_words, stems, mentioned._stem_pattern):
            cached.cache_clear()
