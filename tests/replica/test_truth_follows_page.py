"""The replica's truth carries what its page states (a value a reader rightly takes is no false positive)."""

from __future__ import annotations

import datetime as dt
import random

from replica.generate import pools
from replica.generate.notices_resources import property_transfer_notice
from replica.generate.projects import plan_property


def test_a_property_notice_states_and_records_the_objects_place() -> None:
    region = next(iter(pools.REGIONS))
    p, _ = plan_property(random.Random(3), region, dt.date(2026, 1, 5), 1, None, "city")
    n = {"pd": dt.date(2026, 1, 6), "pstart": dt.date(2026, 1, 6), "pend": dt.date(2026, 1, 20)}
    b = property_transfer_notice(random.Random(3), p, n)
    printed = " ".join(value for _, _, value in b.c.items)
    assert f"标的位于{b.f['location']}" in printed
    assert b.f["location"].startswith(pools.REGIONS[region][0])
