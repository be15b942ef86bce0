"""Provenance of the registry: which values independent evidence supports, and which it does not.

Why: the monitor turns "not found" into findings against a 责任单位. A channel whose code or type
nobody outside the project has ever seen may simply be wrong, so its silence is a question for the
office about the channel, not a violation by the unit. Everything shown to people (``pubwatch
sources``, crawl health, findings) therefore says whether a value is verified, and by what.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crawler.sources import Source, load_registry


def channel_provenance(source: Source) -> dict[str, dict[str, Any]]:
    """``{channel key: {"evidence", "verified", "note"}}`` of one source."""
    return {c.key: {"evidence": c.evidence, "verified": c.verified, "note": c.note} for c in source.channels}


def registry_provenance(path: str | Path | None = None) -> list[dict[str, Any]]:
    """Every source and channel with its evidence (a citation, or ``"none"``) and ``verified``."""
    out = []
    for src in load_registry(path).values():
        out.append(
            {
                "key": src.key,
                "name": src.name,
                "family": src.family,
                "region": src.region,
                "base_url": src.base_url,
                "era": src.era,
                "evidence": src.evidence,
                "verified": src.verified,
                "note": src.note,
                "channels": [
                    {
                        "key": c.key,
                        "name": c.name,
                        "domain": c.domain,
                        "notice_type": c.notice_type,
                        "evidence": c.evidence,
                        "verified": c.verified,
                        "note": c.note,
                    }
                    for c in src.channels
                ],
            }
        )
    return out
