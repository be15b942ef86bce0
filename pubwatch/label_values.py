"""One label cell typed by an office clerk, read into the value a label file holds (issue 12).

Why its own parsers: the labels are the ground truth an acceptance measures the extractors against, so the
reading of what a labeller typed must share no code with what it measures (``extractors.normalize`` reads
'万元' too; a fault shared by both would score as right). These parsers are deliberately small and strict:
a cell they cannot read is refused with a reason, never guessed (import-linter contract
``labels-apart-from-extractors``).

Each parser takes the cell's value as openpyxl returns it (``str``, ``int``, ``float``, ``datetime``) and
returns the label value or raises :class:`CellError` with a Chinese reason the sheet importer shows beside
the cell's row and column.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from typing import Any

#: separators of names in a list cell (winner, experts): the full-width semicolon, or a line break (Alt+Enter)
LIST_SEPARATORS = re.compile(r"[；\n\r]+")

#: money units → yuan (bench/LABELLING.md, General: 万元 ×1e4, 亿元 ×1e8)
_MONEY_UNITS: dict[str, Decimal] = {
    "": Decimal(1),
    "元": Decimal(1),
    "万": Decimal(10_000),
    "万元": Decimal(10_000),
    "亿": Decimal(100_000_000),
    "亿元": Decimal(100_000_000),
}
#: area units → m² (bench/LABELLING.md, General: 公顷 ×1e4, 亩 ×666.67, 平方千米 ×1e6)
_AREA_UNITS: dict[str, Decimal] = {
    "": Decimal(1),
    "m²": Decimal(1),
    "m2": Decimal(1),
    "㎡": Decimal(1),
    "平方米": Decimal(1),
    "平米": Decimal(1),
    "公顷": Decimal(10_000),
    "亩": Decimal("666.67"),
    "平方千米": Decimal(1_000_000),
    "平方公里": Decimal(1_000_000),
    "km²": Decimal(1_000_000),
}
_YEAR_UNITS: dict[str, Decimal] = {"": Decimal(1), "年": Decimal(1)}
_NUMBER = re.compile(r"(?P<num>[0-9]+(?:\.[0-9]+)?)(?P<unit>.*)")
_DATE = r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
_TIME = r"(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{1,2})\s*分?"
_DATE_ONLY = re.compile(rf"{_DATE}(?:\s*{_TIME}(?:\s*[:：]\s*\d{{1,2}}\s*秒?)?)?")
_DATE_TIME = re.compile(rf"{_DATE}\s*{_TIME}(?:\s*[:：]\s*\d{{1,2}}\s*秒?)?")


class CellError(ValueError):
    """A cell that cannot be read as its column's value; the message says why, in Chinese."""


def is_blank(value: Any) -> bool:
    """Whether a cell holds nothing (empty, or only white space)."""
    return value is None or (isinstance(value, str) and not value.strip())


def _plain(number: Decimal) -> int | float:
    """An int when whole (as the hand-written labels hold 1450000), else a float."""
    return int(number) if number == number.to_integral_value() else float(number)


def _quantity(value: Any, units: dict[str, Decimal], what: str) -> int | float:
    if isinstance(value, bool) or isinstance(value, dt.date | dt.time):
        raise CellError(f"应为{what}数字 (not a number): {value!r}")
    if isinstance(value, int | float):
        number = Decimal(str(value))
    else:
        text = re.sub(r"[\s,，]", "", str(value))
        text = re.sub(r"^(人民币|[¥￥])", "", text)
        text = re.sub(r"[（(]([^()（）]*)[)）]", r"\1", text).removesuffix("整")
        match = _NUMBER.fullmatch(text)
        if not match or match["unit"] not in units:
            known = "、".join(u for u in units if u)
            raise CellError(f"不是{what}数字 (not a number{', units ' + known if known else ''}): {value!r}")
        try:
            number = Decimal(match["num"]) * units[match["unit"]]
        except InvalidOperation as exc:  # pragma: no cover - the pattern admits only digits
            raise CellError(f"不是{what}数字 (not a number): {value!r}") from exc
    if not number.is_finite() or number < 0:
        raise CellError(f"{what}不能为负数 (negative): {value!r}")
    return _plain(number)


def money(value: Any) -> int | float:
    """Yuan: a number cell as it is, or text such as '12.5万元', '1,450,000元', '人民币3亿元'."""
    return _quantity(value, _MONEY_UNITS, "金额（元）")


def area(value: Any) -> int | float:
    """Square metres: a number cell as it is, or text such as '2.5公顷', '30亩', '1200平方米'."""
    return _quantity(value, _AREA_UNITS, "面积（平方米）")


def years(value: Any) -> int | float:
    """A term in years: '40' or '40年'."""
    return _quantity(value, _YEAR_UNITS, "年限")


def date(value: Any) -> str:
    """YYYY-MM-DD from an Excel date cell or text ('2026-3-5', '2026/03/05', '2026年3月5日'); a time of
    day after it is dropped (the 公告时间 2026年07月29日 08:09 gives 2026-07-29, bench/LABELLING.md)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    match = _DATE_ONLY.fullmatch(str(value).strip()) if isinstance(value, str) else None
    if not match:
        raise CellError(f"不是日期，应为 YYYY-MM-DD (not a date): {value!r}")
    return _checked(value, match).strftime("%Y-%m-%d")


def date_time(value: Any) -> str:
    """YYYY-MM-DD HH:MM from an Excel date-time cell or text ('2026-03-05 09:30', '2026年3月5日9时30分').

    A cell whose time is 00:00 is refused: Excel gives a date typed without a time 00:00, and a bid
    deadline or an opening time without its clock time is not labelled (bench/LABELLING.md); a real
    midnight is typed as text."""
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute) == (0, 0):
            raise CellError(
                f"缺少时刻，应为 YYYY-MM-DD HH:MM（零点请以文字填写 '2026-03-05 00:00'） (no time of day): {value!r}"
            )
        return value.strftime("%Y-%m-%d %H:%M")
    match = _DATE_TIME.fullmatch(str(value).strip()) if isinstance(value, str) else None
    if not match:
        raise CellError(f"不是日期时间，应为 YYYY-MM-DD HH:MM (not a date and time): {value!r}")
    return _checked(value, match).strftime("%Y-%m-%d %H:%M")


def _checked(value: Any, match: re.Match[str]) -> dt.datetime:
    try:
        return dt.datetime(
            int(match["y"]),
            int(match["m"]),
            int(match["d"]),
            int(match.groupdict().get("H") or 0),
            int(match.groupdict().get("M") or 0),
        )
    except ValueError as exc:
        raise CellError(f"日期无效 (no such date or time): {value!r}") from exc


def text(value: Any) -> str:
    """Text as typed (stripped); a number cell (a code or a phone Excel took for a number) as its digits."""
    if isinstance(value, bool) or isinstance(value, dt.date | dt.time):
        raise CellError(f"应为文字，不是日期或逻辑值 (expected text): {value!r}")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def names(value: Any) -> list[str]:
    """The names of a list cell in order, separated by '；' or line breaks."""
    out = [part.strip() for part in LIST_SEPARATORS.split(text(value))]
    return [part for part in out if part]


def rank(value: Any) -> int:
    """A candidate's rank: a whole number from 1."""
    if isinstance(value, bool):
        raise CellError(f"名次应为正整数 (rank must be a whole number from 1): {value!r}")
    try:
        number = Decimal(str(value).strip()) if not isinstance(value, dt.date) else None
    except InvalidOperation:
        number = None
    if number is None or number < 1 or number != number.to_integral_value():
        raise CellError(f"名次应为正整数 (rank must be a whole number from 1): {value!r}")
    return int(number)
