"""The office's review list: 待人工核对（未能识别）— items a page prints whose value was not read.

Why a list of its own: an ``extraction_gap`` finding accuses nobody (issue 12 item 3). The page states
the item (its label is there) but the extractor could not read the value, so a person at the
supervision office opens the page and checks. Mixing these into the problem list would read as a
violation by a 责任单位; leaving them out entirely would hide what the system could not read. So
the dashboard, the workbook and the CSV carry them apart, with what the reviewer needs: the notice,
the platform it was found on, the item (its Chinese label from the rules catalog), the original page,
the archived copy and the day it was first seen.

All text is bounded here and escaped where it is written (Jinja2 autoescape, spreadsheet-safe cells).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, case, func, select

from dashboards.metrics import DEFAULT_JURISDICTION, _evidence_of, _period
from monitor.messages import item_name
from storage.archive import archive_name
from storage.models import DocumentVersion, Finding, Notice, Source
from vocabulary import DOMAINS, label, region_label, status_label, with_reason

GAP_KIND = "extraction_gap"
SECTION_TITLE = "待人工核对（未能识别）"
MAX_TITLE = 300
MAX_LABEL = 100

#: The review list's columns (CSV, XLSX sheet 待人工核对): key, Chinese header.
REVIEW_COLUMNS: list[tuple[str, str]] = [
    ("id", "编号"),
    ("first_seen_on", "发现日期"),
    ("status", "状态"),
    ("title", "公告标题"),
    ("source", "数据源（平台）"),
    ("domain", "领域"),
    ("region", "地区"),
    ("item", "未能识别的事项"),
    ("url", "原页面"),
    ("archive", "存档副本"),
    ("evidence", "存档校验（页面版本@SHA-256）"),
]


@functools.cache
def _catalog(jurisdiction: str) -> Any:
    from monitor.catalog import load_catalog

    try:
        return load_catalog(jurisdiction)
    except Exception:  # a broken catalog must not stop the report; the item falls back to generic labels
        return None


def item_label(key: str | None, jurisdiction: str = DEFAULT_JURISDICTION) -> str:
    """The Chinese name of a field as the rules catalog words it (never the internal key when known)."""
    return item_name(key, _catalog(jurisdiction))[:MAX_LABEL]


def iter_review(
    engine: Engine,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int | None = None,
    *,
    jurisdiction: str = DEFAULT_JURISDICTION,
) -> Iterator[dict[str, Any]]:
    """Extraction gaps first seen in the period (dismissed ones left out), still-open first, newest first."""
    still_open = case((Finding.status == "resolved", 1), else_=0)
    q = (
        select(
            Finding.id,
            Finding.first_seen_on,
            Finding.status,
            Finding.rectified_on,
            Finding.title,
            Notice.title,
            Finding.source_key,
            Source.name,
            Finding.domain,
            Finding.region,
            Finding.field,
            func.coalesce(Notice.url, Finding.url),
            Notice.version_id,
            DocumentVersion.sha256,
            Finding.evidence,
            Finding.dates,
        )
        .select_from(Finding)
        .outerjoin(Notice, Notice.id == Finding.notice_id)
        .outerjoin(DocumentVersion, DocumentVersion.id == Notice.version_id)
        .outerjoin(Source, Source.key == Finding.source_key)
        .where(
            Finding.kind == GAP_KIND,
            Finding.status != "dismissed",
            *_period(Finding.first_seen_on, date_from, date_to),
        )
        .order_by(still_open, Finding.first_seen_on.desc(), Finding.id.desc())
    )
    if limit is not None:
        q = q.limit(limit)
    with engine.connect() as conn:
        for (
            fid,
            seen,
            status,
            rectified,
            ftitle,
            ntitle,
            skey,
            sname,
            domain,
            region,
            key,
            url,
            vid,
            sha,
            fevidence,
            fdates,
        ) in conn.execute(q):
            ref = _evidence_of(fevidence, vid, sha)
            rvid, _, digest = ref.removeprefix("document_versions/").partition("@sha256:")
            yield {
                "id": fid,
                "first_seen_on": seen.isoformat() if seen else "",
                "status": status_label(status, rectified),
                "title": (ftitle or ntitle or "")[:MAX_TITLE],
                "source": (sname or skey or "未注明数据源")[:MAX_LABEL],
                "domain": label(DOMAINS, domain),
                "region": region_label(region),
                "item": with_reason(item_label(key, jurisdiction), fdates)[
                    :MAX_LABEL
                ],  # item_label is within it
                "url": (url or "")[:1000],
                "archive": archive_name(int(rvid), digest) if ref else "",
                "evidence": ref,
            }


def count_review(engine: Engine, date_from: dt.date | None = None, date_to: dt.date | None = None) -> int:
    """How many rows :func:`iter_review` yields without a limit (the workbook's filter range)."""
    q = (
        select(func.count())
        .select_from(Finding)
        .where(
            Finding.kind == GAP_KIND,
            Finding.status != "dismissed",
            *_period(Finding.first_seen_on, date_from, date_to),
        )
    )
    with engine.connect() as conn:
        return int(conn.scalar(q) or 0)
