"""Honest crawl health: per source and channel, what a run did and whether its silence can be trusted.

Why: the monitor turns "no notice found" into findings against a 责任单位. That is only fair if
the source was actually read. So every channel of every run gets a row saying how many requests
and pages it took, what it listed, what was new, changed or removed, which errors stopped it (by
kind) and ``complete``: true only when the whole listing was walked and every detail fetched.
A source that failed, was blocked or cut short is incomplete for that night — never "nothing
published".

:class:`HealthTracker` is the in-memory tally the spider and middlewares update;
:class:`HealthExtension` counts requests/responses from signals and writes the rows at close.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from scrapy import Request, signals
from scrapy.crawler import Crawler
from scrapy.http import Response

from vocabulary import is_verified

logger = logging.getLogger(__name__)


@dataclass
class ChannelHealth:
    """The tally of one channel in one run."""

    requests: int = 0
    pages: int = 0
    listed: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    removed: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    listing_done: bool = False
    blocked: bool = False
    notes: list[str] = field(default_factory=list)
    #: list hrefs that are not links (javascript:, mailto:, #, empty, malformed), by reason
    skipped_links: Counter[str] = field(default_factory=Counter)
    # type by content: notices of a channel with a declared type, and the types they turned out to be
    declared: str = ""
    typed_total: int = 0
    other_types: Counter[str] = field(default_factory=Counter)

    @property
    def type_mismatch(self) -> bool:
        """Over a fifth of at least five notices tonight are not the type the channel declares:
        its label is wrong (or it moved), so the checks that lean on that type hold back for it."""
        wrong = sum(self.other_types.values())
        return self.typed_total >= TYPE_MIN_NOTICES and wrong * TYPE_MAX_SHARE_DEN > self.typed_total

    @property
    def complete(self) -> bool:
        """A full listing with no error of any kind left standing."""
        return self.listing_done and not self.errors

    def as_dict(self) -> dict[str, Any]:
        return {
            "requests": self.requests,
            "pages": self.pages,
            "listed": self.listed,
            "new": self.new,
            "changed": self.changed,
            "removed": self.removed,
            "errors": dict(self.errors),
            "complete": self.complete,
            "blocked": self.blocked,
        }


BLOCKING_KINDS = {"captcha", "bot_check", "rate_limited", "risk_code"}
TYPE_MIN_NOTICES = 5
TYPE_MAX_SHARE_DEN = 5  # "over a fifth"
TYPE_MISMATCH = "type_mismatch"


class HealthTracker:
    """Tallies for one spider (one source), keyed by channel; ``""`` holds source-level events."""

    def __init__(self, source_key: str, channels: list[str]) -> None:
        self.source_key = source_key
        self.channels: dict[str, ChannelHealth] = {c: ChannelHealth() for c in channels}
        self.finish_reason = ""
        # requests by purpose: robots (robots.txt), list, new (a detail not stored yet), recheck
        # (a detail already stored; recheck_304 when it answered 304 Not Modified to a conditional
        # request). Why: the cost of a night is only explainable by its parts.
        self.by_kind: Counter[str] = Counter()
        # registry provenance per channel: {key: evidence}; "none" marks an unverified channel
        self.evidence: dict[str, str] = {}

    def ch(self, channel: str | None) -> ChannelHealth:
        return self.channels.setdefault(channel or "", ChannelHealth())

    def typed(self, channel: str | None, declared: str, found: str) -> None:
        """One extracted notice of a channel that declares ``declared``: count it by its own type."""
        h = self.ch(channel)
        h.declared = declared
        h.typed_total += 1
        if found and found != declared and not found.endswith(".other"):
            h.other_types[found] += 1

    def error(self, channel: str | None, kind: str, note: str = "") -> None:
        """Record an error that prevented a full listing (the channel becomes incomplete)."""
        h = self.ch(channel)
        h.errors[kind] += 1
        if kind in BLOCKING_KINDS:
            h.blocked = True
        if note and len(h.notes) < 10:
            h.notes.append(f"{kind}: {note}"[:300])
        logger.warning("health %s/%s: %s %s", self.source_key, channel or "-", kind, note)

    def skip_link(self, channel: str | None, reason: str) -> None:
        """Count a list href that is not a link to a page (not an error: the rest is read)."""
        self.ch(channel).skipped_links[reason] += 1

    def summary(self, *, omit_idle: bool = False) -> dict[str, Any]:
        """Source-level totals, as printed by ``crawler.run`` (``omit_idle``: see :meth:`rows`)."""
        chans = [h for k, h in self.channels.items() if k != "" or h.requests or h.errors]
        errors: Counter[str] = Counter()
        for h in self.channels.values():
            errors.update(h.errors)
        judged = [
            h
            for k, h in self.channels.items()
            if k != "" and not (omit_idle and not (h.requests or h.errors or h.listing_done or h.listed))
        ]
        complete = (
            bool(chans)
            and all(h.complete for h in judged)
            and not (self.channels.get("") and self.channels[""].errors)
        )
        if self.finish_reason and self.finish_reason != "finished":
            complete = False
        return {
            "requests": sum(h.requests for h in self.channels.values()),
            "pages": sum(h.pages for h in self.channels.values()),
            "listed": sum(h.listed for h in self.channels.values()),
            "new": sum(h.new for h in self.channels.values()),
            "changed": sum(h.changed for h in self.channels.values()),
            "unchanged": sum(h.unchanged for h in self.channels.values()),
            "removed": sum(h.removed for h in self.channels.values()),
            "complete": complete,
            "errors": dict(errors),
            "finish_reason": self.finish_reason,
            "by_kind": dict(self.by_kind),
        }

    def rows(self, *, omit_idle: bool = False) -> list[dict[str, Any]]:
        """One dict per channel for ``crawl_health`` (channel ``""`` only when it saw anything).

        ``omit_idle``: a distributed worker leaves out channels it did nothing for (another worker
        walked them and reports them), instead of calling them incomplete.
        """
        out = []
        for key, h in self.channels.items():
            if key == "" and not (h.requests or h.errors or h.notes):
                continue
            if omit_idle and not (h.requests or h.errors or h.listing_done or h.listed):
                continue
            complete = h.complete and self.finish_reason in ("", "finished")
            if key == "":
                complete = not h.errors
            notes = list(h.notes)
            evidence = self.evidence.get(key)
            verified = None if evidence is None else is_verified(evidence)
            if verified is False:
                notes.insert(0, "未核实渠道 unverified channel (registry evidence: none)")
            if h.type_mismatch:
                top = ", ".join(f"{t} ×{n}" for t, n in h.other_types.most_common(3))
                notes.insert(
                    0,
                    f"{TYPE_MISMATCH}: 类型不符 {sum(h.other_types.values())}/{h.typed_total} notices are "
                    f"not {h.declared} ({top}); type-dependent checks held back",
                )
            out.append(
                {
                    "source_key": self.source_key,
                    "channel_key": key,
                    "requests": h.requests,
                    "pages": h.pages,
                    "listed": h.listed,
                    "new": h.new,
                    "changed": h.changed,
                    "removed": h.removed,
                    "errors": dict(h.errors),
                    "blocked": h.blocked,
                    "finish_reason": self.finish_reason,
                    "complete": complete,
                    "note": "; ".join(notes + _skipped_note(h)),
                    "verified": verified,
                    "evidence": evidence,
                    "type_mismatch": h.type_mismatch,
                }
            )
        return out


def _skipped_note(h: ChannelHealth) -> list[str]:
    """The health note counting skipped non-links, e.g. ``skipped links: javascript: 3, #: 1``."""
    if not h.skipped_links:
        return []
    return ["skipped links: " + ", ".join(f"{k} {n}" for k, n in sorted(h.skipped_links.items()))]


class HealthExtension:
    """Counts requests and responses per channel and persists the tallies when the spider closes.

    Results are also left in ``crawler.stats`` under ``pubwatch/health`` so ``crawler.run`` can
    print its summary line without reading the database back.
    """

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler
        crawler.signals.connect(self.request_reached, signal=signals.request_reached_downloader)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HealthExtension:
        return cls(crawler)

    def _tracker(self) -> HealthTracker | None:
        spider = self.crawler.spider
        return getattr(spider, "health", None)

    def request_reached(self, request: Request) -> None:
        tracker = self._tracker()
        if tracker is None:
            return
        if request.url.endswith("/robots.txt"):
            tracker.by_kind["robots"] += 1
            return
        tracker.ch(request.meta.get("pw_channel")).requests += 1
        tracker.by_kind[self._kind(request)] += 1

    def _kind(self, request: Request) -> str:
        """``list``, ``new`` or ``recheck`` (a detail of an item the database already holds)."""
        kind = request.meta.get("pw_kind", "other")
        if kind != "detail":
            return str(kind)
        entry = request.cb_kwargs.get("entry")
        known = getattr(self.crawler.spider, "known", {})
        return "recheck" if entry is not None and getattr(entry, "item_key", None) in known else "new"

    def response_received(self, response: Response, request: Request) -> None:
        tracker = self._tracker()
        if tracker is not None and request.meta.get("pw_kind") == "list" and response.status == 200:
            tracker.ch(request.meta.get("pw_channel")).pages += 1
        if tracker is not None and request.meta.get("pw_kind") == "detail" and response.status == 304:
            tracker.by_kind["recheck"] -= 1  # counted when sent; a 304 is its own kind of request
            tracker.by_kind["recheck_304"] += 1

    def spider_closed(self, reason: str) -> None:
        tracker = self._tracker()
        if tracker is None:
            return
        tracker.finish_reason = reason
        summary = tracker.summary(omit_idle=bool(getattr(self.crawler.spider, "distributed", False)))
        assert self.crawler.stats is not None
        self.crawler.stats.set_value("pubwatch/health", summary)
        spider = self.crawler.spider
        rows = tracker.rows(omit_idle=bool(getattr(spider, "distributed", False)))
        self.crawler.stats.set_value("pubwatch/health_rows", rows)
        store = getattr(spider, "store", None)
        if store is not None and rows:
            try:
                store.record_health(rows)
            except Exception as exc:
                # Without its crawl_health rows the monitor could not tell this night was not
                # read; crawler.run turns this into a failed run (one line, exit code 3).
                from crawler.pipelines import storage_error_text

                note = storage_error_text(exc)
                self.crawler.stats.set_value("pubwatch/health_unsaved", note)
                logger.error("could not write crawl health for %s: %s", tracker.source_key, note)
