"""Config: defaults, documented keys, secrets only from the environment."""

from __future__ import annotations

from pathlib import Path

import pytest

from pubwatch.config import Config, ConfigError, SmtpSettings, load_config

REPO = Path(__file__).resolve().parents[2]


def test_shipped_config_loads_and_matches_defaults() -> None:
    cfg = load_config(REPO / "pubwatch.toml")
    default = Config()
    assert cfg.db_url == default.db_url == "sqlite:///var/pubwatch.db"
    assert cfg.overlap_days == default.overlap_days
    assert cfg.registry_path.exists()
    assert cfg.email_units, "the shipped config lists the responsible units' recipients"


def test_crawl_section_reaches_the_crawler(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text(
        '[crawl]\noverlap_days = 5\nmax_pages_per_channel = 9\nuser_agent = "x/1"\n', encoding="utf-8"
    )
    settings = load_config(path).crawler_settings()
    assert settings["PUBWATCH_OVERLAP_DAYS"] == "5"
    assert settings["PUBWATCH_MAX_PAGES_PER_CHANNEL"] == "9"
    assert settings["USER_AGENT"] == "x/1"


def test_env_db_url_wins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUBWATCH_DB_URL", "postgresql+psycopg://u@h/db")
    monkeypatch.chdir(tmp_path)
    assert load_config().db_url == "postgresql+psycopg://u@h/db"


def test_wrong_type_is_named(tmp_path: Path) -> None:
    path = tmp_path / "c.toml"
    path.write_text('[crawl]\noverlap_days = "three"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"crawl\.overlap_days"):
        load_config(path)


def test_smtp_settings_from_env_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PUBWATCH_SMTP_HOST", "mail.example")
    monkeypatch.setenv("PUBWATCH_SMTP_SECURITY", "ssl")
    monkeypatch.setenv("PUBWATCH_SMTP_PASSWORD", "hunter2")
    smtp = SmtpSettings.from_env("a@b")
    assert (smtp.host, smtp.port, smtp.security) == ("mail.example", 465, "ssl")
    assert "hunter2" not in repr(smtp)
    monkeypatch.setenv("PUBWATCH_SMTP_SECURITY", "tls13")
    with pytest.raises(ConfigError):
        SmtpSettings.from_env("a@b")
