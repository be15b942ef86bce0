"""``pubwatch sources discover KEY``: read a site's own structure and compare it with the registry.

Why: channel IDs and category codes drift (zfcg's codes moved between 2025 and 2026; 26 of the 27
衢州 Hanweb column IDs are guesses). Where a site publishes its structure, reading it beats
guessing: new channels, vanished ones and renamed ones are printed, and nothing is changed.

What is read (only where evidence shows the site exposes it):
- ``hanweb_column`` with ``params.entry``: the confirmed entry column's navigation
  (BidCrawler: the sub-column links under ``#tab1``), ``/col/col<ID>/index.html`` → ID and name.
- ``zfcg``: the announcement category tree ``GET /admin/category/home/categoryTreeFind?parentId=600007``
  (platforms.md §4a); codes, names and leaf names (the rows' pathNames).
- ``epoint_trade`` with ``params.nav_page``: no machine-readable category tree of 衢州's Epoint site is
  public, so the left navigation of a column page is read (``/jyxx/<6>/<9>/trade.html``, the list
  pages bigCrawlers ``quzhou.py`` reads on the same code tree). Epoint renders it as
  ``li.wb-tree-items`` / ``li.wb-tree-item`` whose ``id`` is the category code (the
  ``getLeftTree`` markup of another Epoint trading site, 苏州's, idx 4124840558, idx 4329426889; no page
  of 衢州's own is saved) with links to ``/jyxx/<6>/<9>/…``; both
  are read, and every code of 9+ digits under the registry's tree prefix is a channel.
  Codes the evidence shows and the registry deliberately does not walk are listed in
  ``params.unwatched``: known, so not reported as new.
Other families: no evidence of a structure endpoint, so discovery says so instead of guessing.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
import zlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import requests
from parsel import Selector

from crawler.settings import USER_AGENT
from crawler.sources import Source

COL_RE = re.compile(r"/col/col(\d+)/")
EPOINT_CODE_RE = re.compile(r"/jyxx/(\d{6})/(\d{9,12})/")
EPOINT_ID_RE = re.compile(r"^\d{9,12}$")


class NotDiscoverable(ValueError):
    """The site publishes no structure pubwatch knows how to read (the message says why)."""


@dataclass
class Discovery:
    source: str
    read_from: str
    site: dict[str, str]  # channel key → name on the site
    leaves: dict[str, list[str]] = field(default_factory=dict)  # zfcg: code → leaf names (pathNames)
    unwatched: list[str] = field(default_factory=list)  # on the site, known, deliberately not walked
    hierarchical: bool = False  # codes nest (Epoint: 3 digits per level), so a move stays in its parent
    new: list[str] = field(default_factory=list)
    vanished: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str, str]] = field(
        default_factory=list
    )  # key, registry name/leaf, site name/leaf

    @property
    def drift(self) -> bool:
        return bool(self.new or self.vanished or self.renamed)

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "read_from": self.read_from,
            "site": self.site,
            "new": self.new,
            "vanished": self.vanished,
            "renamed": [list(r) for r in self.renamed],
            "unwatched": self.unwatched,
            "drift": self.drift,
        }

    def moved_to(self, channel: Any) -> str | None:
        """Where a registry channel the site no longer lists went: the one new key whose name on
        the site is the channel's (same parent category where codes are hierarchical), else None."""
        if channel.key in self.site:
            return None
        tail = channel.name.split("-")[-1]
        hits = [
            k
            for k in self.new
            if self.site.get(k)
            and (self.site[k] in channel.name or tail in self.site[k])
            and (not self.hierarchical or k[:-3] == channel.key[:-3])
        ]
        return hits[0] if len(hits) == 1 else None


def _get(url: str, timeout: float) -> requests.Response:
    r = requests.get(url, headers={"User-Agent": USER_AGENT}, timeout=timeout)
    r.raise_for_status()
    return r


def structure_url(source: Source) -> str | None:
    """Where the site publishes its structure (None: nowhere pubwatch has evidence of)."""
    base = source.base_url.rstrip("/")
    if source.family == "hanweb_column" and source.params.get("entry"):
        return base + str(source.params["entry"])
    if source.family == "zfcg":
        return f"{base}/admin/category/home/categoryTreeFind?parentId=600007&siteId=110"
    if source.family == "epoint_trade" and source.params.get("nav_page"):
        return base + str(source.params["nav_page"])
    return None


def tree_prefix(source: Source) -> str:
    """The code prefix every registry channel shares (``params.tree_prefix`` overrides it)."""
    given = source.params.get("tree_prefix")
    if given:
        return str(given)
    keys = [c.key for c in source.channels]
    prefix = keys[0] if keys else ""
    for k in keys[1:]:
        while not k.startswith(prefix):
            prefix = prefix[:-1]
    return prefix


def parse_epoint_nav(source: Source, text: str) -> dict[str, str]:
    """{9+-digit code: name} from an Epoint column page's left tree (ids and links)."""
    sel = Selector(text=text)
    found: dict[str, str] = {}
    for el in sel.css("[id]"):
        code = el.attrib.get("id", "")
        if EPOINT_ID_RE.match(code) and code not in found:
            found[code] = el.xpath("normalize-space(string(.))").get() or ""
    for a in sel.css("a[href]"):
        m = EPOINT_CODE_RE.search(a.attrib.get("href", ""))
        if m and m.group(2).startswith(m.group(1)):
            if not found.get(m.group(2)):
                found[m.group(2)] = a.xpath("normalize-space(string(.))").get() or ""
    prefix = tree_prefix(source)
    found = {k: v for k, v in found.items() if k.startswith(prefix)}
    if not found:
        raise NotDiscoverable(
            f"{source.key}: the column page shows no category tree (no /jyxx/<6>/<9>/ codes)"
        )
    return found


def parse_structure(source: Source, text: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    """({channel key: name}, {key: leaf names}) from the structure page's text."""
    if source.family == "epoint_trade":
        return parse_epoint_nav(source, text), {}
    if source.family == "hanweb_column":
        sel = Selector(text=text)
        found: dict[str, str] = {}
        for a in sel.css("#tab1 a[href], #tab1 li[href]"):
            m = COL_RE.search(a.attrib.get("href", ""))
            if m and m.group(1) not in found:
                found[m.group(1)] = " ".join(a.css("::text").getall()).strip()
        entry_id = COL_RE.search(str(source.params.get("entry") or ""))
        if entry_id:
            found.pop(entry_id.group(1), None)
        if not found:
            raise NotDiscoverable(f"{source.key}: the entry column lists no sub-columns under #tab1")
        return found, {}
    try:
        obj = json.loads(text)
    except ValueError:
        raise NotDiscoverable(f"{source.key}: the category tree answer is not JSON") from None
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
        leaves[code] = [
            str(c.get("categoryName") or c.get("name") or "")
            for c in node.get("children") or []
            if isinstance(c, dict)
        ]
    return names, leaves


def read_structure(source: Source, timeout: float = 20.0) -> tuple[str, dict[str, str], dict[str, list[str]]]:
    """(where it was read, {channel key: name}, {key: leaf names}) from the site itself."""
    url = structure_url(source)
    if url is None:
        if source.family == "hanweb_column":
            raise NotDiscoverable(
                f"{source.key}: no confirmed entry column (params.entry) to read the navigation from"
            )
        raise NotDiscoverable(
            f"{source.key}: no evidence that a {source.family} site publishes its channel structure"
        )
    if source.family == "zfcg":
        url += f"&timestamp={int(time.time())}"
    site, leaves = parse_structure(source, _get(url, timeout).text)
    return url, site, leaves


def compare(source: Source, read_from: str, site: dict[str, str], leaves: dict[str, list[str]]) -> Discovery:
    """The difference between the site's structure and the registry's channels."""
    reg = {c.key: c for c in source.channels}
    skipped = {str(k) for k in source.params.get("unwatched") or []}
    out = Discovery(source.key, read_from, site, leaves, hierarchical=source.family == "epoint_trade")
    out.new = sorted(k for k in site if k not in reg and k not in skipped)
    out.unwatched = sorted(k for k in site if k not in reg and k in skipped)
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


def drift_note(found: Discovery) -> str:
    """One health line for a night's structure drift."""
    parts = []
    if found.new:
        parts.append("new " + ", ".join(found.new[:10]))
    if found.vanished:
        parts.append("vanished " + ", ".join(found.vanished[:10]))
    if found.renamed:
        parts.append("renamed " + ", ".join(f"{k}: {a} → {b}" for k, a, b in found.renamed[:5]))
    return ("structure_drift: 站点结构变化 " + "; ".join(parts))[:300]


#: a site's structure is read on one night in this many (its slot night), when the navigation is
#: followed (qz_hanweb: found columns are walked only on nights it is read) every night
STRUCTURE_EVERY_NIGHTS = 7


class StructureWatch:
    """Mixin for a family whose site publishes its structure: health records any difference from
    the registry (``structure_drift`` on the source row).

    When it is read (one request each time): every night where the navigation is followed
    (``params.follow_navigation``); otherwise on the source's slot night, one in
    :data:`STRUCTURE_EVERY_NIGHTS` (a stable hash of its key), and whenever a list answer looks odd —
    at the start when a channel's walk was not complete last night (or never was), and once the
    walks are over when a list of tonight failed (an error of any kind, ``empty_unexpected``
    included) or answered rows no channel claims (zfcg ``unmapped_rows``). Why: a structure that
    does not change costs a request a night for nothing (3 of the ~620 a night in the seed-47
    bench); a channel that moved or vanished shows first as an odd list answer, so drift is recorded
    the night it breaks a list, and a quiet change (a new or renamed category beside lists that
    still answer) within 7 nights.
    """

    async def start(self) -> AsyncIterator[Any]:
        """The site's structure first when due (nightly drift in health), then the family's walks;
        columns the navigation shows while those walks are still being started are walked after them."""
        self._starting = True
        self._structure_read = False
        req = self.structure_request() if self.structure_due() else None
        if req is not None:
            self._structure_read = True
            yield req
        async for r in super().start():  # type: ignore[misc]
            yield r
        for r in self.release_pending():
            yield r

    def structure_due(self) -> bool:
        """Whether tonight's start reads the structure (see the class docstring)."""
        source: Source = self.source  # type: ignore[attr-defined]
        if source.params.get("follow_navigation"):
            return True
        night = self.night  # type: ignore[attr-defined]
        if (
            night.toordinal() % STRUCTURE_EVERY_NIGHTS
            == zlib.crc32(source.key.encode()) % STRUCTURE_EVERY_NIGHTS
        ):
            return True
        store = getattr(self, "store", None)
        complete = store.channel_state() if store is not None else {}
        last_night = night - dt.timedelta(days=1)
        return any(
            (complete.get(ch.key) or dt.date.min) < last_night
            for ch in self.channel_list  # type: ignore[attr-defined]
        )

    def odd_tonight(self) -> bool:
        """Whether a list of tonight failed or answered rows no channel claims."""
        health = self.health  # type: ignore[attr-defined]
        if any(h.errors for k, h in health.channels.items() if k):
            return True
        return bool(getattr(self, "unmapped_rows", None))

    def _on_idle(self) -> None:
        """Once the walks are over: the structure, if not read tonight and a list answer looked odd."""
        from scrapy.exceptions import DontCloseSpider

        engine = getattr(self.crawler, "engine", None)  # type: ignore[attr-defined]
        if not self._structure_read and engine is not None and self.odd_tonight():
            self._structure_read = True
            req = self.structure_request()
            if req is not None:
                engine.crawl(req)
                raise DontCloseSpider
        super()._on_idle()  # type: ignore[misc]

    def structure_request(self) -> Any:
        from scrapy.http import Request

        source: Source = self.source  # type: ignore[attr-defined]
        url = structure_url(source)
        if url is None or getattr(self, "backfill", False):
            return None
        return Request(
            url,
            callback=self._on_structure,
            errback=self._structure_failed,
            priority=50,
            dont_filter=True,
            meta={"pw_kind": "structure", "dont_retry": True},
        )

    def _on_structure(self, response: Any) -> Any:
        health = self.health  # type: ignore[attr-defined]
        try:
            site, leaves = parse_structure(self.source, response.text)  # type: ignore[attr-defined]
        except (NotDiscoverable, AttributeError) as exc:
            health.ch("").notes.append(f"structure not read: {exc}"[:300])
            return
        found = compare(self.source, response.url, site, leaves)  # type: ignore[attr-defined]
        if found.drift:
            health.ch("").notes.append(drift_note(found))
        if found.new and self.source.params.get("follow_navigation"):  # type: ignore[attr-defined]
            yield from self.follow_new_channels(found)

    def follow_new_channels(self, found: Discovery) -> Any:
        """Walk the columns the site's navigation shows and the registry lacks (the registry's IDs
        being guesses, the site's own navigation is the better map). They are unverified, of no
        declared domain or type (the notices decide), and under the source's responsible unit."""
        from collections import Counter

        from crawler.families.base import Listing
        from crawler.sources import DOMAINS, Channel

        source: Source = self.source  # type: ignore[attr-defined]
        unit = Counter(c.responsible_unit for c in source.channels).most_common(1)[0][0]
        added = []
        for key in found.new[:50]:  # bounded: a navigation page is untrusted input
            if not key.isdigit() or key in self.listings:  # type: ignore[attr-defined]
                continue
            name = (found.site.get(key) or "导航发现的栏目")[:60]
            added.append(
                Channel(
                    key=key,
                    name=name,
                    domain="other",
                    domains=list(DOMAINS),
                    notice_type="",
                    responsible_unit=unit,
                    evidence="none",
                    note=f"found in the site's navigation {found.read_from[:120]}; not in the registry",
                )
            )
        if not added:
            return
        self.source = source.model_copy(update={"channels": [*source.channels, *added]})  # type: ignore[attr-defined]
        if getattr(self, "store", None) is not None:
            self.store.sync_source(self.source)  # type: ignore[attr-defined]
        for ch in added:
            self.channel_list.append(ch)  # type: ignore[attr-defined]
            self.health.evidence[ch.key] = ch.evidence  # type: ignore[attr-defined]
            self.health.ch(ch.key).notes.append("导航发现 discovered in the site's navigation")  # type: ignore[attr-defined]
            lst = Listing(ch.key, ch, (ch,))
            if getattr(self, "_starting", False):
                # start() is still walking self.listings: adding to it now would break that loop
                # ("dictionary changed size during iteration"), so start() releases it at its end
                self._pending_listings = [*getattr(self, "_pending_listings", []), lst]
                continue
            self.listings[lst.key] = lst  # type: ignore[attr-defined]
            yield self._list(lst, 1)  # type: ignore[attr-defined]

    def release_pending(self) -> Any:
        """The listings found while start() was still running, now walked (called at its end)."""
        self._starting = False
        pending, self._pending_listings = getattr(self, "_pending_listings", []), []
        for lst in pending:
            self.listings[lst.key] = lst  # type: ignore[attr-defined]
            yield self._list(lst, 1)  # type: ignore[attr-defined]

    def _structure_failed(self, failure: Any) -> None:
        self.health.ch("").notes.append(f"structure not read: {failure.value!r}"[:300])  # type: ignore[attr-defined]
