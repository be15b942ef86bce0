"""Bytes → text, and JSON payloads → the HTML they carry plus their own fields as hints.

Chinese sites mix UTF-8 and GBK/GB2312 and often lie in one of header, meta tag or BOM, so the order is:
BOM, strict UTF-8 when the bytes are valid UTF-8 (GBK text practically never is), then the
Content-Type charset, <meta charset>/http-equiv, then GB18030 (a superset of GBK and GB2312, so GBK
pages decode right), then UTF-8 with replacement as a last resort.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from .normalize import parse_date, parse_datetime, parse_ms_timestamp
from .record import NotAPage, PageTooLarge
from .textpage import looks_like_text_notice, text_to_html

#: Largest body ``extract`` reads. Real notice pages are < 200 KB (the largest hand-labelled one is
#: 110 KB); parsing time and memory grow with size (10 MB of table rows take ~13 s, 78 MB exhaust
#: lxml), so anything bigger is refused as not a notice page rather than parsed.
MAX_BODY_BYTES = 8 * 1024 * 1024
#: Scraped text never legitimately holds C0 controls (other than tab and line breaks) or DEL; they
#: break XLSX export and PostgreSQL (NUL) and can drive a terminal (ESC), so they are dropped on input.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_controls(value: Any) -> Any:
    """``value`` with control characters removed from every string in it (dicts and lists walked)."""
    if isinstance(value, str):
        return _CONTROL.sub("", value)
    if isinstance(value, dict):
        return {k: strip_controls(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_controls(v) for v in value]
    return value


_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "gb_2312-80": "gb18030",
    "utf8": "utf-8",
    "cp936": "gb18030",
}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.I)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"Rar!", b"\xd0\xcf\x11\xe0")
# (round 22d: a CDATA opener, "<![CDATA[" of a script copied into a text rendering, opens no element: the text
# stays text, laid out by its lines)
_TAG = re.compile(r"<\s*(?:[a-zA-Z]|!(?!\[CDATA\[))[^>]*>")
# round 16a: a text record that kept a few inline tags of a rich-text field ('<p>无</p>' in a ggzy content_text
# printed a cell a line): it is text, laid out by its lines; read as HTML its lines run into one paragraph and
# the title is lost. Only inline tags, few of them against the lines
_STRAY_TAG = re.compile(r"<\s*/?\s*(?:p|br|span|font|b|strong|em|i|u)\b[^<>]{0,80}>", re.I)
_STRAY_MAX = 4
_STRAY_LINES = 10


def _stray_tags_only(text: str) -> bool:
    """Whether ``text`` is a text rendering with a few stray inline tags, not an HTML page or fragment."""
    if _TAG.match(text):
        return False  # (an HTML page opens with a tag: decided before any search)
    lines = text.count("\n")
    if lines < _STRAY_LINES:
        return False
    limit = max(_STRAY_MAX, lines // 20)
    tags = [m.group(0) for m in islice(_TAG.finditer(text, 0, 200000), limit + 1)]
    return 0 < len(tags) <= limit and all(_STRAY_TAG.fullmatch(t) for t in tags)


def _without_stray_tags(text: str) -> str:
    return _STRAY_TAG.sub(lambda m: "\n" if re.match(r"<\s*br", m.group(0), re.I) else "", text)


def _norm_charset(name: str | None) -> str | None:
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    name = _ALIASES.get(name, name)
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _header(headers: Mapping[str, str] | None, name: str) -> str:
    if not headers:
        return ""
    for k, v in headers.items():
        if k.lower() == name:
            return v if isinstance(v, str) else v.decode("latin-1")
    return ""


def decode_bytes(body: bytes, headers: Mapping[str, str] | None = None) -> str:
    """Decode a page honouring header charset, BOM, meta charset, then UTF-8, then GB18030."""
    m = re.search(r"charset\s*=\s*([^\s;]+)", _header(headers, "content-type"), re.I)
    declared = _norm_charset(m.group(1)) if m else None
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if body.startswith(bom):
            return body[len(bom) :].decode(enc, errors="replace")
    # A GBK text is almost never valid UTF-8, while sites often declare GBK over UTF-8 bytes: strict
    # UTF-8 that succeeds on non-ASCII bytes is taken over any declaration.
    try:
        text = body.decode("utf-8")
        if not body[:65536].isascii():  # (a non-ASCII byte: in C, not a Python loop over the bytes)
            return text
    except UnicodeDecodeError:
        pass
    candidates: list[str] = []
    if declared:
        candidates.append(declared)
    mm = _META_CHARSET.search(body[:4096])
    meta = _norm_charset(mm.group(1).decode("ascii", "ignore")) if mm else None
    if meta:
        candidates.append(meta)
    candidates += ["utf-8", "gb18030"]
    for enc in candidates:
        try:
            return body.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("utf-8", errors="replace")


@dataclass
class Payload:
    """What a page body holds: HTML text and the hints its JSON wrapper gave (title, dates, codes)."""

    html: str
    hints: dict[str, Any] = field(default_factory=dict)
    source: str = "html"


# JSON key → canonical hint key. zfcg (result.data), Longyou (data), Epoint records, zfcg v1 (noticeContent).
_JSON_HINTS = {
    "title": "title",
    "projectCode": "project_number",
    "projectName": "project_name",
    "purchaseName": "purchaser",
    "budgetPrice": "budget",
    "bidOpeningTime": "opening_time",
    "tenderProjectCode": "project_number",
    "publishTime": "publish_date",
    "publishDate": "publish_date",
    "infodate": "publish_date",
    "webdate": "publish_date",
    "noticePubDate": "publish_date",
    "categoryName": "category",
    "pathName": "category",
    "announcementType": "announcement_type",
}
_CONTENT_KEYS = ("content", "noticeContent", "infoContent", "infocontent", "html", "Content", "detail")


def _find_content(obj: Any, depth: int = 0) -> tuple[str, dict[str, Any]] | None:
    """Depth-first search for the dict that holds the content; returns (html, that dict).

    HTML content anywhere wins; a record whose content is plain text (no tag) is rendered to HTML.
    """
    if depth > 6:
        return None
    if isinstance(obj, dict):
        for key in _CONTENT_KEYS:
            val = obj.get(key)
            if isinstance(val, str) and _TAG.search(val):
                return val, obj
        for val in obj.values():
            found = _find_content(val, depth + 1)
            if found:
                return found
        for key in _CONTENT_KEYS:  # a record whose content is plain text (converted attachments)
            val = obj.get(key)
            if isinstance(val, str) and looks_like_text_notice(val):
                return text_to_html(val), obj
    elif isinstance(obj, list):
        for val in obj[:5]:
            found = _find_content(val, depth + 1)
            if found:
                return found
    return None


def _hint_value(key: str, val: Any) -> Any:
    if val in (None, "", [], {}):
        return None
    if key == "publish_date":
        if isinstance(val, int | float) or (isinstance(val, str) and val.isdigit() and len(val) >= 12):
            return parse_ms_timestamp(val)
        return parse_date(str(val))
    if key == "opening_time":
        if isinstance(val, int | float) or (isinstance(val, str) and val.isdigit()):
            return None
        return parse_datetime(str(val))
    return str(val).strip()


def unwrap(text: str) -> Payload:
    """Return the HTML to parse; JSON payloads are unwrapped and their fields turned into hints.

    Raises NotAPage for text that is neither HTML nor JSON carrying HTML.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped[:1] in "{[":
        try:
            obj = json.loads(stripped)
        except ValueError:
            obj = None
        except RecursionError:  # nesting deeper than Python's recursion limit: a hostile payload
            raise NotAPage("JSON 嵌套过深 (JSON payload nested too deeply)") from None
        if obj is not None:
            found = _find_content(obj)
            if not found:
                raise NotAPage("JSON 中没有公告正文 HTML (JSON payload carries no HTML content)")
            html, holder = found
            hints: dict[str, Any] = {}
            for jkey, hkey in _JSON_HINTS.items():
                if jkey in holder and hkey not in hints:
                    v = _hint_value(hkey, holder[jkey])
                    if v is not None:
                        hints[hkey] = v
            return Payload(html=strip_controls(html), hints=strip_controls(hints), source="json")
    if _stray_tags_only(stripped):
        stripped = _without_stray_tags(stripped)
    if not _TAG.search(stripped[:200000]):
        if looks_like_text_notice(stripped):  # a text rendering or a converted attachment
            return Payload(html=strip_controls(text_to_html(stripped)), source="text")
        raise NotAPage(
            "不是网页：既不是 HTML 也不是携带 HTML 的 JSON (not HTML, an HTML fragment or a JSON payload)"
        )
    return Payload(html=strip_controls(text))


def load(body: bytes, headers: Mapping[str, str] | None = None) -> Payload:
    """Bytes → Payload, rejecting empty and binary input with a bilingual message."""
    if not isinstance(body, bytes | bytearray):
        raise NotAPage("输入必须是字节串 (body must be bytes)")
    if len(body) > MAX_BODY_BYTES:
        raise PageTooLarge(
            f"页面过大：{len(body)} 字节，上限 {MAX_BODY_BYTES} 字节 "
            f"(page too large: {len(body)} bytes > {MAX_BODY_BYTES})"
        )
    if not body.strip():
        raise NotAPage("内容为空 (empty input)")
    if body.lstrip()[:8].startswith(_BINARY_MAGIC):
        raise NotAPage("这是二进制文件（PDF/图片/压缩包），不是网页 (binary file, not a page)")
    text = decode_bytes(bytes(body), headers)
    if _looks_binary(text):
        raise NotAPage("内容不是文本：含大量控制字符或无法解码的字节，不是网页 (binary bytes, not a page)")
    return unwrap(text)


#: Share of undecodable or control characters above which decoded "text" is really binary bytes.
BINARY_SHARE = 0.05


#: U+FFFD, DEL and the C0 controls but tab, newline, carriage return and form feed; one regex pass
#: over the sample in C (a Python loop over 64 KB of characters was a tenth of a page's extraction).
_BINARY_CHARS = re.compile("[\ufffd\x7f\x00-\x08\x0b\x0e-\x1f]")


def _looks_binary(text: str, sample: int = 65536) -> bool:
    """True for bytes that only decoded by accident: random or compressed bytes give many U+FFFD and C0
    control characters, which no page has (a stray ``<x…>`` in them must not make them a "page")."""
    head = text[:sample]
    if not head:
        return False
    bad = len(_BINARY_CHARS.findall(head))
    return (
        bad >= 16 and bad / len(head) > BINARY_SHARE
    )  # a few stray controls in a page are cleaned, not fatal
