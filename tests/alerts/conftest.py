"""Fixtures for the alert tests: a migrated SQLite file, a real SMTP server on localhost, a config."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alerts_mailserver import SmtpServer
from sqlalchemy import Engine

from pubwatch.config import Config
from storage.db import get_engine


@pytest.fixture()
def engine(migrated_sqlite: Callable[[str], str]) -> Iterator[Engine]:
    eng = get_engine(migrated_sqlite("pubwatch.db"))  # a copy of the session's migrated file
    yield eng
    eng.dispose()


@pytest.fixture()
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[SmtpServer]:
    server = SmtpServer().start()
    monkeypatch.setenv("PUBWATCH_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("PUBWATCH_SMTP_PORT", str(server.port))
    monkeypatch.setenv("PUBWATCH_SMTP_SECURITY", "none")
    for var in ("PUBWATCH_SMTP_USER", "PUBWATCH_SMTP_PASSWORD", "PUBWATCH_SMTP_FROM"):
        monkeypatch.delenv(var, raising=False)
    yield server
    server.stop()


@pytest.fixture()
def config(tmp_path: Path) -> Config:
    return Config(
        email_sender="pubwatch@jgb.example.gov.cn",
        email_office=["jgb@example.gov.cn"],
        email_units={
            "市财政局": ["czj@example.gov.cn", "czj2@example.gov.cn"],
            "柯城区人民政府": ["kc@example.gov.cn"],
        },
        outbox_dir=str(tmp_path / "outbox"),
    )


@pytest.fixture(scope="session")
def tls_cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A throw-away self-signed certificate for 127.0.0.1 (openssl CLI)."""
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    try:
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-keyout",
                str(key),
                "-out",
                str(cert),
                "-days",
                "1",
                "-subj",
                "/CN=127.0.0.1",
                "-addext",
                "subjectAltName=IP:127.0.0.1,DNS:localhost",
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"openssl cannot make a test certificate: {exc}")
    return cert, key
