"""Deterministic corpus generator for the replica (``python -m replica.generate``).

``generate(seed, notices, out_dir, start_date=..., days=...)`` writes ``postings.jsonl`` and
``manifest.json`` in the format of docs/architecture.md and returns the manifest dict.
"""

from __future__ import annotations

from .cli import main
from .core import DEFAULT_DAYS, DEFAULT_START, NOTICE_TYPES, generate

__all__ = ["DEFAULT_DAYS", "DEFAULT_START", "NOTICE_TYPES", "generate", "main"]
