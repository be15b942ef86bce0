"""Recognise pages that are not what they claim: bot checks, captchas, throttling and maintenance
pages served with status 200, and JSON risk codes.

Why: a blocked or broken site often answers ``200 OK`` with a page that lists nothing. Read
naively that is "nothing was published", the one conclusion pubwatch must never draw from a
failure. Every family runs list and detail responses through :func:`classify_html` /
:func:`classify_json` before trusting them.
"""

from __future__ import annotations

from typing import Any

# Error kinds recorded in crawl_health.errors (docs/crawler.md lists them).
ERROR_KINDS = (
    "http_5xx",
    "http_4xx",
    "http_404",
    "timeout",
    "reset",
    "connection",
    "truncated",
    "too_large",
    "rate_limited",
    "captcha",
    "risk_code",
    "bot_check",
    "loop",
    "maintenance",
    "empty_unexpected",
    "parse_error",
    "max_pages",
    "robots",
    "refused_scheme",
    "refused_offsite",
    "redirect_loop",
    "storage_error",
    "other",
)

# Not "/_bot_sbu/": the real ccgp includes those scripts on every page, challenge or not.
BOT_MARKERS = ('id="bot-check"', "正在进行安全检查", "<title>安全验证</title>")
CAPTCHA_MARKERS = ("请输入验证码", 'id="captcha', "滑动验证", "captcha-form")
# ccgp's throttle page says 频繁访问 (idx 70937421550)
THROTTLE_MARKERS = ("访问过于频繁", "请求过于频繁", "频繁访问", "Too Many Requests")
MAINTENANCE_MARKERS = ("系统维护", "系统升级", "maintenance-notice")
# Risk codes seen on Chinese platform JSON APIs (reference/platforms.md §6, bidmonitor-doc).
JSON_RISK_CODES = {800: "rate_limited", 829: "captcha", 804: "risk_code", 403: "risk_code"}


class BadPage(Exception):
    """A response that must not be trusted; ``kind`` is one of :data:`ERROR_KINDS`."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


def classify_html(text: str) -> str | None:
    """The error kind of a suspicious HTML page, or None when it looks like real content.

    Only markers that real notices never contain are used; a notice that quotes "验证码" in its
    text is still recognised because the captcha markers are markup, not words.
    """
    head = text[:6000]
    if any(m in head for m in BOT_MARKERS):
        return "bot_check"
    if any(m in head for m in CAPTCHA_MARKERS):
        return "captcha"
    if any(m in head for m in THROTTLE_MARKERS) and len(text) < 4000:
        return "rate_limited"
    if any(m in head for m in MAINTENANCE_MARKERS) and len(text) < 4000:
        return "maintenance"
    return None


def classify_json(obj: Any) -> str | None:
    """The error kind of a JSON answer that carries a risk or maintenance code, else None."""
    if not isinstance(obj, dict):
        return None
    msg = str(obj.get("msg") or obj.get("message") or obj.get("error") or "")
    code = obj.get("code")
    try:
        code_num = int(code) if code is not None and str(code).strip() else None
    except (TypeError, ValueError):
        code_num = None
    if code_num in JSON_RISK_CODES:
        return JSON_RISK_CODES[code_num]
    if any(m in msg for m in MAINTENANCE_MARKERS):
        return "maintenance"
    if any(m in msg for m in THROTTLE_MARKERS):
        return "rate_limited"
    if any(m in msg for m in ("验证码", "captcha")):
        return "captcha"
    if code_num is not None and code_num >= 500:
        return "http_5xx"
    return None
