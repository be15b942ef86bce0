"""``pubwatch findings list`` names a resolved finding 已整改 only when a fix was found, else 已消除 — the
same rule (``vocabulary.status_label``) as the dashboard's problem list."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from typer.testing import CliRunner

from pubwatch.cli import app
from storage.db import get_engine, init_db, session_scope
from storage.models import Finding

D = dt.date(2026, 3, 2)


def test_findings_list_tells_rectified_from_vanished(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    engine = get_engine(url)
    init_db(engine)
    with session_scope(engine) as s:
        for key, rectified in (("fixed", D + dt.timedelta(days=2)), ("gone", None)):
            s.add(
                Finding(
                    key=key,
                    rule_id="r",
                    kind="missing_field",
                    status="resolved",
                    responsible_unit="市财政局",
                    title=f"公告{key}",
                    first_seen_on=D,
                    last_seen_on=D,
                    resolved_on=D + dt.timedelta(days=2),
                    rectified_on=rectified,
                    dates={},
                    evidence=[],
                )
            )
    engine.dispose()
    result = CliRunner().invoke(app, ["findings", "list"], env={"PUBWATCH_DB_URL": url, "COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    lines = {
        key: next(ln for ln in result.output.splitlines() if f"公告{key}" in ln) for key in ("fixed", "gone")
    }
    assert "已整改" in lines["fixed"] and "已消除" not in lines["fixed"]
    assert "已消除" in lines["gone"] and "已整改" not in lines["gone"]
    as_json = CliRunner().invoke(
        app, ["findings", "list", "--state", "rectified", "--json"], env={"PUBWATCH_DB_URL": url}
    )
    assert as_json.exit_code == 0 and "公告fixed" in as_json.output and "公告gone" not in as_json.output
