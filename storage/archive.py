"""Archived copies of stored pages, exported as plain files a reader opens without pubwatch.

Why: a county office cannot run ``pubwatch evidence``; the report and the e-mail must point at
something it can open — the original URL, and the page as pubwatch fetched it, saved beside the
report under a name that carries the SHA-256 of the stored page version (for most platforms the
hash of the bytes; for JSON APIs, of the notice's content — see the crawler's fingerprint). The
file is the stored bytes after one added first line, a Content-Security-Policy meta tag, so the copy
cannot run scripts or load anything when opened.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import Engine, select

from storage.models import DocumentVersion

ARCHIVE_DIR = "evidence"
MAX_ARCHIVE_BYTES = 5_000_000
_CSP = (
    b'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
    b"style-src 'unsafe-inline'; img-src data:\">\n"
)


def archive_name(version_id: int | None, sha256: str | None) -> str:
    """``evidence/<version>-<first 16 of sha256>.html``: the same name in the e-mail and the export."""
    if version_id is None or not sha256:
        return ""
    return f"{ARCHIVE_DIR}/{int(version_id)}-{sha256[:16]}.html"


def export_archive(engine: Engine, folder: str | Path, versions: Iterable[tuple[int, str]]) -> dict[int, str]:
    """Write the stored bytes of ``(version_id, sha256)`` pairs under ``folder/evidence``.

    Returns version id → relative path written (the bytes as stored; ``pubwatch evidence`` verifies them).
    """
    wanted = {int(v): s for v, s in versions if v is not None and s}
    out: dict[int, str] = {}
    if not wanted:
        return out
    base = Path(folder)
    (base / ARCHIVE_DIR).mkdir(parents=True, exist_ok=True)
    ids = sorted(wanted)
    with engine.connect() as conn:
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            rows = conn.execute(
                select(DocumentVersion.id, DocumentVersion.sha256, DocumentVersion.body).where(
                    DocumentVersion.id.in_(chunk)
                )
            )
            for vid, sha, body in rows:
                data = bytes(body or b"")
                rel = archive_name(vid, sha)
                target = base / rel
                if not target.exists():
                    # the raw stored bytes, behind a CSP line that stops scripts and remote loads
                    target.write_bytes(_CSP + data[:MAX_ARCHIVE_BYTES])
                out[vid] = rel
    return out
