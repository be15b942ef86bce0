"""`pubwatch check` counts as of the last crawled night by default, says so, and stores only with --save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import func, select
from typer.testing import CliRunner

from pubwatch.cli import app

runner = CliRunner()
NIGHT = dt.date(2026, 3, 3)


def _seed(db: Path, *, crawled: bool = True) -> None:
    from storage.db import get_engine, init_db, session_scope
    from storage.evidence import finish_run, start_run
    from tests.dashboards.demo_data import add_channel, add_notice

    engine = get_engine(f"sqlite:///{db}")
    init_db(engine)
    with session_scope(engine) as s:
        add_channel(s, "qz_hanweb", "cg", "procurement", "330800", "市财政局")
        add_notice(
            s,
            title="某中学采购结果公告",
            domain="procurement",
            notice_type="procurement.result",
            region="330800",
            publish_date=dt.date(2026, 3, 2),
            channel_key="cg",
        )
    if crawled:
        finish_run(engine, start_run(engine, NIGHT), "ok")
    engine.dispose()


def _stored(db: Path) -> int:
    from storage.db import get_engine
    from storage.models import Finding

    engine = get_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        n = conn.scalar(select(func.count()).select_from(Finding)) or 0
    engine.dispose()
    return n


def test_check_looks_as_of_the_last_crawled_night_and_saves_only_when_asked(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    _seed(db)
    env = {"PUBWATCH_DB_URL": f"sqlite:///{db}", "COLUMNS": "300"}
    look = runner.invoke(app, ["check"], env=env)
    assert look.exit_code == 0, look.output
    assert f"按最近一次采集夜 {NIGHT.isoformat()} 计算" in look.output  # says which date it counts as of
    assert "仅查看，未保存" in look.output and "某中学采购结果公告" in look.output
    assert _stored(db) == 0  # a look moves no figure of the dashboard
    again = runner.invoke(app, ["check", "--json"], env=env)
    assert again.exit_code == 0 and '"saved": false' in again.output and _stored(db) == 0
    saved = runner.invoke(app, ["check", "--save"], env=env)
    assert saved.exit_code == 0, saved.output
    assert "结果已保存" in saved.output and _stored(db) > 0


def test_check_without_any_crawl_says_so(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    _seed(db, crawled=False)
    result = runner.invoke(app, ["check"], env={"PUBWATCH_DB_URL": f"sqlite:///{db}"})
    assert result.exit_code == 2 and "还没有采集记录" in result.output
    assert _stored(db) == 0


def test_an_explicit_database_path_in_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    typo = tmp_path / "no-such-folder" / "pubwatch.db"
    result = runner.invoke(
        app, ["check", "--as-of", "2026-03-03"], env={"PUBWATCH_DB_URL": f"sqlite:///{typo}"}
    )
    assert result.exit_code == 2 and "数据库所在目录不存在" in result.output
    assert not typo.parent.exists()  # nothing created
