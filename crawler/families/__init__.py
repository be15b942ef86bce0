"""One base spider per platform family; ``FAMILY_CLASSES`` maps registry family names to them."""

from __future__ import annotations

import importlib

from crawler.families.base import SourceSpider

_MODULES = {
    "zfcg": "crawler.families.zfcg:ZfcgSpider",
    "hanweb_column": "crawler.families.hanweb_column:HanwebColumnSpider",
    "hanweb_jpage": "crawler.families.hanweb_jpage:HanwebJpageSpider",
    "epoint_trade": "crawler.families.epoint_trade:EpointTradeSpider",
    "epoint_fulltext": "crawler.families.epoint_fulltext:EpointFullTextSpider",
    "longyou": "crawler.families.longyou:LongyouSpider",
    "static_cms": "crawler.families.static_cms:StaticCmsSpider",
    "js_rendered": "crawler.families.js_rendered:JsRenderedSpider",
}


def _load(path: str) -> type[SourceSpider]:
    module, _, name = path.partition(":")
    cls = getattr(importlib.import_module(module), name)
    if not (isinstance(cls, type) and issubclass(cls, SourceSpider)):
        raise TypeError(f"{path} is not a SourceSpider")
    return cls


FAMILY_CLASSES: dict[str, type[SourceSpider]] = {fam: _load(path) for fam, path in _MODULES.items()}
__all__ = ["FAMILY_CLASSES", "SourceSpider"]
