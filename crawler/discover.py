"""``pubwatch sources discover KEY``: read a site's own structure and compare it with the registry.

Why: channel IDs and category codes drift (zfcg's codes moved between 2025 and 2026; 26 of the 27
衢州 Hanweb column IDs are guesses). Where a site publishes its structure, reading it beats
guessing: new channels, vanished ones and renamed ones are printed, and nothing is changed.

What is read (only where evidence shows the site exposes it):
- ``hanweb_column`` with ``params.entry``: the confirmed entry column's navigation
  (BidCrawler: the sub-column links under ``#tab1``), ``/col/col<ID>/index.html`` → ID and name.
- ``zfcg``: the announcement category tree ``GET /admin/category/home/categoryTreeFind?parentId=600007``
  (platforms.md §4a); codes, names and leaf names (the rows' pathNames).
Other families: no evidence of a structure endpoint, so discovery says so instead of guessing.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import Any

import requests
from parsel import Selector

from crawler.registry import Source
from crawler.settings import USER_AGENT

COL_RE = re.compile(r"/col/col(\d+)/")


class NotDiscoverable(ValueError):
    """The site publishes no structure pubwatch knows how to read (the message says why)."""


@dataclass
class Discovery:
    source: str
    read_from: str
    site: dict[str, str]  # channel key → name on the site
    leaves: dict[str, list[str]] = field(default_factory=dict)  # zfcg: code → leaf names (pathNames)
    new: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # key, registry name/leaf, site name/leaf

    @property
    def drift(self) -> bool:
        return bool(self.new or self.vanished or self.renamed)

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "read_from": self.read_from, "site": self.site, "new": self.new,
                "vanished": self.vanished, "renamed": [list(r) for r in self.renamed], "drift": self.drift}


def _get(url: str, timeout: float) -> requests.Response:
    r = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=timeout)
    r.raise_for_status()
    return r


def read_structure(source: Source, timeout: float = 20.0) -> tuple[str, dict[str, str], dict[str, list[str]]]:
    """(where it was read, {channel key: name}, {key: leaf names}) from the site itself."""
    base = source.base_url.rstrip("/")
    if source.family == "hanweb_column":
        entry = str(source.params.get("entry") or "")
        if not entry:
            raise NotDiscoverable(f"{source.key}: no confirmed entry column (params.entry) to read the navigation from")
        url = base + entry
        sel = Selector(text=_get(url, timeout).text)
        found: dict[str, str] = {}
        for a in sel.css("#tab1 a[href], #tab1 li[href]"):
            href = a.attrib.get("href", "")
            m = COL_RE.search(href)
            if m and m.group(1) not in found:
                found[m.group(1)] = " ".join(a.css("::text").getall()).strip()
        entry_id = COL_RE.search(entry)
        if entry_id:
            found.pop(entry_id.group(1), None)
        return url, found, {}
    if source.family == "zfcg":
        url = f"{base}/admin/category/home/categoryTreeFind?parentId=600007&siteId=110&timestamp={int(time.time())}"
        obj = _get(url, timeout).json()
        nodes = ((obj or {}).get("result") or {}).get("data") if isinstance(obj, dict) else None
        if not isinstance(nodes, list):
            raise NotDiscoverable(f"{source.key}: the category tree answer has no result.data list")
        names: dict[str, str] = {}
        leaves: dict[str, list[str]] = {}
        for node in nodes:
            if not isinstance(node, dict):
                continue
            code = str(node.get("categoryCode") or node.get("code") or "")
            if not code:
                continue
            code = code if code.startswith("110-") else f"110-{code}"
            names[code] = str(node.get("categoryName") or node.get("name") or "")
            leaves[code] = [str(c.get("categoryName") or c.get("name") or "") for c in node.get("children") or []
                            if isinstance(c, dict)]
        return url, names, leaves
    raise NotDiscoverable(f"{source.key}: no evidence that a {source.family} site publishes its channel structure")


def compare(source: Source, read_from: str, site: dict[str, str], leaves: dict[str, list[str]]) -> Discovery:
    """The difference between the site's structure and the registry's channels."""
    reg = {c.key: c for c in source.channels}
    out = Discovery(source.key, read_from, site, leaves)
    out.new = sorted(k for k in site if k not in reg)
    out.vanished = sorted(k for k in reg if k not in site)
    for key, ch in reg.items():
        if key not in site:
            continue
        known = list(ch.params.get("path_names") or [])
        if known and key in leaves:
            for leaf in leaves[key]:
                if leaf and leaf not in known:
                    out.renamed.append((key, "/".join(known), leaf))
        elif site[key] and site[key] not in ch.name and ch.name.split("-")[-1] not in site[key]:
            out.renamed.append((key, ch.name, site[key]))
    return out


def discover(source: Source, timeout: float = 20.0) -> Discovery:
    read_from, site, leaves = read_structure(source, timeout)
    return compare(source, read_from, site, leaves)
