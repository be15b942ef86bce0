"""The one ISO-date parser and the one clock of pubwatch ("what day is it where the sources are").

Why here: the command line, the crawler, the monitor, storage and the dashboards each parsed
``YYYY-MM-DD`` text and asked for "today in China" on their own, with small differences (one took
the first ten characters of a timestamp, another the whole text; two ``today_shanghai``). This module
imports only the standard library and sits with the vocabulary at the bottom of the layering, so
every package but the replica may import it (``.importlinter``).

Callers keep their own error types: a parser here raises ``ValueError``, and the command line turns
it into a ``UsageError`` naming the option, a spider into a ``SpiderArgumentError``.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

#: where the platforms publish: a crawl night, and "today", are dates in this zone
SHANGHAI = ZoneInfo("Asia/Shanghai")

#: length of ``YYYY-MM-DD``
ISO_DATE_LEN = 10


def today_shanghai() -> dt.date:
    """Today's date in China, where the platforms publish (the default crawl night)."""
    return dt.datetime.now(SHANGHAI).date()


def parse_iso_date(text: str) -> dt.date:
    """``YYYY-MM-DD`` text as a date; ``ValueError`` when it is not one.

    The whole text must be the date (``datetime.date.fromisoformat``): an option or argument such
    as ``--night 2026-03-01`` is parsed with this.
    """
    return dt.date.fromisoformat(text)


def as_date(value: object) -> dt.date:
    """A date as the database or a JSON field gives it back: a ``date``, a ``datetime`` (its day), or
    text starting with ``YYYY-MM-DD`` (SQLite returns dates of raw SQL as text; JSON stores them as
    text, sometimes with a time after). ``ValueError`` when it is none of these.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:ISO_DATE_LEN])
