"""Small shared bits of markup and vocabulary (region names, dates in URLs, attachment links)."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta, timezone

from replica.server.corpus import Posting

REGION_NAMES = {
    "330800": "衢州市",
    "330899": "衢州市本级",
    "330801": "衢州市本级",
    "330802": "柯城区",
    "330803": "衢江区",
    "330822": "常山县",
    "330824": "开化县",
    "330825": "龙游县",
    "330881": "江山市",
    "339900": "浙江省本级",
    "330000": "浙江省",
}
CHINA_TZ = timezone(timedelta(hours=8))


def region_name(code: str) -> str:
    return REGION_NAMES.get(code, "衢州市")


def esc(text: str) -> str:
    return html.escape(text, quote=True)


def art_date_path(d: date) -> str:
    """Hanweb article paths carry the date without zero padding: ``2024/5/28``."""
    return f"{d.year}/{d.month}/{d.day}"


def epoch_ms(publish_time: str) -> int:
    """``YYYY-MM-DD HH:MM:SS`` in China time → milliseconds since the epoch (zfcg ``publishDate``)."""
    dt = datetime.strptime(publish_time[:19], "%Y-%m-%d %H:%M:%S").replace(tzinfo=CHINA_TZ)
    return int(dt.timestamp() * 1000)


def attachment_links(p: Posting, before: str = "", after: str = "", sep: str = "") -> str:
    return sep.join(
        f'{before}<a href="{esc(str(a.get("url", "")))}" target="_blank">{esc(str(a.get("name", "附件")))}</a>{after}'
        for a in p.attachments
    )


def int_arg(value: object, default: int, lo: int = 0, hi: int = 10_000) -> int:
    """Parse a paging number leniently (real servers accept "1" and 1); clamp into [lo, hi]."""
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return min(max(n, lo), hi)
