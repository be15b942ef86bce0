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
    cfg.write_text("[crawl]\noverlap_dayz = 3\n", encoding="utf-8")
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


# --- the review's bad inputs: each gives one bilingual sentence and exit code 2, never a traceback --------


def _db(tmp_path: Path) -> dict[str, str]:
    return {"PUBWATCH_DB_URL": f"sqlite:///{tmp_path}/x.db"}


def _flat(text: str) -> str:
    """Output without white space: Rich wraps long lines at the terminal width, anywhere in Chinese."""
    return "".join(text.split())


def _clear_error(result, *needles: str) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output and isinstance(result.exception, SystemExit)
    assert "错误 error:" in result.output, result.output
    for needle in needles:
        assert _flat(needle) in _flat(result.output), result.output


def test_extract_bad_files(tmp_path: Path) -> None:
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    _clear_error(_run("extract", str(empty)), "内容为空", "empty input")
    not_payload = tmp_path / "x.json"
    not_payload.write_text('{"a": 1, "b": [1, 2]}', encoding="utf-8")
    _clear_error(_run("extract", str(not_payload), "--json"), "JSON", "carries no HTML")
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    _clear_error(_run("extract", str(deep), "--json"), "嵌套过深", "nested too deeply")
    _clear_error(_run("extract", str(tmp_path)), "目录", "is a directory")
    huge = tmp_path / "huge.html"
    with huge.open("wb") as fh:  # sparse: refused by its size, before it is read
        fh.truncate(80 * 1024 * 1024)
    _clear_error(_run("extract", str(huge)), "页面过大", "page too large")


def test_extract_gbk_page_without_meta_charset(tmp_path: Path) -> None:
    page = tmp_path / "gbk.html"
    page.write_bytes(
        "<html><body><h1>衢州市道路工程中标结果公告</h1><table><tr><td>项目名称</td>"
        "<td>衢州市道路工程</td></tr><tr><td>中标金额</td><td>120万元</td></tr></table></body></html>".encode(
            "gbk"
        )
    )
    result = _run("extract", str(page), "--json")
    assert result.exit_code == 0, result.output
    import json

    rec = json.loads(result.output)
    assert rec["fields"]["project_name"] == "衢州市道路工程" and rec["fields"]["amount"] == 1_200_000
    table = _run("extract", str(page))
    assert table.exit_code == 0 and "衢州市道路工程" in table.output and "工程建设" in table.output


def test_check_and_report_on_an_empty_database(tmp_path: Path) -> None:
    checked = _run("check", "--as-of", "2026-03-02", env=_db(tmp_path))
    assert checked.exit_code == 0 and "没有未整改的问题" in checked.output
    reported = _run("report", "--out", str(tmp_path / "out"), env=_db(tmp_path))
    assert reported.exit_code == 0 and (tmp_path / "out" / "report.html").exists()
    _clear_error(
        _run("report", "--from", "2026-03-05", "--to", "2026-03-01", env=_db(tmp_path)),
        "晚于",
        "start is after its end",
    )


def test_register_import_bad_files(tmp_path: Path) -> None:
    bad_xlsx = tmp_path / "r.xlsx"
    bad_xlsx.write_text("not a workbook", encoding="utf-8")
    _clear_error(_run("register", "import", str(bad_xlsx), env=_db(tmp_path)), "r.xlsx")
    bad_csv = tmp_path / "r.csv"
    bad_csv.write_text("foo,bar\n1,2\n", encoding="utf-8")
    _clear_error(_run("register", "import", str(bad_csv), env=_db(tmp_path)), "foo")
    folder = tmp_path / "dir.csv"
    folder.mkdir()
    _clear_error(_run("register", "import", str(folder), env=_db(tmp_path)), "目录", "is a directory")
    _clear_error(_run("register", "import", str(tmp_path / "missing.csv"), env=_db(tmp_path)), "missing.csv")
    good = tmp_path / "ok.csv"
    good.write_bytes("事项,应公开日期\n年度住房保障计划,2026年3月31日\n".encode("gbk"))
    done = _run("register", "import", str(good), env=_db(tmp_path))
    assert done.exit_code == 0 and "新增 created 1" in done.output


def _stored_page(tmp_path: Path) -> tuple[int, str]:
    import datetime as dt

    from storage.db import get_engine, init_db, session_scope
    from tests.dashboards.demo_data import add_notice

    engine = get_engine(f"sqlite:///{tmp_path}/x.db")
    init_db(engine)
    with session_scope(engine) as s:
        n = add_notice(
            s, title="衢州某项目中标公告", publish_date=dt.date(2026, 3, 2), url="https://x/[red]a[/]"
        )
        vid = n.version_id
    from storage.models import DocumentVersion

    with session_scope(engine) as s:
        sha = s.get(DocumentVersion, vid).sha256
    engine.dispose()
    return vid, sha


def test_evidence_with_a_wrong_sha256_fails(tmp_path: Path) -> None:
    vid, sha = _stored_page(tmp_path)
    ok = _run("evidence", f"document_versions/{vid}@sha256:{sha.upper()}", env=_db(tmp_path))
    assert ok.exit_code == 0 and "✓" in ok.output
    assert "https://x/[red]a[/]" in _flat(ok.output).replace("│", "")
    wrong = "0" * 64
    _clear_error(
        _run("evidence", f"document_versions/{vid}@sha256:{wrong}", env=_db(tmp_path)),
        "校验值不一致",
        "does not match",
    )
    _clear_error(
        _run("evidence", f"{vid}", "--out", str(tmp_path), env=_db(tmp_path)), "目录", "is a directory"
    )


def test_database_url_with_a_bad_port(tmp_path: Path) -> None:
    result = _run("check", env={"PUBWATCH_DB_URL": "postgresql+psycopg://u:topsecret@127.0.0.1:notaport/db"})
    _clear_error(result, "数据库地址无效", "invalid database URL")
    assert "topsecret" not in result.output


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('[schedule]\ntimezone = "Mars/Base"\n', "schedule.timezone"),
        ('[schedule]\nnightly = "0 2 * *"\n', "schedule.nightly"),
        ('[email.units]\n"市财政局" = "czj@example.gov.cn"\n', "email.units.市财政局"),
        ('[email]\noffice = ["a@b.cn\\r\\nBcc: x@evil.example"]\n', "email.office"),
    ],
)
def test_config_values_that_cannot_work(body: str, needle: str, tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text(body, encoding="utf-8")
    _clear_error(_run("status", "--config", str(cfg), env=_db(tmp_path)), needle)


def test_crawl_range_is_checked_before_the_crawler_starts(tmp_path: Path) -> None:
    _clear_error(
        _run("crawl", "--since", "2026-03-05", "--until", "2026-03-01", env=_db(tmp_path)),
        "晚于",
        "start is after its end",
    )
    _clear_error(_run("crawl", "--until", "2026-03-01", env=_db(tmp_path)), "--until needs --since")
