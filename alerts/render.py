"""Turn the pending items of one recipient into a bilingual-safe MIME message (HTML + plain text).

Why Jinja2 with autoescape for the HTML part: every title, message and URL comes from scraped pages
and is untrusted; escaping by default means a template change cannot forget it. The plain-text part
is rendered by a separate, non-escaping environment so that it shows ``<`` rather than ``&lt;``.
Subjects are built from the config (unit names) and counts only, and still sanitised, because a
header with a line break could inject headers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from itertools import groupby
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined

from alerts.collect import REVIEW_SECTION, SECTIONS, DigestItem, clean_text

MAX_ITEMS = 50
MAX_SUBJECT = 120
UNROUTED_LABEL = "未配置收件人的责任单位"

_HTML = Environment(
    loader=PackageLoader("alerts", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_TEXT = Environment(
    loader=PackageLoader("alerts", "templates"),
    autoescape=False,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


@dataclass
class UnitRow:
    """One line of the office summary's per-unit table."""

    unit: str
    counts: list[int]
    configured: bool


def sanitize_header(value: str, limit: int = MAX_SUBJECT) -> str:
    """A single-line header value: no CR/LF or other control characters, bounded length."""
    text = clean_text(re.sub(r"[\r\n]+", " ", value), limit)
    return text


def group_items(items: list[DigestItem]) -> list[dict[str, Any]]:
    """Sections → severities → domains, in the items' sort order (already sorted)."""
    out: list[dict[str, Any]] = []
    for section, sec_items in groupby(items, key=lambda it: it.section):
        sec_list = list(sec_items)
        severities = []
        for sev_name, sev_items in groupby(sec_list, key=lambda it: it.severity_label):
            sev_list = list(sev_items)
            domains = [
                {"name": dom, "items": list(dom_items)}
                for dom, dom_items in groupby(sev_list, key=lambda it: it.domain_label)
            ]
            severities.append({"name": sev_name, "domains": domains})
        out.append({"name": SECTIONS[section], "total": len(sec_list), "severities": severities})
    return out


def build_message(
    *,
    sender: str,
    to: list[str],
    heading: str,
    subject: str,
    intro: str,
    as_of: dt.date,
    items: list[DigestItem],
    digest_for: str,
    show_unit: bool,
    by_unit: list[UnitRow] | None = None,
    unrouted: list[tuple[str, int]] | None = None,
    max_items: int = MAX_ITEMS,
) -> EmailMessage:
    """The complete message; at most ``max_items`` findings are listed, the rest counted as 及其他 N 条未列出
    (they stay pending: see ``Pending.listed``)."""
    shown = items[:max_items]
    violations = [it for it in items if not it.is_review]
    review = [it for it in shown if it.is_review]
    counts_by_section = Counter(it.section for it in violations)
    context = {
        "heading": heading,
        "as_of": as_of.isoformat(),
        "intro": intro,
        "counts": [(name, counts_by_section.get(key, 0)) for key, name in SECTIONS.items()],
        "section_names": list(SECTIONS.values()),
        "sections": group_items([it for it in shown if not it.is_review]),
        # the office's review list, after the violations: pages that state an item the system could not read
        "review": review,
        "review_total": len(items) - len(violations),
        "review_title": REVIEW_SECTION,
        "omitted": len(items) - len(shown),
        "total": len(violations),
        "show_unit": show_unit,
        "by_unit": by_unit or [],
        "unrouted": unrouted or [],
        "unrouted_label": UNROUTED_LABEL,
    }
    msg = EmailMessage(policy=SMTP)
    msg["Subject"] = sanitize_header(subject)
    msg["From"] = sanitize_header(sender, 300)
    msg["To"] = ", ".join(sanitize_header(addr, 300) for addr in to)
    msg["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    domain = sender.rsplit("@", 1)[-1] if "@" in sender else "pubwatch.local"
    msg["Message-ID"] = make_msgid("pubwatch", domain=sanitize_header(domain, 100))
    msg["X-Pubwatch-Digest"] = sanitize_header(f"{digest_for} {as_of.isoformat()}", 300)
    msg.set_content(_TEXT.get_template("digest.txt").render(context), charset="utf-8")
    msg.add_alternative(_HTML.get_template("digest.html").render(context), subtype="html", charset="utf-8")
    return msg


def subject_line(prefix: str, as_of: dt.date, items: list[DigestItem]) -> str:
    """``【信息公开监测】<prefix> 2026-03-02：新发现 3 条，升级 1 条，已整改 2 条``."""
    counts = Counter(it.section for it in items if not it.is_review)
    parts = [f"{name} {counts[key]} 条" for key, name in SECTIONS.items() if counts.get(key)]
    review = sum(1 for it in items if it.is_review)
    if review:
        parts.append(f"待人工核对 {review} 条")
    return f"【信息公开监测】{prefix} {as_of.isoformat()}：" + ("，".join(parts) if parts else "无新增问题")
