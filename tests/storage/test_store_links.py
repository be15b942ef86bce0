"""A notice stating a project number is linked to that number's project as it is stored (issue 16).

Why these cases: the first night of checks no longer links those notices, so the store must make the
very project and link the monitor made — one project per normalised number, whoever links first — keep
a link once made (as the monitor does), and leave notices without a number to the monitor.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, select, text

import monitor
from storage.db import get_engine, init_db
from storage.evidence import PageRecord, save_page
from storage.models import Document, DocumentVersion, Notice, Project, ProjectLink

NIGHT = dt.date(2026, 3, 2)


def _page(item: str, fields: dict[str, Any], body: str = "") -> PageRecord:
    raw = f"<html><body>{item}{body}</body></html>".encode()
    return PageRecord(
        source_key="zfcg",
        channel_key="c",
        item_key=item,
        url=f"http://x/{item}",
        night=NIGHT,
        body=raw,
        sha256=hashlib.sha256(raw).hexdigest(),
        list_date=NIGHT,
        publish_date=NIGHT,
        domain="procurement",
        notice_type="procurement.result",
        fields=fields,
    )


def _links(engine: Engine) -> dict[str, tuple[str | None, str | None, str | None]]:
    """item key → (project key, link method, the notice's project key by notices.project_id)."""
    with engine.connect() as c:
        rows = c.execute(
            select(
                Document.item_key, Project.key, ProjectLink.method, Notice.project_id, ProjectLink.project_id
            )
            .select_from(Notice)
            .join(Document, Document.id == Notice.document_id)
            .outerjoin(ProjectLink, ProjectLink.notice_id == Notice.id)
            .outerjoin(Project, Project.id == ProjectLink.project_id)
        ).all()
    out = {}
    for item, key, method, pid, link_pid in rows:
        assert pid == link_pid  # notices.project_id and the link agree (both None when unlinked)
        out[item] = (key, method, pid)
    return out


def _stores_and_links(engine: Engine) -> None:
    init_db(engine)
    save_page(engine, _page("a", {"project_number": " qzcg-1 ", "project_name": "课桌椅采购项目"}))
    save_page(engine, _page("b", {"project_number": "QZCG -1", "project_name": "课桌椅"}))
    save_page(engine, _page("c", {"project_name": "无编号的项目"}))
    save_page(engine, _page("d", {"project_number": "   "}))
    got = _links(engine)
    assert got["a"][:2] == got["b"][:2] == ("pn:QZCG-1", "project_number")
    assert got["a"][2] == got["b"][2] is not None
    assert got["c"] == got["d"] == (None, None, None)  # no number: left to the night's name linking
    with engine.connect() as c:
        project = c.execute(select(Project.project_number, Project.name)).one()
    assert tuple(project) == (" qzcg-1 ", "课桌椅采购项目")  # as the monitor makes it: the first of each
    # a re-extraction stating another number keeps the link made (the monitor never moves one either)
    save_page(engine, _page("a", {"project_number": "QZCG-2"}, body="v2"))
    assert _links(engine)["a"] == got["a"]
    # the night links only what the store could not: by name, and nothing by number
    res = monitor.run_checks(engine, NIGHT)
    assert res["links"]["by_number"] == 0 and res["links"]["new_projects"] == 1
    after = _links(engine)
    assert after["a"] == got["a"] and after["b"] == got["b"]
    assert after["c"][1] == "name_purchaser"
    assert after["d"] == (None, None, None)  # neither number nor name: nothing to link by


def test_store_links_by_number_sqlite(tmp_path: Path) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'store.db'}")
    try:
        _stores_and_links(engine)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_store_links_by_number_postgresql(pg_url: str) -> None:
    engine = get_engine(pg_url)
    try:
        _stores_and_links(engine)
    finally:
        engine.dispose()


def test_night_links_to_the_project_the_store_made(tmp_path: Path) -> None:
    """A notice written around the store (no link) joins the project its number got when another notice
    was stored: one key for both paths (``storage.projects.number_key_sql``)."""
    engine = get_engine(f"sqlite:///{tmp_path / 'mixed.db'}")
    try:
        init_db(engine)
        save_page(engine, _page("a", {"project_number": "QZCG-7"}))
        with engine.begin() as c:
            doc = c.execute(
                Document.__table__.insert().values(source_key="zfcg", channel_key="c", item_key="z", url="u")
            ).inserted_primary_key[0]
            ver = c.execute(
                DocumentVersion.__table__.insert().values(
                    document_id=doc, version_no=1, url="u", sha256="0" * 64, size=1, body=b"x"
                )
            ).inserted_primary_key[0]
            c.execute(
                Notice.__table__.insert().values(
                    document_id=doc,
                    version_id=ver,
                    source_key="zfcg",
                    domain="procurement",
                    notice_type="procurement.contract",
                    project_number=" qzcg-7",
                    publish_date=NIGHT,
                )
            )
        res = monitor.run_checks(engine, NIGHT)
        assert (res["links"]["by_number"], res["links"]["new_projects"]) == (1, 0)
        got = _links(engine)
        assert got["z"] == got["a"]
        with engine.connect() as c:
            assert c.scalar(text("SELECT count(*) FROM projects")) == 1
    finally:
        engine.dispose()


def test_store_records_each_notice_key_set(tmp_path: Path) -> None:
    """Each stored notice gets the set of its field keys (``gap:`` markers included), shared between
    notices of one type with the same keys, and recorded again when a new version changes them."""
    engine = get_engine(f"sqlite:///{tmp_path / 'sets.db'}")
    try:
        init_db(engine)
        save_page(engine, _page("a", {"project_number": "Q-1", "amount": "5"}))
        save_page(engine, _page("b", {"amount": "7", "project_number": "Q-2"}))
        gap = _page("c", {"amount": "9"})
        gap = dataclasses.replace(gap, provenance={"experts": {"method": "gap", "snippet": "评审专家"}})
        save_page(engine, gap)

        def sets() -> dict[str, str]:
            with engine.connect() as c:
                rows = c.execute(
                    text(
                        "SELECT d.item_key, k.keys FROM notice_key_sets s JOIN key_sets k ON k.id = s.key_set_id "
                        "JOIN notices n ON n.id = s.notice_id JOIN documents d ON d.id = n.document_id"
                    )
                ).all()
            return dict(rows)

        assert sets() == {
            "a": "amount,project_number",
            "b": "amount,project_number",
            "c": "amount,gap:experts",
        }
        save_page(engine, _page("a", {"amount": "5", "winner": "某公司"}, body="v2"))
        assert sets()["a"] == "amount,winner"
        with engine.connect() as c:
            assert c.scalar(text("SELECT count(*) FROM key_sets")) == 3  # a's old set stays, shared with b
    finally:
        engine.dispose()
