"""One base spider per platform family; ``FAMILY_CLASSES`` maps registry family names to them.

The family names and where their classes live are listed once, in ``crawler.sources.FAMILIES``
(the registry validates ``family`` against it without importing any spider).
"""

from __future__ import annotations

import importlib

from crawler.families.base import SourceSpider
from crawler.sources import FAMILIES


def _load(family: str, path: str) -> type[SourceSpider]:
    module, _, name = path.partition(":")
    cls = getattr(importlib.import_module(module), name)
    if not (isinstance(cls, type) and issubclass(cls, SourceSpider)):
        raise TypeError(f"{path} is not a SourceSpider")
    if cls.family != family:
        raise TypeError(f"{path} declares family {cls.family!r}, registered as {family!r}")
    return cls


FAMILY_CLASSES: dict[str, type[SourceSpider]] = {fam: _load(fam, path) for fam, path in FAMILIES.items()}
__all__ = ["FAMILY_CLASSES", "SourceSpider"]
