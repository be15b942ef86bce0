"""Shared helpers for the per-domain notice builders."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import money as M
from .content import Content


class Builder:
    """Collects a notice's printed items and the truth values they state."""

    def __init__(self, rng: random.Random, title: str) -> None:
        self.rng = rng
        self.c = Content(title=title)
        self.f: dict[str, Any] = {"title": title}
        self.layout: str | None = None  # a builder may require its own layout (fabao)

    def item(self, key: str | None, labels: str | tuple[str, ...], printed: str, value: Any = None) -> None:
        """Print ``label：printed``; record ``value`` under ``key`` when key is given."""
        label = labels if isinstance(labels, str) else self.rng.choice(labels)
        self.c.add(key, label, printed)
        if key is not None:
            self.f[key] = value

    def money(self, key: str, labels: str | tuple[str, ...], value: float) -> None:
        """A money item in one of the printed forms (元, 万元, 大写+小写)."""
        self.item(key, labels, M.money(self.rng, value), value)

    def date(self, key: str, labels: str | tuple[str, ...], d: dt.date) -> None:
        """A date item in one of the printed date forms."""
        self.item(key, labels, M.date(self.rng, d), d.isoformat())

    def when(self, key: str, labels: str | tuple[str, ...], d: dt.date, hour: int, minute: int) -> None:
        """A date-time item; the truth is ``YYYY-MM-DD HH:MM``."""
        self.item(
            key, labels, M.datetime_cn(self.rng, d, hour, minute), f"{d.isoformat()} {hour:02d}:{minute:02d}"
        )

    def text(self, key: str | None, labels: str | tuple[str, ...], value: str) -> None:
        """A plain text item."""
        self.item(key, labels, value, value)

    def sign(self, org: str, d: dt.date) -> None:
        """The 落款: issuing body and date."""
        self.c.sign = [org, M.date_cn(d)]

    def attach(self, name: str, url: str) -> None:
        """An attachment link."""
        self.c.attachments.append((name, url))


def period_text(rng: random.Random, start: dt.date, end: dt.date) -> str:
    """``2026年3月2日至2026年3月9日`` (the form the publicity rules read)."""
    form = rng.choice(M.DATE_FORMS)
    return f"{form(start)}至{form(end)}"
