"""The registry's facts for the monitor: which sources exist, their region, which are a region's home.

Why here: the monitor may not import the crawler (``.importlinter``), yet its ``shared`` rule must
know which platforms are a region's home and its catalog must reject a rule naming a source the
registry does not have. ``pubwatch`` sits above both: it reads the registry once, writes its source
rows (key, region, home, provincial; channels are the crawl's business) into the ``sources`` table
the monitor's SQL reads, and hands the same facts to the catalog loader. So a new county platform
is one ``[[sources]]`` entry with ``home = true`` and nothing else.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sqlalchemy import Engine

from crawler.sources import Source, load_registry
from monitor.catalog import SourceFacts
from storage.evidence import sync_sources


def facts_of(registry: Mapping[str, Source]) -> dict[str, SourceFacts]:
    """The registry's sources as the monitor sees them."""
    return {
        key: SourceFacts(key=key, region=src.region, home=src.home, provincial=src.provincial)
        for key, src in registry.items()
    }


def source_facts(registry_path: str | Path | None = None) -> dict[str, SourceFacts]:
    """The facts of the registry file (``PUBWATCH_SITE_URLS`` applies as for a crawl, so a test-only
    stand-in is present exactly when it can be crawled)."""
    return facts_of(load_registry(registry_path))


def publish_sources(engine: Engine, registry_path: str | Path | None = None) -> dict[str, SourceFacts]:
    """Write the registry's source rows into storage (not its channels) and return the facts.

    Why before every check run: a crawl writes only the sources it crawled, and a registry edit
    (a platform marked home) must reach the monitor even on a night without a crawl.
    """
    registry = load_registry(registry_path)
    sync_sources(engine, [src.model_dump(exclude={"channels"}) for src in registry.values()])
    return facts_of(registry)
