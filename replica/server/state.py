"""The mutable state shared by every site of one replica: the clock, the faults and the counters.

Everything runs on one asyncio loop, so plain attributes are enough; the thread helper hops onto
that loop before touching them.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

FAULT_MODES = (
    "5xx",
    "slow",
    "timeout",
    "reset",
    "truncated",
    "429",
    "throttle200",
    "captcha",
    "botcheck200",
    "loop_pagination",
    "empty_maintenance",
)

# Options each mode understands, with their defaults (documented in docs/replica.md).
FAULT_DEFAULTS: dict[str, dict[str, Any]] = {
    "5xx": {"status": 503},
    "slow": {"delay": 2.0},
    "timeout": {"delay": 60.0},
    "reset": {},
    "truncated": {},
    "429": {"retry_after": 60},
    "throttle200": {},
    "captcha": {},
    "botcheck200": {},
    "loop_pagination": {"from_page": 1},
    "empty_maintenance": {},
}
COMMON_OPTS = {"rate", "count", "seed"}


class FaultError(ValueError):
    """A fault request names an unknown site or mode, or a bad option."""


@dataclass
class Fault:
    """One switched-on fault: applies to a fraction ``rate`` of requests, at most ``count`` times."""

    site: str
    mode: str
    opts: dict[str, Any]
    rate: float = 1.0
    count: int | None = None
    auto: bool = False  # switched on by a manifest outage, off again when the date changes
    rng: random.Random = field(default_factory=lambda: random.Random(0))
    fired: int = 0

    def decide(self) -> bool:
        """Whether this request is hit (consumes one of ``count`` when it is)."""
        if self.count is not None and self.fired >= self.count:
            return False
        if self.rate < 1.0 and self.rng.random() >= self.rate:
            return False
        self.fired += 1
        return True

    def describe(self) -> dict[str, Any]:
        return {
            "site": self.site,
            "mode": self.mode,
            "rate": self.rate,
            "count": self.count,
            "auto": self.auto,
            "fired": self.fired,
            **self.opts,
        }


def make_fault(site: str, mode: str, sites: list[str], auto: bool = False, **opts: Any) -> Fault:
    """Validate and build a fault; ``site`` may be ``"*"`` for every site."""
    if site != "*" and site not in sites:
        raise FaultError(f"unknown site {site!r}; known: {', '.join(sites)}")
    if mode not in FAULT_DEFAULTS:
        raise FaultError(f"unknown fault mode {mode!r}; known: {', '.join(FAULT_MODES)}")
    allowed = set(FAULT_DEFAULTS[mode]) | COMMON_OPTS
    extra = set(opts) - allowed
    if extra:
        raise FaultError(
            f"fault mode {mode!r} takes no option(s) {sorted(extra)}; allowed: {sorted(allowed)}"
        )
    try:
        rate = float(opts.pop("rate", 1.0))
        count = opts.pop("count", None)
        count = None if count is None else int(count)
        seed = int(opts.pop("seed", 0))
        merged = {**FAULT_DEFAULTS[mode], **opts}
        for key, default in FAULT_DEFAULTS[mode].items():
            merged[key] = type(default)(merged[key])
    except (TypeError, ValueError) as exc:
        raise FaultError(f"bad option value for fault {mode!r}: {exc}") from exc
    if not 0.0 <= rate <= 1.0:
        raise FaultError(f"rate must be between 0 and 1, got {rate}")
    return Fault(
        site=site, mode=mode, opts=merged, rate=rate, count=count, auto=auto, rng=random.Random(seed)
    )


class ReplicaState:
    """Clock + faults + per-site counters for one running replica."""

    def __init__(self, today: date, sites: list[str], outages: list[dict[str, Any]] | None = None) -> None:
        self.sites = list(sites)
        self.outages = list(outages or [])
        self.faults: dict[str, Fault] = {}
        self.requests: Counter[str] = Counter()
        self.by_status: dict[str, Counter[str]] = {s: Counter() for s in self.sites}
        self.faulted: Counter[str] = Counter()
        #: what a site saw of a client's manners (e.g. ``dataproxy_with_cookies``), per site
        self.events: dict[str, Counter[str]] = {s: Counter() for s in self.sites}
        self.date = today
        self.scenario = ""  # "drift": the sites plant the drifts of replica/sites (see Site.drift)
        self._apply_outages()

    # clock -------------------------------------------------------------------------------
    def set_date(self, day: date) -> date:
        self.date = day
        self._apply_outages()
        return day

    def advance(self, days: int) -> date:
        return self.set_date(self.date + timedelta(days=days))

    def _apply_outages(self) -> None:
        """Switch the manifest's outages of the current date on (and yesterday's off)."""
        self.faults = {k: f for k, f in self.faults.items() if not f.auto}
        today = self.date.isoformat()
        for outage in self.outages:
            site = str(outage.get("site", ""))
            if str(outage.get("date", "")) != today or site in self.faults or site not in self.sites:
                continue
            mode = str(outage.get("mode"))
            known = set(FAULT_DEFAULTS.get(mode, {})) | COMMON_OPTS
            opts = {k: v for k, v in outage.items() if k in known}  # ignore descriptive extra keys
            try:
                self.faults[site] = make_fault(site, mode, self.sites, auto=True, **opts)
            except FaultError:
                continue  # an outage mode this server does not know: serve normally

    # faults ------------------------------------------------------------------------------
    def set_fault(self, site: str, mode: str, **opts: Any) -> list[Fault]:
        targets = self.sites if site == "*" else [site]
        made = [make_fault(s, mode, self.sites, **dict(opts)) for s in targets]
        for fault in made:
            self.faults[fault.site] = fault
        return made

    def clear_faults(self, site: str | None = None) -> None:
        """Remove faults (all, or one site's); the manifest outages of today come back on."""
        if site is None:
            self.faults.clear()
        else:
            self.faults.pop(site, None)
        self._apply_outages()

    def fault_for(self, site: str) -> Fault | None:
        """The fault hitting this request, if any (decides rate/count now)."""
        fault = self.faults.get(site)
        if fault is not None and fault.decide():
            self.faulted[site] += 1
            return fault
        return None

    # stats -------------------------------------------------------------------------------
    def count(self, site: str, status: int) -> None:
        self.requests[site] += 1
        self.by_status.setdefault(site, Counter())[str(status)] += 1

    def note(self, site: str, event: str) -> None:
        """Count something a site saw of a client (tests ask whether the crawler behaved so)."""
        self.events.setdefault(site, Counter())[event] += 1

    def stats(self) -> dict[str, Any]:
        return {
            s: {
                "requests": self.requests[s],
                "by_status": dict(self.by_status.get(s, {})),
                "faults": self.faulted[s],
                "events": dict(self.events.get(s, {})),
            }
            for s in self.sites
        }
