"""How amounts, dates and areas are printed on real Chinese notices.

Each printer returns the text that goes on the page; the manifest keeps the normalised value
(yuan as a float, dates as YYYY-MM-DD), so an extractor must undo these forms.
"""

from __future__ import annotations

import datetime as dt
import random

import cn2an


def yuan_plain(v: float) -> str:
    """``1,234,567.00元``."""
    return f"{v:,.2f}元"


def yuan_nocomma(v: float) -> str:
    """``1234567.00元`` (zcy templates, e.g. 最终报价:688000.00(元))."""
    return f"{v:.2f}元"


def wan(v: float) -> str:
    """``123.4567万元`` (trailing zeros dropped)."""
    text = f"{v / 10000:.6f}".rstrip("0").rstrip(".")
    return f"{text}万元"


def daxie(v: float) -> str:
    """``人民币壹佰贰拾万元整（¥1,200,000.00）``: upper-case amount with the lower-case repeat."""
    return f"人民币{cn2an.an2cn(round(v, 2), 'rmb')}（¥{v:,.2f}）"


MONEY_FORMS = (yuan_plain, yuan_nocomma, wan, daxie)


def money(rng: random.Random, v: float) -> str:
    """One of the printed money forms, chosen at random."""
    return rng.choice(MONEY_FORMS)(v)


def date_cn(d: dt.date) -> str:
    """``2026年3月2日``."""
    return f"{d.year}年{d.month}月{d.day}日"


def date_iso(d: dt.date) -> str:
    """``2026-03-02``."""
    return d.isoformat()


def date_cn0(d: dt.date) -> str:
    """``2026年03月02日``."""
    return f"{d.year}年{d.month:02d}月{d.day:02d}日"


DATE_FORMS = (date_cn, date_iso, date_cn0)


def date(rng: random.Random, d: dt.date) -> str:
    """One of the printed date forms."""
    return rng.choice(DATE_FORMS)(d)


def datetime_cn(rng: random.Random, d: dt.date, hour: int, minute: int) -> str:
    """A date with a clock time: ``2026年3月2日9时30分`` or ``2026-03-02 09:30``."""
    if rng.random() < 0.5:
        return f"{date_cn(d)}{hour}时{minute:02d}分"
    return f"{d.isoformat()} {hour:02d}:{minute:02d}"


def round_money(rng: random.Random, lo: float, hi: float, step: float = 100.0) -> float:
    """A plausible amount in [lo, hi] rounded to ``step`` yuan."""
    return float(round(rng.uniform(lo, hi) / step) * step)
