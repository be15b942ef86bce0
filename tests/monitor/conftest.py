"""Synthetic notices, fields, versions and crawl health for the monitor's tests (temp SQLite)."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import Engine

from monitor.catalog import load_catalog
from pubwatch.source_facts import publish_sources
from storage.db import get_engine, session_scope
from storage.evidence import field_values
from storage.models import CrawlHealth, CrawlRun, Document, DocumentVersion, Notice, NoticeField

D = dt.date
REQUIRED: dict[str, list[str]] = {}
for _r in load_catalog().by_check("required_fields"):  # several rules may cover one type (采矿权/探矿权)
    REQUIRED.setdefault(_r.params["notice_type"], []).extend(f.key for f in _r.params["fields"] if f.enforce)


class Data:
    """Writes notices the way the crawler does (document + version + notice + notice_fields)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # the registry's source rows (home flags included), as a crawl and the nightly job write them
        publish_sources(engine)
        self._seq = itertools.count(1)
        self._runs: dict[dt.date, int] = {}

    def notice(
        self,
        notice_type: str,
        publish: dt.date,
        fields: dict[str, Any] | None = None,
        *,
        source: str = "qz_hanweb",
        channel: str = "c1",
        project_number: str | None = None,
        title: str | None = None,
        removed_at: dt.date | None = None,
        bodies: list[tuple[dt.date, str]] | None = None,
        status: str = "ok",
        provenance: dict[str, Any] | None = None,
        omit: tuple[str, ...] = (),
        region: str = "330800",
    ) -> tuple[int, str]:
        """Insert one posting; returns (notice id, url). Every required item of the type is stated
        (placeholder text) unless given or listed in ``omit``."""
        i = next(self._seq)
        fields = dict(fields or {})
        if project_number:
            fields.setdefault("project_number", project_number)
        if status == "ok":
            for key in REQUIRED.get(notice_type, ()):
                if key not in omit:
                    fields.setdefault(key, f"{key}-x")
        url = f"http://{source}.example/art/{i}.html"
        bodies = bodies or [(publish, f"<html><body><p>{title or notice_type}</p><p>{i}</p></body></html>")]
        with session_scope(self.engine) as s:
            doc = Document(
                source_key=source,
                channel_key=channel,
                item_key=str(i),
                url=url,
                list_date=publish,
                removed_at=removed_at,
                removed_reason="gone" if removed_at else None,
            )
            s.add(doc)
            s.flush()
            vid = None
            for n, (on, body) in enumerate(bodies, start=1):
                raw = body.encode()
                v = DocumentVersion(
                    document_id=doc.id,
                    version_no=n,
                    fetched_on=on,
                    url=url,
                    sha256=hashlib.sha256(raw).hexdigest(),
                    size=len(raw),
                    body=raw,
                )
                s.add(v)
                s.flush()
                vid = v.id
            doc.current_version_id = vid
            notice = Notice(
                document_id=doc.id,
                version_id=vid,
                source_key=source,
                channel_key=channel,
                region=region,
                domain=notice_type.split(".")[0],
                notice_type=notice_type,
                title=title or f"{notice_type} {i}",
                url=url,
                publish_date=publish,
                project_number=fields.get("project_number"),
                project_name=fields.get("project_name"),
                purchaser=fields.get("purchaser"),
                status=status,
                fields=fields,
                provenance=provenance or {},
            )
            s.add(notice)
            s.flush()
            for k, v in fields.items():
                s.add(NoticeField(notice_id=notice.id, key=k, **field_values(v)))
            return notice.id, url

    def series(
        self, notice_type: str, first: dt.date, every: int, n: int, *, source: str, channel: str, prefix: str
    ) -> None:
        """A channel's regular postings: ``n`` notices, one every ``every`` days from ``first``, projects
        ``<prefix>-0`` …: the rhythm a channel-silence check learns its expected gap from."""
        for i in range(n):
            self.notice(
                notice_type,
                first + dt.timedelta(days=every * i),
                {},
                source=source,
                channel=channel,
                project_number=f"{prefix}-{i}",
            )

    def health(self, night: dt.date, source: str, complete: bool, channel: str = "") -> None:
        """One crawl_health row for a night (a run per night)."""
        with session_scope(self.engine) as s:
            run_id = self._runs.get(night)
            if run_id is None:
                run = CrawlRun(night=night, status="complete")
                s.add(run)
                s.flush()
                run_id = self._runs[night] = run.id
            s.add(
                CrawlHealth(
                    run_id=run_id, night=night, source_key=source, channel_key=channel, complete=complete
                )
            )


def store_extracted(engine: Engine, body: bytes, item: str, *, basis: bool = True, **hint: str) -> dict:
    """Extract a page (with the list's ``hint``) and store it as a 市本级 qz_hanweb notice the way the
    crawler does; the record as a dict. ``basis=False`` leaves the type basis unrecorded, as on a page
    stored before the basis was recorded."""
    from extractors import extract
    from storage.evidence import PageRecord, save_page

    rec = extract(body, hint=hint or None)
    save_page(
        engine,
        PageRecord(
            source_key="qz_hanweb",
            channel_key="c1",
            item_key=item,
            url=f"http://qz_hanweb.example/{item}.html",
            night=D(2026, 3, 6),
            body=body,
            sha256=hashlib.sha256(body).hexdigest(),
            region="330800",
            domain=rec.domain,
            notice_type=rec.notice_type,
            type_basis=rec.type_basis if basis else None,
            title=str(rec.fields.get("title", "")),
            publish_date=D(2026, 3, 5),
            status=rec.status,
            fields=rec.fields,
            provenance={k: v.model_dump() for k, v in rec.provenance.items()},
        ),
    )
    return rec.to_dict()


@pytest.fixture()
def engine(migrated_sqlite: Callable[[str], str]) -> Engine:
    eng = get_engine(migrated_sqlite("monitor.db"))  # a copy of the session's migrated file
    yield eng
    eng.dispose()


@pytest.fixture()
def data(engine: Engine) -> Data:
    return Data(engine)
