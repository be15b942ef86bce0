"""Bad input gets one clear sentence and exit code 2, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from pubwatch.cli import app

runner = CliRunner()


def _run(*args: str, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), env=env or {})


def test_unknown_source_lists_known_ones(tmp_path: Path) -> None:
    result = _run("crawl", "--sources", "no_such_site", env={"PUBWATCH_DB_URL": f"sqlite:///{tmp_path}/x.db"})
    assert result.exit_code == 2
    assert "no_such_site" in result.output and "zfcg" in result.output
    assert "Traceback" not in result.output


def test_unreadable_config(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[database\nurl = ", encoding="utf-8")
    result = _run("check", "--config", str(bad))
    assert result.exit_code == 2
    assert "配置文件格式错误" in result.output
    missing = _run("check", "--config", str(tmp_path / "missing.toml"))
    assert missing.exit_code == 2 and "配置文件不存在" in missing.output


def test_unknown_config_key(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[crawl]\noverlap_dayz = 3\n', encoding="utf-8")
    result = _run("check", "--config", str(cfg))
    assert result.exit_code == 2 and "crawl.overlap_dayz" in result.output


def test_password_in_config_file_is_refused(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[database]\nurl = "postgresql://u:pw@localhost/db"\n', encoding="utf-8")
    result = _run("check", "--config", str(cfg))
    assert result.exit_code == 2 and "PUBWATCH_DB_URL" in result.output and "pw@" not in result.output


def test_database_that_cannot_connect(tmp_path: Path) -> None:
    result = _run("check", env={"PUBWATCH_DB_URL": "postgresql+psycopg://u:topsecret@127.0.0.1:1/db"})
    assert result.exit_code == 2
    assert "无法连接数据库" in result.output
    assert "topsecret" not in result.output


def test_extract_on_a_file_that_is_not_html(tmp_path: Path) -> None:
    blob = tmp_path / "x.bin"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    result = _run("extract", str(blob), "--json")
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    missing = _run("extract", str(tmp_path / "nope.html"), "--json")
    assert missing.exit_code == 2 and "文件不存在" in missing.output


@pytest.mark.parametrize("value", ["2026-13-01", "yesterday"])
def test_bad_date(value: str, tmp_path: Path) -> None:
    result = _run("check", "--as-of", value, env={"PUBWATCH_DB_URL": f"sqlite:///{tmp_path}/x.db"})
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
