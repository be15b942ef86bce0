"""When is a known document due for a re-check? (one job: the re-check policy)

Why two speeds: a notice that invites bids, applications or objections may legally be changed
while it is open (a tender's budget, a land parcel's starting price), and a silent edit of it is
the defect the monitor exists to find. Such a notice is re-fetched every night from its list date
until its deadline, so an edit is recorded the night it happens. Everything else (and an open
notice after its deadline) is only re-fetched weekly while it is young, to see late edits and
removals at a bounded cost.

The policy is data: :data:`OPEN_TYPES` names the notice types (``extractors.taxonomy`` names,
checked at import) and :class:`RecheckPolicy` holds the numbers from the crawler settings
(``PUBWATCH_RECHECK_*``, ``PUBWATCH_OPEN_*``; ``docs/crawler.md``, "Incremental rules").
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass
from typing import Any, Protocol

from extractors.taxonomy import NOTICE_TYPES

#: notices open to bids, applications or objections, whose terms may legally change while open
OPEN_TYPES: frozenset[str] = frozenset({
    "procurement.prequalification", "procurement.tender", "procurement.single_source",
    "procurement.consultation", "procurement.correction",
    "construction.prequalification", "construction.tender", "construction.correction",
    "construction.candidates",
    "land.transfer_notice", "mining.transfer_notice", "property.transfer_notice", "emission.transfer_notice",
    "housing.allocation",
})
#: types that say nothing about the notice (not extracted yet, or the extractor's fallback): such a
#: notice is treated as open for the fallback window, because missing an edit costs more than a fetch
UNKNOWN_TYPES: frozenset[str] = frozenset({"", "other.other"})

_unknown = sorted(OPEN_TYPES - NOTICE_TYPES)
if _unknown:  # a renamed taxonomy type must not silently turn nightly re-checks off
    raise ImportError(f"crawler.recheck.OPEN_TYPES names types missing from the taxonomy: {_unknown}")


class Checkable(Protocol):
    """What the policy reads of a known document (``storage.evidence.KnownDocument``)."""

    @property
    def item_key(self) -> str: ...

    @property
    def list_date(self) -> dt.date | None: ...
    @property
    def first_seen_on(self) -> dt.date | None: ...
    @property
    def last_checked(self) -> dt.date | None: ...
    @property
    def notice_type(self) -> str | None: ...
    @property
    def deadline(self) -> dt.date | None: ...


@dataclass(frozen=True, slots=True)
class RecheckPolicy:
    """The numbers of the policy (defaults = ``crawler/settings.py``)."""

    recheck_days: int = 30  # settled notices are re-checked while younger than this (list date)
    interval_days: int = 7  # … this often
    open_interval_days: int = 1  # open notices are re-checked this often until their deadline
    open_days: int = 20  # an open notice without an extracted deadline is open this long after listing
    open_max_days: int = 90  # no deadline read from a page keeps a notice open longer than this

    @classmethod
    def from_settings(cls, settings: Any) -> RecheckPolicy:
        """The policy from Scrapy settings (intervals are at least one night)."""
        d = cls()
        return cls(
            recheck_days=settings.getint("PUBWATCH_RECHECK_DAYS", d.recheck_days),
            interval_days=max(1, settings.getint("PUBWATCH_RECHECK_INTERVAL_DAYS", d.interval_days)),
            open_interval_days=max(1, settings.getint("PUBWATCH_RECHECK_OPEN_INTERVAL_DAYS", d.open_interval_days)),
            open_days=max(0, settings.getint("PUBWATCH_OPEN_DAYS", d.open_days)),
            open_max_days=max(0, settings.getint("PUBWATCH_OPEN_MAX_DAYS", d.open_max_days)),
        )

    def open_until(self, doc: Checkable, channel_type: str = "") -> dt.date | None:
        """The last night ``doc`` is open, or None when it is settled (or its age is unknown).

        The notice's own type decides; before it is extracted, the channel's type does. The end is
        the extracted deadline (the latest deadline-like field), else ``open_days`` after the list
        date; a deadline before the list date is not one, and none reaches past ``open_max_days``.
        """
        start = doc.list_date or doc.first_seen_on
        if start is None:
            return None
        ntype = doc.notice_type or channel_type or ""
        if ntype not in OPEN_TYPES and ntype not in UNKNOWN_TYPES:
            return None
        deadline = doc.deadline if doc.deadline is not None and doc.deadline >= start else None
        if deadline is None:
            return start + dt.timedelta(days=self.open_days)
        return min(deadline, start + dt.timedelta(days=self.open_max_days))

    def due(self, doc: Checkable, night: dt.date, channel_type: str = "") -> bool:
        """True if ``doc`` should be fetched again on ``night``."""
        if doc.last_checked is None:
            return True
        since = (night - doc.last_checked).days
        until = self.open_until(doc, channel_type)
        if until is not None and night <= until:
            return since >= self.open_interval_days
        start = doc.list_date or doc.first_seen_on
        if start is None or (night - start).days > self.recheck_days:
            return False
        return since >= self.interval_days or (since >= 1 and self.slot_night(doc, night))

    def slot_night(self, doc: Checkable, night: dt.date) -> bool:
        """Whether ``night`` is the document's own night of the re-check cycle.

        Why: everything first stored on one night (a back-fill, a new source) would otherwise fall
        due on the same later nights and hit the site in bursts (3,077 requests on night 8 of the
        seed-47 bench, against ~1,200 on the others). A settled notice is re-checked on its slot
        night — a stable hash of its key picks one night in each ``interval_days`` — so each night
        takes an even share; ``interval_days`` after the last check stays the upper bound when a
        slot night is missed (no crawl, source down).
        """
        if self.interval_days <= 1:
            return True
        slot = zlib.crc32(doc.item_key.encode("utf-8")) % self.interval_days
        return night.toordinal() % self.interval_days == slot
