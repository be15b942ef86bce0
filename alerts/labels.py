"""Compatibility re-export: the labels live in :mod:`vocabulary` (one definition for every package).

Why kept: code written against ``alerts.labels`` keeps working; new code imports ``vocabulary``.
"""

from __future__ import annotations

from vocabulary import DOMAINS, EVENTS, KINDS, REGIONS, SEVERITIES, UNKNOWN_UNIT, label
from vocabulary import severity_order as severity_rank

__all__ = ["DOMAINS", "EVENTS", "KINDS", "REGIONS", "SEVERITIES", "UNKNOWN_UNIT", "label", "severity_rank"]
