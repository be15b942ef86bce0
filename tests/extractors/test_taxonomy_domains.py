"""extractors.taxonomy.DOMAINS: the one tuple of domains the crawler's registry reads (its Literal of domains)."""

from __future__ import annotations

from extractors.taxonomy import DOMAINS, TYPES


def test_domains_are_the_taxonomy_keys_in_order() -> None:
    """The taxonomy's order (procurement first, other last), which the registry's Literal lists."""
    assert DOMAINS == tuple(TYPES)
    assert DOMAINS[0] == "procurement" and DOMAINS[-1] == "other"
