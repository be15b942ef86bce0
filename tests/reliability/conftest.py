"""Fixtures of the fault suite (helpers in ``reliability_support``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from reliability_support import Hostile, _start


@pytest.fixture()
def hostile() -> Iterator[Hostile]:
    """The hostile site (the ``hostile`` source's base URL)."""
    h = _start(lambda s: Hostile(s))
    try:
        yield h
    finally:
        h.server.shutdown()
        h.server.server_close()


@pytest.fixture()
def bystander() -> Iterator[Hostile]:
    """Another local service (another port): the crawler must never ask it anything."""
    h = _start(lambda s: Hostile(s))
    h.page("/x.html", b"intranet secret")
    try:
        yield h
    finally:
        h.server.shutdown()
        h.server.server_close()
