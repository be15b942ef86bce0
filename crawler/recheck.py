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
import math
import zlib
from dataclasses import dataclass, field
from typing import Any, Protocol

from crawler import settings as defaults
from extractors.taxonomy import NOTICE_TYPES
from storage.evidence import YOUNG_DAYS

#: notices open to bids, applications or objections, whose terms may legally change while open
OPEN_TYPES: frozenset[str] = frozenset(
    {
        "procurement.prequalification",
        "procurement.tender",
        "procurement.single_source",
        "procurement.consultation",
        "procurement.correction",
        "construction.prequalification",
        "construction.tender",
        "construction.correction",
        "construction.candidates",
        "land.transfer_notice",
        "mining.transfer_notice",
        "property.transfer_notice",
        "emission.transfer_notice",
        "housing.allocation",
    }
)
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
    """The numbers of the policy (defaults: ``crawler/settings.py``, the one place they are set)."""

    recheck_days: int = defaults.PUBWATCH_RECHECK_DAYS  # settled notices: re-checked while this young
    interval_days: int = defaults.PUBWATCH_RECHECK_INTERVAL_DAYS  # … this often
    open_interval_days: int = defaults.PUBWATCH_RECHECK_OPEN_INTERVAL_DAYS  # open notices: this often
    open_days: int = defaults.PUBWATCH_OPEN_DAYS  # open this long after listing without a deadline
    open_max_days: int = defaults.PUBWATCH_OPEN_MAX_DAYS  # no deadline keeps a notice open longer
    open_max_gap_days: int = defaults.PUBWATCH_RECHECK_OPEN_MAX_GAP_DAYS  # learned backoff cap (open)

    @classmethod
    def from_settings(cls, settings: Any) -> RecheckPolicy:
        """The policy from Scrapy settings (intervals are at least one night)."""
        d = cls()
        return cls(
            recheck_days=settings.getint("PUBWATCH_RECHECK_DAYS", d.recheck_days),
            interval_days=max(1, settings.getint("PUBWATCH_RECHECK_INTERVAL_DAYS", d.interval_days)),
            open_interval_days=max(
                1, settings.getint("PUBWATCH_RECHECK_OPEN_INTERVAL_DAYS", d.open_interval_days)
            ),
            open_days=max(0, settings.getint("PUBWATCH_OPEN_DAYS", d.open_days)),
            open_max_days=max(0, settings.getint("PUBWATCH_OPEN_MAX_DAYS", d.open_max_days)),
            open_max_gap_days=max(
                1, settings.getint("PUBWATCH_RECHECK_OPEN_MAX_GAP_DAYS", d.open_max_gap_days)
            ),
        )

    def open_until(
        self, doc: Checkable, channel_type: str = "", *, notice_type: str | None = None
    ) -> dt.date | None:
        """The last night ``doc`` is open, or None when it is settled (or its age is unknown).

        The notice's own type decides; before it is extracted, the channel's type does (``notice_type``,
        when given, overrides both: the learned schedule's answer for a channel whose declared type is
        not trusted). The end is the extracted deadline (the latest deadline-like field), else
        ``open_days`` after the list date; a deadline before the list date is not one, and none
        reaches past ``open_max_days``.
        """
        start = doc.list_date or doc.first_seen_on
        if start is None:
            return None
        ntype = notice_type if notice_type is not None else (doc.notice_type or channel_type or "")
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
        if self.rectification_due(doc, night):
            return True
        since = (night - doc.last_checked).days
        until = self.open_until(doc, channel_type)
        if until is not None and night <= until:
            return since >= self.open_interval_days
        start = doc.list_date or doc.first_seen_on
        if start is None or (night - start).days > self.recheck_days:
            return False
        return since >= self.interval_days or (since >= 1 and self.slot_night(doc, night))

    def rectification_due(self, doc: Checkable, night: dt.date) -> bool:
        """A notice with an open finding is re-checked 1, 2, 4 … nights after the finding was first
        seen (then every ``interval_days``), for as long as the finding stays open.

        Why: the responsible unit was told to fix the page (整改), and a fix — the missing item added,
        the page corrected — shows only on the page itself. A settled result is otherwise hardly ever
        re-checked, so without this the fix would go unseen, the finding stay open, and the unit be
        counted as not having rectified. The cost is bounded by the number of open findings.
        """
        since_open = getattr(doc, "open_finding_since", None)
        if since_open is None or doc.last_checked is None:
            return False
        age = (night - since_open).days
        if age < 1 or (night - doc.last_checked).days < 1:
            return False
        checked = (doc.last_checked - since_open).days
        marks: list[int] = []
        step = 1
        while step <= self.interval_days:
            marks.append(step)
            step *= 2
        mark = marks[-1]
        while mark < age:
            mark += self.interval_days
            marks.append(mark)
        return any(checked < m <= age for m in marks)

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


# --- the learned schedule (default) ---------------------------------------------------------------

#: documents of a (site, type) needed before its own statistics are used instead of the type's pool
MIN_DOCS = 30
#: recorded changes needed before their ages place the checkpoints instead of the prior's
MIN_CHANGES = 5
#: the prior's checkpoint ages (nights after the list date): exponential backoff
PRIOR_AGES: tuple[int, ...] = (1, 2, 4, 8, 16, 32)
#: open periods of its own (site, type) the crawl must have watched through — fetched on or after
#: the last open night, changed or not — before "never seen changing" is believed and its open
#: notices lose their weekly re-checks (the cold start, :meth:`LearnedSchedule.thin`). Why 30: with
#: no change in 30 whole open periods the share of such notices edited while open is below 10 %
#: with 95 % confidence (rule of three, 3/30); with fewer, "no change seen" mostly means "not looked"
MIN_OBSERVED = 30
#: a channel whose crawl health said ``type_mismatch`` within this many nights is not trusted for its
#: declared type (as long as the settled re-check horizon: a mislabelled channel rarely fixes itself,
#: and a few extra re-checks cost less than an edit missed on a tender filed under "results")
UNTRUSTED_LOOKBACK_NIGHTS = 30


@dataclass(slots=True)
class ChangeStats:
    """What the crawl has seen change for one (site, notice type), from the stored versions.

    ``docs``: documents old enough to have been watched through their busy time; ``changed``: of
    those, how many were recorded changed at least once; ``open_ages``: for each change recorded while
    the notice was open, its age (nights after the list date) on the night it was recorded; ``late``:
    changes recorded after the notice had settled (or of a type that is never open); ``observed``:
    documents watched from young whose whole open period was watched through (fetched again on or
    after its last open night), the evidence that "never seen changing" rests on
    (:func:`observe_open_periods`).
    """

    docs: int = 0
    changed: int = 0
    open_ages: list[int] = field(default_factory=list)
    late: int = 0
    observed: int = 0

    def add(self, other: ChangeStats) -> None:
        self.docs += other.docs
        self.changed += other.changed
        self.open_ages.extend(other.open_ages)
        self.late += other.late
        self.observed += other.observed


class LearnedStats(dict[tuple[str, str], ChangeStats]):
    """:func:`learn`'s answer: ``{(site, type): ChangeStats}``, plus ``untrusted``, the ``(site,
    channel)`` pairs whose notices recently disagreed with the channel's declared type."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.untrusted: set[tuple[str, str]] = set()


@dataclass(frozen=True, slots=True)
class _Obs:
    """A stored change as the policy sees a document (for ``open_until``)."""

    item_key: str
    list_date: dt.date | None
    first_seen_on: dt.date | None
    notice_type: str | None
    deadline: dt.date | None
    last_checked: dt.date | None = None


class LearnedSchedule:
    """Per-notice re-check nights from what the crawl has seen change (``docs/crawler.md``).

    Why: a uniform nightly re-check of every open notice cost 13 requests per new notice and found
    a change in one fetch of ~400. Changes are not uniform: in the stored versions, tenders change in
    their first two weeks and results hardly ever. So each notice gets *checkpoints* — ages (nights
    after its list date) on which it is fetched again; a notice is due when a checkpoint has passed
    since its last fetch (a missed night catches up the next one):

    - **open** (``RecheckPolicy.open_until``): ``n`` checkpoints at the quantiles of the ages at which
      changes of its (site, type) were recorded — the type's pool across sites while the site has
      too few, :data:`PRIOR_AGES` (exponential backoff) before any — with ``n`` growing with the
      share of such notices seen changed (``⌈p·40⌉ − 1``, at most ``max_open_checks``; ``p`` smoothed
      as ``(changed+1)/(docs+10)``, so an unknown type starts at the prior's 10 % — three checkpoints,
      nights 1, 2, 4 — and a type never seen changing falls to none); where there are any, doubling
      ages after the last one (exponential backoff); **plus the last open night**, always, so an
      edit made while bidders or objectors could still act is recorded before the deadline passes.
    - **cold start**: a type whose plan has no open checkpoints ("never seen changing") while
      fewer than :data:`MIN_OBSERVED` of its open periods were watched through (:meth:`thin`) is
      re-checked every ``open_max_gap_days`` (7) nights while open, plus the last open night: before
      that, its notices were simply not looked at while open — a plan learned from documents whose
      open period is still running (a land listing is open for six weeks) had only their first
      fetch to go on, and missed a silent edit of a starting price (``pubwatch simulate`` seed 47).
    - **settled**: where changes after settling have been seen (at least 2, and ``late`` ≥
      ``late_share`` of the sampled documents, ``docs / explore_every``), exponential backoff after
      settling (``interval_days``, ×2, … while younger than ``recheck_days``); otherwise ("a settled
      result hardly ever changes") one exploration fetch at ``recheck_days`` of a stable
      1-in-``explore_every`` sample (8), so a type that starts changing is noticed and learned. Why 8
      and a share of the sample: the sample is what sees late changes, so measuring them against it
      keeps the sensitivity (a type is learned as changing late once ~8 % of its notices do) whatever
      the sample's size; 1-in-4 spent ~740 of ~6,900 re-checks in the seed-47 bench and found nothing
      (the replica plants no edit after settling), 1-in-8 halves that and takes about twice as many
      notices to notice the same change.

    Removals do not depend on this: the nightly removal sweep of the lists records every removal of
    a notice younger than ``PUBWATCH_SWEEP_DAYS`` the night it happens (``docs/crawler.md``).
    Learning is self-correcting: a change recorded late (at the deadline check, or by an exploration
    fetch) has a late age and moves the checkpoints out.
    """

    def __init__(
        self,
        policy: RecheckPolicy,
        stats: dict[tuple[str, str], ChangeStats],
        source_key: str = "",
        *,
        max_open_checks: int = 6,
        late_share: float = 0.08,
        explore_every: int = 8,
    ) -> None:
        self.policy = policy
        self.source_key = source_key
        self.max_open_checks = max_open_checks
        self.late_share = late_share
        self.explore_every = max(1, explore_every)
        self._by_pair = stats
        #: channels whose declared type is not trusted (``type_mismatch`` in recent crawl health)
        self.untrusted: frozenset[str] = frozenset(
            ch for site, ch in getattr(stats, "untrusted", ()) if site == source_key
        )
        self._by_type: dict[str, ChangeStats] = {}
        for (_site, ntype), st in stats.items():
            self._by_type.setdefault(ntype, ChangeStats()).add(st)
        self._cache: dict[str, tuple[tuple[int, ...], bool]] = {}

    def stats_for(self, ntype: str) -> ChangeStats:
        """The site's own statistics when it has enough documents, else the type's pool."""
        own = self._by_pair.get((self.source_key, ntype))
        if (
            own is not None
            and own.docs >= MIN_DOCS
            and (len(own.open_ages) >= MIN_CHANGES or not own.changed)
        ):
            return own
        return self._by_type.get(ntype, ChangeStats())

    def plan(self, ntype: str) -> tuple[tuple[int, ...], bool]:
        """``(open checkpoint ages, settled notices are dense)`` for a notice type (cached)."""
        got = self._cache.get(ntype)
        if got is None:
            st = self.stats_for(ntype)
            p = (st.changed + 1) / (st.docs + 10)
            n = max(0, min(self.max_open_checks, math.ceil(p * 40 - 1e-9) - 1))
            if len(st.open_ages) >= MIN_CHANGES:
                ages = sorted(st.open_ages)
                marks = {
                    max(1, ages[min(len(ages) - 1, (i * len(ages)) // (n + 1))]) for i in range(1, n + 1)
                }
            else:
                marks = set(PRIOR_AGES[:n])
            # late changes are seen mostly through the exploration sample: their share is of the
            # sampled documents, so the sample's size does not change what counts as "changes late"
            sampled = st.docs / self.explore_every
            dense = st.late >= 2 and st.late / (sampled + 10) >= self.late_share
            got = (tuple(sorted(marks)), dense)
            self._cache[ntype] = got
        return got

    def thin(self, ntype: str) -> bool:
        """Whether the site has watched too few whole open periods of ``ntype`` to trust "it does
        not change" (fewer than :data:`MIN_OBSERVED`; counted on the site's own documents, since
        a county's land listings are edited by that county's centre, not by the pool's).

        Why: ``docs`` counts every document watched from young, most of them still open — and a
        type without open checkpoints is not fetched while open, so its "no change" is no
        observation. Only open periods seen through (fetched again on or after the last open
        night) are evidence; until there are enough, the cold start keeps weekly re-checks.
        """
        own = self._by_pair.get((self.source_key, ntype))
        return own is None or own.observed < MIN_OBSERVED

    def notice_type_of(self, doc: Checkable, channel_type: str = "") -> str:
        """The type ``doc`` is scheduled by: its own, else the channel's declared type.

        In a channel whose notices disagree with its declared type (``type_mismatch`` in crawl
        health within :data:`UNTRUSTED_LOOKBACK_NIGHTS`) the declared type is not leaned on: neither
        before extraction nor where the notice's stored type equals it (the extractor falls back to
        the declared type when the content names none, so such a type may be the label's, not the
        page's). Such a notice is scheduled as of unknown type — open for ``open_days`` (or to its
        extracted deadline) at the checkpoints learned for untyped notices — so a tender filed under
        a "results" label still gets its re-checks while it is open, and a result filed under
        "tenders" does not get a tender's. A type the content named otherwise keeps its schedule.
        """
        own = doc.notice_type or ""
        if self.untrusted and getattr(doc, "channel_key", None) in self.untrusted:
            return own if own and own != channel_type and own not in UNKNOWN_TYPES else ""
        return own or channel_type or ""

    def checkpoints(self, doc: Checkable, channel_type: str = "") -> list[int]:
        """Every age (nights after the list date) on which ``doc`` is re-checked, ascending."""
        start = doc.list_date or doc.first_seen_on
        if start is None:
            return []
        ntype = self.notice_type_of(doc, channel_type)
        open_marks, dense = self.plan(ntype)
        until = self.policy.open_until(doc, channel_type, notice_type=ntype)
        marks: set[int] = set()
        settle = 0
        if until is not None:
            last_open = (until - start).days
            marks.update(a for a in open_marks if a < last_open)
            if not open_marks and self.thin(ntype):
                # cold start: never seen changing, but not seen through either — weekly while open
                marks.update(range(self.policy.open_max_gap_days, last_open, self.policy.open_max_gap_days))
            if open_marks:
                # a type that changes: backoff (doubling) from its last mark to the last open night,
                # the gap never wider than open_max_gap_days while the notice is open
                gap = self.policy.open_max_gap_days
                age = open_marks[-1]
                while True:
                    age += max(1, min(age, gap))
                    if age >= last_open:
                        break
                    marks.add(age)
                prev = 0  # and no two learned checkpoints further apart than the cap either
                for mark in sorted(a for a in marks if a < last_open):
                    while mark - prev > gap:
                        prev += gap
                        marks.add(prev)
                    prev = mark
            marks.add(max(1, last_open))
            settle = last_open + 1
        horizon = self.policy.recheck_days
        if dense:
            step = self.policy.interval_days
            age = settle + step
            while age <= horizon:
                marks.add(age)
                step *= 2
                age = settle + step
        elif settle < horizon and zlib.crc32(doc.item_key.encode("utf-8")) % self.explore_every == 0:
            marks.add(horizon)
        return sorted(marks)

    def due(self, doc: Checkable, night: dt.date, channel_type: str = "") -> bool:
        """True if a checkpoint of ``doc`` has passed since its last fetch (never twice a night), or it
        carries an open finding whose fix is due to be looked for (``RecheckPolicy.rectification_due``)."""
        if doc.last_checked is None:
            return True
        if self.policy.rectification_due(doc, night):
            return True
        if (night - doc.last_checked).days < 1:
            return False
        start = doc.list_date or doc.first_seen_on
        if start is None:
            return False
        age, checked = (night - start).days, (doc.last_checked - start).days
        marks = [a for a in self.checkpoints(doc, channel_type) if checked < a <= age]
        if not marks:
            return False
        # a checkpoint missed long ago (no crawl that night) is caught up only while it still matters
        return age - marks[-1] <= self.policy.interval_days or age <= self.policy.recheck_days


def learn(rows: Any, policy: RecheckPolicy, night: dt.date, watched_days: int = 14) -> LearnedStats:
    """Aggregate :func:`storage.evidence.change_observations` into ``{(site, type): ChangeStats}``.

    ``rows`` holds ``("docs", site, type, count)``, ``("change", site, type, item_key,
    list_date, first_seen_on, deadline, recorded_on[, previous_check_on])`` and ``("type_mismatch",
    site, channel_key)`` tuples (the last: ``LearnedStats.untrusted``).

    A change's age is the middle of the nights it can have happened on (after the previous check, up
    to the night it was recorded), not the night it was recorded: otherwise every change would sit
    on an earlier checkpoint or the last open night, and the checkpoints could never move earlier.
    """
    out = LearnedStats()
    seen: set[tuple[str, str]] = set()
    for row in rows:
        if row[0] == "type_mismatch":
            out.untrusted.add((row[1], row[2]))
            continue
        if row[0] == "docs":
            out.setdefault((row[1], row[2] or ""), ChangeStats()).docs += int(row[3])
            continue
        _, site, ntype, key, list_date, first_seen, deadline, recorded = row[:8]
        previous = row[8] if len(row) > 8 else None
        st = out.setdefault((site, ntype or ""), ChangeStats())
        obs = _Obs(key, list_date, first_seen, ntype, deadline)
        start = list_date or first_seen
        if start is None or recorded is None:
            continue
        if (site, key) not in seen:
            seen.add((site, key))
            first = first_seen or start
            if (night - first).days >= watched_days and (
                list_date is None or (first - list_date).days <= YOUNG_DAYS
            ):
                st.changed += 1  # counted among the watched documents (same filter as the docs rows)
        until = policy.open_until(obs)
        seen_age = (recorded - start).days
        if previous is not None and start <= previous < recorded:
            seen_age = ((previous - start).days + 1 + seen_age) // 2
        if until is not None and recorded <= until:
            st.open_ages.append(seen_age)
        else:
            st.late += 1
    return out


def observe_open_periods(
    stats: dict[tuple[str, str], ChangeStats],
    docs: Any,
    policy: RecheckPolicy,
    night: dt.date,
    source_key: str,
) -> None:
    """Add to ``stats`` (``learn``'s answer) how many open periods of ``source_key``'s own documents
    the crawl has watched through, per notice type (``ChangeStats.observed``, read by
    :meth:`LearnedSchedule.thin`).

    ``docs`` are the site's known documents (``storage.evidence.KnownDocument``: the spider loads
    them anyway, so this costs no query). One counts when it was watched from young (first seen
    within ``YOUNG_DAYS`` nights of its list date, as ``change_observations`` counts documents), is of an open
    type, its last open night has passed, and it was fetched again on or after that night — which
    the schedule always asks for, so a document counts once its open period is over and its last
    open night's fetch happened (not on a night its site was down).
    """
    for doc in docs:
        start = doc.list_date or doc.first_seen_on
        ntype = doc.notice_type or ""
        if start is None or doc.last_checked is None or ntype not in OPEN_TYPES:
            continue
        if doc.first_seen_on is not None and (doc.first_seen_on - start).days > YOUNG_DAYS:
            continue
        until = policy.open_until(doc)
        if until is None or until >= night or doc.last_checked < until:
            continue
        stats.setdefault((source_key, ntype), ChangeStats()).observed += 1
