"""Which item changed between two stored versions of a page (for silent-edit findings).

Why: a silent edit is only useful to a supervisor when it says *what* changed (预算金额 from … to …).
The monitor may not import the extractors, so it compares the visible text of the first and the
changed version and matches the changed passage to the extractor's provenance snippets of the
current notice (``notices.provenance[key]["snippet"]``) and its field values.
"""

from __future__ import annotations

import difflib
import html
import json
import re
from typing import Any

from sqlalchemy import Connection, select

from storage.models import DocumentVersion, Notice

_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_WS = re.compile(r"[ \t\r\f\v\u3000\xa0]+")


def _json_text(text: str) -> str | None:
    """The HTML string leaves of a JSON payload (the ``content`` of a JSON API; all leaves if none is HTML),
    one per line; None if not JSON.

    Why: a JSON detail (zfcg, 龙游) is one physical line, so a line diff of the raw payload calls the
    whole payload changed when anything in it changes (zfcg's list of the project's other notices
    grows with every new notice) and names no field.
    """
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        data = json.loads(stripped)
    except ValueError:
        return None
    leaves: list[str] = []
    stack: list[Any] = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(reversed(list(item.values())))
        elif isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, str):
            leaves.append(item)
    markup = [x for x in leaves if "<" in x and ">" in x]  # the notice text; not link lists or metadata
    return "\n".join(markup or leaves)


def visible_lines(body: bytes) -> list[str]:
    """The page's text, one line per block, tags removed (UTF-8 first, then GB18030); JSON payloads by
    their string values."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        text = body.decode("gb18030", errors="replace")
    text = _json_text(text) or text
    text = html.unescape(_TAG.sub("\n", text))
    return [ln for ln in (_WS.sub("", x) for x in text.splitlines()) if ln]


def _norm(text: str) -> str:
    return _WS.sub("", str(text))


def diff_lines(old: bytes, new: bytes) -> tuple[list[str], list[str]]:
    """Lines only in the old version and lines only in the new version."""
    a, b = visible_lines(old), visible_lines(new)
    removed: list[str] = []
    added: list[str] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag in ("replace", "delete"):
            removed += a[i1:i2]
        if tag in ("replace", "insert"):
            added += b[j1:j2]
    return removed, added


def guess_field(added: list[str], provenance: dict[str, Any], fields: dict[str, Any]) -> str | None:
    """The canonical key whose snippet or value appears in the changed lines."""
    blob = "\n".join(added)
    if not blob:
        return None
    best, best_len = None, 0
    for key, prov in (provenance or {}).items():
        snippet = _norm(prov.get("snippet", "")) if isinstance(prov, dict) else ""
        for line in added:
            if snippet and (line in snippet or snippet in line):
                overlap = min(len(line), len(snippet))
                if overlap > best_len:
                    best, best_len = key, overlap
    if best:
        return best
    for key, value in (fields or {}).items():
        if key in ("title", "publish_date") or value in (None, "", []):
            continue
        v = value if isinstance(value, str) else f"{value:.2f}" if isinstance(value, float) else str(value)
        if _norm(v) and _norm(v) in blob:
            return key
    return None


def changed_fields(
    conn: Connection, rows: list[dict[str, Any]]
) -> dict[int, tuple[str | None, str | None, str | None]]:
    """notice id → (changed key, old passage, new passage) for silent-edit candidates."""
    out: dict[int, tuple[str | None, str | None, str | None]] = {}
    v, n = DocumentVersion.__table__, Notice.__table__
    for row in rows:
        ids = [row.get("version_id"), row.get("version_id2")]
        if not all(ids):
            continue
        bodies = dict(conn.execute(select(v.c.id, v.c.body).where(v.c.id.in_(ids))).all())
        if len(bodies) < 2:
            continue
        removed, added = diff_lines(bodies[ids[0]], bodies[ids[1]])
        notice = conn.execute(select(n.c.provenance, n.c.fields).where(n.c.id == row["notice_id"])).first()
        key = guess_field(added, notice.provenance if notice else {}, notice.fields if notice else {})
        out[row["notice_id"]] = (key, "；".join(removed)[:500] or None, "；".join(added)[:500] or None)
    return out
