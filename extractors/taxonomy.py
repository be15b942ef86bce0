"""The notice taxonomy: domains and their notice types (docs/taxonomy.md).

The definition lives in :mod:`vocabulary` (the bottom layer every package may import, so the
monitor's catalog can check names against it without importing the extractors); this module
re-exports it for the extractors and the crawler's registry (the replica keeps its own copy on purpose: it is
the independent ground truth).
"""

from __future__ import annotations

from vocabulary import NOTICE_TYPES, TYPES

#: the domains in the taxonomy's order (the keys of ``TYPES``): one list for the classifier and the registry's
#: ``domain`` field, which wrote it out twice until stop 31
DOMAINS: tuple[str, ...] = tuple(TYPES)

__all__ = ["DOMAINS", "NOTICE_TYPES", "TYPES"]
